import * as z from "zod/mini";
import { BadHandshake, BadSignature, MissingSignature } from "../errors.ts";
import { parseDelivery } from "../issues.ts";
import type { HandshakeAnswer, WebhookRequest } from "../platform.ts";
import { hmac, safeEqual } from "../signature.ts";

/**
 * Answers X's challenge-response check (CRC): `GET ?crc_token=<token>` is answered with
 * `{"response_token":"sha256=<base64 HMAC-SHA256 of the token, keyed with the consumer secret>"}`. X sends it on
 * registration and again from time to time; a wrong answer marks the webhook invalid and events stop.
 *
 * @throws BadHandshake when there is no crc_token.
 * @example
 * ```ts
 * xHandshake(request, env.X_CONSUMER_SECRET); // { contentType: "application/json", body: '{"response_token":"sha256=..."}' }
 * ```
 */
export function xHandshake(request: WebhookRequest, consumerSecret: string): HandshakeAnswer {
  const token = request.query.crc_token;
  if (token === undefined || token === "") throw new BadHandshake("Expected ?crc_token=<token>, X's CRC check");
  const responseToken = `sha256=${hmac("sha256", consumerSecret, token).toString("base64")}`;
  return { contentType: "application/json", body: JSON.stringify({ response_token: responseToken }) };
}

// 32 bytes of SHA-256 are 43 base64 characters and one "=" of padding.
const headerPattern = /^sha256=([A-Za-z0-9+/]{43}=)$/;

/**
 * Checks `x-twitter-webhooks-signature: sha256=<base64 HMAC-SHA256 of the raw body, keyed with the consumer secret>`
 * in constant time, over the bytes exactly as they arrived.
 *
 * @throws MissingSignature when the header is missing or malformed, BadSignature when it does not match.
 * @example
 * ```ts
 * verifyXSignature(rawBody, headers["x-twitter-webhooks-signature"], env.X_CONSUMER_SECRET);
 * ```
 */
export function verifyXSignature(rawBody: Buffer, header: string | undefined, consumerSecret: string): void {
  const match = header ? headerPattern.exec(header.trim()) : null;
  if (!match?.[1]) throw new MissingSignature("x-twitter-webhooks-signature is missing or not sha256=<base64>");
  // Compared as text, so only the one canonical base64 spelling of the digest is accepted.
  const expected = hmac("sha256", consumerSecret, rawBody).toString("base64");
  if (!safeEqual(expected, match[1])) {
    throw new BadSignature("x-twitter-webhooks-signature does not match the body");
  }
}

/**
 * An Account Activity delivery: the subscribed user and one kind of event each (posts, DMs, likes, follows, ...).
 * Only what we read is declared; X adds event kinds over time, and unknown ones must not break delivery. Ids are read
 * from the `*_str` fields only: the numeric ones exceed 2^53 and lose digits in JSON.parse.
 */
export const xDeliverySchema = z.looseObject({
  for_user_id: z.string().check(z.minLength(1)),
  tweet_create_events: z.optional(z.array(z.looseObject({ id_str: z.string().check(z.minLength(1)) }))),
  direct_message_events: z.optional(z.array(z.looseObject({ id: z.string().check(z.minLength(1)), type: z.string() }))),
  users: z.optional(z.record(z.string(), z.looseObject({}))),
});
export type XDelivery = z.infer<typeof xDeliverySchema>;

/**
 * One unit of work split off an X delivery: a single post or a single DM event, with the subscribed user and, for a
 * DM, the profiles of the two people in it (DM events name users by id only). This is what goes on the intake queue.
 */
export const xMessageSchema = z.object({
  source: z.literal("x"),
  forUserId: z.string(),
  receivedAt: z.iso.datetime(),
  kind: z.enum(["tweet", "dm"]),
  event: z.looseObject({}),
  users: z.optional(z.record(z.string(), z.looseObject({}))),
});
export type XMessage = z.infer<typeof xMessageSchema>;

const dmParticipants = z.looseObject({
  message_create: z.looseObject({
    sender_id: z.optional(z.string()),
    target: z.optional(z.looseObject({ recipient_id: z.optional(z.string()) })),
  }),
});

/** The profiles of a DM's sender and recipient, out of the delivery's `users` map (which may hold others). */
function usersOf(event: Record<string, unknown>, users: XDelivery["users"]): XMessage["users"] {
  const parsed = dmParticipants.safeParse(event);
  if (!parsed.success || !users) return undefined;
  const { sender_id: sender, target } = parsed.data.message_create;
  const named = [sender, target?.recipient_id].flatMap((id) => {
    const profile = id === undefined ? undefined : users[id];
    return id !== undefined && profile ? [[id, profile] as const] : [];
  });
  return named.length > 0 ? Object.fromEntries(named) : undefined;
}

/**
 * Parses a verified delivery and splits it into one intake message per post and per DM event, so one bad item never
 * holds up the others and each is retried on its own. Likes, follows, deletions, typing indicators and read receipts
 * make no message.
 *
 * @throws MalformedDelivery when the body is not JSON or not an Account Activity delivery.
 * @example
 * ```ts
 * splitXDelivery(request).map((m) => m.kind); // ["tweet"] for a mention
 * ```
 */
export function splitXDelivery(request: WebhookRequest): XMessage[] {
  const delivery = parseDelivery(request, xDeliverySchema, "an X Account Activity delivery");
  const { for_user_id: forUserId, tweet_create_events: tweets, direct_message_events: dms, users } = delivery;
  const base = { source: "x" as const, forUserId, receivedAt: request.receivedAt };
  return [
    ...(tweets ?? []).map((event) => ({ ...base, kind: "tweet" as const, event })),
    ...(dms ?? []).map((event) => {
      const named = usersOf(event, users);
      return { ...base, kind: "dm" as const, event, ...(named ? { users: named } : {}) };
    }),
  ];
}
