/**
 * The official models, read into one comparable form: the element tree of every request and response document
 * of every version, whichever of the three formats the version's model is written in.
 *
 * - "shapes" (botocore service-2, 2014-05-31 on): named shapes; a document is an operation's payload member,
 *   or a whole input with a `locationName` (CopyDistributionRequest).
 * - "inline" (old botocore / aws-sdk-js, 2012-05-05 and 2013-*, 2014-01-31): each operation carries its shapes
 *   inline; the payload member is marked `payload: true`.
 * - "ruby-v1" (2012-07-01): a request grammar (`:inputs`, with required flags) and a response grammar (`:outputs`,
 *   without them, integer and long not told apart, no constraints, no enums: the sidecar `<v>.enums.json`
 *   supplies those by element name). What it does not record is `null` here, and compared as such.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const shared = join(import.meta.dirname, "..", "..", "shared");
export const modelsDir = join(shared, "models", "cloudfront");
export const modelsPresent = existsSync(modelsDir);

export interface ModelMember {
  readonly name: string;
  /** `null` where the model does not record it (ruby-v1 responses). */
  readonly required: boolean | null;
  readonly deprecated: boolean;
  readonly node: ModelNode;
}

export type ModelNode =
  | { readonly kind: "structure"; readonly members: readonly ModelMember[] }
  | {
      readonly kind: "list";
      readonly item: string;
      readonly min: number | null;
      readonly max: number | null;
      readonly member: ModelNode;
    }
  | {
      readonly kind: "scalar";
      readonly type: string;
      readonly enum: readonly string[] | null;
      readonly min: number | null;
      readonly max: number | null;
      readonly pattern: string | null;
    };

export interface Model {
  readonly version: string;
  readonly format: "shapes" | "inline" | "ruby-v1";
  readonly namespace: string;
  /** Every document (request or response body) by root element name. */
  readonly documents: ReadonlyMap<string, ModelNode>;
}

/** Integer or long, in a model that does not tell them apart. */
export const INTEGER_OR_LONG = "integer or long";

type Json = Record<string, any>;

const scalar = (
  type: string,
  o: { enum?: string[]; min?: number; max?: number; pattern?: string } = {},
): ModelNode => ({
  kind: "scalar",
  type,
  enum: o.enum ?? null,
  min: o.min ?? null,
  max: o.max ?? null,
  pattern: o.pattern ?? null,
});

// ---- shapes ------------------------------------------------------------------------------------------------
const fromShapes = (shapes: Json, name: string): ModelNode => {
  const s = shapes[name] as Json;
  if (s["type"] === "structure") {
    const required = new Set<string>(s["required"] ?? []);
    const members = Object.entries((s["members"] ?? {}) as Json)
      .filter(([, m]) => m["location"] === undefined)
      .map(([member, m]) => ({
        name: member,
        required: required.has(member),
        deprecated: m["deprecated"] === true,
        node: fromShapes(shapes, m["shape"]),
      }));
    return { kind: "structure", members };
  }
  if (s["type"] === "list") {
    return {
      kind: "list",
      item: s["member"]["locationName"] ?? "member",
      min: s["min"] ?? null,
      max: s["max"] ?? null,
      member: fromShapes(shapes, s["member"]["shape"]),
    };
  }
  return scalar(s["type"], s);
};

const readShapes = (model: Json): Map<string, ModelNode> => {
  const out = new Map<string, ModelNode>();
  const shapes = model["shapes"] as Json;
  for (const op of Object.values(model["operations"] as Json)) {
    for (const io of ["input", "output"]) {
      const ref = op[io];
      if (ref === undefined) continue;
      const s = shapes[ref["shape"]];
      if (s["payload"] !== undefined) {
        const member = s["members"][s["payload"]];
        if (shapes[member["shape"]]["type"] === "structure")
          out.set(member["locationName"] ?? s["payload"], fromShapes(shapes, member["shape"]));
      } else if (io === "input" && ref["locationName"] !== undefined)
        out.set(ref["locationName"], fromShapes(shapes, ref["shape"]));
    }
  }
  return out;
};

// ---- inline ------------------------------------------------------------------------------------------------
const fromInline = (o: Json): ModelNode => {
  if (o["type"] === "structure") {
    const members = Object.entries((o["members"] ?? {}) as Json)
      .filter(([, m]) => m["location"] === undefined)
      .map(([name, m]) => ({
        name,
        required: m["required"] === true,
        deprecated: m["deprecated"] === true,
        node: fromInline(m),
      }));
    return { kind: "structure", members };
  }
  if (o["type"] === "list") {
    const item = (o["members"] ?? { type: "string" }) as Json;
    return {
      kind: "list",
      item: item["xmlname"] ?? "member",
      min: o["min_length"] ?? null,
      max: o["max_length"] ?? null,
      member: fromInline(item),
    };
  }
  return scalar(o["type"], { enum: o["enum"], min: o["min_length"], max: o["max_length"], pattern: o["pattern"] });
};

const readInline = (model: Json): Map<string, ModelNode> => {
  const out = new Map<string, ModelNode>();
  for (const op of Object.values(model["operations"] as Json)) {
    for (const io of ["input", "output"]) {
      for (const [name, m] of Object.entries((op[io]?.["members"] ?? {}) as Json)) {
        if (m["payload"] === true && m["type"] === "structure") out.set(m["xmlname"] ?? name, fromInline(m));
      }
    }
  }
  return out;
};

// ---- ruby-v1 -----------------------------------------------------------------------------------------------
const RUBY_TYPES: Record<string, string> = {
  ":string": "string",
  ":integer": INTEGER_OR_LONG,
  ":boolean": "boolean",
  ":time": "timestamp",
};
const rubyScalar = (t: string, name: string, enums: Json): ModelNode =>
  scalar(RUBY_TYPES[t] ?? t, { enum: enums[name] });

const rubyInput = (o: Json, name: string, enums: Json): ModelNode => {
  if (o[":type"] === ":hash") {
    const members = Object.values((o[":members"] ?? {}) as Json).map((m) => ({
      name: m[":name"],
      required: m[":required"] === true,
      deprecated: false,
      node: rubyInput(m, m[":name"], enums),
    }));
    return { kind: "structure", members };
  }
  if (o[":type"] === ":array") {
    const item = o[":members"] as Json;
    return { kind: "list", item: item[":name"], min: null, max: null, member: rubyInput(item, item[":name"], enums) };
  }
  return rubyScalar(o[":type"], name, enums);
};

const rubyOutput = (o: Json, name: string, enums: Json): ModelNode => {
  if (o[":children"] === undefined) return rubyScalar(o[":type"], name, enums);
  const members: ModelMember[] = [];
  for (const [child, c] of Object.entries(o[":children"] as Json)) {
    const kids = c[":ignore"] === true && c[":children"] !== undefined ? Object.entries(c[":children"] as Json) : [];
    const list =
      kids.length === 1 && (kids[0] as [string, Json])[1][":list"] === true ? (kids[0] as [string, Json]) : undefined;
    const node: ModelNode =
      list === undefined
        ? rubyOutput(c, child, enums)
        : { kind: "list", item: list[0], min: null, max: null, member: rubyOutput(list[1], list[0], enums) };
    members.push({ name: child, required: null, deprecated: false, node });
  }
  return { kind: "structure", members };
};

// The response document each read operation returns, by operation name (ruby-v1 outputs are unnamed).
const rubyResponses: Record<string, string> = {
  ListDistributions: "DistributionList",
  ListStreamingDistributions: "StreamingDistributionList",
  ListInvalidations: "InvalidationList",
  ListCloudFrontOriginAccessIdentities: "CloudFrontOriginAccessIdentityList",
};

const readRuby = (model: Json, enums: Json): Map<string, ModelNode> => {
  const out = new Map<string, ModelNode>();
  for (const op of model[":operations"] as Json[]) {
    for (const input of Object.values((op[":inputs"] ?? {}) as Json)) {
      if (input[":type"] === ":hash") out.set(input[":name"], rubyInput(input, input[":name"], enums));
    }
    const name = op[":name"] as string;
    const response = rubyResponses[name] ?? (name.startsWith("Get") ? name.slice(3) : undefined);
    if (response !== undefined && op[":outputs"]?.[":children"] !== undefined)
      out.set(response, rubyOutput(op[":outputs"], response, enums));
  }
  return out;
};

// The namespace a service-2 model gives its request bodies (on the input, or on its payload member).
const shapesNamespace = (model: Json): string => {
  for (const op of Object.values(model["operations"] as Json)) {
    if (op["input"]?.["xmlNamespace"] !== undefined) return op["input"]["xmlNamespace"]["uri"];
    for (const m of Object.values((model["shapes"][op["input"]?.["shape"]]?.["members"] ?? {}) as Json))
      if (m["xmlNamespace"] !== undefined) return m["xmlNamespace"]["uri"];
  }
  return "";
};

const load = (version: string): Model => {
  const model = JSON.parse(readFileSync(join(modelsDir, `${version}.json`), "utf8")) as Json;
  if (model["shapes"] !== undefined)
    return { version, format: "shapes", namespace: shapesNamespace(model), documents: readShapes(model) };
  if (model[":api_version"] !== undefined) {
    const sidecar = join(modelsDir, `${version}.enums.json`);
    const enums = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, "utf8")) as Json)["enums"] : {};
    return { version, format: "ruby-v1", namespace: model[":namespace"], documents: readRuby(model, enums) };
  }
  return { version, format: "inline", namespace: model["xmlnamespace"], documents: readInline(model) };
};

/** Every model, oldest first. */
export const models = (): readonly Model[] =>
  readdirSync(modelsDir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .sort()
    .map((f) => load(f.slice(0, 10)));
