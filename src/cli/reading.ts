/**
 * The options of the commands that read documents (convert, validate): the version of input that does not name
 * one, and whether to read what the version does not define, or list entries written without their wrapper.
 */
import { latest } from "../versions/index.js";
import type { VersionId } from "../index.js";
import { oneOf } from "./args.js";
import { versionArg } from "./versions.js";

/** How to read each input. */
export interface InputOptions {
  /** The version of JSON input (XML names its own). */
  readonly from: VersionId;
  /** Whether the user named --from: if not, JSON that fails as the default version may be an older one. */
  readonly fromGiven: boolean;
  /** The version of XML without a namespace (`--assume-version`); without it, such XML is an error. */
  readonly assumeVersion: VersionId | undefined;
  readonly unknown: "error" | "skip" | "preserve";
  readonly unwrappedItems: "error" | "accept";
  /** Keep where each element starts, for reports on the decoded value (lint). */
  readonly positions?: boolean;
}

export const readingOptions = {
  from: { type: "string" },
  "assume-version": { type: "string" },
  unknown: { type: "string" },
  "accept-unwrapped-items": { type: "boolean", default: false },
} as const;

export const readingUsage = `  --from VERSION      the API version of JSON input, which does not name it
                      (default ${latest.version})
  --assume-version VERSION
                      read XML without a namespace (as the API reference and SDK tests write it) as this
                      version; XML whose namespace names another version is then an error
  --unknown WHAT      what the version does not define (XML elements, JSON members): error (default), skip
                      (dropped, each with a warning), or preserve (kept, each with a warning, and written back
                      in the same format only)
  --accept-unwrapped-items
                      read list entries written without their <Items> wrapper, each with a warning`;

export const inputOptions = (values: {
  from?: string | undefined;
  "assume-version"?: string | undefined;
  unknown?: string | undefined;
  "accept-unwrapped-items"?: boolean | undefined;
}): InputOptions => ({
  from: values.from === undefined ? (latest.version as VersionId) : versionArg("from", values.from),
  fromGiven: values.from !== undefined,
  assumeVersion:
    values["assume-version"] === undefined ? undefined : versionArg("assume-version", values["assume-version"]),
  unknown: oneOf("unknown", values.unknown, ["error", "skip", "preserve"], "error"),
  unwrappedItems: values["accept-unwrapped-items"] === true ? "accept" : "error",
});
