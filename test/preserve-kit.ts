/** Documents with preserved elements, shared by the preserve suites. */
import { decode, namespaceOf } from "../src/index.js";
import type { Decoded } from "../src/index.js";

/** A valid 2012-05-05 DistributionConfig with `extra` before its last member. */
export const config2012 = (extra: string): string => `<DistributionConfig xmlns="${namespaceOf("2012-05-05")}">
<CallerReference>r</CallerReference><Aliases><Quantity>0</Quantity></Aliases><DefaultRootObject/>
<Origins><Quantity>1</Quantity><Items><Origin><Id>o</Id><DomainName>d</DomainName><S3OriginConfig><OriginAccessIdentity/></S3OriginConfig></Origin></Items></Origins>
<DefaultCacheBehavior><TargetOriginId>o</TargetOriginId><ForwardedValues><QueryString>false</QueryString></ForwardedValues><TrustedSigners><Enabled>false</Enabled><Quantity>0</Quantity></TrustedSigners><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy><MinTTL>0</MinTTL></DefaultCacheBehavior>
<CacheBehaviors><Quantity>0</Quantity></CacheBehaviors><Comment/><Logging><Enabled>false</Enabled><Bucket/><Prefix/></Logging>${extra}<Enabled>true</Enabled>
</DistributionConfig>`;

/** Decoded with `unknown: "preserve"`; throws on issues. */
export const preserved = (xml: string): Decoded => {
  const r = decode(xml, { unknown: "preserve" });
  if (r._tag === "Left") throw new Error(JSON.stringify(r.left.issues));
  return r.right;
};
