/** The paging members every list response (`DistributionList`, `InvalidationList`, …) has before its `Quantity`. */
import { boolean, integer, optional, required, string } from "../schema/dsl.js";

export const listPage = Object.freeze({
  Marker: required(string()),
  NextMarker: optional(string()),
  MaxItems: required(integer),
  IsTruncated: required(boolean),
});
