/**
 * The docs interpreter: what each version changed, computed by comparing its shapes with the previous
 * version's. It feeds the README's table of versions and `cfxml versions`, so neither is written by hand.
 */
import type { EnumNode, Member, Node, Resolved, Shapes, Struct } from "../schema/ast.js";

export interface VersionInfo {
  readonly version: string;
  readonly shapes: Shapes;
  readonly roots: readonly string[];
  /** What the version is, in words, where comparing shapes says it badly: the first version, and the format break. */
  readonly summary?: string;
  /** False for a version no official model describes. */
  readonly officialModel?: boolean;
}

/** The version as a table names it: marked when no official model describes it. */
export const versionLabel = (v: VersionInfo): string =>
  v.officialModel === false ? `${v.version} (no official model)` : v.version;

/** One change to one shape; changes that read the same are listed once for all their shapes. */
interface Change {
  readonly shape: string;
  readonly text: string;
}

const describeNode = (n: Node): string => {
  if (n._tag === "enum") return `one of ${n.values.map((v) => `\`${v}\``).join(", ")}`;
  if (n._tag === "repeated") return `repeated ${describeNode(n.node)}`;
  if (n._tag === "flag") return "an empty element (a flag)";
  if (n._tag !== "string") return n._tag === "ref" ? n.name : n._tag;
  const length =
    n.minLength !== undefined || n.maxLength !== undefined ? `length ${n.minLength ?? 0}–${n.maxLength ?? "∞"}` : "";
  const pattern = n.pattern !== undefined ? `pattern \`${n.pattern}\`` : "";
  return ["string", length, pattern].filter((x) => x !== "").join(", ");
};

const describeMember = (name: string, m: Member): string =>
  `${name}${m.required ? " (required)" : ""}${m.deprecated ? " (deprecated)" : ""}`;

const structChanges = (name: string, before: Struct, after: Struct): Change[] => {
  const out: Change[] = [];
  const push = (text: string): void => void out.push({ shape: name, text });
  const old = Object.keys(before.members);
  const now = Object.keys(after.members);
  const added = now.filter((n) => !old.includes(n));
  if (added.length > 0) {
    const at = (n: string): string => {
      const i = now.indexOf(n);
      return i === now.length - 1 ? "last" : i === 0 ? "first" : `after ${now[i - 1]}`;
    };
    push(`+ ${added.map((n) => `${describeMember(n, after.members[n] as Member)} ${at(n)}`).join(", ")}`);
  }
  const removed = old.filter((n) => !now.includes(n));
  if (removed.length > 0) push(`− ${removed.join(", ")}`);
  const kept = now.filter((n) => old.includes(n));
  if (kept.join() !== old.filter((n) => now.includes(n)).join()) push(`reordered: ${now.join(", ")}`);
  const flag = (key: "required" | "deprecated", yes: string, no: string): void => {
    const on = kept.filter((n) => after.members[n]?.[key] === true && before.members[n]?.[key] === false);
    const off = kept.filter((n) => after.members[n]?.[key] === false && before.members[n]?.[key] === true);
    if (on.length > 0) push(`${on.join(", ")} ${yes}`);
    if (off.length > 0) push(`${off.join(", ")} ${no}`);
  };
  flag("required", "now required", "now optional");
  flag("deprecated", "deprecated", "no longer deprecated");
  for (const n of kept) {
    const b = before.members[n]?.node;
    const a = after.members[n]?.node;
    if (b === undefined || a === undefined || JSON.stringify(b) === JSON.stringify(a)) continue;
    if (b._tag === "enum" && a._tag === "enum") push(`${n} ${enumAdditions(b, a)}`);
    else push(`${n} now ${describeNode(a)}`);
  }
  return out;
};

const enumAdditions = (before: EnumNode, after: EnumNode): string =>
  `+ ${after.values
    .filter((v) => !before.values.includes(v))
    .map((v) => `\`${v}\``)
    .join(", ")}`;

const shapeChanges = (name: string, before: Resolved, after: Resolved): Change[] => {
  if (before === after || JSON.stringify(before) === JSON.stringify(after)) return [];
  if (before._tag === "struct" && after._tag === "struct") return structChanges(name, before, after);
  if (before._tag === "enum" && after._tag === "enum") return [{ shape: name, text: enumAdditions(before, after) }];
  return [{ shape: name, text: `now ${describeNode(after)}` }];
};

/** The changes of `next` against `prev` (or its baseline description when it is the first). */
export const changesOf = (prev: VersionInfo | undefined, next: VersionInfo): readonly string[] => {
  if (next.summary !== undefined) return [next.summary];
  if (prev === undefined) return [`baseline: ${next.roots.join(", ")}`];
  const changes: Change[] = [];
  for (const [name, shape] of Object.entries(next.shapes)) {
    const before = prev.shapes[name];
    if (before !== undefined) changes.push(...shapeChanges(name, before, shape));
  }
  const byText = new Map<string, string[]>();
  for (const c of changes) byText.set(c.text, [...(byText.get(c.text) ?? []), c.shape]);
  const newRoots = next.roots.filter((r) => !prev.roots.includes(r));
  return [
    ...(newRoots.length > 0 ? [`new document ${newRoots.join(", ")}`] : []),
    ...[...byText].map(
      ([text, shapes]) => `${shapes.join(", ")}${text.startsWith("+") || text.startsWith("−") ? " " : ": "}${text}`,
    ),
  ];
};

/** A Markdown table of every document root: the first version that has it (none is ever removed). */
export const documentsTable = (versions: readonly VersionInfo[]): string => {
  const first = new Map<string, string>();
  for (const v of versions) for (const root of v.roots) if (!first.has(root)) first.set(root, v.version);
  const rows = [...first].map(([root, version]) => `| ${root} | ${version} |`);
  return ["| document | from |", "|---|---|", ...rows].join("\n");
};

/** A Markdown table of every version, its namespace and its changes. */
export const versionsTable = (versions: readonly VersionInfo[]): string => {
  const cell = (text: string): string => text.replace(/\|/g, "\\|");
  const rows = versions.map(
    (v, i) =>
      `| ${versionLabel(v)} | \`http://cloudfront.amazonaws.com/doc/${v.version}/\` | ` +
      `${cell(changesOf(versions[i - 1], v).join("; "))} |`,
  );
  return ["| version | namespace | changes from the previous version |", "|---|---|---|", ...rows].join("\n");
};

/** A migration fact as the docs show it (see src/migrations/facts.ts). */
export interface FactInfo {
  readonly kind: "default" | "absent" | "lossyFill" | "equivalent";
  readonly shape: string;
  readonly member: string;
  readonly value?: unknown;
  readonly shown?: string;
  readonly source: string;
}

const factKinds = {
  default: "upgrade fills",
  absent: "omitted means",
  lossyFill: "lossy downgrade writes",
  equivalent: "downgrade drops, as no loss",
} as const;

/** A Markdown table of every migration fact: the step, what it does, the member, the value and its source. */
export const factsTable = (
  versions: readonly VersionInfo[],
  facts: Readonly<Partial<Record<string, readonly FactInfo[]>>>,
): string => {
  const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = versions.flatMap((v, i) =>
    (facts[v.version] ?? []).map((f) => {
      const value = f.shown ?? JSON.stringify(f.value);
      return (
        `| ${versions[i - 1]?.version ?? ""} → ${v.version} | ${factKinds[f.kind]} | \`${f.shape}.${f.member}\` ` +
        `| \`${cell(value)}\` | ${cell(f.source)} |`
      );
    }),
  );
  return ["| step | fact | member | value | source |", "|---|---|---|---|---|", ...rows].join("\n");
};

/** A Markdown table of what one step's upgrade fills in: each `default` fact, its value, and why (its source). */
export const assumptionsTable = (facts: readonly FactInfo[]): string => {
  const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rows = facts
    .filter((f) => f.kind === "default")
    .map((f) => `| \`${f.shape}.${f.member}\` | \`${cell(f.shown ?? JSON.stringify(f.value))}\` | ${cell(f.source)} |`);
  return ["| member | assumed value | why |", "|---|---|---|", ...rows].join("\n");
};
