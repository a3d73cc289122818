/** io-ts codecs for the document roots of any supported version. */
import type * as t from "io-ts";
import { requireVersion } from "./document.js";
import type { ModuleOf, RootValue, VersionId } from "./document.js";
import { codecsOf } from "./interpreters/iots.js";
import type { Json } from "./interpreters/json.js";
import type { VersionModule } from "./versions/index.js";

/** One io-ts codec per document root of version module `M`, from and to the AWS CLI / SDK JSON. */
export type RootCodecs<M extends VersionModule> = {
  readonly [R in M["roots"][number]]: t.Type<RootValue<M, R>, Json, unknown>;
};

/** `codecs("2020-05-31").DistributionConfig` checks AWS CLI JSON (or a value) as a 2020-05-31 DistributionConfig. */
export const codecs = <V extends VersionId>(version: V): RootCodecs<ModuleOf<V>> => {
  const v = requireVersion(version);
  return codecsOf(v.shapes, v.roots) as RootCodecs<ModuleOf<V>>;
};
