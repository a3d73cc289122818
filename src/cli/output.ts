/**
 * Writing one result without ever leaving a half-written or wrongly-kinded file. A regular file is replaced
 * atomically (a temporary file beside it, then a rename), keeping its mode and, run as root, its owner; a
 * symbolic link is written through to its target; a file with several hard links is rewritten in place so
 * that every name still shows it. A FIFO or character device (`-o /dev/stdout`) is written to directly when the
 * user named it as the one output; anything else that is not a regular file is refused.
 */
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import type { Stats } from "node:fs";
import { basename, bytes, dirname, fromBytes, join, kindOf, resolve } from "./paths.js";
import type { FsPath } from "./paths.js";

/** Why an output was not written, phrased for `x.xml: cannot write OUT: …`. */
export class WriteRefused extends Error {}

/** Temporary files are named after this process, so a later run can tell a dead run's leftovers. */
const temporaryPattern = /^\..+\.cfxml-(\d+)-[0-9a-z]+\.tmp$/;
export const temporaryName = (target: FsPath): FsPath =>
  join(
    dirname(target),
    `.${basename(target)}.cfxml-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp` as FsPath,
  );

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Removes temporary files of ours left in a folder: by a killed run (its process is gone), or by this one. */
export const removeTemporaries = (dir: FsPath, which: "stale" | "own"): void => {
  let names: Buffer[];
  try {
    names = readdirSync(bytes(dir), { encoding: "buffer" });
  } catch {
    return;
  }
  for (const name of names) {
    const m = temporaryPattern.exec(fromBytes(name));
    if (m === null) continue;
    const pid = Number(m[1]);
    if (which === "own" ? pid === process.pid : pid !== process.pid && !alive(pid))
      rmSync(bytes(join(dir, fromBytes(name))), { force: true });
  }
};

const statOrUndefined = (path: FsPath, follow: boolean): Stats | undefined => {
  try {
    return follow ? statSync(bytes(path)) : lstatSync(bytes(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
};

/** Where a dangling symbolic link points: the file to create. */
const danglingTarget = (path: FsPath): FsPath => {
  let at = path;
  for (let hops = 0; hops < 40; hops++) {
    const s = statOrUndefined(at, false);
    if (s === undefined || !s.isSymbolicLink()) return at;
    at = resolve(dirname(at), fromBytes(readlinkSync(bytes(at), { encoding: "buffer" })));
  }
  throw new WriteRefused("too many levels of symbolic links");
};

export type Destination =
  /** A regular file to replace, or a path to create: written through a temporary file. */
  | { readonly kind: "file"; readonly path: FsPath; readonly existing: Stats | undefined }
  /** A FIFO or character device, written to directly. */
  | { readonly kind: "direct"; readonly path: FsPath };

/**
 * What writing to `path` means: which file (through symbolic links), and whether it exists. Throws
 * `WriteRefused` for what must not be replaced; `direct` allows a FIFO or character device.
 */
export const destination = (path: FsPath, direct: boolean): Destination => {
  const s = statOrUndefined(path, true);
  if (s === undefined) return { kind: "file", path: danglingTarget(path), existing: undefined };
  if (s.isFile())
    return { kind: "file", path: fromBytes(realpathSync(bytes(path), { encoding: "buffer" })), existing: s };
  if (direct && (s.isCharacterDevice() || s.isFIFO())) return { kind: "direct", path };
  throw new WriteRefused(`${kindOf(s)}, not a regular file: not replaced`);
};

const writeAll = (fd: number, data: Buffer): void => {
  for (let at = 0; at < data.length; ) at += writeSync(fd, data, at);
};

const replace = (target: FsPath, data: Buffer, existing: Stats | undefined): void => {
  const temporary = temporaryName(target);
  const fd = openSync(bytes(temporary), "wx", existing === undefined ? 0o666 : 0o600);
  try {
    writeAll(fd, data);
    if (existing !== undefined) {
      // Owner first: changing it can clear set-id bits that the mode then restores.
      if (process.getuid?.() === 0) fchownSync(fd, existing.uid, existing.gid);
      fchmodSync(fd, existing.mode & 0o7777);
    }
    closeSync(fd);
    renameSync(bytes(temporary), bytes(target));
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(bytes(temporary), { force: true });
    throw e;
  }
};

/** Rewrites a file in place: its other hard links keep showing it (not atomic, so only when it has some). */
const rewrite = (target: FsPath, data: Buffer): void => {
  const fd = openSync(bytes(target), "r+");
  try {
    writeAll(fd, data);
    ftruncateSync(fd, data.length);
  } finally {
    closeSync(fd);
  }
};

/** Whether a file is this process's stdout: `-o /dev/stdout`, whatever stdout is (a file, pipe or socket). */
const isStdout = (s: Stats): boolean => {
  try {
    const out = fstatSync(1);
    return out.dev === s.dev && out.ino === s.ino;
  } catch {
    return false;
  }
};

export const writeOutput = (path: FsPath, text: string | Uint8Array, direct: boolean): void => {
  const data =
    typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text.buffer, text.byteOffset, text.length);
  if (direct) {
    // The shell holds stdout open (and may have truncated it): write into it, never replace it.
    const s = statOrUndefined(path, true);
    if (s !== undefined && isStdout(s)) return writeAll(1, data);
  }
  const d = destination(path, direct);
  if (d.kind === "direct") {
    const fd = openSync(bytes(d.path), "w");
    try {
      writeAll(fd, data);
    } finally {
      closeSync(fd);
    }
  } else if (d.existing !== undefined && d.existing.nlink > 1) rewrite(d.path, data);
  else replace(d.path, data, d.existing);
};
