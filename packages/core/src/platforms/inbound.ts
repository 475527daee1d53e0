import type { PlatformName } from "./names.ts";

/**
 * Where and how to answer an item, in its platform's own terms: only that platform's sender reads it (a comment id, a
 * conversation's recipient, a phone number and the message to quote). Stored with the case, so a human response goes
 * to the same place.
 *
 * @example
 * ```ts
 * const target: ReplyTarget = { kind: "comment", commentId: "1209913347725510_1034528716402277" };
 * ```
 */
export type ReplyTarget = { readonly kind: string } & { readonly [field: string]: string | undefined };

/**
 * One inbound item, normalized from any platform's webhook: what the router turns into a case.
 *
 * @example
 * ```ts
 * const item: InboundItem = { platform: "facebook", action: "created", externalId: "1_2", ... };
 * ```
 */
export interface InboundItem {
  platform: PlatformName;
  /** What happened to the item. */
  action: "created" | "edited" | "removed";
  /** The platform's id of the item (comment id, message id). */
  externalId: string;
  /** The conversation the item belongs to (post id, private conversation id). */
  threadId: string;
  /** For replies: the item this one answers. */
  parentId?: string;
  channel: "public" | "private";
  /** The brand account the item was addressed to (Page id, ...). */
  accountId: string;
  author: { id: string; name?: string };
  /** True when the brand's own account wrote it (a human reply, or an echo of ours). */
  authoredByBrand: boolean;
  text: string;
  url?: string;
  /** When the platform says it happened (its clock). */
  occurredAt: string;
  /** When our webhook received it (our clock): the start of the SLA clock. */
  receivedAt: string;
  /** How to answer it publicly (or privately, for private channels). */
  replyTarget: ReplyTarget;
  /** How to hand it to a private conversation, where the platform allows. */
  privateTarget?: ReplyTarget;
}

/**
 * The item with its text and author's name as well-formed Unicode: a lone surrogate (which JSON can carry as an
 * escape, and DynamoDB and UTF-8 cannot) becomes U+FFFD; everything else is kept exactly.
 *
 * @example
 * ```ts
 * wellFormed({ ...item, text: "lost \uD800 order" }).text; // "lost \uFFFD order"
 * ```
 */
export function wellFormed(item: InboundItem): InboundItem {
  const { name } = item.author;
  return {
    ...item,
    text: item.text.toWellFormed(),
    author: name === undefined ? item.author : { ...item.author, name: name.toWellFormed() },
  };
}
