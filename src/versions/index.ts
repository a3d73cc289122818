/**
 * The supported API versions, oldest first. A document names its version through its namespace,
 * `http://cloudfront.amazonaws.com/doc/<version>/`; lookups by version, namespace or root are in src/document.ts.
 * The eleven before 2012-05-05 (`legacyVersions`) have no official model: their trees rest on the sources each
 * version file cites.
 */
import type { Shapes } from "../schema/ast.js";
import * as v2008_06_30 from "./v2008_06_30.js";
import * as v2009_04_02 from "./v2009_04_02.js";
import * as v2009_09_09 from "./v2009_09_09.js";
import * as v2009_12_01 from "./v2009_12_01.js";
import * as v2010_03_01 from "./v2010_03_01.js";
import * as v2010_05_01 from "./v2010_05_01.js";
import * as v2010_06_01 from "./v2010_06_01.js";
import * as v2010_07_15 from "./v2010_07_15.js";
import * as v2010_08_01 from "./v2010_08_01.js";
import * as v2010_11_01 from "./v2010_11_01.js";
import * as v2012_03_15 from "./v2012_03_15.js";
import * as v2012_05_05 from "./v2012_05_05.js";
import * as v2012_07_01 from "./v2012_07_01.js";
import * as v2013_05_12 from "./v2013_05_12.js";
import * as v2013_08_26 from "./v2013_08_26.js";
import * as v2013_09_27 from "./v2013_09_27.js";
import * as v2013_11_11 from "./v2013_11_11.js";
import * as v2013_11_22 from "./v2013_11_22.js";
import * as v2014_01_31 from "./v2014_01_31.js";
import * as v2014_05_31 from "./v2014_05_31.js";
import * as v2014_10_21 from "./v2014_10_21.js";
import * as v2014_11_06 from "./v2014_11_06.js";
import * as v2015_04_17 from "./v2015_04_17.js";
import * as v2015_07_27 from "./v2015_07_27.js";
import * as v2015_09_17 from "./v2015_09_17.js";
import * as v2016_01_13 from "./v2016_01_13.js";
import * as v2016_01_28 from "./v2016_01_28.js";
import * as v2016_08_01 from "./v2016_08_01.js";
import * as v2016_08_20 from "./v2016_08_20.js";
import * as v2016_09_07 from "./v2016_09_07.js";
import * as v2016_09_29 from "./v2016_09_29.js";
import * as v2016_11_25 from "./v2016_11_25.js";
import * as v2017_03_25 from "./v2017_03_25.js";
import * as v2017_10_30 from "./v2017_10_30.js";
import * as v2018_06_18 from "./v2018_06_18.js";
import * as v2018_11_05 from "./v2018_11_05.js";
import * as v2019_03_26 from "./v2019_03_26.js";
import * as v2020_05_31 from "./v2020_05_31.js";

export interface Version {
  readonly version: string;
  readonly shapes: Shapes;
  /** The document roots this version defines. */
  readonly roots: readonly string[];
  /** False for a version no official model describes (those before 2012-05-05). */
  readonly officialModel?: boolean;
}

const legacy = [
  v2008_06_30,
  v2009_04_02,
  v2009_09_09,
  v2009_12_01,
  v2010_03_01,
  v2010_05_01,
  v2010_06_01,
  v2010_07_15,
  v2010_08_01,
  v2010_11_01,
  v2012_03_15,
] as const;

export const versions = [
  ...legacy,
  v2012_05_05,
  v2012_07_01,
  v2013_05_12,
  v2013_08_26,
  v2013_09_27,
  v2013_11_11,
  v2013_11_22,
  v2014_01_31,
  v2014_05_31,
  v2014_10_21,
  v2014_11_06,
  v2015_04_17,
  v2015_07_27,
  v2015_09_17,
  v2016_01_13,
  v2016_01_28,
  v2016_08_01,
  v2016_08_20,
  v2016_09_07,
  v2016_09_29,
  v2016_11_25,
  v2017_03_25,
  v2017_10_30,
  v2018_06_18,
  v2018_11_05,
  v2019_03_26,
  v2020_05_31,
] as const satisfies readonly Version[];

export type VersionModule = (typeof versions)[number];

/** The versions before 2012-05-05, which no official model describes (the old format: no Quantity, no Items). */
export const legacyVersions: ReadonlySet<string> = new Set(
  legacy.filter((v) => !v.officialModel).map((v) => v.version),
);
/** The first version with an official model, and the new format. */
export const firstModelled = v2012_05_05;
export type VersionId = VersionModule["version"];

export const namespaceOf = (version: string): string => `http://cloudfront.amazonaws.com/doc/${version}/`;
export const latest = versions[versions.length - 1] as VersionModule;
