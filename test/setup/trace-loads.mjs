// `node --import ./test/setup/trace-loads.mjs …` prints "load <url>" on stderr for each module loaded, so a test
// can check what a command loads.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`export async function load(url, context, next) { process.stderr.write("load " + url + "\\n"); return next(url, context); }`),
);
