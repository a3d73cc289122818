/** Data safety: the CLI never loses, overwrites or mis-kinds a user's file, and reads bad input in bounded time. */
import { execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  chownSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cli,
  commandLine,
  corpus,
  filesUnder,
  fixtures,
  isRoot,
  read,
  removeTemporaryFolders,
  root,
  run,
  tmp,
} from "./cli-kit.js";

afterAll(removeTemporaryFolders);

const legacy = join(corpus, "2012-07-01", "example-request.xml");
const current = join(corpus, "2020-05-31", "s3-origin-oac.xml");
const upgraded = read(join(corpus, "upgrades", "2012-07-01", "example-request.xml"));

describe("outputs are planned before anything is written", () => {
  it("refuses (exit 2, naming both inputs, writing nothing) when two inputs meet on one output", () => {
    const dir = tmp();
    copyFileSync(current, join(dir, "foo.xml"));
    writeFileSync(join(dir, "foo.json"), read(join(corpus, "2020-05-31", "s3-origin-oac.json")));
    const out = join(tmp(), "out");
    const r = run(["convert", dir, "--format", "json", "-o", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${join(dir, "foo.json")} and ${join(dir, "foo.xml")} would both be written to ${join(out, "foo.json")}`,
    );
    expect(filesUnder(out)).toEqual([]);
    // Two files of one name from two folders.
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    copyFileSync(current, join(dir, "a", "x.xml"));
    copyFileSync(legacy, join(dir, "b", "x.xml"));
    const files = run(["convert", join(dir, "a", "x.xml"), join(dir, "b", "x.xml"), "-o", out]);
    expect(files.status).toBe(2);
    expect(files.stderr).toMatch(/a\/x\.xml and .*b\/x\.xml would both be written to/);
    expect(filesUnder(out)).toEqual([]);
  }, 120_000);

  it("never writes an output onto an input: -o inside the input tree is refused, not a lost file", () => {
    const dir = tmp();
    copyFileSync(legacy, join(dir, "x.xml"));
    mkdirSync(join(dir, "sub"));
    copyFileSync(legacy, join(dir, "sub", "x.xml"));
    const r = run(["convert", ".", "--to", "2020-05-31", "-o", "sub"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "sub/x.xml is an input, and the output of x.xml would overwrite it; nothing was written",
    );
    expect(read(join(dir, "sub", "x.xml"))).toBe(read(legacy));
    expect(readdirSync(join(dir, "sub"))).toEqual(["x.xml"]);
    // Into a new folder inside the tree: this run's outputs are not read back as inputs.
    const fresh = run(["convert", ".", "--to", "2020-05-31", "-o", "new"], { cwd: dir });
    expect([fresh.status, fresh.stderr]).toEqual([0, "converted 2, failed 0\n"]);
    expect(filesUnder(join(dir, "new"))).toEqual(["sub/x.xml", "x.xml"]);
  }, 120_000);
});

describe("what the user's file is, is kept", () => {
  it("keeps a replaced file's mode and owner, writes through a symbolic link, and keeps hard links", () => {
    const dir = tmp();
    const secret = join(dir, "secret.xml");
    copyFileSync(legacy, secret);
    chmodSync(secret, 0o600);
    // Run as root, the CLI must also keep the owner.
    if (isRoot) chownSync(secret, 4321, 4321);
    const target = join(dir, "real.xml");
    copyFileSync(legacy, target);
    symlinkSync("real.xml", join(dir, "link.xml"));
    const first = join(dir, "first.xml");
    copyFileSync(legacy, first);
    linkSync(first, join(dir, "second.xml"));
    const r = run(["convert", secret, join(dir, "link.xml"), first, "--to", "2020-05-31", "--in-place"]);
    expect([r.status, r.stderr]).toEqual([0, "converted 3, failed 0\n"]);
    expect(statSync(secret).mode & 0o777).toBe(0o600);
    if (isRoot) expect([statSync(secret).uid, statSync(secret).gid]).toEqual([4321, 4321]);
    expect(read(secret)).toBe(upgraded);
    expect(lstatSync(join(dir, "link.xml")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.xml"))).toBe("real.xml");
    expect(read(target)).toBe(upgraded);
    expect(read(join(dir, "second.xml"))).toBe(upgraded);
    expect(statSync(first).ino).toBe(statSync(join(dir, "second.xml")).ino);
    // -o onto an existing private file.
    const out = join(dir, "out.xml");
    writeFileSync(out, "old", { mode: 0o640 });
    chmodSync(out, 0o640);
    expect(run(["convert", legacy, "--to", "2020-05-31", "-o", out]).status).toBe(0);
    expect([statSync(out).mode & 0o777, read(out)]).toEqual([0o640, upgraded]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);

  it("writes to a device or FIFO named by -o directly, and refuses to replace a FIFO inside an output folder", () => {
    const dir = tmp();
    // A private null device where we may make one, so that no test can harm the machine's /dev/null.
    const device = isRoot ? join(dir, "null") : "/dev/null";
    if (isRoot) execFileSync("mknod", [device, "c", "1", "3"]);
    expect(run(["convert", legacy, "--to", "2020-05-31", "-o", device]).status).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    const toStdout = run(["convert", legacy, "--to", "2020-05-31", "-o", "/dev/stdout"]);
    expect([toStdout.status, toStdout.stdout]).toEqual([0, upgraded]);
    const out = join(dir, "out");
    mkdirSync(out);
    execFileSync("mkfifo", [join(out, "example-request.xml")]);
    const batch = run(["convert", join(corpus, "2012-07-01"), "--to", "2020-05-31", "-o", out]);
    expect(batch.status).toBe(1);
    expect(batch.stderr).toContain(
      `example-request.xml: cannot write: ${join(out, "example-request.xml")}: a FIFO, not a regular file: not replaced`,
    );
    expect(statSync(join(out, "example-request.xml")).isFIFO()).toBe(true);
    expect(filesUnder(out).length).toBeGreaterThan(1);
  }, 120_000);
});

describe("reading is bounded, and a bad entry is one failed input", () => {
  it("stops reading an endless stdin or device at the size limit instead of growing without end", async () => {
    const zero = run(["convert", "/dev/zero"], { timeout: 60_000 });
    expect(zero.status).toBe(1);
    expect(zero.stderr).toMatch(/^\/dev\/zero:1:1: error\[/);
    // Endless JSON on stdin: read up to 32 MiB, then refused.
    const child = spawn(process.execPath, [cli, "validate", "-"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stdin.on("error", () => undefined);
    const chunk = Buffer.alloc(1 << 20, "x");
    child.stdin.write('{"DistributionConfig": {"Comment": "');
    const feed = (): void => {
      while (child.stdin.writable && child.stdin.write(chunk));
      if (child.stdin.writable) child.stdin.once("drain", feed);
    };
    feed();
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(status).toBe(1);
    expect(stdout).toContain("-: error[document_too_large]");
  }, 120_000);

  it("reports each bad entry and goes on: missing file, unreadable folder, FIFO, directory named .xml, links, empty folder, non-UTF-8 name", () => {
    const dir = tmp();
    const tree = join(dir, "tree");
    mkdirSync(join(tree, "locked"), { recursive: true });
    copyFileSync(current, join(tree, "locked", "hidden.xml"));
    chmodSync(join(tree, "locked"), 0o000);
    execFileSync("mkfifo", [join(tree, "pipe.xml")]);
    mkdirSync(join(tree, "folder.xml"));
    copyFileSync(current, join(tree, "folder.xml", "inner.xml"));
    copyFileSync(current, join(dir, "outside.xml"));
    symlinkSync("../outside.xml", join(tree, "linked.xml"));
    symlinkSync(".", join(tree, "loop"));
    mkdirSync(join(dir, "empty"));
    const odd = Buffer.concat([Buffer.from(join(tree, "caf")), Buffer.from([0xe9]), Buffer.from(".xml")]);
    writeFileSync(odd, read(current));
    const out = join(dir, "out");
    // Where the tests run as root, for whom no folder is unreadable, permissions are made to apply.
    const r = run(["convert", tree, join(dir, "missing.xml"), join(dir, "empty"), "--format", "json", "-o", out], {
      permissionsApply: true,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "missing.xml")}: cannot read: no such file\n`);
    expect(r.stderr).toContain(`${join(tree, "locked")}: cannot read: permission denied\n`);
    expect(r.stderr).toContain(`${join(tree, "pipe.xml")}: cannot read: a FIFO, not a regular file\n`);
    expect(r.stderr).toContain(`${join(dir, "empty")}: no .xml or .json files found\n`);
    expect(r.stderr).toMatch(/loop: not followed: the same directory as/);
    expect(r.stderr).not.toMatch(/ENOENT|EACCES|EISDIR|scandir|\.tmp/);
    expect(r.stderr).toMatch(/converted 3, failed 3\n$/);
    expect(filesUnder(out)).toEqual(
      ["folder.xml/inner.json", "linked.json", expect.stringMatching(/^caf.*\.json$/)].sort(),
    );
    expect(
      readdirSync(out, { encoding: "buffer" }).some((n) =>
        n.equals(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6a, 0x73, 0x6f, 0x6e])),
      ),
    ).toBe(true);
  }, 120_000);

  it("removes the temporary files a killed run left (and only those)", () => {
    const dir = tmp();
    const out = join(dir, "out");
    mkdirSync(out);
    // A dead process's leftover (pid 2^22 + 1 exceeds Linux's pid limit, so it is never alive), and a stranger's file.
    writeFileSync(join(out, ".example-request.xml.cfxml-4194305-k2j4h5.tmp"), "half");
    writeFileSync(join(out, ".notes.tmp"), "not ours");
    const r = run(["convert", join(corpus, "2012-07-01"), "--from", "2012-07-01", "-o", out]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith("."))).toEqual([".notes.tmp"]);
  }, 120_000);
});

describe("stdin and pipes", () => {
  let many = "";
  beforeAll(() => {
    many = fixtures("2013-05-12", 1200, 3);
  }, 120_000);

  it("reads stdin on the main thread in a batch large enough for workers; its result goes to stdout", () => {
    const out = join(tmp(), "out");
    const r = run(["convert", many, "-", "--to", "2020-05-31", "-o", out], { input: read(legacy) });
    expect([r.status, r.stderr]).toEqual([0, "converted 1,201, failed 0\n"]);
    expect(r.stdout).toBe(upgraded);
    expect(filesUnder(out)).toHaveLength(1200);
    expect(readdirSync(out).some((f) => f.startsWith("stdin") || f === "-")).toBe(false);
  }, 120_000);

  it("ends quietly when stdout is closed early (| head -1), without a stack trace", () => {
    const errors = join(tmp(), "errors");
    for (const args of [
      ["detect", many],
      ["validate", many, "--format", "json"],
    ]) {
      const status = execFileSync(
        "bash",
        ["-c", `${commandLine(args)} 2>${errors} | head -1 >/dev/null; echo \${PIPESTATUS[0]}`],
        { cwd: root, encoding: "utf8" },
      );
      expect([args[0], read(errors)]).toEqual([args[0], ""]);
      expect(status).toBe("141\n");
    }
  }, 120_000);
});
