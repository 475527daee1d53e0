/** How a page stands: paged and waiting for someone, taken by someone, or over because the queue was answered. */
export type PageStatus = "triggered" | "acknowledged" | "resolved";

/**
 * One message to one responder (a trigger at an escalation level, or its resolve): an outbox entry, so a pager that
 * is down is retried until it takes it. `sending` is a claim with a lease, so concurrent watchdogs send it once.
 */
export interface Notice {
  key: string;
  action: "trigger" | "resolve";
  level: number;
  responderName: string;
  status: "pending" | "sending" | "sent" | "cancelled";
  attempts: number;
  nextAttemptAt: string;
  claimedAt: string | null;
  sentAt: string | null;
  lastError: string | null;
}

export interface PageEvent {
  at: string;
  event: "triggered" | "notified" | "delivery_failed" | "escalated" | "acknowledged" | "resolved";
  [detail: string]: unknown;
}

/**
 * A page: one stale episode of one queue, from the breach until every overdue case has a human response.
 *
 * @example
 * ```ts
 * const page: PageRecord = newPage(...);
 * ```
 */
export interface PageRecord {
  id: string;
  queue: string;
  dedupKey: string;
  status: PageStatus;
  /** The escalation level reached: index into the queue's responders. */
  level: number;
  responder: string;
  triggeredAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
  /** When the next responder is paged if nobody acknowledged; null once acknowledged, resolved or out of responders. */
  escalateAt: string | null;
  overdueCount: number;
  overdueCaseIds: string[];
  oldestCaseId: string;
  oldestDueAt: string;
  /** What a notice shows of the oldest overdue case, kept so sending one needs no extra read. */
  oldestReceivedAt: string;
  oldestExcerpt: string;
  oldestUrl: string | null;
  notices: Notice[];
  history: PageEvent[];
  revision: number;
}

/** The oldest overdue cases of a queue, and how many there are in all. */
export interface OverdueSnapshot {
  count: number;
  /** Oldest due first, at most a page's worth. */
  cases: { id: string; firstResponseDueAt: string; receivedAt: string; text: string; url: string | null }[];
}
