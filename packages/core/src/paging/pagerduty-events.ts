import { z } from "zod";
import { BadSignature, MalformedDelivery, MissingSignature } from "../platforms/errors.ts";
import { hmac, safeEqual } from "../platforms/signature.ts";

const v1Signature = /^v1=([0-9a-f]{64})$/i;

/**
 * Checks a V3 webhook's `X-PagerDuty-Signature`: one or more comma-separated `v1=<hex HMAC-SHA256 of the raw body>`,
 * one per signing secret while PagerDuty rotates them. The body is trusted when any v1 signature matches any of our
 * secrets (we may hold two during our own rotation). Other versions are skipped, as PagerDuty's docs say.
 *
 * @throws MissingSignature when the header is missing or holds no v1 signature, BadSignature when none matches.
 * @example
 * ```ts
 * verifyPagerDutySignature(rawBody, headers["x-pagerduty-signature"], [process.env.PAGERDUTY_WEBHOOK_SECRET!]);
 * ```
 */
export function verifyPagerDutySignature(rawBody: Buffer, header: string | undefined, secrets: string[]): void {
  const signatures = (header ?? "")
    .split(",")
    .map((part) => v1Signature.exec(part.trim())?.[1])
    .filter((hex): hex is string => hex !== undefined)
    .map((hex) => Buffer.from(hex, "hex"));
  if (signatures.length === 0) {
    throw new MissingSignature("X-PagerDuty-Signature is missing or holds no v1=<hex> signature");
  }
  // An empty key is one anybody can sign with: never let a blank setting open the door.
  const expected = secrets.filter((secret) => secret.length > 0).map((secret) => hmac("sha256", secret, rawBody));
  const trusted = expected.some((digest) => signatures.some((signature) => safeEqual(digest, signature)));
  if (!trusted) {
    throw new BadSignature("X-PagerDuty-Signature does not match the body");
  }
}

/** The V3 event types that change a page: someone took it, closed it, or handed it back. */
export const trackedPagerDutyEventTypes = [
  "incident.acknowledged",
  "incident.resolved",
  "incident.unacknowledged",
] as const;
export type TrackedPagerDutyEventType = (typeof trackedPagerDutyEventTypes)[number];

// Only what we read is declared; PagerDuty adds fields and event types over time, and unknown ones must pass.
const agentSchema = z
  .object({ id: z.string().optional(), type: z.string().optional(), summary: z.string().optional() })
  .loose();

const envelopeSchema = z.object({
  event: z
    .object({
      id: z.string().min(1),
      event_type: z.string().min(1),
      resource_type: z.string().optional(),
      occurred_at: z.string().optional(),
      agent: agentSchema.nullish(),
      data: z.unknown(),
    })
    .loose(),
});

const incidentEventSchema = z.object({
  occurred_at: z.string().min(1),
  data: z
    .object({
      id: z.string().min(1),
      type: z.literal("incident"),
      // The incident's de-duplication key: for an incident opened by an Events API v2 trigger, the dedup_key it sent.
      incident_key: z.string().nullish(),
    })
    .loose(),
});

/** An event that concerns a page: who did what to which incident, and when. */
export interface PagerDutyIncidentEvent {
  kind: "incident";
  eventType: TrackedPagerDutyEventType;
  /** The V3 event id: the same on every redelivery, so writes keyed by it are idempotent. */
  eventId: string;
  /** The dedup key our trigger set; null for an incident opened some other way (by hand, by email). */
  incidentKey: string | null;
  incidentId: string;
  /** Who acted, e.g. "Tenex Engineer"; absent when PagerDuty itself acted (auto-resolve, timeout). */
  agentName?: string;
  occurredAt: string;
}

/** Any other V3 event (`incident.triggered`, `incident.annotated`, `service.updated`, `pagey.ping`, ...). */
export interface PagerDutyOtherEvent {
  kind: "other";
  eventType: string;
  eventId: string;
}

export type PagerDutyEvent = PagerDutyIncidentEvent | PagerDutyOtherEvent;

const isTracked = (eventType: string): eventType is TrackedPagerDutyEventType =>
  (trackedPagerDutyEventTypes as readonly string[]).includes(eventType);

const issuesOf = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");

/**
 * Reads a V3 webhook body (`{ event: { id, event_type, occurred_at, agent, data } }`). Acknowledged, resolved and
 * unacknowledged incidents come back with the incident key PagerDuty keeps in `event.data.incident_key`; every other
 * event type comes back as `kind: "other"` so the caller can answer 2xx and ignore it.
 *
 * @throws MalformedDelivery when the body is not a V3 webhook, or a tracked incident event lacks its incident fields.
 * @example
 * ```ts
 * const event = parsePagerDutyEvent(JSON.parse(rawBody.toString("utf8")));
 * if (event.kind === "incident" && event.eventType === "incident.acknowledged") await ack(event.incidentKey);
 * ```
 */
export function parsePagerDutyEvent(body: unknown): PagerDutyEvent {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) {
    throw new MalformedDelivery("bad_pagerduty_event", `Not a PagerDuty V3 webhook: ${issuesOf(envelope.error)}`);
  }
  const event = envelope.data.event;
  if (!isTracked(event.event_type)) return { kind: "other", eventType: event.event_type, eventId: event.id };
  const incident = incidentEventSchema.safeParse(event);
  if (!incident.success) {
    throw new MalformedDelivery(
      "bad_pagerduty_event",
      `${event.event_type} without its incident: ${issuesOf(incident.error)}`,
    );
  }
  const agentName = event.agent?.summary;
  return {
    kind: "incident",
    eventType: event.event_type,
    eventId: event.id,
    incidentKey: incident.data.data.incident_key ?? null,
    incidentId: incident.data.data.id,
    ...(agentName ? { agentName } : {}),
    occurredAt: incident.data.occurred_at,
  };
}
