import * as z from "zod/mini";
import type { InboundItem } from "../inbound.ts";
import type { NormalizeContext, Normalized } from "../platform.ts";
import type { MetaMessage } from "./webhook.ts";

// Only what we read is declared; Meta adds fields over time, and unknown ones must not break delivery.

const feedValue = z.looseObject({
  item: z.string(),
  verb: z.string(),
  comment_id: z.optional(z.string()),
  post_id: z.optional(z.string()),
  parent_id: z.optional(z.string()),
  from: z.optional(z.looseObject({ id: z.string(), name: z.optional(z.string()) })),
  message: z.optional(z.string()),
  created_time: z.optional(z.union([z.number(), z.string()])),
  post: z.optional(z.looseObject({ permalink_url: z.optional(z.string()) })),
});
type FeedValue = z.infer<typeof feedValue>;

const messagingEvent = z.looseObject({
  sender: z.looseObject({ id: z.string() }),
  recipient: z.looseObject({ id: z.string() }),
  timestamp: z.number(),
  message: z.optional(
    z.looseObject({
      mid: z.string(),
      text: z.optional(z.string()),
      is_echo: z.optional(z.boolean()),
      is_deleted: z.optional(z.boolean()),
    }),
  ),
});

const instagramComment = z.looseObject({
  id: z.string(),
  text: z.optional(z.string()),
  parent_id: z.optional(z.string()),
  from: z.optional(z.looseObject({ id: z.string(), username: z.optional(z.string()) })),
  media: z.optional(z.looseObject({ id: z.string(), media_product_type: z.optional(z.string()) })),
});

const whatsappValue = z.looseObject({
  metadata: z.looseObject({ phone_number_id: z.string(), display_phone_number: z.optional(z.string()) }),
  contacts: z.optional(
    z.array(z.looseObject({ wa_id: z.string(), profile: z.optional(z.looseObject({ name: z.optional(z.string()) })) })),
  ),
  messages: z.array(
    z.looseObject({
      from: z.string(),
      id: z.string(),
      timestamp: z.optional(z.string()),
      type: z.string(),
      text: z.optional(z.looseObject({ body: z.string() })),
    }),
  ),
});

/** Media types whose caption is the customer's words. */
const captionedMedia = ["image", "video", "document"] as const;

const feedActions: Record<string, InboundItem["action"] | undefined> = {
  add: "created",
  edited: "edited",
  remove: "removed",
  delete: "removed",
};

const toIso = (time: number | string | undefined, fallback: string): string => {
  if (typeof time === "string" && /^\d+$/.test(time)) return toIso(Number(time), fallback);
  if (typeof time === "number") return new Date(time < 1e12 ? time * 1000 : time).toISOString();
  if (typeof time === "string" && !Number.isNaN(Date.parse(time))) return new Date(time).toISOString();
  return fallback;
};

const commentUrl = (value: FeedValue, commentId: string): string | undefined => {
  const permalink = value.post?.permalink_url;
  const commentPart = commentId.split("_").pop();
  return permalink ? `${permalink}${permalink.includes("?") ? "&" : "?"}comment_id=${commentPart}` : undefined;
};

const unreadable = (what: string, error: { issues: readonly { path: readonly PropertyKey[] }[] }) =>
  ({ skip: `${what} without the fields we read (${error.issues[0]?.path.join(".") || "shape"})` }) as const;

function normalizeFeed(message: MetaMessage, context: NormalizeContext): Normalized {
  const parsed = feedValue.safeParse(message.change?.value);
  if (!parsed.success) return unreadable("feed change", parsed.error);
  const value = parsed.data;
  const verbAction = feedActions[value.verb];
  if (!verbAction) return { skip: `feed verb "${value.verb}" needs no answer` };
  const isComment = value.item === "comment" && value.comment_id;
  const isVisitorPost = (value.item === "post" || value.item === "status") && value.post_id;
  if (!isComment && !isVisitorPost) return { skip: `feed item "${value.item}" needs no answer` };
  const externalId = (isComment ? value.comment_id : value.post_id) as string;
  const author = value.from ?? { id: "unknown" };
  const authoredByBrand = author.id === message.entryId || context.brandAccounts("facebook").has(author.id);
  return {
    item: {
      platform: "facebook",
      action: verbAction,
      externalId,
      threadId: value.post_id ?? externalId,
      ...(value.parent_id === undefined ? {} : { parentId: value.parent_id }),
      channel: "public",
      accountId: message.entryId,
      author: { id: author.id, ...(author.name === undefined ? {} : { name: author.name }) },
      authoredByBrand,
      text: value.message ?? "",
      ...withUrl(isComment ? commentUrl(value, externalId) : value.post?.permalink_url),
      occurredAt: toIso(value.created_time, message.receivedAt),
      receivedAt: message.receivedAt,
      replyTarget: { kind: "comment", commentId: externalId },
      privateTarget: { kind: "private-reply", commentId: externalId },
    },
  };
}

const withUrl = (url: string | undefined) => (url === undefined ? {} : { url });

/** Messenger and Instagram DMs share the Send API's shape: one message per event, echoes of the brand's own. */
function normalizeMessaging(
  message: MetaMessage,
  context: NormalizeContext,
  platform: "messenger" | "instagram",
): Normalized {
  const parsed = messagingEvent.safeParse(message.messaging);
  if (!parsed.success) return unreadable("messaging event", parsed.error);
  const event = parsed.data;
  if (!event.message) return { skip: "messaging event that is not a message (delivery, read, reaction, postback)" };
  if (event.message.is_deleted) return { skip: "a message the customer unsent" };
  const brand = context.brandAccounts(platform === "messenger" ? "facebook" : "instagram");
  const echo = event.message.is_echo === true || event.sender.id === message.entryId || brand.has(event.sender.id);
  // In an echo the customer is the recipient; the conversation is always keyed by the customer's id.
  const customerId = echo ? event.recipient.id : event.sender.id;
  return {
    item: {
      platform,
      action: "created",
      externalId: event.message.mid,
      threadId: customerId,
      channel: "private",
      accountId: message.entryId,
      author: { id: event.sender.id },
      authoredByBrand: echo,
      text: event.message.text ?? "",
      occurredAt: toIso(event.timestamp, message.receivedAt),
      receivedAt: message.receivedAt,
      replyTarget: { kind: "message", recipientId: customerId },
    },
  };
}

function normalizeInstagramComment(message: MetaMessage, context: NormalizeContext): Normalized {
  const parsed = instagramComment.safeParse(message.change?.value);
  if (!parsed.success) return unreadable("Instagram comment", parsed.error);
  const comment = parsed.data;
  const author = comment.from ?? { id: "unknown" };
  const authoredByBrand = author.id === message.entryId || context.brandAccounts("instagram").has(author.id);
  return {
    item: {
      platform: "instagram",
      action: "created",
      externalId: comment.id,
      threadId: comment.media?.id ?? comment.parent_id ?? comment.id,
      ...(comment.parent_id === undefined ? {} : { parentId: comment.parent_id }),
      channel: "public",
      accountId: message.entryId,
      author: { id: author.id, ...(author.username === undefined ? {} : { name: author.username }) },
      authoredByBrand,
      text: comment.text ?? "",
      occurredAt: toIso(message.entryTime, message.receivedAt),
      receivedAt: message.receivedAt,
      // Replies go under the top-level comment: Instagram threads are one level deep.
      replyTarget: { kind: "ig-comment", commentId: comment.parent_id ?? comment.id },
      privateTarget: { kind: "private-reply", commentId: comment.id },
    },
  };
}

function normalizeWhatsapp(message: MetaMessage, context: NormalizeContext): Normalized {
  const parsed = whatsappValue.safeParse(message.change?.value);
  if (!parsed.success) return unreadable("WhatsApp message", parsed.error);
  const { metadata, contacts, messages } = parsed.data;
  const [sent] = messages;
  if (!sent) return { skip: "WhatsApp change without a message" };
  const numbers = context.brandAccounts("whatsapp");
  if (numbers.size > 0 && !numbers.has(metadata.phone_number_id)) {
    return { skip: `WhatsApp number ${metadata.phone_number_id} is not one of brand.accounts.whatsapp` };
  }
  const media = (captionedMedia as readonly string[]).includes(sent.type)
    ? (sent as Record<string, unknown>)[sent.type]
    : undefined;
  const caption =
    media && typeof media === "object" && typeof (media as { caption?: unknown }).caption === "string"
      ? (media as { caption: string }).caption
      : undefined;
  const text = sent.type === "text" ? sent.text?.body : caption;
  if (text === undefined) return { skip: `WhatsApp ${sent.type} message without text` };
  const name = contacts?.find((c) => c.wa_id === sent.from)?.profile?.name;
  return {
    item: {
      platform: "whatsapp",
      action: "created",
      externalId: sent.id,
      threadId: sent.from,
      channel: "private",
      accountId: metadata.phone_number_id,
      author: { id: sent.from, ...(name === undefined ? {} : { name }) },
      // The business's own messages never come back as messages (they come as statuses), so none is the brand's.
      authoredByBrand: false,
      text,
      occurredAt: toIso(sent.timestamp, message.receivedAt),
      receivedAt: message.receivedAt,
      replyTarget: { kind: "whatsapp", phoneNumberId: metadata.phone_number_id, to: sent.from, quote: sent.id },
    },
  };
}

/**
 * Turns one queued Meta message into an inbound item: Facebook Page feed comments and visitor posts, Messenger
 * messages, Instagram comments and DMs, WhatsApp text and captioned media messages.
 *
 * @example
 * ```ts
 * const result = normalizeMetaMessage(message, { brandAccounts: () => new Set(["118204355731962"]) });
 * if ("item" in result) await cases.ingest(result.item);
 * ```
 */
export function normalizeMetaMessage(message: MetaMessage, context: NormalizeContext): Normalized {
  const field = message.change?.field;
  switch (message.object) {
    case "page":
      if (message.messaging) return normalizeMessaging(message, context, "messenger");
      return field === "feed" ? normalizeFeed(message, context) : { skip: `Page field "${field}" needs no answer` };
    case "instagram":
      if (message.messaging) return normalizeMessaging(message, context, "instagram");
      return field === "comments"
        ? normalizeInstagramComment(message, context)
        : { skip: `Instagram field "${field}" needs no answer` };
    case "whatsapp_business_account":
      return field === "messages"
        ? normalizeWhatsapp(message, context)
        : { skip: `WhatsApp field "${field}" needs no answer` };
  }
}
