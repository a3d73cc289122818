/**
 * Running the built `cfxml` as a user does: as a subprocess, with pipes, or on a real terminal (`script` for
 * the raw bytes a terminal receives, tmux for the screen a person sees). Every temporary folder is removed.
 * CFXML_CLI runs the suites against another build (an older one, to see a test fail).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import type { SpawnSyncOptions } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const root = join(import.meta.dirname, "..");
const built = join(root, "dist", "cli", "main.js");
export const cli = process.env["CFXML_CLI"] ?? built;
export const corpus = join(root, "corpus");

/** Colour and terminal variables of the test runner's own environment would change what the CLI does. */
const baseEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  for (const k of ["NO_COLOR", "FORCE_COLOR", "CI", "TERM"]) delete env[k];
  return env;
};

export interface Ran {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** As root, the capabilities that bypass file permissions are dropped, so that a mode-000 folder is unreadable. */
export const isRoot = process.getuid?.() === 0;
const asPlainUser = [
  "setpriv",
  "--bounding-set=-dac_override,-dac_read_search",
  "--inh-caps=-dac_override,-dac_read_search",
];

export const run = (
  args: readonly string[],
  options: {
    input?: string | Buffer;
    env?: Record<string, string>;
    cwd?: string;
    permissionsApply?: boolean;
    timeout?: number;
  } = {},
): Ran => {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    env: { ...baseEnv(), ...options.env },
    maxBuffer: 256 << 20,
    timeout: options.timeout ?? 120_000,
  };
  const command = [...(options.permissionsApply === true && isRoot ? asPlainUser : []), process.execPath, cli, ...args];
  const r = spawnSync(command[0] as string, command.slice(1), spawnOptions);
  return { status: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
};

const made: string[] = [];
/** A new temporary folder. */
export const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "cfxml-cli-"));
  made.push(dir);
  return dir;
};
/** For afterAll: removes every folder `tmp` made, whatever the tests' outcome. */
export const removeTemporaryFolders = (): void => {
  for (const dir of made.splice(0)) {
    // A test may have made a folder unreadable.
    try {
      execFileSync("chmod", ["-R", "u+rwx", dir], { stdio: "ignore" });
    } catch {
      // removed below anyway where possible
    }
    rmSync(dir, { recursive: true, force: true });
  }
};

/** The documents below a folder (not folders named like them), as relative paths. */
export const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.(xml|json)$/.test(e.name))
        .map((e) => relative(dir, join(e.parentPath, e.name)))
        .sort()
    : [];

export const read = (path: string): string => readFileSync(path, "utf8");

/** A new folder of random valid documents, made by this package's `cfxml fixtures` (whichever CLI is tested). */
export const fixtures = (version: string, count: number, seed: number): string => {
  const dir = tmp();
  execFileSync(
    process.execPath,
    [built, "fixtures", "--api-version", version, "--count", String(count), "--seed", String(seed), "-o", dir],
    { stdio: "ignore" },
  );
  return dir;
};

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
export const commandLine = (args: readonly string[]): string =>
  [process.execPath, cli, ...args].map(shellQuote).join(" ");

/**
 * The terminal tests drive tmux and script(1). Where they are not installed the tests are skipped with a notice
 * rather than failed, since they test our output on a terminal, not the machine; CI installs both (see .ci/run).
 */
export const terminalToolsMissing: readonly string[] = ["tmux", "script"].filter((tool) => {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    return false;
  } catch {
    return true;
  }
});

/**
 * A command line that starts with `CLI`, with the CLI in its place. Only that first word: a temporary folder's
 * random name may hold the letters CLI too (`/tmp/cfxml-cli-CLInkA` was one).
 */
const withCli = (shell: string): string => {
  if (!shell.startsWith("CLI ")) throw new Error(`a terminal test's command line starts with CLI: ${shell}`);
  return `${shellQuote(process.execPath)} ${shellQuote(cli)}${shell.slice(3)}`;
};

export const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[78]/g, "");

/**
 * Runs the CLI on a terminal made by `script`: stdin, stdout and stderr are the terminal unless redirected in
 * `shell` (a command line whose first word `CLI` stands for the CLI). `interruptWhen`: once the output contains it, Ctrl-C
 * is typed. Returns the bytes the terminal received and the exit status.
 */
export const onTerminal = (
  shell: string,
  options: { env?: Record<string, string>; interruptWhen?: string; cwd?: string; timeout?: number } = {},
): Promise<{ status: number | null; output: string }> =>
  new Promise((resolve, reject) => {
    const command = withCli(shell);
    const child = spawn("script", ["-qefc", command, "/dev/null"], {
      cwd: options.cwd ?? root,
      env: { ...baseEnv(), TERM: "xterm-256color", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    let typed = false;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `no exit within ${options.timeout ?? 60_000} ms; output so far: ${JSON.stringify(output.slice(-2000))}`,
        ),
      );
    }, options.timeout ?? 60_000);
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString("utf8");
      if (!typed && options.interruptWhen !== undefined && output.includes(options.interruptWhen)) {
        typed = true;
        // Give the program a moment past its first output, as a person would.
        setTimeout(() => child.stdin.write("\u0003"), 300);
      }
    });
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });

/**
 * Runs a shell command line (its first word `CLI` for the CLI) in a tmux pane and returns the screen a person would see at the
 * end (with the scrollback), and the exit status: what garbled output would look like, not just its bytes.
 */
export const screenOf = async (
  shell: string,
  options: { cwd?: string; width?: number; timeout?: number } = {},
): Promise<{ status: number; screen: string }> => {
  const dir = tmp();
  const socket = `cfxml-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const status = join(dir, "status");
  const command = `${withCli(shell)}; echo $? > ${shellQuote(status)}; sleep 600`;
  const tmux = (...args: string[]): string =>
    execFileSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], {
      encoding: "utf8",
      env: { ...baseEnv(), TERM: "xterm-256color" },
    });
  tmux("new-session", "-d", "-x", String(options.width ?? 160), "-y", "50", "-c", options.cwd ?? root, command);
  try {
    const deadline = Date.now() + (options.timeout ?? 60_000);
    while (!existsSync(status) || readFileSync(status, "utf8") === "") {
      if (Date.now() > deadline)
        throw new Error(`no exit within the time limit; screen: ${tmux("capture-pane", "-p", "-S", "-")}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return { status: Number(readFileSync(status, "utf8")), screen: tmux("capture-pane", "-p", "-S", "-") };
  } finally {
    tmux("kill-server");
  }
};
