/**
 * Reading a preserved element or JSON member (`unknown: "preserve"`) as a member, once a migration reaches a version
 * that defines
 * it: a 2012-05-05 document that already carries 2012-07-01's `<PriceClass>` keeps it as raw XML, and the upgrade
 * to 2012-07-01 turns it into the typed member. The element is decoded with the newer version's schema by the
 * decoder itself, inside a structure made for the purpose, so it is checked exactly as if it had been typed.
 */
import type { Member, Shapes, Struct } from "../schema/ast.js";
import { struct } from "../schema/dsl.js";
import type { Issue } from "../errors.js";
import type { Json } from "../unknown.js";
import { fromJson } from "./check.js";
import { Decoder } from "./decoder.js";
import { Feeder } from "./input.js";

/**
 * The preserved element `<name>` (its text, `raw`) decoded as `member`, or its issues (paths under `path`, without
 * positions).
 */
export const readPreserved = (
  shapes: Shapes,
  member: Member,
  name: string,
  raw: string,
  path: string,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: readonly Issue[] } => {
  const holder: Struct = struct("Preserved", { [name]: { ...member, required: true } });
  const namespace = "urn:cfxml:preserved";
  const decoder = new Decoder((uri) =>
    uri === namespace
      ? { ok: true, kind: { shapes, node: holder, namespace } }
      : { ok: false, problem: { code: "wrong_namespace", message: "" } },
  );
  const feeder = new Feeder(decoder);
  // Unprefixed, without declarations of its own (see preservedMemberName), the element takes the holder's namespace.
  if (feeder.feed(`<Preserved xmlns="${namespace}">${raw}</Preserved>`)) feeder.finish();
  const r = decoder.end();
  if (r.ok) return { ok: true, value: (r.value as Record<string, unknown>)[name] };
  // The issues of a subtree that has no place in the document any more: its path, not the made-up position.
  return {
    ok: false,
    issues: r.failure.issues.map(({ line: _l, column: _c, ...rest }) => ({
      ...rest,
      path: path + rest.path.replace(/^\/Preserved/, ""),
    })),
  };
};

/** A JSON member kept by `decodeJson(…, { unknown: "preserve" })`, checked as `member` of the newer version. */
export const readPreservedJson = (
  shapes: Shapes,
  member: Member,
  name: string,
  json: Json,
  path: string,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: readonly Issue[] } => {
  const r = fromJson(shapes, member.node, `${path.slice(1)}/${name}`, json);
  return r.issues.length === 0 ? { ok: true, value: r.value } : { ok: false, issues: r.issues };
};
