/**
 * Lists across the format break: a repeated element (`CNAME*`, `Path*`, `DistributionSummary*`) becomes CloudFront's
 * `Quantity`/`Items` wrapper, and back. The only thing the wrapper can say that the old format cannot is an empty
 * `Items` beside `Quantity` 0, which means no entries, as leaving the element out does.
 */
import { ref } from "../schema/dsl.js";
import { isRecord } from "./convert.js";
import type { Converter, DownTools, Value } from "./convert.js";

const EMPTY_ITEMS =
  "An empty Items holds no entries, as the old format says by writing none (CloudFront writes " +
  "<X><Quantity>0</Quantity></X> for a list of none).";

/** The wrapper of these entries, with `Items` only when there are some, as CloudFront writes it. */
export const wrap = (entries: readonly unknown[] | undefined, before: Value = {}): Record<string, unknown> =>
  entries === undefined || entries.length === 0
    ? { ...before, Quantity: 0 }
    : { ...before, Quantity: entries.length, Items: [...entries] };

/** A wrapper's entries; an empty `Items` is recorded as said the same by writing none. */
export const entriesOf = (wrapper: unknown, at: string, t: DownTools): unknown[] => {
  if (!isRecord(wrapper)) return [];
  const items = wrapper["Items"];
  if (Array.isArray(items) && items.length === 0) t.same(`${at}/Items`, [], EMPTY_ITEMS);
  return Array.isArray(items) ? items : [];
};

/** `Aliases` as the old `CNAME*`: an empty alias has no old form ("Don't include an empty CNAME element", aws-java). */
export const cnamesOf = (n: Value, t: DownTools): Record<string, unknown> => {
  const aliases = entriesOf(n["Aliases"], `${t.path}/Aliases`, t) as string[];
  aliases.forEach((a, i) => {
    if (a === "")
      t.lose({
        path: `${t.path}/Aliases/Items/CNAME[${i + 1}]`,
        kind: "value",
        message: "an empty <CNAME> is MalformedXML before 2012-05-05",
        value: a,
      });
  });
  const cnames = aliases.filter((a) => a !== "");
  return cnames.length > 0 ? { CNAME: cnames } : {};
};

/**
 * A list document (`DistributionList`): its paging members as they are, and its repeated summaries as the wrapper's
 * entries, each summary upgraded or downgraded the way its own shape is.
 */
export const listDocument = (entry: string): Converter => ({
  up: (v, t) => {
    const old = v[entry] as unknown[] | undefined;
    const summaries = old?.map((s, i) => t.walk(ref(entry), ref(entry), s, `${t.path}/Items/${entry}[${i + 1}]`));
    return { ...t.members(v, [entry, "Quantity", "Items"]), ...wrap(summaries) };
  },
  down: (n, t) => {
    const out = t.members(n, [entry, "Quantity", "Items"]);
    const summaries = entriesOf(n, t.path, t).map((s, i) =>
      t.walk(ref(entry), ref(entry), s, `${t.path}/Items/${entry}[${i + 1}]`),
    );
    if (summaries.length > 0) out[entry] = summaries;
    return out;
  },
});
