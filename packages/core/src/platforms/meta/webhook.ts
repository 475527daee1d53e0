import * as z from "zod/mini";
import { BadHandshake, BadSignature, MissingSignature, WrongVerifyToken } from "../errors.ts";
import { parseDelivery } from "../issues.ts";
import type { HandshakeAnswer, WebhookRequest } from "../platform.ts";
import { hmac, safeEqual } from "../signature.ts";

/**
 * Answers Meta's subscription handshake: `GET ?hub.mode=subscribe&hub.verify_token=...&hub.challenge=...` (Pages,
 * Instagram and WhatsApp alike).
 *
 * @returns the challenge, to be sent back as the body of a 200.
 * @throws BadHandshake when the request is not a handshake, WrongVerifyToken when the verify token is wrong.
 * @example
 * ```ts
 * verifyHandshake({ "hub.mode": "subscribe", "hub.verify_token": "t", "hub.challenge": "42" }, "t"); // "42"
 * ```
 */
export function verifyHandshake(query: Readonly<Record<string, string | undefined>>, verifyToken: string): string {
  const mode = query["hub.mode"];
  const token = query["hub.verify_token"];
  const challenge = query["hub.challenge"];
  if (mode !== "subscribe" || challenge === undefined || challenge === "" || token === undefined) {
    throw new BadHandshake("Expected hub.mode=subscribe with hub.verify_token and hub.challenge");
  }
  if (!safeEqual(verifyToken, token)) throw new WrongVerifyToken();
  return challenge;
}

const headerPattern = /^sha256=([0-9a-f]{64})$/i;

/**
 * Checks `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed with the app secret>` in constant time.
 *
 * @throws MissingSignature when the header is missing or malformed, BadSignature when it does not match.
 * @example
 * ```ts
 * verifySignature(rawBody, headers["x-hub-signature-256"], process.env.META_APP_SECRET!);
 * ```
 */
export function verifySignature(rawBody: Buffer, header: string | undefined, appSecret: string): void {
  const match = header ? headerPattern.exec(header.trim()) : null;
  if (!match?.[1]) throw new MissingSignature("X-Hub-Signature-256 is missing or not sha256=<hex>");
  const expected = hmac("sha256", appSecret, rawBody);
  if (!safeEqual(expected, Buffer.from(match[1], "hex"))) {
    throw new BadSignature("X-Hub-Signature-256 does not match the body");
  }
}

/** The objects a Meta app is subscribed to: a Page (feed, Messenger), an Instagram account, a WhatsApp number. */
export const metaObjects = ["page", "instagram", "whatsapp_business_account"] as const;

const change = z.looseObject({ field: z.string(), value: z.unknown() });

/**
 * The envelope of every Meta webhook POST. Only what we read is declared; Meta adds fields over time, and unknown ones
 * must not break delivery.
 */
export const metaEnvelopeSchema = z.object({
  object: z.enum(metaObjects),
  entry: z
    .array(
      z.looseObject({
        id: z.string().check(z.minLength(1)),
        time: z.optional(z.number()),
        changes: z.optional(z.array(change)),
        messaging: z.optional(z.array(z.looseObject({}))),
      }),
    )
    .check(z.minLength(1)),
});
export type MetaEnvelope = z.infer<typeof metaEnvelopeSchema>;

/**
 * One unit of work split off a Meta delivery: a single change or messaging event (a single WhatsApp message), with the
 * entry it came in. This is what goes on the intake queue.
 */
export const metaMessageSchema = z.object({
  source: z.literal("meta"),
  object: z.enum(metaObjects),
  entryId: z.string(),
  entryTime: z.optional(z.number()),
  receivedAt: z.iso.datetime(),
  change: z.optional(change),
  messaging: z.optional(z.looseObject({})),
});
export type MetaMessage = z.infer<typeof metaMessageSchema>;

const whatsappValue = z.looseObject({ messages: z.optional(z.array(z.unknown())) });

/**
 * A WhatsApp change carries a list of messages (and of statuses): each message becomes its own queue message, with
 * the number's metadata and the contacts; statuses (sent, delivered, read, failed) make none.
 */
function whatsappChanges(value: unknown, field: string): MetaMessage["change"][] {
  const parsed = whatsappValue.safeParse(value);
  if (!parsed.success || field !== "messages") return [];
  return (parsed.data.messages ?? []).map((message) => ({ field, value: { ...parsed.data, messages: [message] } }));
}

/**
 * Parses a verified delivery and splits it into one intake message per change or messaging event, so one bad item
 * never holds up the others and each is retried on its own.
 *
 * @throws MalformedDelivery when the body is not JSON or not a Meta delivery.
 * @example
 * ```ts
 * splitMetaDelivery(request).length; // number of changes + messaging events
 * ```
 */
export function splitMetaDelivery(request: WebhookRequest): MetaMessage[] {
  const { object, entry } = parseDelivery(request, metaEnvelopeSchema, "a Meta webhook delivery");
  return entry.flatMap((item) => {
    const base = {
      source: "meta" as const,
      object,
      entryId: item.id,
      ...(item.time === undefined ? {} : { entryTime: item.time }),
      receivedAt: request.receivedAt,
    };
    const changes =
      object === "whatsapp_business_account"
        ? (item.changes ?? []).flatMap((c) => whatsappChanges(c.value, c.field))
        : (item.changes ?? []);
    return [
      ...changes.map((c) => ({ ...base, change: c })),
      ...(item.messaging ?? []).map((messaging) => ({ ...base, messaging })),
    ];
  });
}

/**
 * The handshake answer: the challenge as plain text.
 *
 * @example
 * ```ts
 * metaHandshake(request, env.META_VERIFY_TOKEN); // { contentType: "text/plain; charset=utf-8", body: "1158201444" }
 * ```
 */
export function metaHandshake(request: WebhookRequest, verifyToken: string): HandshakeAnswer {
  return { contentType: "text/plain; charset=utf-8", body: verifyHandshake(request.query, verifyToken) };
}
