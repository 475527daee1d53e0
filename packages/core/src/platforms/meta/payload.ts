import { z } from "zod";

// Only what we read is declared; Meta adds fields over time, and unknown ones must not break delivery.

const feedValue = z.object({
  item: z.string(),
  verb: z.string(),
  comment_id: z.string().optional(),
  post_id: z.string().optional(),
  parent_id: z.string().optional(),
  from: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  message: z.string().optional(),
  created_time: z.union([z.number(), z.string()]).optional(),
  post: z.object({ permalink_url: z.string().optional() }).loose().optional(),
});

export const feedChangeSchema = z.object({ field: z.literal("feed"), value: feedValue });
export type FeedChange = z.infer<typeof feedChangeSchema>;

export const messagingSchema = z.object({
  sender: z.object({ id: z.string() }),
  recipient: z.object({ id: z.string() }),
  timestamp: z.number(),
  message: z
    .object({
      mid: z.string(),
      text: z.string().optional(),
      is_echo: z.boolean().optional(),
      app_id: z.union([z.number(), z.string()]).optional(),
      attachments: z.array(z.unknown()).optional(),
    })
    .optional(),
});
export type Messaging = z.infer<typeof messagingSchema>;

/**
 * The envelope of every Meta webhook POST: Pages (feed, Messenger), Instagram and WhatsApp share it.
 *
 * @example
 * ```ts
 * const envelope = metaEnvelopeSchema.parse(JSON.parse(body));
 * ```
 */
export const metaEnvelopeSchema = z.object({
  object: z.enum(["page", "instagram", "whatsapp_business_account"]),
  entry: z
    .array(
      z.object({
        id: z.string().min(1),
        time: z.number().optional(),
        changes: z.array(z.object({ field: z.string(), value: z.unknown() }).loose()).optional(),
        messaging: z.array(z.object({}).loose()).optional(),
      }),
    )
    .min(1),
});
export type MetaEnvelope = z.infer<typeof metaEnvelopeSchema>;

/**
 * One unit of work split off a Meta delivery: a single change or messaging event, with the entry it came in.
 * This is what goes on the intake queue.
 */
export const metaIntakeSchema = z.object({
  source: z.literal("meta"),
  object: metaEnvelopeSchema.shape.object,
  entryId: z.string(),
  entryTime: z.number().optional(),
  receivedAt: z.iso.datetime(),
  change: z.object({ field: z.string(), value: z.unknown() }).loose().optional(),
  messaging: z.object({}).loose().optional(),
});
export type MetaIntake = z.infer<typeof metaIntakeSchema>;

/**
 * Splits a delivery into one intake message per change or messaging event, so one bad item never holds up the others
 * and each is retried on its own.
 *
 * @example
 * ```ts
 * splitMetaDelivery(envelope, new Date().toISOString()).length; // number of changes + messaging events
 * ```
 */
export function splitMetaDelivery(envelope: MetaEnvelope, receivedAt: string): MetaIntake[] {
  return envelope.entry.flatMap((entry) => {
    const base = {
      source: "meta" as const,
      object: envelope.object,
      entryId: entry.id,
      entryTime: entry.time,
      receivedAt,
    };
    return [
      ...(entry.changes ?? []).map((change) => ({ ...base, change })),
      ...(entry.messaging ?? []).map((messaging) => ({ ...base, messaging })),
    ];
  });
}
