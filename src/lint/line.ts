/**
 * The version line: every API version CloudFront published, oldest first, so that a rule can say when it began
 * (and ended) and a limit what it was while a version was current. The versions cfxml reads are among them;
 * the older ones are here so that a rule stated for 2010-07-15 keeps meaning that when they are read too.
 */

// The list AWS published when it retired the old versions (s3cmd#1040, see shared/reference/legacy), then the models.
export const apiVersions = [
  "2008-06-30",
  "2009-04-02",
  "2009-09-09",
  "2009-12-01",
  "2010-03-01",
  "2010-05-01",
  "2010-06-01",
  "2010-07-15",
  "2010-08-01",
  "2010-11-01",
  "2012-03-15",
  "2012-05-05",
  "2012-07-01",
  "2013-05-12",
  "2013-08-26",
  "2013-09-27",
  "2013-11-11",
  "2013-11-22",
  "2014-01-31",
  "2014-05-31",
  "2014-08-31",
  "2014-10-21",
  "2014-11-06",
  "2015-04-17",
  "2015-07-27",
  "2015-09-17",
  "2015-12-22",
  "2016-01-13",
  "2016-01-28",
  "2016-08-01",
  "2016-08-20",
  "2016-09-07",
  "2016-09-29",
  "2016-11-25",
  "2017-03-25",
  "2017-10-30",
  "2018-06-18",
  "2018-11-05",
  "2019-03-26",
  "2020-05-31",
] as const;

/**
 * An API version CloudFront published, read by cfxml or not.
 * @useDeclaredType
 */
export type ApiVersion = (typeof apiVersions)[number];

const ranks: ReadonlyMap<string, number> = new Map(apiVersions.map((v, i) => [v, i]));

/** Where a version stands on the line; a name that is not a CloudFront API version is a TypeError. */
export const rank = (version: string): number => {
  const r = ranks.get(version);
  if (r === undefined) throw new TypeError(`${version} is not a CloudFront API version`);
  return r;
};

/** Whether `version` is `since` or later, and before `until` when there is one. */
export const inEffect = (span: { readonly since: ApiVersion; readonly until?: ApiVersion }, version: string): boolean =>
  rank(version) >= rank(span.since) && (span.until === undefined || rank(version) < rank(span.until));

/** A value that changed along the line: each step gives the value from its version on. */
export type Era<T> = readonly (readonly [since: ApiVersion, value: T])[];

/** The value of an era in a version (the first step's value before it begins). */
export const during = <T>(era: Era<T>, version: string): T => {
  const r = rank(version);
  const first = era[0];
  if (first === undefined) throw new TypeError("an era needs at least one step");
  let value = first[1];
  for (const [since, v] of era) if (rank(since) <= r) value = v;
  return value;
};
