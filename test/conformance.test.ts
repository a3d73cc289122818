/**
 * Every version's schema against its official model: member names and order, required and deprecated flags,
 * scalar types (integer vs long), enum values in order, list item element names, and constraints. Any
 * difference fails.
 *
 * `DistributionConfig` and `Distribution` come from `../shared/tools/model-diff.mjs … json`; that tool does not
 * cover `DistributionConfigWithTags` and `CopyDistributionRequest`, so those two are read from the raw models
 * (which have the `shapes` format in every version that has them). Skipped, with a message, when `../shared`
 * is not beside the project.
 *
 * 2012-07-01's model (aws-sdk-ruby v1) records less, and the comparison says so explicitly: it does not tell
 * integer from long (`typeApprox`), has no constraints, and gives response members no required flag. Where it
 * is silent the schema keeps what 2012-05-05 says (MinTTL a long, OriginList min 1, every response member
 * required), which 2013-05-12's model confirms on every one of these points.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { absurd } from "../src/schema/ast.js";
import type { Node, Shapes } from "../src/schema/ast.js";
import { resolve } from "../src/schema/resolve.js";
import { namespaceOf, versions } from "../src/versions/index.js";

const shared = join(import.meta.dirname, "..", "..", "shared");
const present = existsSync(join(shared, "tools", "model-diff.mjs"));
if (!present) console.warn(`conformance tests skipped: ${shared} not found (the official models live there)`);

/** A comparable signature: the same form for our schema and for the model. */
type Sig =
  | { kind: "structure"; members: Array<{ name: string; required: boolean | null; deprecated: boolean; node: Sig }> }
  | { kind: "list"; item: string; min: number | null; max: number | null; member: Sig }
  | { kind: "scalar"; type: string; enum: string[] | null; min: number | null; max: number | null; pattern: string | null };

const ours = (shapes: Shapes, n: Node): Sig => {
  const node = resolve(shapes, n);
  switch (node._tag) {
    case "struct":
      return {
        kind: "structure",
        members: Object.entries(node.members).map(([name, m]) => ({ name, required: m.required, deprecated: m.deprecated, node: ours(shapes, m.node) })),
      };
    case "list":
      return { kind: "list", item: node.item, min: node.minItems ?? null, max: node.maxItems ?? null, member: ours(shapes, node.node) };
    case "string":
      return { kind: "scalar", type: "string", enum: null, min: node.minLength ?? null, max: node.maxLength ?? null, pattern: node.pattern ?? null };
    case "enum":
      return { kind: "scalar", type: "string", enum: [...node.values], min: null, max: null, pattern: null };
    case "integer":
    case "long":
    case "boolean":
    case "timestamp":
      return { kind: "scalar", type: node._tag, enum: null, min: null, max: null, pattern: null };
    default:
      return absurd(node);
  }
};

interface ToolNode {
  kind: string;
  type?: string;
  typeApprox?: boolean;
  enum?: string[] | null;
  min?: number | null;
  max?: number | null;
  pattern?: string | null;
  memberXml?: string;
  member?: ToolNode;
  members?: Array<{ name: string; required: boolean | null; deprecated: boolean; node: ToolNode }>;
}

const fromTool = (n: ToolNode): Sig => {
  if (n.kind === "structure") {
    return { kind: "structure", members: (n.members ?? []).map((m) => ({ name: m.name, required: m.required, deprecated: m.deprecated, node: fromTool(m.node) })) };
  }
  if (n.kind === "list") return { kind: "list", item: n.memberXml ?? "member", min: n.min ?? null, max: n.max ?? null, member: fromTool(n.member as ToolNode) };
  return { kind: "scalar", type: n.typeApprox === true ? "integer or long" : (n.type ?? "?"), enum: n.enum ?? null, min: n.min ?? null, max: n.max ?? null, pattern: n.pattern ?? null };
};

/** Makes ours say no more than a model that records less (ruby-v1): unknown requiredness, types, bounds. */
const asRecordedBy = (model: Sig, sig: Sig, bounds: boolean): Sig => {
  if (sig.kind === "structure" && model.kind === "structure") {
    return {
      kind: "structure",
      members: sig.members.map((m, i) => {
        const theirs = model.members[i];
        if (theirs === undefined) return m;
        return { ...m, required: theirs.required === null ? null : m.required, node: asRecordedBy(theirs.node, m.node, bounds) };
      }),
    };
  }
  if (sig.kind === "list" && model.kind === "list") {
    return { ...sig, ...(bounds ? {} : { min: model.min, max: model.max }), member: asRecordedBy(model.member, sig.member, bounds) };
  }
  if (sig.kind === "scalar" && model.kind === "scalar") {
    const type = model.type === "integer or long" && (sig.type === "integer" || sig.type === "long") ? model.type : sig.type;
    return { ...sig, type, ...(bounds ? {} : { min: model.min, max: model.max, pattern: model.pattern }) };
  }
  return sig;
};

interface Shape {
  type: string;
  members?: Record<string, { shape: string; deprecated?: boolean; location?: string; locationName?: string }>;
  required?: string[];
  member?: { shape: string; locationName?: string };
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
}

const fromShapes = (shapes: Record<string, Shape>, name: string): Sig => {
  const s = shapes[name] as Shape;
  if (s.type === "structure") {
    const members = Object.entries(s.members ?? {})
      .filter(([, m]) => m.location === undefined)
      .map(([member, m]) => ({ name: member, required: (s.required ?? []).includes(member), deprecated: m.deprecated === true, node: fromShapes(shapes, m.shape) }));
    return { kind: "structure", members };
  }
  if (s.type === "list") {
    return { kind: "list", item: s.member?.locationName ?? "member", min: s.min ?? null, max: s.max ?? null, member: fromShapes(shapes, (s.member as { shape: string }).shape) };
  }
  return { kind: "scalar", type: s.type, enum: s.enum ?? null, min: s.min ?? null, max: s.max ?? null, pattern: s.pattern ?? null };
};

const models = join(shared, "models", "cloudfront");
type ToolVersion = { version: string; format: string; namespace: string } & Record<string, ToolNode>;
const tool = (): ToolVersion[] => {
  const out = execFileSync(process.execPath, [join(shared, "tools", "model-diff.mjs"), models, "json"], { maxBuffer: 256 << 20 });
  return JSON.parse(out.toString("utf8")) as ToolVersion[];
};

describe.skipIf(!present)("every version matches its official model", () => {
  const all = present ? tool() : [];

  it("covers the same 27 versions as the models, with the same namespaces", () => {
    expect(all.map((v) => [v.version, v.namespace])).toEqual(versions.map((v) => [v.version, namespaceOf(v.version)]));
  });

  describe.each(versions.map((v) => [v.version, v] as const))("%s", (version, v) => {
    const shapes: Shapes = v.shapes;
    const model = all.find((m) => m.version === version) as ToolVersion;

    it.each(["DistributionConfig", "Distribution"] as const)("%s: names, order, required flags, types, enums, items, bounds", (root) => {
      const theirs = fromTool(model[root] as ToolNode);
      const mine = ours(shapes, shapes[root] as Node);
      expect(asRecordedBy(theirs, mine, model.format !== "ruby-v1")).toEqual(theirs);
    });

    const extra = v.roots.filter((r) => r !== "DistributionConfig" && r !== "Distribution");
    it.skipIf(extra.length === 0).each(extra)("%s (from the raw model, body members only)", (root) => {
      const raw = JSON.parse(readFileSync(join(models, `${version}.json`), "utf8")) as { shapes: Record<string, Shape> };
      expect(ours(shapes, shapes[root] as Node)).toEqual(fromShapes(raw.shapes, root));
    });
  });
});
