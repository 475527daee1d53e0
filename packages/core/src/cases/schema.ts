import { z } from "zod";
import { caseKinds } from "../config/schema.ts";
import { platformNames } from "../platforms/names.ts";

/** `waiting`: the team waits on the customer; the first-response clock is paused until they write or it is resumed. */
export const caseStatuses = ["open", "acknowledged", "waiting", "responded", "closed"] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** The acknowledgement's own state machine; see `cases/acknowledge.ts` for why each state exists. */
export const ackStatuses = ["none", "pending", "sending", "sent", "failed", "unknown"] as const;
export type AckStatus = (typeof ackStatuses)[number];

const isoTime = z.iso.datetime();

/**
 * A case as the operator API shows it (contract: "Cases").
 *
 * @example
 * ```ts
 * const parsed = caseSchema.parse(body);
 * ```
 */
export const caseSchema = z.object({
  id: z.string(),
  platform: z.enum(platformNames),
  channel: z.enum(["public", "private"]),
  externalId: z.string(),
  threadId: z.string(),
  author: z.object({ id: z.string(), name: z.string().nullable() }),
  text: z.string(),
  url: z.string().nullable(),
  /** ISO 639-1 of the customer's language; the brand's default language when the text was too short to tell. */
  language: z.string(),
  /** How sure the detected language is, 0 to 1 (see triage/language.ts). */
  languageConfidence: z.number().min(0).max(1),
  /** The language automatic replies are written in: the customer's where we have wording for it, else the default. */
  replyLanguage: z.string(),
  kind: z.enum(caseKinds),
  sensitive: z.boolean(),
  queue: z.string(),
  status: z.enum(caseStatuses),
  receivedAt: isoTime,
  acknowledgedAt: isoTime.nullable(),
  firstResponseDueAt: isoTime,
  respondedAt: isoTime.nullable(),
  closedAt: isoTime.nullable(),
  /** Set while the clock is paused (status `waiting`). */
  pausedAt: isoTime.nullable(),
  breached: z.boolean(),
  /** The target the case started with; config changes apply to new cases only. */
  firstResponseTarget: z.string(),
  acknowledgement: z.object({ status: z.enum(ackStatuses), replyIds: z.array(z.string()) }),
  /** Set when something automatic could not be done and a person should look. */
  needsHuman: z.string().nullable(),
});

export type Case = z.infer<typeof caseSchema>;

/**
 * One line of a case's history: every automatic and human action is recorded (PRODUCT.md, "Automate, but watch it").
 */
export interface HistoryEntry {
  at: string;
  type:
    | "received"
    | "classified"
    | "acknowledged"
    | "acknowledgement_failed"
    | "acknowledgement_unknown"
    | "reply"
    | "edited"
    | "follow_up"
    | "removed"
    | "closed"
    | "page"
    | "waiting"
    | "resumed";
  /** Makes a redelivered event's entry land on the same key, so it is recorded once. */
  key?: string;
  [detail: string]: unknown;
}

const typeRank: Partial<Record<HistoryEntry["type"], number>> = { received: 0, classified: 1 };

/**
 * Sorts history in time order; entries of the same instant in the order they happen (received, then classified).
 *
 * @example
 * ```ts
 * entries.sort(historyOrder);
 * ```
 */
export const historyOrder = (a: HistoryEntry, b: HistoryEntry): number =>
  a.at.localeCompare(b.at) || (typeRank[a.type] ?? 2) - (typeRank[b.type] ?? 2);
