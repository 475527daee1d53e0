import type { OverdueSnapshot } from "../paging/schema.ts";
import type { ReplyTarget } from "../platforms/inbound.ts";
import type { PlatformName } from "../platforms/names.ts";
import type { BusinessHours } from "../sla/business-hours.ts";
import type { AckStatus, Case, CaseStatus, HistoryEntry } from "./schema.ts";

/** A case as stored: the public case plus what the service needs to answer and to recognise its own echoes. */
export interface CaseRecord extends Omit<Case, "breached" | "languageConfidence" | "replyLanguage"> {
  /** Missing on cases created before languages were told apart with a confidence. */
  languageConfidence?: number;
  /** Missing on cases created before the brand's default language: their replies are in `language`. */
  replyLanguage?: string;
  breached: boolean;
  /** Concurrency token: each write increments it, and a write expecting another value fails. */
  revision: number;
  /** Which template (and variant) the automatic acknowledgement used, e.g. "acknowledge/complaint/en#2". */
  ackTemplate?: string | null;
  /** How the customer wrote back afterwards, by sentiment: how each template lands. */
  followUps?: { negative: number; neutral: number; positive: number };
  /** When the customer last wrote in the case's conversation (its first item, or a later follow-up). */
  customerWroteAt?: string;
  /** The queue's business hours when the case arrived: its clock keeps them (config changes apply to new cases). */
  businessHours: BusinessHours | null;
  accountId: string;
  replyTarget: ReplyTarget;
  privateTarget: ReplyTarget | null;
  sensitiveKinds: string[];
  /** The exact text of the acknowledgement, written before it is sent, so its echo is recognised. */
  ackText: string | null;
  ackPurpose: string | null;
  ackClaimedAt: string | null;
  /** Ids of replies people sent through the API, so their webhook echoes are not counted twice. */
  humanReplyIds: string[];
}

/** A state change: the next record and the history entry it causes, or null when there is nothing to do. */
export type CaseChange = (record: CaseRecord) => { record: CaseRecord; entry?: HistoryEntry } | null;

export interface ListQuery {
  queue?: string;
  status?: CaseStatus;
  limit: number;
  cursor?: string;
}

export interface AckOutcome {
  status: Extract<AckStatus, "sent" | "failed" | "unknown">;
  at: string;
  replyIds: string[];
  needsHuman: string | null;
  /** Close the case once done (a thanks for praise needs nothing more). */
  close: boolean;
}

export interface QueueBacklog {
  open: number;
  overdue: number;
  oldestReceivedAt: string | null;
}

/**
 * Persistence of cases and their history. Every method that can be retried is idempotent: creation is conditional on
 * the case id (derived from platform + item id), history entries with a `key` land once, and state changes are
 * conditional on the state they start from.
 */
export interface CaseStore {
  /** Writes the case, its first history entries and its thread pointer at once; null if the case exists. */
  create(record: CaseRecord, history: HistoryEntry[]): Promise<CaseRecord | null>;
  get(id: string): Promise<CaseRecord | undefined>;
  getWithHistory(id: string): Promise<{ record: CaseRecord; history: HistoryEntry[] } | undefined>;
  /** The newest case of a conversation (see `conversationKeyOf`) and when it arrived. */
  findByConversation(platform: PlatformName, key: string): Promise<{ caseId: string; at: string } | undefined>;
  /** Adds an entry; false when an entry with the same key is already there. */
  addHistory(id: string, entry: HistoryEntry): Promise<boolean>;
  /**
   * Applies a change atomically: reads the case, computes the next state with `change`, and writes it (with the
   * history entry it causes) only if nobody wrote in between, retrying on conflict. The changes are in
   * `transitions.ts`.
   *
   * @param current the case as last read or written, if the caller has it: saves a read (a conflict falls back to it).
   * @returns the case as written, or null when it does not exist or `change` found nothing to do.
   */
  mutate(id: string, change: CaseChange, current?: CaseRecord): Promise<CaseRecord | null>;
  list(query: ListQuery): Promise<{ items: CaseRecord[]; next: string | null }>;
  /** Cases of a queue still waiting for a human response: how many, how many past due, the oldest. */
  queueBacklog(queue: string, now: Date): Promise<QueueBacklog>;
  /** Every case received in [from, to), for metrics. */
  receivedBetween(from: Date, to: Date): Promise<CaseRecord[]>;
  /** The queue's cases past their due time without a human response: how many, and the oldest `limit` of them. */
  overdue(queue: string, now: Date, limit: number): Promise<OverdueSnapshot>;
}
