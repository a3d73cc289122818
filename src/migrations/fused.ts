/**
 * Fused runs: the upgrade over a run of adjacent steps as one walk, compiled once per run and root. Step by step,
 * a structure the run changes is rebuilt by every step that changes it (21 times from 2013-05-12 to 2020-05-31);
 * fused, it is rebuilt once, from a plan computed from the schemas of every version of the run: the members to hand
 * on as they are, and those to walk with the plan of their own chain of nodes.
 *
 * A fused run does only what every step of it does to a value that needs nothing else: it hands members on, walks
 * them, and drops what the newer versions lack. Wherever a step would do more, it gives up (`undefined`) and the
 * caller runs the steps one by one, so that whatever comes out comes out exactly as they make it:
 *   - a structure a step remakes wholesale (a converter);
 *   - a member a step requires that the value lacks (a documented default, an assumption, or a failure);
 *   - anything preserved on a structure it rebuilds (a newer member may arrive from a preserved element);
 *   - a value of the wrong kind (not an object where a structure is, not an array where a list is), and nodes that
 *     change kind along the run.
 * A part whose schema no step of the run changes is handed on as it is, as every step would hand it on.
 * test/fused.test.ts checks that a fused run gives exactly what the steps give, for every pair of versions.
 */
import type { Member, Node, Resolved, Struct } from "../schema/ast.js";
import { resolve } from "../schema/resolve.js";
import { carryUnknowns, unknownMembersOf, unknownsOf } from "../unknown.js";
import type { Side } from "./step.js";
import { clone } from "./step.js";
import type { StepFacts } from "./facts.js";
import { unchanged } from "./unchanged.js";

/** The versions of a run, oldest first, with the facts of the step that arrives at each (the first one's unused). */
export interface Run {
  readonly sides: readonly Side[];
  readonly facts: readonly StepFacts[];
}

/** What a fused run does to the value at one position, by its chain of nodes (one per version of the run). */
type Plan =
  /** No step of the run changes the schema here: the value is handed on as it is. */
  | { readonly kind: "same" }
  /** A scalar some step changes: copied, as the steps copy it. */
  | { readonly kind: "scalar" }
  | { readonly kind: "list"; item: Plan }
  | {
      readonly kind: "struct";
      /** The members of the newest version that every version of the run has, in its order, each with its plan. */
      members: readonly { readonly name: string; readonly plan: Plan }[];
      /** Members some step requires: the value must have them, or a step would fill or refuse them. */
      needs: readonly string[];
    }
  /** Something only the steps can do (see above). */
  | { readonly kind: "steps" };

const SAME: Plan = { kind: "same" };
const SCALAR: Plan = { kind: "scalar" };
const STEPS: Plan = { kind: "steps" };

/** Node chains compiled so far, as a trie by node, one per run: a schema that refers to itself compiles once. */
interface Trie {
  plan?: Plan;
  readonly next: Map<Node, Trie>;
}
const tries = new WeakMap<Run, Trie>();

const family = (r: Resolved): "struct" | "list" | "scalar" =>
  r._tag === "struct" ? "struct" : r._tag === "list" || r._tag === "repeated" ? "list" : "scalar";

const compile = (run: Run, chain: readonly Node[]): Plan => {
  let trie: Trie | undefined = tries.get(run);
  if (trie === undefined) tries.set(run, (trie = { next: new Map() }));
  for (const node of chain) {
    let next: Trie | undefined = trie.next.get(node);
    if (next === undefined) trie.next.set(node, (next = { next: new Map() }));
    trie = next;
  }
  if (trie.plan !== undefined) return trie.plan;
  // Until compiled, a chain met again inside itself is left to the steps.
  trie.plan = STEPS;
  const plan = compileChain(run, chain);
  trie.plan = plan;
  return plan;
};

const compileChain = (run: Run, chain: readonly Node[]): Plan => {
  const { sides, facts } = run;
  // Which steps change the schema here (a step hands the value on as it is where it does not).
  const changed: boolean[] = [];
  for (let k = 0; k + 1 < chain.length; k++) {
    const o = chain[k] as Node;
    const n = chain[k + 1] as Node;
    changed.push(!(o === n && unchanged((sides[k] as Side).shapes, (sides[k + 1] as Side).shapes, n)));
  }
  if (!changed.includes(true)) return SAME;
  const resolved = chain.map((node, k) => resolve((sides[k] as Side).shapes, node));
  const kind = family(resolved[0] as Resolved);
  if (resolved.some((r) => family(r) !== kind)) return STEPS;
  if (kind === "scalar") return SCALAR;
  if (kind === "list") {
    const items = resolved.map((r) => (r as Extract<Resolved, { _tag: "list" | "repeated" }>).node);
    return { kind: "list", item: compile(run, items) };
  }
  const structs = resolved as Struct[];
  // Members every version of the run has: they are handed on or walked; any other is absent from the value (it
  // carries nothing preserved), as the steps leave it unless they fill it in.
  const everywhere = (name: string, upTo: number): boolean => {
    for (let k = 0; k <= upTo; k++) if (!Object.hasOwn((structs[k] as Struct).members, name)) return false;
    return true;
  };
  const needs = new Set<string>();
  for (let k = 0; k + 1 < structs.length; k++) {
    if (!changed[k]) continue;
    const newer = structs[k + 1] as Struct;
    if ((facts[k + 1] as StepFacts).converter(newer.name) !== undefined) return STEPS;
    for (const name in newer.members) {
      if (!(newer.members[name] as Member).required) continue;
      // Required where the value cannot have it: the step fills it in or refuses, always.
      if (!everywhere(name, k + 1)) return STEPS;
      needs.add(name);
    }
  }
  const last = structs[structs.length - 1] as Struct;
  const members: { name: string; plan: Plan }[] = [];
  for (const name in last.members) {
    if (!everywhere(name, structs.length - 1)) continue;
    members.push({
      name,
      plan: compile(
        run,
        structs.map((s) => (s.members[name] as Member).node),
      ),
    });
  }
  return { kind: "struct", members, needs: [...needs] };
};

/** Thrown where the fused walk gives up; caught by `fused`. */
const GIVE_UP = new Error("cfxml: a fused run gives up");

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u) && !(u instanceof Date);

const apply = (plan: Plan, value: unknown): unknown => {
  switch (plan.kind) {
    case "same":
      return value;
    case "scalar":
      return clone(value);
    case "list": {
      if (!Array.isArray(value)) throw GIVE_UP;
      const item = plan.item;
      // `map`, as the steps: a hole stays a hole.
      const out = value.map((x) => apply(item, x));
      carryUnknowns(value, out);
      return out;
    }
    case "struct": {
      if (!isRecord(value) || unknownsOf(value) !== undefined || unknownMembersOf(value) !== undefined) throw GIVE_UP;
      for (const name of plan.needs) if (!Object.hasOwn(value, name)) throw GIVE_UP;
      const out: Record<string, unknown> = {};
      for (const { name, plan: p } of plan.members)
        if (Object.hasOwn(value, name)) out[name] = p.kind === "same" ? value[name] : apply(p, value[name]);
      return out;
    }
    case "steps":
      throw GIVE_UP;
  }
};

/**
 * The upgrade of `value` (at `root`, the node of the run's first version, to `to`, the node of its last) over the
 * whole run, or `undefined` where the steps must run one by one.
 */
export const fused = (run: Run, chain: readonly Node[], value: unknown): { readonly value: unknown } | undefined => {
  try {
    return { value: apply(compile(run, chain), value) };
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
};
