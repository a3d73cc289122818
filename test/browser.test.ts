/**
 * The library (not the CLI) in a browser: bundled by esbuild for `platform: "browser"`, which fails on any Node
 * built-in, then loaded in headless Chromium, where a document is decoded, validated, linted, migrated and encoded
 * and the results compared with Node's. Skipped, with a notice, where no Chromium is installed (.ci/run installs
 * Debian's).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import puppeteer from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { decode, encode, encodeJson, lint, migrate, standardSchema } from "../src/index.js";

const root = join(import.meta.dirname, "..");
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) =>
  existsSync(p),
);
const documentText = readFileSync(join(root, "corpus", "2012-07-01", "example-request.xml"), "utf8");

/** What the page computes, and Node too: every use of the library on one document. */
const exercise = `
  const r = cfxml.decode(input, { positions: true });
  if (r._tag === "Left") return { error: r.left.issues };
  const up = cfxml.migrate(r.right, "2020-05-31");
  if (up._tag === "Left") return { error: up.left };
  const checked = cfxml.standardSchema("2020-05-31", "DistributionConfig")["~standard"].validate(cfxml.encodeJson(up.right));
  return {
    json: cfxml.encodeJson(r.right),
    upgraded: cfxml.encode(up.right, { pretty: true }),
    lint: cfxml.lint(r.right).map((f) => [f.code, f.path, f.line, f.column]),
    valid: checked.issues === undefined,
    bytes: cfxml.decode(new TextEncoder().encode(input))._tag,
  };
`;

describe.skipIf(chromium === undefined)("in a browser", () => {
  it("bundles for the browser with no Node built-in, and gives Chromium the results Node gives", async () => {
    const bundle = await build({
      entryPoints: [join(root, "src", "index.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "cfxml",
      write: false,
      logLevel: "silent",
    });
    const code = bundle.outputFiles[0]!.text;
    const cfxml = { decode, encode, encodeJson, lint, migrate, standardSchema };
    const inNode = new Function("cfxml", "input", exercise)(cfxml, documentText) as unknown;
    const browser = await puppeteer.launch({
      executablePath: chromium as string,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu"],
    });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: code });
      const inBrowser = await page.evaluate(
        `((input) => { const cfxml = window.cfxml; ${exercise} })(${JSON.stringify(documentText)})`,
      );
      expect(inBrowser).toEqual(JSON.parse(JSON.stringify(inNode)));
      expect((inNode as { valid: boolean }).valid).toBe(true);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

if (chromium === undefined) console.warn("test/browser.test.ts: no Chromium found; the browser test is skipped");
