/**
 * File names on Linux are bytes, not text: a name that is not valid UTF-8 must still be opened by its bytes.
 * Paths are carried as latin1 strings (one character per byte), so `path.posix` works on them unchanged (its
 * separators are ASCII) and they pass to worker threads as plain strings; `bytes` gives what `fs` opens and
 * `shown` gives what a person reads.
 */
import { posix } from "node:path";

export type FsPath = string & { readonly fsPath: unique symbol };

export const fromArg = (arg: string): FsPath => Buffer.from(arg, "utf8").toString("latin1") as FsPath;
export const fromBytes = (name: Buffer): FsPath => name.toString("latin1") as FsPath;
export const bytes = (path: FsPath): Buffer => Buffer.from(path, "latin1");
export const shown = (path: FsPath): string => bytes(path).toString("utf8");

export const join = (...parts: readonly FsPath[]): FsPath => posix.join(...parts) as FsPath;
// The working directory is text; as bytes it joins the other parts correctly.
export const resolve = (...parts: readonly FsPath[]): FsPath =>
  posix.resolve(fromArg(process.cwd()), ...parts) as FsPath;
export const dirname = (path: FsPath): FsPath => posix.dirname(path) as FsPath;
export const basename = (path: FsPath): FsPath => posix.basename(path) as FsPath;
export const relative = (from: FsPath, to: FsPath): FsPath => posix.relative(from, to) as FsPath;

/** `name.xml` → `name.json` and back, for a mirrored output tree. */
export const withExtension = (path: FsPath, format: "xml" | "json"): FsPath =>
  (path.replace(/\.(xml|json)$/i, "") + `.${format}`) as FsPath;

/**
 * A document in a directory: `.xml` or `.json`, but not the `.expected.json` sidecar `cfxml fixtures --invalid` writes.
 */
export const isDocumentName = (path: FsPath): boolean =>
  /\.(xml|json)$/i.test(path) && !/\.expected\.json$/i.test(path);

/** What a directory entry or file is, for "x.xml: cannot read: a FIFO, not a regular file". */
export const kindOf = (s: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string =>
  s.isDirectory()
    ? "a directory"
    : s.isFIFO()
      ? "a FIFO"
      : s.isSocket()
        ? "a socket"
        : s.isCharacterDevice()
          ? "a character device"
          : s.isBlockDevice()
            ? "a block device"
            : "not a file";
