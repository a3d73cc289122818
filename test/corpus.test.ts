/**
 * The hand-written corpus. Each `corpus/<version>/<name>.xml` is a canonical document (pretty, model order) with
 * a hand-written `<name>.json`: decoding gives exactly that JSON, and encoding gives back the file byte for
 * byte (or `<name>.canonical.xml` when the source is deliberately not canonical). Each `corpus/invalid/<name>.xml`
 * must fail with exactly the issues listed in `<name>.expected.json`. Documents before 2012-05-05 name their
 * sources in `corpus/legacy-sources.json`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, decodeAsync, encode, encodeJson } from "../src/index.js";
import { legacyVersions } from "../src/versions/index.js";

const corpus = join(import.meta.dirname, "..", "corpus");
const read = (path: string): string => readFileSync(path, "utf8");
const versionDirs = readdirSync(corpus).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));

describe.each(versionDirs)("corpus/%s", (version) => {
  const dir = join(corpus, version);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".xml") && !f.endsWith(".canonical.xml"))
    .map((f) => f.slice(0, -4));

  it.each(names)("%s decodes to its expected JSON and encodes back to its canonical form", (name) => {
    const xml = read(join(dir, `${name}.xml`));
    const r = decode(xml);
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left.issues, null, 2));
    expect(r.right.version).toBe(version);
    expect({ [r.right.root]: encodeJson(r.right) }).toEqual(JSON.parse(read(join(dir, `${name}.json`))));
    const warningsFile = join(dir, `${name}.expected.json`);
    const expectedWarnings = existsSync(warningsFile) ? (JSON.parse(read(warningsFile)) as unknown[]) : [];
    expect((r.right.warnings ?? []).map(({ code, path, line, column }) => ({ code, path, line, column }))).toEqual(
      expectedWarnings,
    );
    const canonicalFile = join(dir, `${name}.canonical.xml`);
    const canonical = existsSync(canonicalFile) ? read(canonicalFile) : xml;
    expect(encode(r.right, { pretty: true }) + "\n").toBe(canonical);
  });
});

describe("corpus/invalid", () => {
  const dir = join(corpus, "invalid");
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".xml"))
    .map((f) => f.slice(0, -4));

  it("holds at least 15 documents", () => expect(names.length).toBeGreaterThanOrEqual(15));

  it.each(names)("%s is rejected with exactly the expected issues, sync and streamed", async (name) => {
    const bytes = readFileSync(join(dir, `${name}.xml`));
    const expected = JSON.parse(read(join(dir, `${name}.expected.json`))) as unknown[];
    const pick = (issues: readonly { code: string; path: string; line: number; column: number }[]) =>
      issues.map(({ code, path, line, column }) => ({ code, path, line, column }));
    const r = decode(bytes);
    if (r._tag === "Right") expect.fail(`${name} was accepted`);
    expect(pick(r.left.issues)).toEqual(expected);
    const streamed = await decodeAsync(
      (function* () {
        for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
      })(),
    );
    expect(streamed).toEqual(r);
  });
});

describe("corpus/legacy-sources.json", () => {
  interface Source {
    readonly file: string;
    readonly kind: "verbatim" | "derived" | "hand-written";
    readonly source: Readonly<Record<string, string>>;
    readonly licence: string;
    readonly obtained: string;
  }
  const listed = (JSON.parse(read(join(corpus, "legacy-sources.json"))) as { documents: Source[] }).documents;
  const legacy = versionDirs.filter((v) => legacyVersions.has(v));

  it("says where every document before 2012-05-05 comes from, and lists no other", () => {
    const documents = [
      ...legacy.flatMap((v) =>
        readdirSync(join(corpus, v))
          .filter((f) => f.endsWith(".xml") && !f.endsWith(".canonical.xml"))
          .map((f) => `${v}/${f}`),
      ),
      ...readdirSync(join(corpus, "invalid"))
        .filter((f) => f.startsWith("legacy-") && f.endsWith(".xml"))
        .map((f) => `invalid/${f}`),
    ];
    expect(listed.map((e) => e.file).sort()).toEqual(documents.sort());
    expect(legacy.length).toBeGreaterThanOrEqual(6);
  });

  it.each(listed.map((e) => [e.file, e] as const))("%s: its kind, source, licence and how it was obtained", (_, e) => {
    expect(["verbatim", "derived", "hand-written"]).toContain(e.kind);
    if (e.kind !== "hand-written")
      expect(
        e.source["url"] ?? (/^[0-9a-f]{40}$/.test(e.source["commit"] ?? "") ? e.source["repository"] : undefined),
      ).toBeDefined();
    expect([e.licence.length, e.obtained.length].every((n) => n > 5)).toBe(true);
  });
});
