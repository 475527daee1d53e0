import { createHash } from "node:crypto";
import type { PlatformName } from "../platforms/names.ts";

/**
 * A case's id is derived from the platform and the platform's own id of the item, so every delivery of the same item,
 * however often retried, lands on the same case and a conditional write creates it once.
 *
 * @example
 * ```ts
 * caseIdFor("facebook", "1209913347725510_1034528716402277"); // "c_5f1c..." (24 hex digits)
 * ```
 */
export function caseIdFor(platform: PlatformName, externalId: string): string {
  return `c_${createHash("sha256").update(`${platform}\u0000${externalId}`).digest("hex").slice(0, 24)}`;
}

/** Ids look like this; anything else is answered 404 without a lookup. */
export const caseIdPattern = /^c_[0-9a-f]{24}$/;
