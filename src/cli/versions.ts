/** `cfxml versions`, and reading a version named on the command line. */
import { changesOf, versionLabel } from "../interpreters/docs.js";
import { legacyVersions, namespaceOf, versions } from "../versions/index.js";
import { isVersion, supportedVersions } from "../document.js";
import type { VersionId } from "../index.js";
import { closest, parse, UsageError } from "./args.js";

export const options = {
  markdown: { type: "boolean", default: false },
  help: { type: "boolean", short: "h" },
} as const;

export const usage = `usage: cfxml versions [--markdown]

Lists the supported CloudFront API versions, their namespaces, and what each changed. The eleven before
2012-05-05 have no official model (their element trees rest on old SDKs, tools and AWS pages), and are marked so.

  --markdown  a Markdown table instead of text
  -h, --help  this help

examples:
  cfxml versions
  cfxml versions --markdown > VERSIONS.md`;

export const versionArg = (flag: string, value: string): VersionId => {
  if (isVersion(value)) return value;
  const meant = closest(
    value,
    versions.map((v) => v.version),
  );
  throw new UsageError(
    `--${flag} ${value} is not a supported API version`,
    `${meant === undefined ? "" : `did you mean ${meant}? `}run cfxml versions for all ${versions.length}: ` +
      `${supportedVersions()}`,
  );
};

export const listVersions = (args: string[]): number => {
  const { values } = parse("versions", { args, options });
  if (values.help === true) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  const lines = versions.map((v, i) => {
    const changes = changesOf(versions[i - 1], v);
    return values.markdown
      ? `| ${versionLabel(v)} | \`${namespaceOf(v.version)}\` | ${changes.join("; ")} |`
      : [
          `${v.version}  ${namespaceOf(v.version)}${legacyVersions.has(v.version) ? "  (no official model)" : ""}`,
          ...changes.map((c) => `    ${c}`),
        ].join("\n");
  });
  if (values.markdown) lines.unshift("| version | namespace | changes |", "|---|---|---|");
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
};
