import type { ReplyTarget } from "../platforms/inbound.ts";
import type { PlatformName } from "../platforms/names.ts";
import type { AckStatus, Case, CaseStatus, HistoryEntry } from "./schema.ts";

/** A case as stored: the public case plus what the service needs to answer and to recognise its own echoes. */
export interface CaseRecord extends Omit<Case, "breached"> {
  breached: boolean;
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
  /** Writes the case, its first history entries and its thread pointer at once; false if the case exists. */
  create(record: CaseRecord, history: HistoryEntry[]): Promise<boolean>;
  get(id: string): Promise<CaseRecord | undefined>;
  getWithHistory(id: string): Promise<{ record: CaseRecord; history: HistoryEntry[] } | undefined>;
  /** The newest case of a private conversation. */
  findByThread(platform: PlatformName, threadId: string): Promise<string | undefined>;
  /** Adds an entry; false when an entry with the same key is already there. */
  addHistory(id: string, entry: HistoryEntry): Promise<boolean>;
  /** pending -> sending, recording the text about to be sent; false if the acknowledgement was not pending. */
  claimAcknowledgement(id: string, text: string, purpose: string, at: string): Promise<boolean>;
  /** sending -> pending, after a send that surely did not reach the platform. */
  releaseAcknowledgement(id: string): Promise<void>;
  /** sending (or unknown, when an echo proves it went out) -> the outcome; false if already finished. */
  finishAcknowledgement(id: string, outcome: AckOutcome, entry: HistoryEntry): Promise<boolean>;
  /** Records a human reply; sets respondedAt and status responded the first time. */
  recordHumanReply(id: string, at: string, entry: HistoryEntry, replyId: string | null): Promise<void>;
  /** Sets text and sensitivity after the author edited the item. */
  updateContent(id: string, content: { text: string; sensitive: boolean; sensitiveKinds: string[] }): Promise<void>;
  close(id: string, at: string, entry: HistoryEntry): Promise<boolean>;
  list(query: ListQuery): Promise<{ items: CaseRecord[]; next: string | null }>;
  /** Cases of a queue still waiting for a human response: how many, how many past due, the oldest. */
  queueBacklog(queue: string, now: Date): Promise<QueueBacklog>;
}
