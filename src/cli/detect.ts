/** `cfxml detect`: the version and document kind of each input, and with --earliest the oldest version able to hold it. */
import { decode, detect as detectRoot, earliestVersion, formatFailure } from "../index.js";
import { isJsonInput } from "./documents.js";
import { expandInputs, readInput } from "./inputs.js";
import { parse, say } from "./ui.js";

export const usage = `usage: cfxml detect [INPUT...] [--earliest]

Prints "FILE  VERSION  ROOT" for each XML input, from its root element alone. With --earliest, the whole document
is read and the oldest API version that can hold it losslessly is added, with the features that pin it there.

examples:
  cfxml detect backups/
  cfxml detect current.xml --earliest`;

export const detect = async (args: string[]): Promise<number> => {
  const { values, positionals } = parse({
    args,
    allowPositionals: true,
    options: { earliest: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
  });
  if (values.help === true) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  let failed = 0;
  for (const input of await expandInputs(positionals)) {
    const bytes = await readInput(input);
    if (isJsonInput(bytes)) {
      failed++;
      say(`${input.path}: error[json_input]: JSON does not name its version; detect reads XML`);
      continue;
    }
    if (!values.earliest) {
      const r = detectRoot(bytes);
      if (r._tag === "Left") {
        failed++;
        say(formatFailure(r.left, input.path));
      } else process.stdout.write(`${input.path}\t${r.right.version}\t${r.right.root}\n`);
      continue;
    }
    const r = decode(bytes);
    if (r._tag === "Left") {
      failed++;
      say(formatFailure(r.left, input.path));
      continue;
    }
    const e = earliestVersion(r.right);
    const pins = e.pinnedBy.map((l) => `${l.introducedIn}: ${l.path}`).join(", ");
    process.stdout.write(`${input.path}\t${r.right.version}\t${r.right.root}\tearliest ${e.version}${pins === "" ? "" : ` (${pins})`}\n`);
  }
  return failed > 0 ? 1 : 0;
};
