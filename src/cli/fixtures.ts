/**
 * `cfxml fixtures`: random documents valid by construction for any version, reproducible by seed; with
 * --invalid, one document per decoder error code, each with a sidecar naming the error it must produce.
 */
import type fc from "fast-check";
import { encode, encodeJson } from "../xml.js";
import type { Decoded, IssueCode } from "../index.js";
import type { arbitraryFor } from "../interpreters/arbitrary.js";
import type { Node } from "../schema/ast.js";
import { requireVersion } from "../document.js";
import { invalidFixtures, notLintable } from "../lint/index.js";
import { firstModelled, namespaceOf } from "../versions/index.js";
import { mkdirSync } from "node:fs";
import { oneOf, parse, UsageError } from "./args.js";
import { writeOutput } from "./output.js";
import { bytes, fromArg, join } from "./paths.js";
import { say } from "./ui.js";
import { versionArg } from "./versions.js";

export const options = {
  "api-version": { type: "string" },
  // The first spelling, kept working: \`cfxml --version\` is the tool's own version.
  version: { type: "string" },
  root: { type: "string" },
  count: { type: "string" },
  seed: { type: "string" },
  format: { type: "string" },
  invalid: { type: "boolean", default: false },
  output: { type: "string", short: "o" },
  help: { type: "boolean", short: "h" },
} as const;

export const usage = `usage: cfxml fixtures --api-version VERSION -o DIR [--root ROOT] [--count N] [--seed S]
                      [--format xml|json] [--invalid]

Writes N random documents of that version and root (default DistributionConfig, 10 of them), valid by
construction and reproducible with --seed (the seed used is printed on stderr). With --invalid, writes instead
one XML document per decoder error code, each beside <code>.expected.json naming the error it must produce, and
in lint/ one DistributionConfig per lint code of the version: it decodes, and cfxml lint finds exactly the
finding its <code>.expected.json names (code, rule, severity, path, line, column).

  --api-version VERSION  the CloudFront API version of the documents (also spelled --version)
  -o, --output DIR       the folder to write them to (created if missing)
  --root ROOT            the document kind (default DistributionConfig; see cfxml versions)
  --count N              how many documents (default 10)
  --seed S               the random seed, to draw the same documents again
  --format xml|json      XML (default) or AWS CLI JSON
  --invalid              one invalid document per decoder error code and per lint code, with its expected error
  -h, --help             this help

examples:
  cfxml fixtures --api-version 2012-07-01 --count 100 --seed 42 -o fixtures/
  cfxml fixtures --api-version 2020-05-31 --invalid -o fixtures/invalid/`;

type Mutation = {
  readonly code: IssueCode;
  readonly path: string | null;
  readonly apply: (xml: string) => string | Buffer;
};

const replaceOnce = (xml: string, re: RegExp, by: string): string => {
  if (!re.test(xml)) throw new Error(`fixture base lacks ${re}`);
  return xml.replace(re, by);
};

/** Changes to a canonical, pretty DistributionConfig (or Distribution) that each produce one error code. */
const mutations = (version: string, has: (shape: string) => boolean): Mutation[] => {
  const root = "/DistributionConfig";
  const list: Mutation[] = [
    { code: "malformed_xml", path: root, apply: (x) => x.replace(/<\/DistributionConfig>\n?$/, "") },
    { code: "doctype_forbidden", path: null, apply: (x) => x.replace("?>\n", "?>\n<!DOCTYPE DistributionConfig>\n") },
    {
      code: "invalid_encoding",
      path: `${root}/CallerReference`,
      apply: (x) =>
        Buffer.from(replaceOnce(x, /<CallerReference>/, "<CallerReference>\u0000"), "utf8").map((b) =>
          b === 0 ? 0xff : b,
        ) as Buffer,
    },
    { code: "unsupported_encoding", path: null, apply: (x) => x.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"') },
    {
      code: "too_deep",
      path: null,
      apply: (x) => replaceOnce(x, /(<\/CallerReference>)/, `$1${"<Deep>".repeat(70)}${"</Deep>".repeat(70)}`),
    },
    {
      code: "text_too_long",
      path: `${root}/Comment`,
      apply: (x) =>
        replaceOnce(x, /^ {2}<Comment(\/>|>[^<]*<\/Comment>)$/m, `  <Comment>${"x".repeat((1 << 20) + 1)}</Comment>`),
    },
    { code: "wrong_namespace", path: root, apply: (x) => x.replace(namespaceOf(version), namespaceOf("2014-08-31")) },
    {
      code: "unknown_root",
      path: "/CachePolicyConfig",
      apply: (x) => x.replace(/<(\/?)DistributionConfig\b/g, "<$1CachePolicyConfig"),
    },
    {
      code: "unknown_element",
      path: `${root}/Unknown`,
      apply: (x) => replaceOnce(x, /(<\/CallerReference>)/, "$1<Unknown>x</Unknown>"),
    },
    {
      code: "unexpected_element",
      path: `${root}/CallerReference/b`,
      apply: (x) => replaceOnce(x, /<CallerReference>/, "<CallerReference><b>x</b>"),
    },
    {
      code: "duplicate_element",
      path: `${root}/CallerReference`,
      apply: (x) => replaceOnce(x, /(<CallerReference>[^<]*<\/CallerReference>|<CallerReference\/>)/, "$1$1"),
    },
    {
      code: "missing_element",
      path: `${root}/CallerReference`,
      apply: (x) => replaceOnce(x, /^ {2}(<CallerReference>[^<]*<\/CallerReference>|<CallerReference\/>)\n/m, ""),
    },
    {
      code: "unexpected_text",
      path: `${root}/Origins`,
      apply: (x) => replaceOnce(x, /^ {2}<Origins>$/m, "  <Origins>stray text"),
    },
    {
      code: "unexpected_attribute",
      path: `${root}/Enabled`,
      apply: (x) => replaceOnce(x, /^ {2}<Enabled>/m, '  <Enabled lang="en">'),
    },
    {
      code: "quantity_mismatch",
      path: `${root}/Origins/Quantity`,
      apply: (x) => replaceOnce(x, /(^ {2}<Origins>\n {4}<Quantity>)(\d+)/m, "$1999"),
    },
    {
      code: "missing_items_wrapper",
      path: `${root}/Origins/Origin[1]`,
      apply: (x) =>
        replaceOnce(
          x,
          /(^ {2}<Origins>\n {4}<Quantity>\d+<\/Quantity>\n) {4}<Items>\n([\s\S]*?)\n {4}<\/Items>\n/m,
          "$1$2\n",
        ),
    },
    {
      code: "list_length",
      path: `${root}/Origins/Items`,
      apply: (x) =>
        replaceOnce(
          x,
          /^ {2}<Origins>\n[\s\S]*?\n {2}<\/Origins>$/m,
          "  <Origins><Quantity>0</Quantity><Items/></Origins>",
        ),
    },
    {
      code: "invalid_boolean",
      path: `${root}/Enabled`,
      apply: (x) => replaceOnce(x, /^ {2}<Enabled>(true|false)</m, "  <Enabled>TRUE<"),
    },
    {
      code: "invalid_integer",
      path: `${root}/Origins/Quantity`,
      apply: (x) => replaceOnce(x, /(^ {2}<Origins>\n {4}<Quantity>)(\d+)/m, "$1one"),
    },
    {
      code: "out_of_range",
      path: `${root}/Origins/Quantity`,
      apply: (x) => replaceOnce(x, /(^ {2}<Origins>\n {4}<Quantity>)(\d+)/m, "$12147483648"),
    },
    {
      code: "invalid_enum",
      path: `${root}/DefaultCacheBehavior/ViewerProtocolPolicy`,
      apply: (x) => replaceOnce(x, /(^ {4}<ViewerProtocolPolicy>)[^<]*/m, "$1sometimes"),
    },
  ];
  if (has("ConnectionFunctionAssociation")) {
    list.push({
      code: "string_length",
      path: `${root}/ConnectionFunctionAssociation/Id`,
      apply: (x) =>
        x
          .replace(
            /(\n<\/DistributionConfig>)/,
            "\n  <ConnectionFunctionAssociation><Id/></ConnectionFunctionAssociation>$1",
          )
          .replace(/\n {2}<ConnectionFunctionAssociation>(?!<Id\/>)[\s\S]*?<\/ConnectionFunctionAssociation>/, ""),
    });
  }
  if (has("OriginShield")) {
    list.push({
      code: "pattern_mismatch",
      path: `${root}/Origins/Items/Origin[1]/OriginShield/OriginShieldRegion`,
      apply: (x) =>
        replaceOnce(
          x.replace(/\n {8}<OriginShield>[\s\S]*?<\/OriginShield>/, ""),
          /(^ {8}<Id>[^<]*<\/Id>|^ {8}<Id\/>)/m,
          "$1<OriginShield><Enabled>true</Enabled><OriginShieldRegion>US</OriginShieldRegion></OriginShield>",
        ),
    });
  }
  return list;
};

/** fast-check is an optional peer dependency of cfxml: loaded here, so that its absence says what to install. */
const drawing = async (): Promise<{ fc: typeof fc; arbitraryFor: typeof arbitraryFor }> => {
  try {
    return {
      fc: (await import("fast-check")).default,
      arbitraryFor: (await import("../interpreters/arbitrary.js")).arbitraryFor,
    };
  } catch (e) {
    if (
      (e as { code?: unknown }).code !== "ERR_MODULE_NOT_FOUND" ||
      !String((e as Error).message).includes("'fast-check'")
    )
      throw e;
    throw new UsageError(
      "fast-check is not installed: cfxml fixtures draws its documents with it",
      "npm install fast-check (an optional peer dependency of cfxml)",
    );
  }
};

export const fixtures = async (args: string[]): Promise<number> => {
  const { values } = parse("fixtures", { args, options });
  if (values.help === true) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  const named = values["api-version"] ?? values.version;
  if (named === undefined) throw new UsageError("--api-version is required", "run cfxml fixtures --help");
  if (values.output === undefined) throw new UsageError("-o DIR is required", "run cfxml fixtures --help");
  const version = versionArg("api-version", named);
  const { fc, arbitraryFor } = await drawing();
  const folder = fromArg(values.output);
  mkdirSync(bytes(folder), { recursive: true });
  const write = (name: string, text: string | Uint8Array): void =>
    writeOutput(join(folder, fromArg(name)), text, false);
  const v = requireVersion(version);
  const roots: readonly string[] = v.roots;
  const root = oneOf("root", values.root, roots, "DistributionConfig");
  const format = oneOf("format", values.format, ["xml", "json"], "xml");
  const count = values.count === undefined ? 10 : Number(values.count);
  if (!Number.isSafeInteger(count) || count < 1)
    throw new UsageError(`--count must be a positive whole number, not ${values.count}`);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed must be a whole number, not ${values.seed}`);
  say(`seed ${seed}`);
  const shapes = v.shapes as Readonly<Record<string, Node>>;
  const sample = (name: string, n: number): Decoded[] =>
    fc
      .sample(arbitraryFor(v.shapes, shapes[name] as Node), { numRuns: n, seed })
      .map((value) => ({ version, root: name, value }) as Decoded);

  if (values.invalid) {
    // The invalid documents are the new format's (Origins, Quantity), and one per lint rule.
    const declined = notLintable(version);
    if (declined !== undefined)
      throw new UsageError(
        `--invalid writes documents of ${firstModelled.version} and later, not ${version}`,
        "cfxml fixtures --api-version VERSION without --invalid writes valid documents of any version",
      );
    const [base] = sample("DistributionConfig", 1);
    const xml = encode(base as Decoded, { pretty: true }) + "\n";
    const list = mutations(version, (shape) => Object.hasOwn(shapes, shape));
    for (const m of list) {
      write(`${m.code}.xml`, m.apply(xml));
      write(`${m.code}.expected.json`, JSON.stringify({ version, code: m.code, path: m.path }, null, 2) + "\n");
    }
    // Timestamps live only in responses.
    const [response] = sample("Distribution", 1);
    const bad = (encode(response as Decoded, { pretty: true }) + "\n").replace(
      /<LastModifiedTime>[^<]*<\/LastModifiedTime>/,
      "<LastModifiedTime>yesterday</LastModifiedTime>",
    );
    write("invalid_timestamp.xml", bad);
    write(
      "invalid_timestamp.expected.json",
      JSON.stringify({ version, code: "invalid_timestamp", path: "/Distribution/LastModifiedTime" }, null, 2) + "\n",
    );
    // Documents that decode but that CloudFront would refuse, one per lint code, in their own folder.
    const linted = invalidFixtures(version);
    mkdirSync(bytes(join(folder, fromArg("lint"))), { recursive: true });
    for (const f of linted) {
      const { code, rule, severity, path, line, column } = f.expected;
      write(`lint/${f.code}.xml`, encode(f.document, { pretty: true }) + "\n");
      write(
        `lint/${f.code}.expected.json`,
        JSON.stringify({ version, code, rule, severity, path, line, column }, null, 2) + "\n",
      );
    }
    say(
      `wrote ${list.length + 1} invalid documents (document_too_large needs 32 MiB and is not written), and ` +
        `${linted.length} in lint/ with the finding cfxml lint reports`,
    );
    return 0;
  }
  const docs = sample(root, count);
  const width = String(count).length;
  for (const [i, d] of docs.entries()) {
    const name = `${root}-${String(i + 1).padStart(width, "0")}.${format}`;
    const text =
      format === "xml" ? encode(d, { pretty: true }) + "\n" : JSON.stringify({ [root]: encodeJson(d) }, null, 2) + "\n";
    write(name, text);
  }
  say(`wrote ${docs.length} ${version} ${root} documents`);
  return 0;
};
