import { maskSensitive } from "../triage/mask.ts";
import type { Notice, OverdueSnapshot, PageEvent, PageRecord } from "./schema.ts";

/** A state change of a page: the next record, or null when there is nothing to do from this state. */
export type PageChange = (page: PageRecord) => PageRecord | null;

const notice = (action: Notice["action"], level: number, responderName: string, at: string): Notice => ({
  key: `${action}:${level}`,
  action,
  level,
  responderName,
  status: "pending",
  attempts: 0,
  nextAttemptAt: at,
  claimedAt: null,
  sentAt: null,
  lastError: null,
});

/** What a pager shows of the customer's words: masked (pagers and chat tools are no place for account data), short. */
const excerpt = (text: string) => {
  const masked = maskSensitive(text);
  return masked.length > 200 ? `${masked.slice(0, 199)}…` : masked;
};

/** The oldest overdue case as a notice shows it. */
const oldestOf = (snapshot: OverdueSnapshot, fallbackAt: string) => {
  const oldest = snapshot.cases[0];
  return {
    oldestCaseId: oldest?.id ?? "",
    oldestDueAt: oldest?.firstResponseDueAt ?? fallbackAt,
    oldestReceivedAt: oldest?.receivedAt ?? fallbackAt,
    oldestExcerpt: oldest ? excerpt(oldest.text) : "",
    oldestUrl: oldest?.url ?? null,
  };
};

const withEvent = (page: PageRecord, event: PageEvent): PageRecord => ({ ...page, history: [...page.history, event] });

/**
 * A new page for a queue that just went stale: its first responder is to be notified.
 *
 * @example
 * ```ts
 * newPage({ id, queue: "billing", responders: ["Billing on-call", "Care lead"], escalateAfterMs: 600_000, snapshot, at });
 * ```
 */
export function newPage(input: {
  id: string;
  queue: string;
  responders: readonly string[];
  escalateAfterMs: number;
  snapshot: OverdueSnapshot;
  at: string;
}): PageRecord {
  const first = input.responders[0] ?? "responder";
  return {
    id: input.id,
    queue: input.queue,
    dedupKey: `firstreply/${input.queue}/${input.id}`,
    status: "triggered",
    level: 0,
    responder: first,
    triggeredAt: input.at,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    escalateAt:
      input.responders.length > 1 ? new Date(Date.parse(input.at) + input.escalateAfterMs).toISOString() : null,
    overdueCount: input.snapshot.count,
    overdueCaseIds: input.snapshot.cases.map((c) => c.id),
    ...oldestOf(input.snapshot, input.at),
    notices: [notice("trigger", 0, first, input.at)],
    history: [{ at: input.at, event: "triggered", overdueCount: input.snapshot.count, responder: first }],
    revision: 0,
  };
}

/** Keeps the page's view of the backlog current, so every (re)notification tells how things stand. */
export const refreshSnapshot =
  (snapshot: OverdueSnapshot): PageChange =>
  (page) => {
    const ids = snapshot.cases.map((c) => c.id);
    if (page.status === "resolved") return null;
    if (page.overdueCount === snapshot.count && ids.join() === page.overdueCaseIds.join()) return null;
    return {
      ...page,
      overdueCount: snapshot.count,
      overdueCaseIds: ids,
      ...(snapshot.cases.length > 0 ? oldestOf(snapshot, page.oldestDueAt) : {}),
    };
  };

/** Nobody acknowledged in time: page the next responder, if there is one. */
export const escalate =
  (responders: readonly string[], escalateAfterMs: number, at: string): PageChange =>
  (page) => {
    if (page.status !== "triggered" || !page.escalateAt || Date.parse(page.escalateAt) > Date.parse(at)) return null;
    const level = page.level + 1;
    const next = responders[level];
    if (!next) return { ...page, escalateAt: null };
    const escalateAt = level + 1 < responders.length ? new Date(Date.parse(at) + escalateAfterMs).toISOString() : null;
    return withEvent(
      { ...page, level, responder: next, escalateAt, notices: [...page.notices, notice("trigger", level, next, at)] },
      { at, event: "escalated", level, responder: next },
    );
  };

/** Someone took the page: escalation stops. */
export const acknowledgePage =
  (by: string, at: string): PageChange =>
  (page) =>
    page.status !== "triggered"
      ? null
      : withEvent(
          { ...page, status: "acknowledged", acknowledgedAt: at, acknowledgedBy: by, escalateAt: null },
          { at, event: "acknowledged", by },
        );

/**
 * Every overdue case has a human response: the page is over. Each responder who was paged gets a resolve; a trigger
 * that never went out is cancelled instead, since there is nothing left to page about.
 */
export const resolvePage =
  (at: string): PageChange =>
  (page) => {
    if (page.status === "resolved") return null;
    const notices = page.notices.map((n) =>
      n.action === "trigger" && n.status === "pending" ? { ...n, status: "cancelled" as const } : n,
    );
    const resolves = notices
      .filter((n) => n.action === "trigger" && (n.status === "sent" || n.status === "sending"))
      .map((n) => notice("resolve", n.level, n.responderName, at));
    return withEvent(
      { ...page, status: "resolved", resolvedAt: at, escalateAt: null, notices: [...notices, ...resolves] },
      { at, event: "resolved" },
    );
  };

/** Takes a due notice for sending; a claim older than the lease was abandoned (a crash) and may be taken again. */
export const claimNotice =
  (key: string, at: string, leaseMs: number): PageChange =>
  (page) => {
    const target = page.notices.find((n) => n.key === key);
    if (!target) return null;
    const due = target.status === "pending" && Date.parse(target.nextAttemptAt) <= Date.parse(at);
    const abandoned = target.status === "sending" && Date.parse(target.claimedAt ?? at) + leaseMs <= Date.parse(at);
    if (!due && !abandoned) return null;
    return {
      ...page,
      notices: page.notices.map((n) =>
        n.key === key ? { ...n, status: "sending" as const, claimedAt: at, attempts: n.attempts + 1 } : n,
      ),
    };
  };

/** Changes the notice being sent (claimed as `sending`), with the page event it causes. */
const settleNotice =
  (key: string, patch: Partial<Notice>, event: (notice: Notice) => PageEvent): PageChange =>
  (page) => {
    const target = page.notices.find((n) => n.key === key);
    if (target?.status !== "sending") return null;
    return withEvent(
      { ...page, notices: page.notices.map((n) => (n.key === key ? { ...n, ...patch } : n)) },
      event(target),
    );
  };

export const noticeSent = (key: string, at: string): PageChange =>
  settleNotice(key, { status: "sent", sentAt: at, lastError: null }, (n) => ({
    at,
    event: "notified",
    action: n.action,
    level: n.level,
    responder: n.responderName,
  }));

export const noticeFailed = (key: string, at: string, error: string, retryAt: string): PageChange =>
  settleNotice(key, { status: "pending", claimedAt: null, nextAttemptAt: retryAt, lastError: error }, (n) => ({
    at,
    event: "delivery_failed",
    action: n.action,
    level: n.level,
    error,
    retryAt,
  }));

/** Notices that can be sent now: due pending ones, and claims abandoned longer than the lease. */
export function dueNotices(page: PageRecord, now: Date, leaseMs: number): Notice[] {
  const t = now.getTime();
  return page.notices.filter(
    (n) =>
      (n.status === "pending" && Date.parse(n.nextAttemptAt) <= t) ||
      (n.status === "sending" && Date.parse(n.claimedAt ?? n.nextAttemptAt) + leaseMs <= t),
  );
}

/** When the page next needs the watchdog: its earliest pending notice or its escalation. */
export function nextWakeUp(page: PageRecord): string | null {
  const times = [
    ...page.notices.filter((n) => n.status === "pending").map((n) => n.nextAttemptAt),
    ...(page.escalateAt ? [page.escalateAt] : []),
  ].sort();
  return times[0] ?? null;
}
