/** Helpers for keeping an unknown element's subtree exactly as written (`unknown: "preserve"`). */
import type { SaxesAttributeNS, SaxesTagNS } from "saxes";
import type { XmlElement } from "../unknown.js";

export const attributesOf = (tag: SaxesTagNS): Array<readonly [string, string]> => {
  const out: Array<readonly [string, string]> = [];
  for (const name in tag.attributes) out.push([name, (tag.attributes[name] as SaxesAttributeNS).value]);
  return out;
};

/**
 * A captured subtree must still mean the same when written alone: declare, on its top element, every prefix it
 * uses that an ancestor outside it declared. The default namespace is the version's when written back.
 */
export const declareOuterNamespaces = (tag: SaxesTagNS, declared: Set<string>, top: XmlElement, namespace: string): void => {
  for (const name in tag.attributes) {
    const attr = tag.attributes[name] as SaxesAttributeNS;
    if (attr.prefix === "xmlns") declared.add(attr.local);
    else if (attr.name === "xmlns") declared.add("");
  }
  const needs: Array<[string, string]> = [[tag.prefix, tag.uri]];
  for (const name in tag.attributes) {
    const attr = tag.attributes[name] as SaxesAttributeNS;
    if (attr.prefix !== "" && attr.prefix !== "xmlns" && attr.prefix !== "xml") needs.push([attr.prefix, attr.uri]);
  }
  for (const [prefix, uri] of needs) {
    if (declared.has(prefix) || (prefix === "" && uri === namespace)) continue;
    declared.add(prefix);
    (top.attributes as Array<readonly [string, string]>).push([prefix === "" ? "xmlns" : `xmlns:${prefix}`, uri]);
  }
};
