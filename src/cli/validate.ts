/** `cfxml validate`: every problem of every input, as `file:line:col: error[code]: message` and `  at <path>`. */
import { latest } from "../versions/index.js";
import type { VersionId } from "../index.js";
import { InputError, readDocument } from "./documents.js";
import { expandInputs, readInput } from "./inputs.js";
import { paint, parse, progress, say, summary } from "./ui.js";
import { versionArg } from "./versions.js";

export const usage = `usage: cfxml validate [INPUT...] [--from VERSION]

Checks CloudFront documents (XML of any version, or AWS CLI JSON read as --from, default ${latest.version}).
Prints each problem on stdout; exits 1 if any input has one.

examples:
  cfxml validate configs/
  aws cloudfront get-distribution-config --id E123 | cfxml validate`;

export const validate = async (args: string[]): Promise<number> => {
  const { values, positionals } = parse({
    args,
    allowPositionals: true,
    options: { from: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help === true) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  const from = values.from === undefined ? (latest.version as VersionId) : versionArg("from", values.from);
  const inputs = await expandInputs(positionals);
  const bar = progress(inputs.length);
  let ok = 0;
  let failed = 0;
  for (const input of inputs) {
    try {
      readDocument(await readInput(input), input.path, { from });
      ok++;
    } catch (e) {
      const message = e instanceof InputError ? e.message : e instanceof Error && "code" in e ? `${input.path}: ${e.message}` : undefined;
      if (message === undefined) throw e;
      failed++;
      process.stdout.write(paint(message) + "\n");
    }
    bar.tick();
  }
  bar.stop();
  say(summary("valid", ok, failed));
  return failed > 0 ? 1 : 0;
};
