// Fixtures in your own property test: cfxml/arbitrary draws valid CloudFront documents of any API version, and
// fast-check checks that your code keeps a property for every one it draws (and shrinks any counterexample).
// Run it from the repository after `npm run build`:  node --test examples/property-test.mjs
// (node:test here; the arbitraries work as well in vitest with @fast-check/vitest, or in jest.)
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { decode, encode } from "cfxml";
import { arbitraries } from "cfxml/arbitrary";

/** The code under test, yours: every cache behaviour of a 2020-05-31 DistributionConfig redirects HTTP to HTTPS. */
const redirectToHttps = (config) => {
  const https = (behaviour) => ({ ...behaviour, ViewerProtocolPolicy: "redirect-to-https" });
  const behaviours = config.CacheBehaviors;
  return {
    ...config,
    DefaultCacheBehavior: https(config.DefaultCacheBehavior),
    ...(behaviours?.Items === undefined
      ? {}
      : { CacheBehaviors: { ...behaviours, Items: behaviours.Items.map(https) } }),
  };
};

const { DistributionConfig } = arbitraries("2020-05-31");

test("redirectToHttps leaves a valid document in which no behaviour allows plain HTTP", () => {
  fc.assert(
    fc.property(DistributionConfig, (config) => {
      const changed = redirectToHttps(config);
      // Valid: it reads back from the XML CloudFront would receive, with the same value.
      const xml = encode({ version: "2020-05-31", root: "DistributionConfig", value: changed });
      const read = decode(xml);
      assert.equal(read._tag, "Right", read._tag === "Left" ? JSON.stringify(read.left.issues) : "");
      assert.deepEqual(read.right.value, changed);
      const policies = [changed.DefaultCacheBehavior, ...(changed.CacheBehaviors?.Items ?? [])].map(
        (b) => b.ViewerProtocolPolicy,
      );
      assert.ok(policies.every((p) => p === "redirect-to-https"));
    }),
    { numRuns: 50 },
  );
});

test("redirectToHttps changes nothing else", () => {
  fc.assert(
    fc.property(DistributionConfig, (config) => {
      const { DefaultCacheBehavior: _d, CacheBehaviors: _c, ...rest } = redirectToHttps(config);
      const { DefaultCacheBehavior: _e, CacheBehaviors: _f, ...before } = config;
      assert.deepEqual(rest, before);
    }),
    { numRuns: 50 },
  );
});
