/**
 * Inputs named on the command line: files, directories (recursively, their `.xml` and `.json` files but not the
 * `.expected.json` sidecars of fixtures), `-` for
 * stdin, or a FIFO or device named explicitly (`<(aws …)`), which is read as a stream. A bad entry is one
 * failed input, never the end of the batch: the problems found while expanding are returned beside the inputs.
 */
import { readdirSync, statSync } from "node:fs";
import type { Dirent, Stats } from "node:fs";
import { bytes, fromArg, fromBytes, isDocumentName, join, kindOf, relative, shown } from "./paths.js";
import type { FsPath } from "./paths.js";
import { ioReport } from "./report.js";
import type { Report } from "./report.js";

export interface Input {
  /** A regular file (read whole, in any thread), or stdin, a FIFO or a device (streamed, in the main thread). */
  readonly kind: "file" | "stream";
  /** `-` is standard input. */
  readonly path: FsPath;
  /** The name a person knows it by, in messages. */
  readonly shown: string;
  /** Where it sits below the directory it was found in: mirrored under `-o DIR`. */
  readonly relative: FsPath;
}

export interface Expanded {
  readonly inputs: readonly Input[];
  /** Entries that could not be read: each counts as one failed input. */
  readonly failures: readonly Report[];
  /** Remarks for stderr that are not failures (an empty directory, a symlink loop not followed). */
  readonly notes: readonly string[];
  /** Whether a directory was named: its files go to `-o DIR`, even if there is only one. */
  readonly directoryNamed: boolean;
}

const stdin: Input = { kind: "stream", path: "-" as FsPath, shown: "-", relative: "-" as FsPath };

const identity = (s: Stats): string => `${s.dev}:${s.ino}`;

class Walk {
  readonly inputs: Input[] = [];
  readonly failures: Report[] = [];
  readonly notes: string[] = [];
  /** Directories already read, by identity, with the name they were read under: a symlink back is not followed. */
  private readonly seen = new Map<string, FsPath>();

  directory(dir: FsPath, root: FsPath, s: Stats): void {
    const first = this.seen.get(identity(s));
    if (first !== undefined) {
      this.notes.push(
        `${shown(dir)}: not followed: the same directory as ${shown(first)} (a symbolic link loop or a second link)`,
      );
      return;
    }
    this.seen.set(identity(s), dir);
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(bytes(dir), { withFileTypes: true, encoding: "buffer" });
    } catch (e) {
      this.failures.push(ioReport(shown(dir), "cannot_read", e));
      return;
    }
    const names = entries
      .map((e) => ({ entry: e, name: fromBytes(e.name) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { entry, name } of names) {
      const path = join(dir, name);
      if (entry.isDirectory()) this.subdirectory(path, root);
      else if (entry.isFile()) {
        if (isDocumentName(name))
          this.inputs.push({ kind: "file", path, shown: shown(path), relative: relative(root, path) });
      } else if (entry.isSymbolicLink()) this.link(path, root, name);
      else if (isDocumentName(name))
        this.failures.push({ file: shown(path), code: "cannot_read", message: `${kindOf(entry)}, not a regular file` });
    }
  }

  private subdirectory(path: FsPath, root: FsPath): void {
    try {
      this.directory(path, root, statSync(bytes(path)));
    } catch (e) {
      this.failures.push(ioReport(shown(path), "cannot_read", e));
    }
  }

  /** Symbolic links are followed: to a directory (once), or to a document. */
  private link(path: FsPath, root: FsPath, name: FsPath): void {
    let s: Stats;
    try {
      s = statSync(bytes(path));
    } catch (e) {
      if (isDocumentName(name)) this.failures.push(ioReport(shown(path), "cannot_read", e));
      return;
    }
    if (s.isDirectory()) this.directory(path, root, s);
    else if (!isDocumentName(name)) return;
    else if (s.isFile()) this.inputs.push({ kind: "file", path, shown: shown(path), relative: relative(root, path) });
    else this.failures.push({ file: shown(path), code: "cannot_read", message: `${kindOf(s)}, not a regular file` });
  }
}

/** Expands the arguments; no argument at all means standard input. */
export const expandInputs = (args: readonly string[]): Expanded => {
  if (args.length === 0) return { inputs: [stdin], failures: [], notes: [], directoryNamed: false };
  const walk = new Walk();
  let directoryNamed = false;
  for (const arg of args) {
    if (arg === "-") {
      walk.inputs.push(stdin);
      continue;
    }
    const path = fromArg(arg);
    let s: Stats;
    try {
      s = statSync(bytes(path));
    } catch (e) {
      walk.failures.push(ioReport(arg, "cannot_read", e));
      continue;
    }
    if (s.isDirectory()) {
      directoryNamed = true;
      const before = walk.inputs.length + walk.failures.length;
      walk.directory(path, path, s);
      if (walk.inputs.length + walk.failures.length === before) walk.notes.push(`${arg}: no .xml or .json files found`);
    } else if (s.isFile())
      walk.inputs.push({ kind: "file", path, shown: arg, relative: fromArg(arg.split("/").pop() ?? arg) });
    else if (s.isFIFO() || s.isCharacterDevice())
      walk.inputs.push({ kind: "stream", path, shown: arg, relative: fromArg(arg.split("/").pop() ?? arg) });
    else walk.failures.push({ file: arg, code: "cannot_read", message: `${kindOf(s)}, not a file` });
  }
  return { inputs: walk.inputs, failures: walk.failures, notes: walk.notes, directoryNamed };
};

/** The device and inode of an existing file (through links), to tell when two paths are one file. */
export const fileIdentity = (path: FsPath): string | undefined => {
  try {
    return identity(statSync(bytes(path)));
  } catch {
    return undefined;
  }
};
