import * as z from "zod/mini";
import type { NormalizeContext, Normalized } from "../platform.ts";
import type { XMessage } from "./webhook.ts";

// Only what we read is declared; X adds fields over time, and unknown ones must not break delivery. Every id is read
// from its `*_str` twin: the numeric ids exceed 2^53, so JSON.parse has already changed their last digits.

const idString = z.string().check(z.minLength(1));
const mentions = z.optional(
  z.looseObject({ user_mentions: z.optional(z.array(z.looseObject({ id_str: z.optional(z.string()) }))) }),
);
const displayRange = z.optional(z.nullable(z.array(z.number())));

const tweetEvent = z.looseObject({
  id_str: idString,
  text: z.optional(z.string()),
  full_text: z.optional(z.string()),
  display_text_range: displayRange,
  extended_tweet: z.optional(
    z.looseObject({ full_text: z.string(), display_text_range: displayRange, entities: mentions }),
  ),
  in_reply_to_status_id_str: z.optional(z.nullable(z.string())),
  in_reply_to_user_id_str: z.optional(z.nullable(z.string())),
  user: z.looseObject({ id_str: idString, name: z.optional(z.string()), screen_name: z.optional(z.string()) }),
  entities: mentions,
  quoted_status: z.optional(z.nullable(z.looseObject({ user: z.optional(z.looseObject({ id_str: z.string() })) }))),
  retweeted_status: z.optional(z.unknown()),
  timestamp_ms: z.optional(z.string()),
  created_at: z.optional(z.string()),
});
type TweetEvent = z.infer<typeof tweetEvent>;

const dmEvent = z.looseObject({
  type: z.string(),
  id: idString,
  created_timestamp: z.optional(z.string()),
  message_create: z.optional(
    z.looseObject({
      sender_id: idString,
      target: z.looseObject({ recipient_id: idString }),
      message_data: z.optional(z.looseObject({ text: z.optional(z.string()) })),
    }),
  ),
});

const profiles = z.optional(z.record(z.string(), z.looseObject({ name: z.optional(z.string()) })));

const unreadable = (what: string, error: { issues: readonly { path: readonly PropertyKey[] }[] }) =>
  ({ skip: `${what} without the fields we read (${error.issues[0]?.path.join(".") || "shape"})` }) as const;

/** Milliseconds since the epoch as X writes them ("1741788191000"), else its `created_at` date, else our clock. */
const toIso = (millis: string | undefined, date: string | undefined, fallback: string): string => {
  if (millis !== undefined && /^\d+$/.test(millis)) return new Date(Number(millis)).toISOString();
  const parsed = date === undefined ? Number.NaN : Date.parse(date);
  return Number.isNaN(parsed) ? fallback : new Date(parsed).toISOString();
};

/**
 * The words of one of the brand's own replies without the @mentions X puts in front of every reply (before
 * `display_text_range`, counted in code points): a reply we post as "Hi Dana, ..." comes back as
 * "@dana_whitlock Hi Dana, ...", and only the visible part can be recognised as our acknowledgement's echo.
 */
function visibleReplyText(text: string, range: readonly number[] | null | undefined): string {
  const start = range?.[0] ?? 0;
  if (start <= 0) return text;
  const characters = Array.from(text);
  const prefix = characters.slice(0, start).join("");
  return /^(?:\s*@\w+)+\s*$/u.test(prefix) ? characters.slice(start).join("") : text;
}

/** Whether the post is addressed to the brand: it mentions it, replies to it, or quotes it. */
function addressesBrand(tweet: TweetEvent, brandId: string): boolean {
  const mentioned = [
    ...(tweet.entities?.user_mentions ?? []),
    ...(tweet.extended_tweet?.entities?.user_mentions ?? []),
  ];
  return (
    mentioned.some((mention) => mention.id_str === brandId) ||
    tweet.in_reply_to_user_id_str === brandId ||
    tweet.quoted_status?.user?.id_str === brandId
  );
}

function normalizeTweet(message: XMessage, context: NormalizeContext): Normalized {
  const parsed = tweetEvent.safeParse(message.event);
  if (!parsed.success) return unreadable("X post", parsed.error);
  const tweet = parsed.data;
  if (tweet.retweeted_status !== undefined && tweet.retweeted_status !== null) {
    return { skip: "a repost adds no words of its own" };
  }
  const author = tweet.user;
  const byBrand = author.id_str === message.forUserId || context.brandAccounts("x").has(author.id_str);
  if (!byBrand && !addressesBrand(tweet, message.forUserId)) {
    return { skip: "an X post that neither mentions, answers nor quotes the brand" };
  }
  // Posts over 140 characters come truncated, with the whole text in `extended_tweet`.
  const fullText = tweet.extended_tweet?.full_text ?? tweet.full_text ?? tweet.text ?? "";
  const range = tweet.extended_tweet ? tweet.extended_tweet.display_text_range : tweet.display_text_range;
  const repliesTo = tweet.in_reply_to_status_id_str ?? undefined;
  const profile = author.screen_name ? encodeURIComponent(author.screen_name) : "i";
  return {
    item: {
      platform: "x",
      action: "created",
      externalId: tweet.id_str,
      threadId: repliesTo ?? tweet.id_str,
      ...(repliesTo === undefined ? {} : { parentId: repliesTo }),
      channel: "public",
      accountId: message.forUserId,
      author: { id: author.id_str, ...(author.name === undefined ? {} : { name: author.name }) },
      authoredByBrand: byBrand,
      // A customer's text is kept exactly as posted; only the brand's own replies lose their leading @mentions.
      text: byBrand ? visibleReplyText(fullText, range) : fullText,
      url: `https://x.com/${profile}/status/${tweet.id_str}`,
      occurredAt: toIso(tweet.timestamp_ms, tweet.created_at, message.receivedAt),
      receivedAt: message.receivedAt,
      replyTarget: { kind: "tweet", tweetId: tweet.id_str },
      privateTarget: { kind: "dm", participantId: author.id_str },
    },
  };
}

function normalizeDm(message: XMessage, context: NormalizeContext): Normalized {
  const parsed = dmEvent.safeParse(message.event);
  if (!parsed.success) return unreadable("X DM event", parsed.error);
  const event = parsed.data;
  if (event.type !== "message_create" || !event.message_create) {
    return { skip: `X DM event "${event.type}" is not a message` };
  }
  const { sender_id: sender, target, message_data: data } = event.message_create;
  // DMs the brand sends, from any client or the API, are delivered too: in them the customer is the recipient.
  const byBrand = sender === message.forUserId || context.brandAccounts("x").has(sender);
  const customer = byBrand ? target.recipient_id : sender;
  const users = profiles.safeParse(message.users);
  const name = users.success ? users.data?.[sender]?.name : undefined;
  return {
    item: {
      platform: "x",
      action: "created",
      externalId: event.id,
      threadId: customer,
      channel: "private",
      accountId: message.forUserId,
      author: { id: sender, ...(name === undefined ? {} : { name }) },
      authoredByBrand: byBrand,
      text: data?.text ?? "",
      occurredAt: toIso(event.created_timestamp, undefined, message.receivedAt),
      receivedAt: message.receivedAt,
      replyTarget: { kind: "dm", participantId: customer },
    },
  };
}

/**
 * Turns one queued X message into an inbound item: a post that mentions, answers or quotes the brand (public), a DM
 * (private), or the brand's own post or DM, so its replies and a person's are recognised.
 *
 * @example
 * ```ts
 * const result = normalizeXMessage(message, { brandAccounts: () => new Set(["1487210954630066177"]) });
 * if ("item" in result) await cases.ingest(result.item);
 * ```
 */
export function normalizeXMessage(message: XMessage, context: NormalizeContext): Normalized {
  return message.kind === "tweet" ? normalizeTweet(message, context) : normalizeDm(message, context);
}
