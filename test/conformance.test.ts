/**
 * Every document of every version against its official model: member names and order, required and deprecated
 * flags, scalar types (integer vs long), enum values in order, list item element names, and constraints. Any
 * difference fails. The models are read by test/models.ts; skipped, with a message, when `../shared` is not
 * beside the project.
 *
 * 2012-07-01's model (aws-sdk-ruby v1) records less, and the comparison says so explicitly: it does not tell
 * integer from long, has no constraints, and gives response members no required flag. Where it is silent the
 * schema keeps what 2012-05-05 says (MinTTL a long, OriginList min 1, every response member required), which
 * 2013-05-12's model confirms on every one of these points.
 *
 * `ErrorResponse` belongs to the REST-XML protocol, not to any model, and is not compared (see its schema).
 */
import { describe, expect, it } from "vitest";
import { absurd } from "../src/schema/ast.js";
import type { Node, Shapes } from "../src/schema/ast.js";
import { resolve } from "../src/schema/resolve.js";
import { legacyVersions, namespaceOf, versions } from "../src/versions/index.js";
import { INTEGER_OR_LONG, models, modelsPresent, shared } from "./models.js";
import type { ModelNode } from "./models.js";

if (!modelsPresent) console.warn(`conformance tests skipped: ${shared} not found (the official models live there)`);

/** The documents of the distribution API family: every one a model has must be a root of ours. */
const family = [
  "DistributionConfig",
  "Distribution",
  "DistributionConfigWithTags",
  "DistributionList",
  "DistributionIdList",
  "CopyDistributionRequest",
  "StreamingDistributionConfig",
  "StreamingDistribution",
  "StreamingDistributionConfigWithTags",
  "StreamingDistributionList",
  "InvalidationBatch",
  "Invalidation",
  "InvalidationList",
  "CloudFrontOriginAccessIdentityConfig",
  "CloudFrontOriginAccessIdentity",
  "CloudFrontOriginAccessIdentityList",
  "Tags",
  "TagKeys",
];
const protocolOnly = ["ErrorResponse"];

/** Our schema in the models' form. Enum variants are CloudFront's own spellings, not model values: left out. */
const ours = (shapes: Shapes, n: Node): ModelNode => {
  const node = resolve(shapes, n);
  switch (node._tag) {
    case "struct":
      return {
        kind: "structure",
        members: Object.entries(node.members).map(([name, m]) => ({
          name,
          required: m.required,
          deprecated: m.deprecated,
          node: ours(shapes, m.node),
        })),
      };
    case "list":
      return {
        kind: "list",
        item: node.item,
        min: node.minItems ?? null,
        max: node.maxItems ?? null,
        member: ours(shapes, node.node),
      };
    case "string":
      return {
        kind: "scalar",
        type: "string",
        enum: null,
        min: node.minLength ?? null,
        max: node.maxLength ?? null,
        pattern: node.pattern ?? null,
      };
    case "enum":
      return { kind: "scalar", type: "string", enum: [...node.values], min: null, max: null, pattern: null };
    case "integer":
    case "long":
    case "boolean":
    case "timestamp":
      return { kind: "scalar", type: node._tag, enum: null, min: null, max: null, pattern: null };
    case "flag":
    case "repeated":
      throw new Error(`a modelled version has no ${node._tag} node: it belongs to the format before 2012-05-05`);
    default:
      return absurd(node);
  }
};

/** Makes ours say no more than a model that records less (ruby-v1): unknown requiredness, types, bounds. */
const asRecordedBy = (model: ModelNode, sig: ModelNode, bounds: boolean): ModelNode => {
  if (sig.kind === "structure" && model.kind === "structure") {
    return {
      kind: "structure",
      members: sig.members.map((m, i) => {
        const theirs = model.members[i];
        if (theirs === undefined) return m;
        return {
          ...m,
          required: theirs.required === null ? null : m.required,
          node: asRecordedBy(theirs.node, m.node, bounds),
        };
      }),
    };
  }
  if (sig.kind === "list" && model.kind === "list") {
    return {
      ...sig,
      ...(bounds ? {} : { min: model.min, max: model.max }),
      member: asRecordedBy(model.member, sig.member, bounds),
    };
  }
  if (sig.kind === "scalar" && model.kind === "scalar") {
    const type =
      model.type === INTEGER_OR_LONG && (sig.type === "integer" || sig.type === "long") ? model.type : sig.type;
    return { ...sig, type, ...(bounds ? {} : { min: model.min, max: model.max, pattern: model.pattern }) };
  }
  return sig;
};

// The versions before 2012-05-05 have no model; their sources are cited in their files (src/versions/v2008_06_30.ts …).
const modelled = versions.filter((v) => !legacyVersions.has(v.version));

describe.skipIf(!modelsPresent)("every version with an official model matches it", () => {
  const all = modelsPresent ? models() : [];

  it("covers the same 27 versions as the models, with the same namespaces", () => {
    expect(all.map((m) => [m.version, m.namespace])).toEqual(modelled.map((v) => [v.version, namespaceOf(v.version)]));
  });

  describe.each(modelled.map((v) => [v.version, v] as const))("%s", (version, v) => {
    const shapes: Shapes = v.shapes;
    const model = all.find((m) => m.version === version);

    it("has a root for every document of the distribution family its model has, and no other", () => {
      const inModel = family.filter((d) => model?.documents.has(d));
      expect([...v.roots].filter((r) => !protocolOnly.includes(r)).sort()).toEqual(inModel.sort());
      expect(v.roots).toEqual(expect.arrayContaining(protocolOnly));
    });

    it.each(v.roots.filter((r) => !protocolOnly.includes(r)))(
      "%s: names, order, required flags, types, enums, items, bounds",
      (root) => {
        const theirs = model?.documents.get(root) as ModelNode;
        const mine = ours(shapes, shapes[root as keyof typeof shapes] as Node);
        expect(asRecordedBy(theirs, mine, model?.format !== "ruby-v1")).toEqual(theirs);
      },
    );
  });
});
