/**
 * The format break on concrete documents: what an upgrade from the old format makes of each old element, what it
 * assumes (and says), what it refuses, and what a downgrade into the old format loses.
 */
import { describe, expect, it } from "vitest";
import { decode, decodeJson, encode, formatFailure, migrate } from "../src/index.js";
import type { Decoded, Migrated, VersionId } from "../src/index.js";

const read = (xml: string): Decoded => {
  const r = decode(xml);
  if (r._tag === "Left") throw new Error(formatFailure(r.left));
  return r.right;
};
const upgraded = (xml: string, to: VersionId = "2020-05-31"): Migrated => {
  const r = migrate(read(xml), to);
  if (r._tag === "Left") throw new Error(JSON.stringify(r.left));
  return r.right;
};
const ns = (v: string) => `http://cloudfront.amazonaws.com/doc/${v}/`;

const custom2010 = `<DistributionConfig xmlns="${ns("2010-11-01")}">
  <CustomOrigin><DNSName>www.example.com</DNSName><HTTPPort>80</HTTPPort><OriginProtocolPolicy>match-viewer</OriginProtocolPolicy></CustomOrigin>
  <CallerReference>ref</CallerReference>
  <CNAME>a.example.net</CNAME><CNAME>b.example.net</CNAME><CNAME>c.example.net</CNAME>
  <Comment>legacy</Comment>
  <Enabled>true</Enabled>
  <Logging><Bucket>logs.s3.amazonaws.com</Bucket><Prefix>cf/</Prefix></Logging>
  <TrustedSigners><Self/><AwsAccountNumber>111122223333</AwsAccountNumber></TrustedSigners>
  <RequiredProtocols><Protocol>https</Protocol></RequiredProtocols>
</DistributionConfig>`;

describe("upgrading a 2010-11-01 DistributionConfig to 2012-05-05", () => {
  const m = upgraded(custom2010, "2012-05-05");

  it("maps each old element onto the new form", () => {
    expect(m.value).toStrictEqual({
      CallerReference: "ref",
      Aliases: { Quantity: 3, Items: ["a.example.net", "b.example.net", "c.example.net"] },
      DefaultRootObject: "",
      Origins: {
        Quantity: 1,
        Items: [
          {
            Id: "default-origin-id",
            DomainName: "www.example.com",
            CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: "match-viewer" },
          },
        ],
      },
      DefaultCacheBehavior: {
        TargetOriginId: "default-origin-id",
        ForwardedValues: { QueryString: false },
        TrustedSigners: { Enabled: true, Quantity: 2, Items: ["self", "111122223333"] },
        ViewerProtocolPolicy: "https-only",
        MinTTL: 0,
      },
      CacheBehaviors: { Quantity: 0 },
      Comment: "legacy",
      Logging: { Enabled: true, Bucket: "logs.s3.amazonaws.com", Prefix: "cf/" },
      Enabled: true,
    });
  });

  it("says each value it filled, where, and why", () => {
    expect(m.assumptions.map((a) => [a.path, a.value, a.introducedIn])).toEqual([
      ["/DistributionConfig/DefaultRootObject", "", "2012-05-05"],
      ["/DistributionConfig/Origins/Items/Origin[1]/Id", "default-origin-id", "2012-05-05"],
      ["/DistributionConfig/Origins/Items/Origin[1]/CustomOriginConfig/HTTPSPort", 443, "2012-05-05"],
      ["/DistributionConfig/DefaultCacheBehavior/ForwardedValues/QueryString", false, "2012-05-05"],
      ["/DistributionConfig/DefaultCacheBehavior/MinTTL", 0, "2012-05-05"],
      ["/DistributionConfig/CacheBehaviors", { Quantity: 0 }, "2012-05-05"],
    ]);
    for (const a of m.assumptions) expect(a.why.length).toBeGreaterThan(60);
  });

  it("comes back down to the document it was", () => {
    const back = migrate(m, "2010-11-01");
    expect(back._tag === "Right" && encode(back.right)).toBe(
      encode(read(custom2010)).replace("<HTTPPort>80</HTTPPort>", "<HTTPPort>80</HTTPPort><HTTPSPort>443</HTTPSPort>"),
    );
  });
});

describe("the old format's switches", () => {
  const bare = (extra: string) =>
    `<DistributionConfig xmlns="${ns("2012-03-15")}"><S3Origin><DNSName>b.s3.amazonaws.com</DNSName></S3Origin><CallerReference>r</CallerReference><Enabled>true</Enabled>${extra}</DistributionConfig>`;

  it("left out: no logs, no signed URLs, any protocol, no identity, each assumed with its source", () => {
    const m = upgraded(bare(""), "2012-05-05");
    const v = m.value as Record<string, any>;
    expect([
      v.Logging,
      v.DefaultCacheBehavior.TrustedSigners,
      v.DefaultCacheBehavior.ViewerProtocolPolicy,
      v.Origins.Items[0].S3OriginConfig,
    ]).toStrictEqual([
      { Enabled: false, Bucket: "", Prefix: "" },
      { Enabled: false, Quantity: 0 },
      "allow-all",
      { OriginAccessIdentity: "" },
    ]);
    expect(m.assumptions.find((a) => a.path.endsWith("/Logging"))?.why).toContain(
      "if you want to turn off access logs, remove this element",
    );
  });

  it("present but empty: <TrustedSigners/> still requires signed URLs, by nobody; <CachingBehavior> keeps its MinTTL", () => {
    const v = upgraded(bare("<TrustedSigners/><CachingBehavior><MinTTL>3600</MinTTL></CachingBehavior>"), "2012-05-05")
      .value as Record<string, any>;
    expect([v.DefaultCacheBehavior.TrustedSigners, v.DefaultCacheBehavior.MinTTL]).toStrictEqual([
      { Enabled: true, Quantity: 0 },
      3600,
    ]);
  });

  it("a repeated https has no place in one ViewerProtocolPolicy: the upgrade is refused", () => {
    const r = migrate(
      read(bare("<RequiredProtocols><Protocol>https</Protocol><Protocol>https</Protocol></RequiredProtocols>")),
      "2012-05-05",
    );
    expect(r._tag === "Left" && r.left.kind === "upgrade" && r.left.issues.map((i) => [i.code, i.path])).toEqual([
      ["duplicate_element", "/DistributionConfig/RequiredProtocols/Protocol[2]"],
    ]);
  });
});

describe("upgrading the other documents of the era", () => {
  it("a 2008-06-30 DistributionConfig reaches 2020-05-31 through every step", () => {
    const m = upgraded(
      `<DistributionConfig xmlns="${ns("2008-06-30")}"><Origin>b.s3.amazonaws.com</Origin><CallerReference>r</CallerReference><CNAME>www.example.com</CNAME><Enabled>false</Enabled></DistributionConfig>`,
    );
    expect(m.version).toBe("2020-05-31");
    expect(m.assumptions.map((a) => a.path)).toContain("/DistributionConfig/Comment");
  });

  it("a streaming distribution: S3Origin's DNSName becomes DomainName, CNAMEs Aliases", () => {
    const m = upgraded(
      `<StreamingDistributionConfig xmlns="${ns("2010-11-01")}"><S3Origin><DNSName>s.s3.amazonaws.com</DNSName><OriginAccessIdentity>origin-access-identity/cloudfront/E1</OriginAccessIdentity></S3Origin><CallerReference>r</CallerReference><CNAME>v.example.com</CNAME><Comment>c</Comment><Enabled>true</Enabled><TrustedSigners><Self/></TrustedSigners></StreamingDistributionConfig>`,
      "2012-05-05",
    );
    expect(m.value).toStrictEqual({
      CallerReference: "r",
      S3Origin: { DomainName: "s.s3.amazonaws.com", OriginAccessIdentity: "origin-access-identity/cloudfront/E1" },
      Aliases: { Quantity: 1, Items: ["v.example.com"] },
      Comment: "c",
      Logging: { Enabled: false, Bucket: "", Prefix: "" },
      TrustedSigners: { Enabled: true, Quantity: 1, Items: ["self"] },
      Enabled: true,
    });
  });

  it("an invalidation batch: its paths become Paths, with nothing assumed", () => {
    const m = upgraded(
      `<InvalidationBatch xmlns="${ns("2010-08-01")}"><Path>/a</Path><Path>/b c</Path><CallerReference>r</CallerReference></InvalidationBatch>`,
    );
    expect([m.value, m.assumptions]).toStrictEqual([
      { Paths: { Quantity: 2, Items: ["/a", "/b c"] }, CallerReference: "r" },
      [],
    ]);
  });

  it("active trusted signers: <Self/> is self, the key pairs a wrapper of their own", () => {
    const v = upgraded(
      `<Distribution xmlns="${ns("2010-11-01")}"><Id>E1</Id><Status>Deployed</Status><LastModifiedTime>2010-11-19T19:37:58Z</LastModifiedTime><InProgressInvalidationBatches>1</InProgressInvalidationBatches><DomainName>d.cloudfront.net</DomainName><ActiveTrustedSigners><Signer><Self/><KeyPairId>APKA1</KeyPairId></Signer><Signer><AwsAccountNumber>111122223333</AwsAccountNumber></Signer></ActiveTrustedSigners><DistributionConfig><S3Origin><DNSName>b.s3.amazonaws.com</DNSName></S3Origin><CallerReference>r</CallerReference><Enabled>true</Enabled><TrustedSigners><Self/><AwsAccountNumber>111122223333</AwsAccountNumber></TrustedSigners></DistributionConfig></Distribution>`,
      "2012-05-05",
    ).value as Record<string, any>;
    expect(v.ActiveTrustedSigners).toStrictEqual({
      Enabled: true,
      Quantity: 2,
      Items: [
        { AwsAccountNumber: "self", KeyPairIds: { Quantity: 1, Items: ["APKA1"] } },
        { AwsAccountNumber: "111122223333" },
      ],
    });
    expect(v.InProgressInvalidationBatches).toBe(1);
  });

  it("a list of distributions is refused: a summary does not say which protocols viewers may use", () => {
    const r = migrate(
      read(
        `<DistributionList xmlns="${ns("2010-11-01")}"><Marker/><MaxItems>100</MaxItems><IsTruncated>false</IsTruncated><DistributionSummary><Id>E1</Id><Status>Deployed</Status><LastModifiedTime>2014-02-03T11:03:41.087Z</LastModifiedTime><DomainName>d.cloudfront.net</DomainName><S3Origin><DNSName>b.s3.amazonaws.com</DNSName></S3Origin><Enabled>true</Enabled></DistributionSummary></DistributionList>`,
      ),
      "2020-05-31",
    );
    expect(r._tag === "Left" && r.left.kind === "upgrade" && r.left.issues.map((i) => [i.code, i.path])).toEqual([
      ["missing_element", "/DistributionList/Items/DistributionSummary[1]/DefaultCacheBehavior/ViewerProtocolPolicy"],
    ]);
  });
});

describe("downgrading into the old format", () => {
  const json2012 = (patch: (d: Record<string, any>) => void): Decoded => {
    const d: Record<string, any> = {
      CallerReference: "r",
      Aliases: { Quantity: 0 },
      DefaultRootObject: "",
      Origins: {
        Quantity: 1,
        Items: [{ Id: "o1", DomainName: "b.s3.amazonaws.com", S3OriginConfig: { OriginAccessIdentity: "" } }],
      },
      DefaultCacheBehavior: {
        TargetOriginId: "o1",
        ForwardedValues: { QueryString: false },
        TrustedSigners: { Enabled: false, Quantity: 0 },
        ViewerProtocolPolicy: "allow-all",
        MinTTL: 0,
      },
      CacheBehaviors: { Quantity: 0 },
      Comment: "",
      Logging: { Enabled: false, Bucket: "", Prefix: "" },
      Enabled: true,
    };
    patch(d);
    const r = decodeJson(d, { version: "2012-05-05", root: "DistributionConfig" });
    if (r._tag === "Left") throw new Error(JSON.stringify(r.left.issues));
    return r.right;
  };

  it("goes through when nothing is lost, saying what it dropped as meaning the same", () => {
    const r = migrate(
      json2012(() => undefined),
      "2012-03-15",
    );
    if (r._tag === "Left") expect.fail(JSON.stringify(r.left));
    expect(r.right.value).toStrictEqual({
      S3Origin: { DNSName: "b.s3.amazonaws.com", OriginAccessIdentity: "" },
      CallerReference: "r",
      Comment: "",
      Enabled: true,
      CachingBehavior: { MinTTL: 0 },
    });
    expect(r.right.equivalents.map((e) => e.path)).toEqual([
      "/DistributionConfig/Origins/Items/Origin[1]/Id",
      "/DistributionConfig/DefaultCacheBehavior/ForwardedValues",
    ]);
  });

  it("lists what the old format cannot hold: several origins, path behaviours, query strings, logs off with a bucket, self after an account", () => {
    const d = json2012((d) => {
      d.Origins = {
        Quantity: 2,
        Items: [
          d.Origins.Items[0],
          {
            Id: "o2",
            DomainName: "www.example.com",
            CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: "http-only" },
          },
        ],
      };
      d.CacheBehaviors = {
        Quantity: 1,
        Items: [{ PathPattern: "/api/*", ...d.DefaultCacheBehavior, TargetOriginId: "o2" }],
      };
      d.DefaultCacheBehavior.ForwardedValues.QueryString = true;
      d.DefaultCacheBehavior.TrustedSigners = { Enabled: true, Quantity: 2, Items: ["111122223333", "self"] };
      d.Logging = { Enabled: false, Bucket: "logs.s3.amazonaws.com", Prefix: "" };
    });
    const r = migrate(d, "2012-03-15");
    expect(r._tag === "Left" && r.left.kind === "downgrade" && r.left.losses.map((l) => [l.kind, l.path])).toEqual([
      ["value", "/DistributionConfig/Logging/Enabled"],
      ["member", "/DistributionConfig/Origins/Items/Origin[2]"],
      ["value", "/DistributionConfig/DefaultCacheBehavior/ForwardedValues/QueryString"],
      ["value", "/DistributionConfig/DefaultCacheBehavior/TrustedSigners/Items/AwsAccountNumber[2]"],
      ["member", "/DistributionConfig/CacheBehaviors/Items/CacheBehavior[1]"],
    ]);
    const lossy = migrate(d, "2008-06-30", { lossy: true });
    if (lossy._tag === "Left") expect.fail(JSON.stringify(lossy.left));
    expect(lossy.right.value).toStrictEqual({
      Origin: "b.s3.amazonaws.com",
      CallerReference: "r",
      Comment: "",
      Enabled: true,
    });
  });
});
