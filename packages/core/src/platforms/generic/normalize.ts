import type { InboundItem } from "../inbound.ts";
import type { Normalized } from "../platform.ts";
import { type GenericMessage, publicChannels } from "./webhook.ts";

/** Web forms, forums, reviews and social posts are read by others; e-mail, chat, phone and the rest are private. */
const channelOf = (channel: string): InboundItem["channel"] =>
  (publicChannels as readonly string[]).includes(channel) ? "public" : "private";

/**
 * Turns one queued generic event into an inbound item. A complaint is its own thread; a reply belongs to the complaint
 * it answers (`data.complaint_id`), so the brand's reply marks that case responded (found by its thread for private
 * channels, by its parent for public ones) and the customer's reply is a follow-up in the same conversation.
 *
 * @example
 * ```ts
 * const result = normalizeGenericMessage(message);
 * if ("item" in result) await cases.ingest(result.item); // platform "generic", externalId = data.id
 * ```
 */
export function normalizeGenericMessage(message: GenericMessage): Normalized {
  const { type, timestamp, data } = message.event;
  // The conversation: the complaint itself, or the one a reply answers (split refuses a reply without it).
  const complaintId = type === "complaint.reply_created" ? (data.complaint_id ?? data.id) : data.id;
  return {
    item: {
      platform: "generic",
      action: "created",
      // data.id, not the webhook-id: a redelivery may come with a new webhook-id, and must land on the same case.
      externalId: data.id,
      threadId: complaintId,
      ...(complaintId === data.id ? {} : { parentId: complaintId }),
      channel: channelOf(data.channel),
      // The sender is the brand's own care system: there is no brand account to tell apart.
      accountId: "generic",
      author: { id: data.author.id, ...(data.author.name === undefined ? {} : { name: data.author.name }) },
      authoredByBrand: data.author.is_brand === true,
      text: data.text,
      ...(data.url === undefined ? {} : { url: data.url }),
      occurredAt: new Date(timestamp).toISOString(),
      receivedAt: message.receivedAt,
      replyTarget: { kind: "generic", channel: data.channel, id: complaintId },
    },
  };
}
