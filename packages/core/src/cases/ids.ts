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

/**
 * The conversation an item belongs to, for grouping: a private conversation is the thread itself; in a public thread
 * each author has their own, so one customer's five comments on a post are one conversation, and another customer's
 * comment on the same post is another.
 *
 * @example
 * ```ts
 * conversationKeyOf({ channel: "public", threadId: "PAGE_POST", author: { id: "U1" } }); // "PAGE_POST#U1"
 * ```
 */
export function conversationKeyOf(item: { channel: "public" | "private"; threadId: string; author: { id: string } }) {
  return item.channel === "private" ? item.threadId : `${item.threadId}#${item.author.id}`;
}
