/**
 * The registry of supported API versions, oldest first. A version is found by its namespace, which is how a
 * CloudFront document names the API version it was written for.
 */
import type { Struct } from "../schema/ast.js";
import * as v2020_05_31 from "./v2020_05_31.js";

export interface Version {
  readonly version: string;
  readonly namespace: string;
  /** The document roots this version defines, by root element name. */
  readonly roots: Readonly<Record<string, Struct>>;
}

export const versions = [v2020_05_31] as const satisfies readonly Version[];

export type VersionId = (typeof versions)[number]["version"];

const byNamespace: ReadonlyMap<string, Version> = new Map(versions.map((v) => [v.namespace, v]));
const byId: ReadonlyMap<string, Version> = new Map(versions.map((v) => [v.version, v]));

export const versionForNamespace = (namespace: string): Version | undefined => byNamespace.get(namespace);
export const versionById = (id: string): Version | undefined => byId.get(id);
export const latest: Version = v2020_05_31;
