/** Inputs named on the command line: files, directories (recursively, `.xml` and `.json`), or `-` for stdin. */
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";

export interface Input {
  /** As given (or found below a directory); `-` is standard input. */
  readonly path: string;
  /** Where it sits below the directory it was found in: mirrored under `-o DIR`. */
  readonly relative: string;
}

const walk = async (dir: string, root: string, out: Input[]): Promise<void> => {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, root, out);
    else if (e.isFile() && /\.(xml|json)$/i.test(e.name)) out.push({ path, relative: relative(root, path) });
  }
};

/** Expands the arguments; no argument at all means standard input. */
export const expandInputs = async (args: readonly string[]): Promise<Input[]> => {
  if (args.length === 0) return [{ path: "-", relative: "stdin" }];
  const out: Input[] = [];
  for (const arg of args) {
    if (arg === "-") {
      out.push({ path: "-", relative: "stdin" });
      continue;
    }
    const s = await stat(arg);
    if (s.isDirectory()) await walk(arg, arg, out);
    else out.push({ path: arg, relative: arg.split(/[\\/]/).pop() ?? arg });
  }
  return out;
};

let stdin: Promise<Buffer> | undefined;
const readStdin = async (): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

export const readInput = (input: Input): Promise<Buffer> => (input.path === "-" ? (stdin ??= readStdin()) : readFile(input.path));
