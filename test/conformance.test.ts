/**
 * The schema against the official model: member names and order, required and deprecated flags, scalar types
 * (integer vs long), enum values in order, list item element names, and constraints. Any difference fails.
 *
 * `DistributionConfig` and `Distribution` come from `../shared/tools/model-diff.mjs … json`; that tool does not
 * cover `DistributionConfigWithTags` and `CopyDistributionRequest`, so those two are read from the raw model.
 * Skipped, with a message, when `../shared` is not beside the project.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { absurd } from "../src/schema/ast.js";
import type { Node } from "../src/schema/ast.js";
import { roots } from "../src/versions/v2020_05_31.js";

const shared = join(import.meta.dirname, "..", "..", "shared");
const present = existsSync(join(shared, "tools", "model-diff.mjs"));
if (!present) console.warn(`conformance tests skipped: ${shared} not found (the official models live there)`);

/** A comparable signature: the same form for our schema and for the model. */
type Sig =
  | { kind: "structure"; members: Array<{ name: string; required: boolean; deprecated: boolean; node: Sig }> }
  | { kind: "list"; item: string; min: number | null; max: number | null; member: Sig }
  | { kind: "scalar"; type: string; enum: string[] | null; min: number | null; max: number | null; pattern: string | null };

const ours = (node: Node): Sig => {
  switch (node._tag) {
    case "struct":
      return {
        kind: "structure",
        members: Object.entries(node.members).map(([name, m]) => ({ name, required: m.required, deprecated: m.deprecated, node: ours(m.node) })),
      };
    case "list":
      return { kind: "list", item: node.item, min: node.minItems ?? null, max: node.maxItems ?? null, member: ours(node.node) };
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
    return { kind: "structure", members: (n.members ?? []).map((m) => ({ name: m.name, required: m.required === true, deprecated: m.deprecated, node: fromTool(m.node) })) };
  }
  if (n.kind === "list") return { kind: "list", item: n.memberXml ?? "member", min: n.min ?? null, max: n.max ?? null, member: fromTool(n.member as ToolNode) };
  return { kind: "scalar", type: n.type ?? "?", enum: n.enum ?? null, min: n.min ?? null, max: n.max ?? null, pattern: n.pattern ?? null };
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

describe.skipIf(!present)("2020-05-31 matches the official model", () => {
  const models = join(shared, "models", "cloudfront");
  const load = () => {
    const out = execFileSync(process.execPath, [join(shared, "tools", "model-diff.mjs"), models, "json"], { maxBuffer: 256 << 20 });
    const all = JSON.parse(out.toString("utf8")) as Array<{ version: string; namespace: string } & Record<string, ToolNode>>;
    return all.find((v) => v.version === "2020-05-31");
  };

  it.each(["DistributionConfig", "Distribution"] as const)("%s: names, order, required flags, types, enums, items, bounds", (root) => {
    const model = load();
    expect(model?.namespace).toBe("http://cloudfront.amazonaws.com/doc/2020-05-31/");
    expect(ours(roots[root])).toEqual(fromTool(model?.[root] as ToolNode));
  });

  it.each(["DistributionConfigWithTags", "CopyDistributionRequest"] as const)("%s (from the raw model, body members only)", (root) => {
    const model = JSON.parse(readFileSync(join(models, "2020-05-31.json"), "utf8")) as { shapes: Record<string, Shape> };
    expect(ours(roots[root])).toEqual(fromShapes(model.shapes, root));
  });
});
