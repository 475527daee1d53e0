import * as z from "zod/mini";
import { MalformedDelivery } from "../errors.ts";
import { parseDelivery } from "../issues.ts";
import type { WebhookRequest } from "../platform.ts";

/** Where the customer wrote: a public place others can read, or a private conversation with the brand. */
export const publicChannels = ["web", "forum", "review", "social", "comment", "community"] as const;

const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * Our own event, as a care platform or a form posts it to `/webhooks/generic` (fixtures/README.md, "Our generic
 * event"). Only these fields are kept on the queue; anything else a sender adds is dropped, never refused.
 */
export const genericEventSchema = z.object({
  type: z.enum(["complaint.created", "complaint.reply_created"]),
  timestamp: z.iso.datetime({ offset: true }),
  data: z.object({
    channel: nonEmpty(),
    id: nonEmpty(),
    complaint_id: z.optional(nonEmpty()),
    author: z.object({ id: nonEmpty(), name: z.optional(z.string()), is_brand: z.optional(z.boolean()) }),
    text: z.string(),
    url: z.optional(z.url({ protocol: /^https?$/ })),
  }),
});
export type GenericEvent = z.infer<typeof genericEventSchema>;

/** One delivery on the intake queue: the event, and the sender's `webhook-id` to trace it by. */
export const genericMessageSchema = z.object({
  source: z.literal("generic"),
  /** The `webhook-id` of the delivery: a redelivery of the same event may carry another one. */
  deliveryId: z.string(),
  receivedAt: z.iso.datetime(),
  event: genericEventSchema,
});
export type GenericMessage = z.infer<typeof genericMessageSchema>;

/**
 * Parses a verified delivery into its one queue message.
 *
 * @throws MalformedDelivery when the body is not JSON, not our event (naming the field), or a reply without the
 *   complaint it answers.
 * @example
 * ```ts
 * const [message] = splitGenericDelivery(request); // { source: "generic", deliveryId: "msg_2x...", event }
 * ```
 */
export function splitGenericDelivery(request: WebhookRequest): GenericMessage[] {
  const event = parseDelivery(request, genericEventSchema, "a generic complaint event");
  if (event.type === "complaint.reply_created" && event.data.complaint_id === undefined) {
    throw new MalformedDelivery(
      "malformed_payload",
      "Not a generic complaint event: data.complaint_id: required for complaint.reply_created",
    );
  }
  return [
    {
      source: "generic",
      deliveryId: request.headers["webhook-id"] ?? "",
      receivedAt: request.receivedAt,
      event,
    },
  ];
}
