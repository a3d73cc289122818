/** The built CLI, run as a subprocess (`npm test` builds it first through `prepare`/`build`). */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli", "main.js");
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: "utf8" });

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: root });
});

describe("cfxml convert", () => {
  const xml = join("corpus", "2020-05-31", "s3-origin-oac.xml");

  it("turns XML into the AWS CLI JSON and back into the same canonical XML", () => {
    const json = run(["convert", xml, "--format", "json"]);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(readFileSync(join(root, "corpus", "2020-05-31", "s3-origin-oac.json"), "utf8")));
    const back = run(["convert", "-", "--format", "xml"], json.stdout);
    expect(back.status).toBe(0);
    expect(back.stdout).toBe(readFileSync(join(root, xml), "utf8"));
  });

  it("exits 1 with positioned errors on stderr for an invalid document, and nothing on stdout", () => {
    const bad = readFileSync(join(root, xml), "utf8").replace("<Enabled>true</Enabled>", "<Enabled>TRUE</Enabled>");
    const r = run(["convert", "-"], bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^-:\d+:3: error\[invalid_boolean\]: <Enabled>: "TRUE" is not a boolean\n {2}at \/DistributionConfig\/Enabled\n$/);
  });

  it("exits 2 with the usage on a bad flag or value", () => {
    for (const args of [["convert", xml, "--format", "yaml"], ["convert", xml, "--frobnicate"], ["transmogrify"]]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("usage: cfxml convert");
    }
  });
});
