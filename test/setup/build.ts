/**
 * Builds the package once before any suite runs, so that the CLI tests run the `cfxml` a user would install.
 * A build inside a suite's `beforeAll` raced the suites' own time limits on a busy machine.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export default function setup(): void {
  const root = join(import.meta.dirname, "..", "..");
  execFileSync(
    process.execPath,
    [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"],
    { cwd: root, stdio: "inherit" },
  );
}
