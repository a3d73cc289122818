/** On a terminal: the progress bar, errors above it, Ctrl-C, and colours that follow the stream they go to. */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  corpus,
  fixtures,
  terminalToolsMissing,
  onTerminal,
  read,
  removeTemporaryFolders,
  run,
  screenOf,
  stripAnsi,
  tmp,
} from "./cli-kit.js";

afterAll(removeTemporaryFolders);

const bad = join(corpus, "invalid", "booleans-misspelled.xml");
const good = join(corpus, "2020-05-31", "s3-origin-oac.xml");
const colourCode = /\u001b\[3\dm/;
const onTerminals = describe.skipIf(terminalToolsMissing.length > 0);
if (terminalToolsMissing.length > 0)
  console.warn(`terminal tests skipped: ${terminalToolsMissing.join(" and ")} not installed`);

onTerminals("the progress bar", () => {
  let batch = "";
  beforeAll(() => {
    batch = fixtures("2013-05-12", 80, 8);
    copyFileSync(bad, join(batch, "bad.xml"));
  }, 60_000);

  it("writes errors above the bar, each line whole, and the summary on its own line after it", async () => {
    const out = join(tmp(), "out");
    const { status, screen } = await screenOf(`CLI convert ${batch} --to 2020-05-31 -o ${out}`);
    expect(status).toBe(1);
    const lines = screen.split("\n").filter((l) => l.trim() !== "");
    expect(lines).toEqual([
      `${join(batch, "bad.xml")}:23:5: error[invalid_boolean]: <Compress>: "TRUE" is not a boolean`,
      "  at /DistributionConfig/DefaultCacheBehavior/Compress",
      `${join(batch, "bad.xml")}:27:3: error[invalid_boolean]: <Enabled>: "yes" is not a boolean`,
      "  at /DistributionConfig/Enabled",
      `${join(batch, "bad.xml")}:28:3: error[invalid_boolean]: <IsIPV6Enabled>: "2" is not a boolean`,
      "  at /DistributionConfig/IsIPV6Enabled",
      "converted 80, failed 1",
    ]);
    const validate = await screenOf(`CLI validate ${bad} ${good}`);
    expect(
      validate.screen
        .split("\n")
        .filter((l) => l.trim() !== "")
        .slice(-2),
    ).toEqual(["  at /DistributionConfig/IsIPV6Enabled", "valid 1, failed 1"]);
  }, 120_000);

  it("shows count, percentage, rate and time left; Ctrl-C shows the cursor again, restores line wrap and leaves no temporary file", async () => {
    const dir = tmp();
    const fifo = join(dir, "pending.xml");
    execFileSync("mkfifo", [fifo]);
    const out = join(dir, "out");
    // The FIFO has no writer: the batch waits on it, bar shown, until Ctrl-C.
    const { status, output } = await onTerminal(`CLI convert ${fifo} ${batch} --to 2020-05-31 -o ${out}`, {
      interruptWhen: "files",
    });
    expect(status).toBe(130);
    expect(stripAnsi(output)).toMatch(/\d+% \| \d+\/82 files \| \d+\/s \| ETA /);
    const last = (re: RegExp): string | undefined => [...output.matchAll(re)].pop()?.[0];
    expect(last(/\u001b\[\?25[hl]/g)).toBe("\u001b[?25h");
    expect(last(/\u001b\[\?7[hl]/g)).toBe("\u001b[?7h");
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);
});

onTerminals("colours", () => {
  it("follow the stream written to: none in a file even when stderr is a terminal; none with NO_COLOR or --color=never", async () => {
    const dir = tmp();
    const file = join(dir, "problems.txt");
    const { output } = await onTerminal(`CLI validate ${bad} ${good} > ${file}`);
    expect(read(file)).toContain("error[invalid_boolean]");
    expect(read(file)).not.toMatch(colourCode);
    expect(output).toContain("valid 1, failed 1");
    const convertErrors = await onTerminal(`CLI convert ${bad}`);
    expect(convertErrors.output).toMatch(colourCode);
    for (const env of [{ NO_COLOR: "1" }, { NO_COLOR: "1", FORCE_COLOR: "1" }])
      expect((await onTerminal(`CLI convert ${bad}`, { env })).output).not.toMatch(colourCode);
    expect((await onTerminal(`CLI convert ${bad} --color=never`)).output).not.toMatch(colourCode);
    // Not a terminal: FORCE_COLOR or --color=always turn them on; FORCE_COLOR=0 and NO_COLOR="" change nothing.
    expect(run(["convert", bad]).stderr).not.toMatch(colourCode);
    expect(run(["convert", bad], { env: { FORCE_COLOR: "1" } }).stderr).toMatch(colourCode);
    expect(run(["convert", bad, "--color", "always"]).stderr).toMatch(colourCode);
    expect(run(["--color=always", "validate", bad]).stdout).toMatch(colourCode);
    expect(run(["convert", bad], { env: { FORCE_COLOR: "0" } }).stderr).not.toMatch(colourCode);
    expect(run(["convert", bad], { env: { NO_COLOR: "", FORCE_COLOR: "1" } }).stderr).toMatch(colourCode);
  }, 120_000);
});

onTerminals("a progress bar only where a person looks", () => {
  it("writes no bar and no escape codes when stderr is not a terminal", () => {
    const dir = tmp();
    mkdirSync(join(dir, "in"));
    for (const name of ["a", "b", "c"]) copyFileSync(good, join(dir, "in", `${name}.xml`));
    const r = run(["convert", join(dir, "in"), "-o", join(dir, "out")]);
    expect([r.status, r.stderr]).toEqual([0, "converted 3, failed 0\n"]);
    expect(readFileSync(join(dir, "out", "a.xml"), "utf8")).toBe(read(good));
  });
});
