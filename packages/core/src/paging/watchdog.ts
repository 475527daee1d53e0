import { randomBytes } from "node:crypto";
import type { CaseStore } from "../cases/store.ts";
import type { Clock } from "../clock.ts";
import { parseDurationMs } from "../config/duration.ts";
import type { QueueConfig, ResponderConfig } from "../config/schema.ts";
import { OutboundError } from "../http/post.ts";
import { computeMetrics } from "../metrics/compute.ts";
import { PageNotFound } from "./errors.ts";
import type { PageNotice, Pager } from "./pagers/pager.ts";
import type { Notice, PageRecord } from "./schema.ts";
import type { PageStore } from "./store.ts";
import type { WatchdogTimers } from "./timers.ts";
import {
  acknowledgePage,
  claimNotice,
  dueNotices,
  escalate,
  newPage,
  nextWakeUp,
  noticeFailed,
  noticeSent,
  refreshSnapshot,
  resolvePage,
} from "./transitions.ts";

export interface WatchdogDeps {
  cases: CaseStore;
  pages: PageStore;
  config: ResponderConfig;
  clock: Clock;
  timers: WatchdogTimers;
  /** The pager of a queue's responder at an escalation level. */
  pagerFor: (queue: QueueConfig, level: number) => Pager;
  /** How long a claimed notice belongs to its sender; after that a crashed send is retried. */
  noticeLeaseMs?: number;
}

/** How many overdue cases a page lists by id (the count covers them all). */
const SNAPSHOT_SIZE = 50;
/** A new page's first notice (transitions.ts names notices `<action>:<level>`). */
const TRIGGER_KEY = "trigger:0";
const MAX_RETRY_MS = 5 * 60_000;

const backoffMs = (attempts: number) => Math.min(1000 * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);

/**
 * The watchdog: notices when a queue goes stale (its oldest case without a human response is past due), pages the
 * queue's first responder once for the episode, escalates while nobody acknowledges, and resolves when every overdue
 * case has a human response. Every step is safe to run concurrently and repeatedly: timers, the sweep and
 * redeliveries all just call `evaluate`.
 *
 * @example
 * ```ts
 * const watchdog = new Watchdog({ cases, pages, config, clock: systemClock, timers, pagerFor });
 * await watchdog.evaluate("billing");
 * ```
 */
export class Watchdog {
  readonly #deps: WatchdogDeps;
  readonly #leaseMs: number;

  constructor(deps: WatchdogDeps) {
    this.#deps = deps;
    this.#leaseMs = deps.noticeLeaseMs ?? 30_000;
  }

  /** Brings one queue's page up to date with its backlog, and sends what is due. */
  async evaluate(queueId: string): Promise<{ pageId: string | null; status: string; openedLateMs?: number }> {
    const { cases, pages, config } = this.#deps;
    const queue = config.queues.find((q) => q.id === queueId);
    if (!queue) return { pageId: null, status: "unknown queue" };
    const now = this.#deps.clock.now();
    const at = now.toISOString();
    // Both at once: every round trip here is time between the breach and the page.
    const [snapshot, currentId] = await Promise.all([
      cases.overdue(queue.id, now, SNAPSHOT_SIZE),
      pages.currentPageId(queue.id),
    ]);
    const responders = queue.responders.map((r) => r.name);
    const escalateAfterMs = parseDurationMs(queue.escalateAfter) ?? 600_000;

    if (snapshot.count === 0) {
      if (!currentId) return { pageId: null, status: "fresh" };
      const resolved = await pages.mutate(currentId, resolvePage(at));
      await pages.closeEpisode(queue.id, currentId);
      const page = resolved ?? (await pages.get(currentId));
      if (page) await this.#deliver(page, queue);
      return { pageId: currentId, status: "resolved" };
    }

    let page: PageRecord | null | undefined = currentId ? await pages.get(currentId) : undefined;
    let openedLateMs: number | undefined;
    if (!page) {
      // Whoever opens the episode owns its first notice: it is claimed in the same write and sent at once.
      const draft = newPage({ id: newPageId(now), queue: queue.id, responders, escalateAfterMs, snapshot, at });
      const claimed = claimNotice(TRIGGER_KEY, at, this.#leaseMs)(draft) ?? draft;
      const opened = await pages.openEpisode(claimed);
      if (opened) {
        openedLateMs = now.getTime() - Date.parse(opened.oldestDueAt);
        await this.#deliver(opened, queue, claimed === draft ? [] : [TRIGGER_KEY]);
        await this.#recordOnCases(opened, opened.overdueCaseIds);
        return { pageId: opened.id, status: opened.status, openedLateMs };
      }
      page = await pages.get((await pages.currentPageId(queue.id)) ?? "");
      if (!page) return { pageId: null, status: "contended" };
    }
    page = (await pages.mutate(page.id, refreshSnapshot(snapshot), page)) ?? page;
    const escalated = await pages.mutate(page.id, escalate(responders, escalateAfterMs, at), page);
    if (escalated) page = escalated;
    // Page first, then note it on the cases: the responder should not wait for bookkeeping.
    await this.#deliver(page, queue);
    if (openedLateMs !== undefined || escalated) await this.#recordOnCases(page, page.overdueCaseIds);
    return { pageId: page.id, status: page.status, ...(openedLateMs === undefined ? {} : { openedLateMs }) };
  }

  /** The safety net behind the timers: every queue, and every page with a notice still to send. */
  async sweep(): Promise<Awaited<ReturnType<Watchdog["evaluate"]>>[]> {
    const { config, pages } = this.#deps;
    const results = await Promise.all(config.queues.map((queue) => this.evaluate(queue.id)));
    for (const id of await pages.withDueNotices(this.#deps.clock.now())) {
      const page = await pages.get(id);
      const queue = page && config.queues.find((q) => q.id === page.queue);
      if (page && queue) await this.#deliver(page, queue);
    }
    return results;
  }

  /**
   * A person took the page: escalation stops.
   *
   * @throws PageNotFound.
   */
  async acknowledge(pageId: string, by: string): Promise<PageRecord> {
    const page = await this.#deps.pages.get(pageId);
    if (!page) throw new PageNotFound(pageId);
    const acknowledged = await this.#deps.pages.mutate(pageId, acknowledgePage(by, this.#now()), page);
    return acknowledged ?? ((await this.#deps.pages.get(pageId)) as PageRecord);
  }

  /** The page a pager's incident belongs to, from the dedup key our trigger gave it. */
  pageIdOf(dedupKey: string): string | undefined {
    return /^firstreply\/[^/]+\/(pg_[0-9a-z]+)$/.exec(dedupKey)?.[1];
  }

  async get(pageId: string): Promise<PageRecord> {
    const page = await this.#deps.pages.get(pageId);
    if (!page) throw new PageNotFound(pageId);
    return page;
  }

  list(query: { limit: number; cursor?: string }) {
    return this.#deps.pages.list(query);
  }

  /**
   * Response rate, time to acknowledgement and to first human response, breaches and pages over [from, to), overall,
   * per queue and per platform.
   */
  async metrics(from: Date, to: Date) {
    const [caseRecords, pageRecords] = await Promise.all([
      this.#deps.cases.receivedBetween(from, to),
      this.#deps.pages.triggeredBetween(from, to),
    ]);
    return computeMetrics({ cases: caseRecords, pages: pageRecords, now: this.#deps.clock.now(), from, to });
  }

  async current(queueId: string): Promise<PageRecord | undefined> {
    const id = await this.#deps.pages.currentPageId(queueId);
    return id ? this.#deps.pages.get(id) : undefined;
  }

  /** Sends the page's due notices, each once; a failure is retried with backoff (Retry-After honoured), never dropped. */
  async #deliver(page: PageRecord, queue: QueueConfig, claimedKeys: readonly string[] = []): Promise<void> {
    const { pages, timers, clock } = this.#deps;
    let current = page;
    const owned = current.notices.filter((n) => claimedKeys.includes(n.key) && n.status === "sending");
    for (const notice of [...owned, ...dueNotices(current, clock.now(), this.#leaseMs)]) {
      const claimed = owned.includes(notice)
        ? current
        : await pages.mutate(current.id, claimNotice(notice.key, this.#now(), this.#leaseMs), current);
      if (!claimed) continue;
      current = claimed;
      try {
        await this.#deps.pagerFor(queue, notice.level).send(this.#noticeFor(current, notice, queue));
        current = (await pages.mutate(current.id, noticeSent(notice.key, this.#now()), current)) ?? current;
      } catch (error) {
        const attempts = (claimed.notices.find((n) => n.key === notice.key)?.attempts ?? 1) as number;
        const retryAfterMs = error instanceof OutboundError ? error.retryAfterMs : undefined;
        const waitMs = Math.min(Math.max(retryAfterMs ?? 0, backoffMs(attempts)), MAX_RETRY_MS);
        const retryAt = new Date(clock.now().getTime() + waitMs);
        const message = error instanceof Error ? error.message : String(error);
        current =
          (await pages.mutate(
            current.id,
            noticeFailed(notice.key, this.#now(), message, retryAt.toISOString()),
            current,
          )) ?? current;
      }
    }
    const wake = nextWakeUp(current);
    if (wake) await timers.wakeAt(current.queue, new Date(wake));
  }

  #noticeFor(page: PageRecord, notice: Notice, queue: QueueConfig): PageNotice {
    const now = this.#deps.clock.now().getTime();
    return {
      action: notice.action,
      pageId: page.id,
      dedupKey: page.dedupKey,
      queueId: queue.id,
      queueName: queue.name ?? queue.id,
      responderName: notice.responderName,
      level: notice.level,
      overdueCount: notice.action === "resolve" ? 0 : page.overdueCount,
      overdueCaseIds: notice.action === "resolve" ? [] : page.overdueCaseIds,
      oldestCaseId: page.oldestCaseId,
      oldestAgeSeconds: Math.max(0, Math.round((now - Date.parse(page.oldestReceivedAt)) / 1000)),
      oldestExcerpt: page.oldestExcerpt,
      oldestUrl: page.oldestUrl,
      consoleUrl: null,
    };
  }

  /** Each overdue case's history shows that it was paged about, and to whom. */
  async #recordOnCases(page: PageRecord, caseIds: string[]): Promise<void> {
    await Promise.all(
      caseIds.map((caseId) =>
        this.#deps.cases.addHistory(caseId, {
          at: this.#now(),
          type: "page",
          key: `page:${page.id}:${page.level}`,
          pageId: page.id,
          level: page.level,
          responder: page.responder,
        }),
      ),
    );
  }

  #now(): string {
    return this.#deps.clock.now().toISOString();
  }
}

const newPageId = (now: Date) => `pg_${now.getTime().toString(36)}${randomBytes(4).toString("hex")}`;
