/**
 * cfxml: read, check and write Amazon CloudFront distribution documents.
 *
 * - `decode` / `decodeAsync`: XML to a typed value, with every problem as data (code, path, line, column).
 * - `decodeJson`: AWS CLI / SDK JSON (text or a parsed value) to the same value, checked the same way.
 * - `encode` / `encodeJson`: back to canonical XML or JSON, losing and inventing nothing.
 * - `detect`: the version and document kind, from the root element alone.
 * - `migrate` / `earliestVersion`: between any two of the 38 API versions, never silently lossy; across the format
 *   break of 2012-05-05, what the old format never said is filled with stated values, returned as `assumptions`.
 * - `lint`: what CloudFront would refuse in a decoded document, with CloudFront's error codes; `toSarif` for CI.
 */
export { decode, decodeAsync, decodeItems, detect, encode, encodeJson } from "./xml.js";
export type { ItemEvent, ReadOptions } from "./xml.js";
export type { Decoded, DecodedAs, DecodedOf, Detected, ModuleOf, RootName, RootValue, VersionId } from "./document.js";
export type { DecodeFailure, DecodeIssue, Issue, IssueCode, JsonFailure } from "./errors.js";
export type { Finding, Severity, Verdict } from "./errors.js";
export {
  invalidFixtures,
  lint,
  lintRules,
  minimalDraft,
  notLinted,
  quotaInfo,
  quotasFor,
  referenceIds,
  toSarif,
  toSarifFiles,
} from "./lint/index.js";
export type {
  ApiVersion,
  FileFindings,
  InvalidFixture,
  LintCode,
  LintFinding,
  LintOptions,
  LintRule,
  NotLinted,
  QuotaName,
  Quotas,
  Reason,
  RuleId,
  SarifLog,
} from "./lint/index.js";
export { formatFailure, formatIssue } from "./errors.js";
export type { DecodeOptions, Positions } from "./interpreters/decoder.js";
export type { EncodeOptions } from "./interpreters/encoder.js";
export { EncodeError } from "./interpreters/encoder.js";
export type { Chunk, ChunkSource } from "./interpreters/input.js";
export type { Json } from "./interpreters/json.js";
export { decodeJson } from "./json/decode.js";
export type { JsonReadOptions } from "./json/decode.js";
export { unknownElements, unknownMembers } from "./unknown.js";
export type { UnknownElement, XmlElement } from "./unknown.js";
export { legacyVersions, versions, namespaceOf } from "./versions/index.js";
export { codecs } from "./codecs.js";
export type { RootCodecs } from "./codecs.js";
export { standardSchema } from "./standard.js";
export type { StandardIssue, StandardResult, StandardSchemaV1 } from "./standard.js";
export { earliestVersion, migrate } from "./migrations/migrate.js";
export type { Assumption, Equivalent, Loss, MigrateOptions, MigrationFailure, Migrated } from "./migrations/migrate.js";
// The types that public signatures name (the schema of each version, lint's rules), so that callers can name them
// too and the API reference can link them.
export type { VersionModule } from "./versions/index.js";
export type {
  BooleanNode,
  EnumNode,
  FlagNode,
  IntegerNode,
  List,
  LongNode,
  Member,
  Members,
  Node,
  Ref,
  Repeated,
  Resolved,
  Scalar,
  Shapes,
  StringNode,
  Struct,
  TimestampNode,
} from "./schema/ast.js";
export type { DocumentsOf, Infer, InferMembers, Shape } from "./schema/infer.js";
export type { QuantityMembers } from "./schema/dsl.js";
export type { WithFlag } from "./schema/delta.js";
export type {
  BehaviorView,
  CloudFrontCode,
  Distribution as DistributionFacts,
  Draft,
  Era,
  Example,
  Found,
  OriginView,
  ReferenceId,
  Report,
  Rule,
  Scope,
  ShapeName,
  Steps,
  View,
  ViewOf,
} from "./lint/index.js";
export * as v2008_06_30 from "./versions/v2008_06_30.js";
export * as v2009_04_02 from "./versions/v2009_04_02.js";
export * as v2009_09_09 from "./versions/v2009_09_09.js";
export * as v2009_12_01 from "./versions/v2009_12_01.js";
export * as v2010_03_01 from "./versions/v2010_03_01.js";
export * as v2010_05_01 from "./versions/v2010_05_01.js";
export * as v2010_06_01 from "./versions/v2010_06_01.js";
export * as v2010_07_15 from "./versions/v2010_07_15.js";
export * as v2010_08_01 from "./versions/v2010_08_01.js";
export * as v2010_11_01 from "./versions/v2010_11_01.js";
export * as v2012_03_15 from "./versions/v2012_03_15.js";
export * as v2012_05_05 from "./versions/v2012_05_05.js";
export * as v2012_07_01 from "./versions/v2012_07_01.js";
export * as v2013_05_12 from "./versions/v2013_05_12.js";
export * as v2013_08_26 from "./versions/v2013_08_26.js";
export * as v2013_09_27 from "./versions/v2013_09_27.js";
export * as v2013_11_11 from "./versions/v2013_11_11.js";
export * as v2013_11_22 from "./versions/v2013_11_22.js";
export * as v2014_01_31 from "./versions/v2014_01_31.js";
export * as v2014_05_31 from "./versions/v2014_05_31.js";
export * as v2014_10_21 from "./versions/v2014_10_21.js";
export * as v2014_11_06 from "./versions/v2014_11_06.js";
export * as v2015_04_17 from "./versions/v2015_04_17.js";
export * as v2015_07_27 from "./versions/v2015_07_27.js";
export * as v2015_09_17 from "./versions/v2015_09_17.js";
export * as v2016_01_13 from "./versions/v2016_01_13.js";
export * as v2016_01_28 from "./versions/v2016_01_28.js";
export * as v2016_08_01 from "./versions/v2016_08_01.js";
export * as v2016_08_20 from "./versions/v2016_08_20.js";
export * as v2016_09_07 from "./versions/v2016_09_07.js";
export * as v2016_09_29 from "./versions/v2016_09_29.js";
export * as v2016_11_25 from "./versions/v2016_11_25.js";
export * as v2017_03_25 from "./versions/v2017_03_25.js";
export * as v2017_10_30 from "./versions/v2017_10_30.js";
export * as v2018_06_18 from "./versions/v2018_06_18.js";
export * as v2018_11_05 from "./versions/v2018_11_05.js";
export * as v2019_03_26 from "./versions/v2019_03_26.js";
export * as v2020_05_31 from "./versions/v2020_05_31.js";
