/**
 * What a pager is told: page a responder about a stale queue (`trigger`), or tell them it is answered (`resolve`).
 * Every retry of a page and its resolve carry the same `dedupKey`, so each channel can fold them into one alert.
 */
export interface PageNotice {
  action: "trigger" | "resolve";
  /** Our page record id. */
  pageId: string;
  /** Stable for the queue's stale episode; every retry and the resolve reuse it. */
  dedupKey: string;
  queueId: string;
  queueName: string;
  responderName: string;
  /** 0 = first responder, 1 = first escalation, ... */
  level: number;
  overdueCount: number;
  overdueCaseIds: string[];
  oldestCaseId: string;
  oldestAgeSeconds: number;
  /** At most ~200 characters of the oldest case's text, already masked by the caller. */
  oldestExcerpt: string;
  oldestUrl: string | null;
  /** Where the operator API or console shows the queue, if known. */
  consoleUrl: string | null;
}

/**
 * Delivers a page to one responder's channel (PagerDuty, Slack, a signed webhook). Resolves when the channel has
 * accepted it; rejects with an `OutboundError` (http/post.ts) otherwise: `retryable` says whether sending the
 * same notice again can succeed, `retryAfterMs` is the wait the channel asked for.
 *
 * @example
 * ```ts
 * await pager.send({ ...notice, action: "trigger" });
 * ```
 */
export interface Pager {
  send(notice: PageNotice): Promise<void>;
}

/**
 * A waiting time as a person reads it: "45 s", "12 min", "2 h 5 min", "3 d 4 h".
 *
 * @example
 * ```ts
 * ageText(725); // "12 min"
 * ```
 */
export function ageText(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/**
 * One line naming the queue and how many cases are overdue (the PagerDuty `summary`, the Slack headline).
 *
 * @example
 * ```ts
 * summaryOf({ ...notice, action: "trigger", queueName: "billing", overdueCount: 3, oldestAgeSeconds: 725 });
 * // "billing: 3 cases overdue, oldest 12 min (Billing on-call)"
 * summaryOf({ ...notice, action: "resolve", queueName: "billing" }); // "billing: answered, no case overdue"
 * ```
 */
export function summaryOf(notice: PageNotice): string {
  if (notice.action === "resolve") return `${notice.queueName}: answered, no case overdue`;
  const cases = notice.overdueCount === 1 ? "1 case" : `${notice.overdueCount} cases`;
  const who = notice.level > 0 ? `${notice.responderName}, escalation ${notice.level}` : notice.responderName;
  return `${notice.queueName}: ${cases} overdue, oldest ${ageText(notice.oldestAgeSeconds)} (${who})`;
}

/**
 * How many overdue case ids a page lists; `overdueCount` always carries the full number. A backlog of thousands
 * would otherwise push an event past PagerDuty's 512 KB limit, and a rejected event is a page that never rings.
 */
export const maxListedCaseIds = 100;
