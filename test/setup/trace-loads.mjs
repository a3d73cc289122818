// `node --import ./test/setup/trace-loads.mjs …` prints "load <url>" on stderr for each module loaded, so a test
// can check what a command loads.
import module from "node:module";

const trace = (url, context, next) => {
  process.stderr.write("load " + url + "\n");
  return next(url, context);
};

if (typeof module.registerHooks === "function") {
  // In-thread hooks (Node 22.15, 23.5 and later): each line is written by the main thread, synchronously. Lines
  // written from register()'s hooks thread reach stderr through the main thread later, and on Node 24 and 26
  // under load the last of them were lost when a short command exited.
  module.registerHooks({ load: trace });
} else {
  module.register(
    "data:text/javascript," +
      encodeURIComponent(`export async function load(url, context, next) { process.stderr.write("load " + url + "\\n"); return next(url, context); }`),
  );
}
