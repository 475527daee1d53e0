import type { InboundItem } from "../inbound.ts";
import { type FeedChange, feedChangeSchema, type MetaIntake, messagingSchema } from "./payload.ts";

/** What normalizing one Meta change gives: an item for the router, or why it needs nothing from us. */
export type Normalized = { item: InboundItem } | { skip: string };

const feedActions: Record<string, InboundItem["action"] | undefined> = {
  add: "created",
  edited: "edited",
  remove: "removed",
  delete: "removed",
};

const toIso = (time: number | string | undefined, fallback: string): string => {
  if (typeof time === "number") return new Date(time < 1e12 ? time * 1000 : time).toISOString();
  if (typeof time === "string" && !Number.isNaN(Date.parse(time))) return new Date(time).toISOString();
  return fallback;
};

const commentUrl = (change: FeedChange["value"], commentId: string): string | undefined => {
  const permalink = change.post?.permalink_url;
  const commentPart = commentId.split("_").pop();
  return permalink ? `${permalink}${permalink.includes("?") ? "&" : "?"}comment_id=${commentPart}` : undefined;
};

function normalizeFeed(intake: MetaIntake, brandAccounts: ReadonlySet<string>): Normalized {
  const parsed = feedChangeSchema.safeParse(intake.change);
  if (!parsed.success) return { skip: `feed change without the fields we read (${parsed.error.issues[0]?.message})` };
  const value = parsed.data.value;
  const verbAction = feedActions[value.verb];
  if (!verbAction) return { skip: `feed verb "${value.verb}" needs no answer` };
  const isComment = value.item === "comment" && value.comment_id;
  const isVisitorPost = (value.item === "post" || value.item === "status") && value.post_id;
  if (!isComment && !isVisitorPost) return { skip: `feed item "${value.item}" needs no answer` };
  const externalId = (isComment ? value.comment_id : value.post_id) as string;
  const author = value.from ?? { id: "unknown" };
  const authoredByBrand = author.id === intake.entryId || brandAccounts.has(author.id);
  return {
    item: {
      platform: "facebook",
      action: verbAction,
      externalId,
      threadId: value.post_id ?? externalId,
      parentId: value.parent_id,
      channel: "public",
      accountId: intake.entryId,
      author: { id: author.id, name: author.name },
      authoredByBrand,
      text: value.message ?? "",
      url: isComment ? commentUrl(value, externalId) : value.post?.permalink_url,
      occurredAt: toIso(value.created_time, intake.receivedAt),
      receivedAt: intake.receivedAt,
      replyTarget: { kind: "comment", commentId: externalId },
      privateTarget: { kind: "private-reply", commentId: externalId },
    },
  };
}

function normalizeMessaging(intake: MetaIntake, brandAccounts: ReadonlySet<string>): Normalized {
  const parsed = messagingSchema.safeParse(intake.messaging);
  if (!parsed.success) return { skip: "messaging event without the fields we read" };
  const event = parsed.data;
  if (!event.message) return { skip: "messaging event that is not a message (delivery, read, postback)" };
  const echo =
    event.message.is_echo === true || event.sender.id === intake.entryId || brandAccounts.has(event.sender.id);
  // In an echo the customer is the recipient; the conversation is always keyed by the customer's page-scoped id.
  const customerId = echo ? event.recipient.id : event.sender.id;
  return {
    item: {
      platform: "messenger",
      action: "created",
      externalId: event.message.mid,
      threadId: customerId,
      channel: "private",
      accountId: intake.entryId,
      author: { id: event.sender.id },
      authoredByBrand: echo,
      text: event.message.text ?? "",
      occurredAt: toIso(event.timestamp, intake.receivedAt),
      receivedAt: intake.receivedAt,
      replyTarget: { kind: "message", recipientId: customerId },
    },
  };
}

/**
 * Turns one queued Meta change into an inbound item. Facebook Page feed comments and visitor posts, and Messenger
 * messages, are read; Instagram and WhatsApp objects are accepted at the webhook but not yet turned into cases.
 *
 * @param brandAccounts ids of the brand's own accounts besides the Page the event came to.
 * @example
 * ```ts
 * const result = normalizeMetaIntake(intake, new Set(["118204355731962"]));
 * if ("item" in result) await cases.ingest(result.item);
 * ```
 */
export function normalizeMetaIntake(intake: MetaIntake, brandAccounts: ReadonlySet<string>): Normalized {
  if (intake.object !== "page") return { skip: `Meta object "${intake.object}" is not handled yet` };
  if (intake.change) {
    return intake.change.field === "feed"
      ? normalizeFeed(intake, brandAccounts)
      : { skip: `Page field "${intake.change.field}" needs no answer` };
  }
  if (intake.messaging) return normalizeMessaging(intake, brandAccounts);
  return { skip: "entry with neither a change nor a messaging event" };
}
