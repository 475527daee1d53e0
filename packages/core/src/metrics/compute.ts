import type { CaseRecord } from "../cases/store.ts";
import type { PageRecord } from "../paging/schema.ts";

/** A median and a 90th percentile in seconds (one decimal), or nulls when there is nothing to measure. */
export interface DurationStats {
  median: number | null;
  p90: number | null;
}

/** The measures of one slice of cases and pages (everything, one queue, or one platform). */
export interface Stats {
  /** All cases received in the window. */
  cases: number;
  /**
   * Cases that needed a human answer: not spam, and not closed without any human response (praise thanked
   * automatically and closed, duplicates closed by an operator, comments the author removed).
   */
  needingAnswer: number;
  /** Cases needing an answer that got a human response. */
  answered: number;
  /** Cases needing an answer whose first human response came at or before `firstResponseDueAt`. */
  answeredWithinTarget: number;
  /**
   * The share of cases needing an answer that got a human response at all, late or not (`answered / needingAnswer`,
   * as platforms publish it), rounded to 4 decimals; null when no case needed an answer.
   */
  responseRate: number | null;
  /**
   * The share answered by a person by their due time (`answeredWithinTarget / needingAnswer`), rounded to 4
   * decimals; null when no case needed an answer. Three late answers give a `responseRate` of 1 and this 0.
   */
  responseRateWithinTarget: number | null;
  /** Cases with an acknowledgement sent (including praise thanked automatically). */
  acknowledged: number;
  /** `acknowledgedAt - receivedAt` over the acknowledged cases. */
  timeToAcknowledgementSeconds: DurationStats;
  /** `respondedAt - receivedAt` over the answered cases. */
  timeToFirstResponseSeconds: DurationStats;
  /** Cases needing an answer that were answered late, or are unanswered and past due now. */
  breaches: number;
  /** Cases needing an answer, unanswered, not closed and past due now (a subset of `breaches`). */
  overdueNow: number;
  /** Answered cases acknowledged automatically first, then answered by a person within target. */
  acknowledgedThenAnsweredInTime: number;
  /** Pages triggered. */
  pages: number;
  /** Pages that reached escalation level 1 or beyond (someone after the first responder was paged). */
  escalations: number;
}

/** The body of `GET /api/metrics`: the window measured, and its stats overall, per queue and per platform. */
/** How one acknowledgement template lands: how often it went out, how often a person followed up in time, and how
 * customers wrote back afterwards. */
export interface TemplateStats {
  acknowledgements: number;
  answeredWithinTarget: number;
  followUps: { negative: number; neutral: number; positive: number };
}

export interface Metrics {
  window: { from: string; to: string };
  overall: Stats;
  /** Keyed by queue id; pages count toward their own queue. */
  byQueue: Record<string, Stats>;
  /** Keyed by platform; pages have no platform, so `pages` and `escalations` are 0 here. */
  byPlatform: Record<string, Stats>;
  /** Per acknowledgement template (and variant). */
  byTemplate: Record<string, TemplateStats>;
}

export interface MetricsInput {
  /** Cases received in [from, to); others are ignored. */
  cases: CaseRecord[];
  /** Pages triggered in [from, to); others are ignored. */
  pages: PageRecord[];
  /** Decides which unanswered cases are past due. */
  now: Date;
  from: Date;
  to: Date;
}

/** Counters and raw durations (ms) of one slice, before percentiles are taken. */
interface Tally {
  cases: number;
  needingAnswer: number;
  answered: number;
  answeredWithinTarget: number;
  acknowledged: number;
  breaches: number;
  overdueNow: number;
  acknowledgedThenAnsweredInTime: number;
  pages: number;
  escalations: number;
  acknowledgementMs: number[];
  firstResponseMs: number[];
}

const emptyTally = (): Tally => ({
  cases: 0,
  needingAnswer: 0,
  answered: 0,
  answeredWithinTarget: 0,
  acknowledged: 0,
  breaches: 0,
  overdueNow: 0,
  acknowledgedThenAnsweredInTime: 0,
  pages: 0,
  escalations: 0,
  acknowledgementMs: [],
  firstResponseMs: [],
});

/** What one case contributes, worked out once and added to every slice the case belongs to. */
interface CaseFacts {
  needingAnswer: boolean;
  answered: boolean;
  answeredWithinTarget: boolean;
  acknowledgementMs: number | null;
  firstResponseMs: number | null;
  breached: boolean;
  overdueNow: boolean;
  acknowledgedThenAnsweredInTime: boolean;
}

/**
 * Platform timestamps (an acknowledgement confirmed by its echo) and our clock can disagree by a moment; a negative
 * wait means "at once", not time travel.
 */
const elapsedMs = (fromIso: string, toIso: string): number => Math.max(0, Date.parse(toIso) - Date.parse(fromIso));

const factsOf = (record: CaseRecord, nowMs: number): CaseFacts => {
  const dueMs = Date.parse(record.firstResponseDueAt);
  const closed = record.status === "closed" || record.closedAt !== null;
  const responded = record.respondedAt !== null;
  const needingAnswer = record.kind !== "spam" && !(closed && !responded);
  const answered = needingAnswer && record.respondedAt !== null;
  const respondedMs = record.respondedAt === null ? Number.NaN : Date.parse(record.respondedAt);
  const answeredWithinTarget = answered && respondedMs <= dueMs;
  // A waiting case's clock stopped when it was paused: it is overdue only if it already was then.
  const clockMs = record.status === "waiting" && record.pausedAt ? Date.parse(record.pausedAt) : nowMs;
  const overdueNow = needingAnswer && !responded && !closed && clockMs > dueMs;
  return {
    needingAnswer,
    answered,
    answeredWithinTarget,
    acknowledgementMs: record.acknowledgedAt === null ? null : elapsedMs(record.receivedAt, record.acknowledgedAt),
    firstResponseMs: answered && record.respondedAt !== null ? elapsedMs(record.receivedAt, record.respondedAt) : null,
    breached: (answered && !answeredWithinTarget) || overdueNow,
    overdueNow,
    acknowledgedThenAnsweredInTime:
      answeredWithinTarget && record.acknowledgedAt !== null && Date.parse(record.acknowledgedAt) <= respondedMs,
  };
};

const addCase = (tally: Tally, facts: CaseFacts): void => {
  tally.cases += 1;
  if (facts.needingAnswer) tally.needingAnswer += 1;
  if (facts.answered) tally.answered += 1;
  if (facts.answeredWithinTarget) tally.answeredWithinTarget += 1;
  if (facts.breached) tally.breaches += 1;
  if (facts.overdueNow) tally.overdueNow += 1;
  if (facts.acknowledgedThenAnsweredInTime) tally.acknowledgedThenAnsweredInTime += 1;
  if (facts.acknowledgementMs !== null) {
    tally.acknowledged += 1;
    tally.acknowledgementMs.push(facts.acknowledgementMs);
  }
  if (facts.firstResponseMs !== null) tally.firstResponseMs.push(facts.firstResponseMs);
};

/**
 * The nearest-rank percentile of values sorted ascending: the smallest value with at least `percent`% of the values
 * at or below it: rank ⌈percent·n/100⌉, never interpolated, so the result is always one of the measured values.
 */
const nearestRank = (sorted: number[], percent: number): number | null => {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((percent * sorted.length) / 100));
  return sorted[rank - 1] ?? null;
};

const toSeconds = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 100) / 10);

const durationStats = (ms: number[]): DurationStats => {
  const sorted = ms.toSorted((a, b) => a - b);
  return { median: toSeconds(nearestRank(sorted, 50)), p90: toSeconds(nearestRank(sorted, 90)) };
};

/** `part / whole` rounded to 4 decimals; null for an empty whole. */
const shareOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

const statsOf = (tally: Tally): Stats => ({
  cases: tally.cases,
  needingAnswer: tally.needingAnswer,
  answered: tally.answered,
  answeredWithinTarget: tally.answeredWithinTarget,
  responseRate: shareOf(tally.answered, tally.needingAnswer),
  responseRateWithinTarget: shareOf(tally.answeredWithinTarget, tally.needingAnswer),
  acknowledged: tally.acknowledged,
  timeToAcknowledgementSeconds: durationStats(tally.acknowledgementMs),
  timeToFirstResponseSeconds: durationStats(tally.firstResponseMs),
  breaches: tally.breaches,
  overdueNow: tally.overdueNow,
  acknowledgedThenAnsweredInTime: tally.acknowledgedThenAnsweredInTime,
  pages: tally.pages,
  escalations: tally.escalations,
});

const tallyFor = (slices: Map<string, Tally>, key: string): Tally => {
  let tally = slices.get(key);
  if (!tally) {
    tally = emptyTally();
    slices.set(key, tally);
  }
  return tally;
};

/** Slices keyed in a stable (sorted) order, so the same data always serialises the same way. */
const statsByKey = (slices: Map<string, Tally>): Record<string, Stats> =>
  Object.fromEntries([...slices.keys()].sort().map((key) => [key, statsOf(slices.get(key) as Tally)] as const));

const inWindow = (iso: string, fromMs: number, toMs: number): boolean => {
  const at = Date.parse(iso);
  return at >= fromMs && at < toMs;
};

/**
 * Measures a window of customer care (contract: `GET /api/metrics`): response rate, median and p90 time to
 * acknowledgement and to first human response, breaches and pages, overall, per queue and per platform.
 *
 * Definitions:
 * - A case needs an answer unless it is spam or was closed without any human response (praise thanked automatically,
 *   a duplicate closed by an operator, a comment its author removed).
 * - The response rate is the share of cases needing an answer that got a human response by their stored
 *   `firstResponseDueAt`; a response exactly at the due time is on time.
 * - A breach is a case needing an answer that was answered late, or is unanswered and past due at `now`; for a case
 *   waiting on the customer (its clock paused), past due when it was paused.
 * - Percentiles are nearest-rank on the sorted durations: the p-th percentile of n values is the value at rank
 *   ⌈p·n/100⌉. For an even count the median is therefore the lower of the two middle values (median of 1, 2, 3, 4 is
 *   2), and p90 of 1..10 is 9. Durations are in seconds with one decimal.
 *
 * Cases received and pages triggered outside [from, to) are ignored. Runs in O(n log n).
 *
 * @param input.cases the cases received in [from, to).
 * @param input.pages the pages triggered in [from, to); they count toward `page.queue` and never toward a platform.
 * @param input.now the instant that decides which unanswered cases are past due.
 * @returns the stats, with `byQueue` and `byPlatform` keyed in sorted order; slices only for keys that occur.
 * @example
 * ```ts
 * const metrics = computeMetrics({
 *   cases: await loadCasesReceivedBetween(from, to),
 *   pages: await loadPagesTriggeredBetween(from, to),
 *   now: clock.now(),
 *   from,
 *   to,
 * });
 * metrics.overall.responseRate; // 0.9512
 * metrics.byQueue.billing?.timeToFirstResponseSeconds.p90; // 1740.5
 * ```
 */
export function computeMetrics(input: MetricsInput): Metrics {
  const fromMs = input.from.getTime();
  const toMs = input.to.getTime();
  const nowMs = input.now.getTime();
  const overall = emptyTally();
  const byQueue = new Map<string, Tally>();
  const byPlatform = new Map<string, Tally>();

  const byTemplate = new Map<string, TemplateStats>();
  for (const record of input.cases) {
    if (!inWindow(record.receivedAt, fromMs, toMs)) continue;
    const facts = factsOf(record, nowMs);
    addCase(overall, facts);
    addCase(tallyFor(byQueue, record.queue), facts);
    addCase(tallyFor(byPlatform, record.platform), facts);
    if (record.ackTemplate && record.acknowledgedAt) {
      const template = byTemplate.get(record.ackTemplate) ?? {
        acknowledgements: 0,
        answeredWithinTarget: 0,
        followUps: { negative: 0, neutral: 0, positive: 0 },
      };
      template.acknowledgements += 1;
      if (facts.answeredWithinTarget) template.answeredWithinTarget += 1;
      for (const sentiment of ["negative", "neutral", "positive"] as const) {
        template.followUps[sentiment] += record.followUps?.[sentiment] ?? 0;
      }
      byTemplate.set(record.ackTemplate, template);
    }
  }

  for (const page of input.pages) {
    if (!inWindow(page.triggeredAt, fromMs, toMs)) continue;
    const escalated = page.level >= 1 ? 1 : 0;
    for (const tally of [overall, tallyFor(byQueue, page.queue)]) {
      tally.pages += 1;
      tally.escalations += escalated;
    }
  }

  return {
    window: { from: input.from.toISOString(), to: input.to.toISOString() },
    overall: statsOf(overall),
    byQueue: statsByKey(byQueue),
    byPlatform: statsByKey(byPlatform),
    byTemplate: Object.fromEntries([...byTemplate].sort(([a], [b]) => a.localeCompare(b))),
  };
}
