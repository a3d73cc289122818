// `node --import ./test/setup/trace-loads.mjs …` prints "load <url>" on stderr for each module loaded, so a test
// can check what a command loads. In-thread hooks (module.registerHooks, Node 22.15 and later) where there are:
// the off-thread ones of module.register may lose their last lines when the command exits.
import * as module from "node:module";
import { writeSync } from "node:fs";

if (typeof module.registerHooks === "function") {
  module.registerHooks({
    load(url, context, next) {
      writeSync(2, `load ${url}\n`);
      return next(url, context);
    },
  });
} else {
  module.register(
    "data:text/javascript," +
      encodeURIComponent(
        `export async function load(url, context, next) { process.stderr.write("load " + url + "\\n"); return next(url, context); }`,
      ),
  );
}
