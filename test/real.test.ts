/**
 * Documents written by others (SDK and tool fixtures, recorded live traffic, AWS examples), kept verbatim in
 * corpus/real/ with their source and licence in corpus/real/MANIFEST.json. Each must be read as the manifest says:
 * decoded (with exactly the warnings listed), or rejected with exactly the issue codes listed and a stated reason.
 * Every decoded one must round-trip through XML and JSON and upgrade to 2020-05-31, or be refused for its stated
 * reason; the live responses the manifest marks must go down to 2018-06-18 without `lossy`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, decodeJson, encode, encodeJson, migrate } from "../src/index.js";
import type { Decoded, RootName, VersionId } from "../src/index.js";

interface Entry {
  readonly file: string;
  readonly repository: string;
  readonly commit: string;
  readonly licence: string;
  readonly kind: string;
  readonly expect: {
    readonly json?: { readonly version: VersionId; readonly root: RootName };
    readonly version?: string;
    readonly root?: string;
    readonly warnings?: readonly string[];
    readonly rejected?: readonly string[];
    readonly because?: string;
    readonly upgradeRefused?: string;
    readonly downgradesStrictlyTo?: VersionId;
  };
}

const dir = join(import.meta.dirname, "..", "corpus", "real");
const manifest = JSON.parse(readFileSync(join(dir, "MANIFEST.json"), "utf8")) as Entry[];
const codes = (issues: readonly { code: string }[] | undefined): string[] =>
  [...new Set((issues ?? []).map((i) => i.code))].sort();

const read = (e: Entry) => {
  const bytes = readFileSync(join(dir, e.file));
  const target = e.expect.json;
  if (target === undefined) return decode(bytes);
  const json = JSON.parse(bytes.toString("utf8")) as Record<string, unknown>;
  return decodeJson(json[target.root], target);
};

describe("corpus/real", () => {
  it("records the source and licence of every document, and holds at least 60 of them", () => {
    expect(manifest.length).toBeGreaterThanOrEqual(60);
    for (const e of manifest) {
      expect([e.file, e.repository.length > 0, /^[0-9a-f]{40}$/.test(e.commit), e.licence.length > 0]).toEqual([
        e.file,
        true,
        true,
        true,
      ]);
    }
  });

  it("holds live responses of several versions, not only examples", () => {
    const live = manifest.filter((e) => e.kind.startsWith("recorded-live"));
    expect(live.length).toBeGreaterThanOrEqual(20);
    expect(new Set(live.map((e) => e.expect.version)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(manifest.map((e) => [e.file, e] as const))("%s is read as the manifest says", (_, e) => {
    const r = read(e);
    if (e.expect.rejected !== undefined) {
      expect(e.expect.because?.length).toBeGreaterThan(20);
      expect(r._tag === "Left" ? codes(r.left.issues) : "accepted").toEqual(e.expect.rejected);
      return;
    }
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left.issues.slice(0, 5), null, 2));
    const d: Decoded = r.right;
    if (e.expect.version !== undefined) expect([d.version, d.root]).toEqual([e.expect.version, e.expect.root]);
    expect(codes(d.warnings)).toEqual(e.expect.warnings);

    // Nothing lost, nothing invented: XML and JSON give back the value, and a second pass writes the same text.
    const xml = encode(d);
    const again = decode(xml);
    expect(again._tag === "Right" && again.right.value).toStrictEqual(d.value);
    expect(again._tag === "Right" && encode(again.right)).toBe(xml);
    const json = decodeJson(JSON.parse(JSON.stringify(encodeJson(d))), { version: d.version, root: d.root });
    expect(json._tag === "Right" && json.right.value).toStrictEqual(d.value);

    const up = migrate(d, "2020-05-31", { accountId: "123456789012" });
    if (e.expect.upgradeRefused !== undefined) expect(up._tag === "Left" && up.left.kind).toBe("upgrade");
    else if (up._tag === "Left") expect.fail(JSON.stringify(up.left));
    else expect(up.right.losses).toEqual([]);

    if (e.expect.downgradesStrictlyTo !== undefined) {
      const down = migrate(d, e.expect.downgradesStrictlyTo);
      if (down._tag === "Left") expect.fail(JSON.stringify(down.left));
      expect(down.right.losses).toEqual([]);
      expect(down.right.equivalents.length).toBeGreaterThan(0);
    }
  });
});
