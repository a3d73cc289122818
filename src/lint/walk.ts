/**
 * The one walk every rule shares. It follows the version's schema through a decoded value, structure by
 * structure, keeping the element path (as the decoder spells it) and the enclosing distribution, and hands each
 * structure to the rules that read its shape. A rule's report becomes a finding here, through `issue()`, with
 * the line and column of its element when the document came from XML.
 */
import { issue } from "../errors.js";
import type { Finding, Severity } from "../errors.js";
import type { Positions } from "../interpreters/decoder.js";
import type { Node, Resolved, Shapes, Struct } from "../schema/ast.js";
import { resolve } from "../schema/resolve.js";
import { ITEMS, wrapperOf } from "../schema/wrapper.js";
import { distributionFacts } from "./facts.js";
import type { Distribution } from "./facts.js";
import type { Quotas } from "./quotas.js";
import type { Found, Report, Rule, Scope, Steps } from "./rule.js";

/** A rule as one run applies it: with the severity the options gave it. */
export interface Armed {
  readonly rule: Rule;
  readonly severity: Severity;
}

// Structures whose members the cross-reference rules look up (origins by Id, behaviours in order).
const DISTRIBUTIONS: ReadonlySet<string> = new Set(["DistributionConfig", "DistributionSummary"]);

interface Frame {
  readonly name: string;
  /** 1-based among its list's entries; 0 when not a list entry. */
  readonly index: number;
  /** Where it comes among its siblings: the member's place in the model, or the entry's in its list. */
  readonly order: number;
}

/** A finding, and where its element comes in model order (each step's place among its siblings). */
export interface Placed {
  readonly finding: Finding;
  readonly order: readonly number[];
}

const memberOrder = (s: Struct, name: string): number => Object.keys(s.members).indexOf(name);

/**
 * The elements that steps from a structure name, spelt from the schema (`["Headers", 2]` is
 * `Headers/Items/Name[3]`), with the place of each among its siblings.
 */
export const elementsOf = (
  shapes: Shapes,
  from: Resolved | undefined,
  steps: Steps,
): { readonly elements: string[]; readonly order: number[] } => {
  const elements: string[] = [];
  const order: number[] = [];
  let node = from;
  for (const step of steps) {
    if (typeof step === "string") {
      const member: { node: Node } | undefined = node?._tag === "struct" ? node.members[step] : undefined;
      elements.push(step);
      order.push(node?._tag === "struct" ? memberOrder(node, step) : 0);
      node = member === undefined ? undefined : resolve(shapes, member.node);
      continue;
    }
    const wrapper = node?._tag === "struct" ? wrapperOf(node) : undefined;
    const list = wrapper?.items ?? (node?._tag === "list" ? node : undefined);
    if (list === undefined) throw new Error(`a report steps into entry ${step} of something that is not a list`);
    if (wrapper !== undefined && node?._tag === "struct") {
      elements.push(ITEMS);
      order.push(memberOrder(node, ITEMS));
    }
    elements.push(`${list.item}[${step + 1}]`);
    order.push(step);
    node = resolve(shapes, list.node);
  }
  return { elements, order };
};

export class Walk implements Scope {
  readonly found: Placed[] = [];
  index = -1;
  private readonly frames: Frame[] = [];
  private node: Struct | undefined;
  private current: object | undefined;
  private facts: Distribution | undefined;

  constructor(
    private readonly shapes: Shapes,
    private readonly rules: ReadonlyMap<string, readonly Armed[]>,
    readonly version: string,
    readonly quotas: Quotas,
    private readonly positions: Positions | undefined,
  ) {}

  get distribution(): Distribution | undefined {
    if (this.facts === undefined && this.current !== undefined) this.facts = distributionFacts(this.current as never);
    return this.facts;
  }

  has(member: string): boolean {
    return this.node !== undefined && member in this.node.members;
  }

  /** Walks a document root. */
  root(node: Struct, name: string, value: unknown): void {
    this.struct(node, name, 0, 0, value);
  }

  private struct(node: Struct, name: string, index: number, order: number, value: unknown): void {
    if (typeof value !== "object" || value === null) return;
    this.frames.push({ name, index, order });
    const outer = this.current;
    const outerFacts = this.facts;
    if (DISTRIBUTIONS.has(node.name)) {
      this.current = value;
      this.facts = undefined;
    }
    const armed = this.rules.get(node.name);
    if (armed !== undefined) {
      this.node = node;
      this.index = index - 1;
      for (const a of armed) this.take(a, a.rule.check(value as never, this));
    }
    const record = value as Record<string, unknown>;
    let k = 0;
    for (const member in node.members) {
      const child = record[member];
      if (child !== undefined) this.member((node.members[member] as { node: Node }).node, member, k, child);
      k++;
    }
    this.current = outer;
    this.facts = outerFacts;
    this.frames.pop();
  }

  private member(n: Node, name: string, order: number, value: unknown): void {
    const node = resolve(this.shapes, n);
    if (node._tag === "struct") return this.struct(node, name, 0, order, value);
    if (node._tag === "repeated" && Array.isArray(value)) {
      const entry = resolve(this.shapes, node.node);
      if (entry._tag === "struct")
        for (let i = 0; i < value.length; i++) this.struct(entry, name, i + 1, order, value[i]);
      return;
    }
    if (node._tag !== "list" || !Array.isArray(value)) return;
    const item = resolve(this.shapes, node.node);
    if (item._tag !== "struct") return;
    this.frames.push({ name, index: 0, order });
    for (let i = 0; i < value.length; i++) this.struct(item, node.item, i + 1, i, value[i]);
    this.frames.pop();
  }

  private take(armed: Armed, found: Found): void {
    if (found === undefined) return;
    if ("message" in found) return this.report(armed, found as Report);
    for (const r of found as readonly Report[]) this.report(armed, r);
  }

  private report(armed: Armed, r: Report): void {
    const steps = elementsOf(this.shapes, this.node, r.at ?? []);
    const path =
      "/" +
      [...this.frames.map((f) => (f.index === 0 ? f.name : `${f.name}[${f.index}]`)), ...steps.elements].join("/");
    const { rule, severity } = armed;
    const problem = {
      code: rule.code,
      rule: rule.id,
      severity,
      message: r.message,
      ...(r.expected === undefined ? {} : { expected: r.expected }),
      ...(r.actual === undefined ? {} : { actual: r.actual }),
    };
    this.found.push({
      finding: issue(problem, { path, ...this.position(path) }),
      order: [...this.frames.map((f) => f.order), ...steps.order],
    });
  }

  /** Where the element starts; for an element the document leaves out, where its closest ancestor does. */
  private position(path: string): { line?: number; column?: number } {
    if (this.positions === undefined) return {};
    for (let p = path; p.length > 0; p = p.slice(0, p.lastIndexOf("/"))) {
      const at = this.positions.get(p);
      if (at !== undefined) return { line: at.line, column: at.column };
    }
    return {};
  }
}
