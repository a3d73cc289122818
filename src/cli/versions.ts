/** `cfxml versions`, and reading a version named on the command line. */
import { changesOf } from "../interpreters/docs.js";
import { namespaceOf, versions } from "../versions/index.js";
import { isVersion, supportedVersions } from "../document.js";
import type { VersionId } from "../index.js";
import { parse, UsageError } from "./ui.js";

export const usage = `usage: cfxml versions [--markdown]

Lists the supported CloudFront API versions, their namespaces, and what each changed.

examples:
  cfxml versions
  cfxml versions --markdown > VERSIONS.md`;

export const versionArg = (flag: string, value: string): VersionId => {
  if (isVersion(value)) return value;
  throw new UsageError(`--${flag} ${value} is not a supported version (${supportedVersions()})`);
};

export const listVersions = (args: string[]): number => {
  const { values } = parse({ args, options: { markdown: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } } });
  if (values.help === true) {
    process.stdout.write(usage + "\n");
    return 0;
  }
  const lines = versions.map((v, i) => {
    const changes = changesOf(versions[i - 1], v);
    return values.markdown ? `| ${v.version} | \`${namespaceOf(v.version)}\` | ${changes.join("; ")} |` : `${v.version}  ${namespaceOf(v.version)}\n${changes.map((c) => `    ${c}`).join("\n")}`;
  });
  if (values.markdown) lines.unshift("| version | namespace | changes |", "|---|---|---|");
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
};
