/** Writing results: atomically (a temporary file beside the target, then a rename), so nothing is half-written. */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export const writeAtomic = async (path: string, text: string | Uint8Array): Promise<void> => {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await writeFile(temporary, text, { flag: "wx" });
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
};

/** `name.xml` → `name.json` and back, for a mirrored output tree. */
export const withExtension = (path: string, format: "xml" | "json"): string => path.replace(/\.(xml|json)$/i, "") + `.${format}`;
