// Library: read a 2012-07-01 DistributionConfig, bring it to 2020-05-31, and write it as XML and as AWS CLI JSON.
// Run it from the repository after `npm run build`:  node examples/library.mjs [file.xml]
// It imports "cfxml" as an installed package would: inside this repository the name resolves to dist/.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decode, decodeJson, encode, encodeJson, formatFailure, formatIssue, lint, migrate } from "cfxml";

const file = process.argv[2] ?? fileURLToPath(new URL("../corpus/2012-07-01/example-request.xml", import.meta.url));
const decoded = decode(readFileSync(file));
if (decoded._tag === "Left") {
  console.error(formatFailure(decoded.left, file));
  process.exit(1);
}
console.log(`read ${decoded.right.root} of API version ${decoded.right.version}`);

const migrated = migrate(decoded.right, "2020-05-31");
if (migrated._tag === "Left") {
  const failure = migrated.left; // an upgrade fails only where the newer version requires what nothing implies
  console.error(failure.kind === "unsupported" ? failure.message : formatFailure(failure, file));
  process.exit(1);
}
for (const a of migrated.right.assumptions) console.log(`assumed ${a.path} = ${JSON.stringify(a.value)}`);

// What CloudFront itself would refuse, before any API call.
for (const finding of lint(migrated.right)) console.log(formatIssue(finding, file));

// XML for the CloudFront API, and JSON for `aws cloudfront update-distribution --distribution-config`, which
// reads back to the same value.
const xml = encode(migrated.right, { pretty: true });
console.log(xml.split("\n").slice(0, 2).join("\n"), "…");
const json = encodeJson(migrated.right);
const back = decodeJson(json, { version: migrated.right.version, root: migrated.right.root });
if (back._tag === "Left" || encode(back.right) !== encode(migrated.right))
  throw new Error("the JSON did not read back to the same value");
console.log(`JSON: ${JSON.stringify(json).length} characters, reads back to the same document`);
