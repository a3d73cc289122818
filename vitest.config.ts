import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The CLI suites run the built package: build it once, before any suite starts.
    globalSetup: ["test/setup/build.ts"],
    // Property suites are CPU-bound; two workers match the 2-core CI machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    // On CI, also write the JSON report that .ci/run turns into its "N passed, M failed" line.
    reporters:
      process.env["CI"] === undefined ? ["default"] : ["default", ["json", { outputFile: ".vitest-report.json" }]],
  },
});
