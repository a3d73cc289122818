/**
 * What a user installs: runtime dependencies in caret ranges, and fast-check an optional peer dependency that only
 * `cfxml/arbitrary` and `cfxml fixtures` need. The built package is copied beside a node_modules holding its
 * dependencies but not fast-check, as `npm install cfxml` leaves it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("package", () => {
  it("takes its runtime dependencies in caret ranges, and fast-check as an optional peer", () => {
    expect(Object.entries(pkg.dependencies).filter(([, range]) => !/^\^\d+\.\d+\.\d+$/.test(range))).toEqual([]);
    expect(pkg.dependencies["fast-check"]).toBeUndefined();
    expect([pkg.peerDependencies["fast-check"], pkg.peerDependenciesMeta["fast-check"]?.optional]).toEqual([
      "^4.7.0",
      true,
    ]);
  });

  it("without fast-check, the library and the other commands work, and cfxml fixtures says what to install", () => {
    const dir = mkdtempSync(join(tmpdir(), "cfxml-package-"));
    made.push(dir);
    const at = join(dir, "node_modules", "cfxml");
    mkdirSync(join(at, "node_modules"), { recursive: true });
    cpSync(join(root, "dist"), join(at, "dist"), { recursive: true });
    cpSync(join(root, "package.json"), join(at, "package.json"));
    // Each dependency resolves its own dependencies from where it really is, the repository's node_modules.
    for (const name of Object.keys(pkg.dependencies))
      symlinkSync(join(root, "node_modules", name), join(at, "node_modules", name), "dir");
    writeFileSync(join(dir, "package.json"), '{ "private": true, "type": "module" }\n');
    const node = (args: string[]) =>
      spawnSync(process.execPath, args, {
        cwd: dir,
        encoding: "utf8",
        timeout: 120_000,
        env: { ...process.env, NO_COLOR: "1" },
      });
    const cfxml = join(at, "dist", "cli", "main.js");

    const library = node([
      "--input-type=module",
      "-e",
      'const { decode } = await import("cfxml"); console.log(decode("<x/>")._tag);',
    ]);
    expect([library.status, library.stdout, library.stderr]).toEqual([0, "Left\n", ""]);
    const arbitrary = node(["--input-type=module", "-e", 'await import("cfxml/arbitrary")']);
    expect(arbitrary.stderr).toContain("Cannot find package 'fast-check'");

    const converted = node([
      cfxml,
      "convert",
      join(root, "corpus", "2012-07-01", "example-request.xml"),
      "--to",
      "2020-05-31",
    ]);
    expect([converted.status, converted.stdout]).toEqual([0, expect.stringContaining("doc/2020-05-31/")]);
    expect(node([cfxml, "fixtures", "--help"]).status).toBe(0);
    const fixtures = node([cfxml, "fixtures", "--api-version", "2020-05-31", "-o", join(dir, "out")]);
    expect([fixtures.status, fixtures.stdout, fixtures.stderr]).toEqual([
      2,
      "",
      "cfxml fixtures: fast-check is not installed: cfxml fixtures draws its documents with it\nhint: npm install fast-check (an optional peer dependency of cfxml)\n",
    ]);
    expect(existsSync(join(dir, "out"))).toBe(false);
  }, 120_000);
});
