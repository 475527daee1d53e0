import type { Clock } from "../clock.ts";
import type { ResponderConfig } from "../config/schema.ts";
import type { WatchdogTimers } from "../paging/timers.ts";
import type { PlatformName } from "../platforms/names.ts";
import type { Channels, ReplySender } from "../platforms/platform.ts";
import { addBusinessTime, businessTimeBetween } from "../sla/business-hours.ts";
import type { Classification } from "../triage/classify.ts";
import { CaseNotFound } from "./errors.ts";
import { caseIdPattern } from "./ids.ts";
import type { Case } from "./schema.ts";
import type { CaseRecord, CaseStore } from "./store.ts";
import { resumeClock } from "./transitions.ts";

export interface CaseServiceDeps {
  store: CaseStore;
  config: ResponderConfig;
  clock: Clock;
  /** Reply senders per platform; a platform without one cannot be answered (its credentials are unset). */
  senders: Partial<Record<PlatformName, ReplySender>>;
  /** What each platform's channels allow (the registry's `channelsOf`): which have no reply API at all. */
  channels?: (platform: PlatformName) => Channels;
  /**
   * How long a claimed acknowledgement belongs to the invocation that claimed it. Longer than the router's timeout,
   * so once it has passed the claimant is surely dead.
   */
  ackLeaseMs?: number;
  /** Wakes the watchdog when a case falls due and when one is answered. */
  timers?: WatchdogTimers;
  /** How long a customer's further items in the same conversation join its case (default 24 h). */
  followUpWindowMs?: number;
  /** Triage (default: `classify`); tests pin it to exercise what follows from a classification. */
  classify?: (text: string) => Classification;
  /** Waits before a reply is retried in the same invocation (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
}

/** A text cut for history and lists: at most `max` characters, with an ellipsis. */
export const excerpt = (text: string, max = 280) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export { sameText } from "../text/compare.ts";

/**
 * What the parts of the case service share: their dependencies, the clock, reading a case, its public view, waking
 * the watchdog, and how a reply is sent (its messaging window, or why nothing can be sent).
 */
export class CaseContext {
  readonly deps: CaseServiceDeps;

  constructor(deps: CaseServiceDeps) {
    this.deps = deps;
  }

  /** The clock runs again with the business time it had left when it paused. */
  async resume(record: CaseRecord, responder: string | null, reason: string): Promise<void> {
    const now = this.deps.clock.now();
    const hours = record.businessHours ?? undefined;
    const pausedAt = new Date(record.pausedAt ?? now.toISOString());
    const due = new Date(record.firstResponseDueAt);
    const leftMs = due > pausedAt ? businessTimeBetween(pausedAt, due, hours) : 0;
    const dueAt = addBusinessTime(now, leftMs, hours).toISOString();
    const at = now.toISOString();
    await this.deps.store.mutate(
      record.id,
      resumeClock(dueAt, { at, type: "resumed", key: `resumed:${at}`, responder, reason, firstResponseDueAt: dueAt }),
    );
    await this.wakeWatchdog(record.queue, new Date(dueAt));
  }

  async require(id: string): Promise<CaseRecord> {
    const record = caseIdPattern.test(id) ? await this.deps.store.get(id) : undefined;
    if (!record) throw new CaseNotFound(id);
    return record;
  }

  publicView(record: CaseRecord): Case {
    const now = this.deps.clock.now().getTime();
    const due = Date.parse(record.firstResponseDueAt);
    const breached = record.respondedAt
      ? Date.parse(record.respondedAt) > due
      : record.status !== "closed" && record.status !== "waiting" && now > due;
    return {
      id: record.id,
      platform: record.platform,
      channel: record.channel,
      externalId: record.externalId,
      threadId: record.threadId,
      author: record.author,
      text: record.text,
      url: record.url,
      language: record.language,
      languageConfidence: record.languageConfidence ?? 1,
      replyLanguage: record.replyLanguage ?? record.language,
      kind: record.kind,
      sensitive: record.sensitive,
      queue: record.queue,
      status: record.status,
      receivedAt: record.receivedAt,
      acknowledgedAt: record.acknowledgedAt,
      firstResponseDueAt: record.firstResponseDueAt,
      respondedAt: record.respondedAt,
      closedAt: record.closedAt,
      pausedAt: record.pausedAt ?? null,
      breached: record.breached || breached,
      firstResponseTarget: record.firstResponseTarget,
      acknowledgement: record.acknowledgement,
      needsHuman: record.needsHuman,
    };
  }

  /**
   * Arms the watchdog's timer for a queue. Best effort: if the timer cannot be set, the scheduled sweep still looks
   * at every queue, so a breach is paged a little later rather than not at all.
   */
  async wakeWatchdog(queue: string, at: Date): Promise<void> {
    try {
      await this.deps.timers?.wakeAt(queue, at);
    } catch {
      // The sweep is the safety net; the case itself is safe.
    }
  }

  /** Why a platform's cases cannot be answered from here: no reply API, or its reply credentials are unset. */
  noSenderReason(platform: PlatformName): string {
    return this.deps.channels?.(platform).noReplyApi ?? `no reply credentials are set for ${platform}`;
  }

  sendContext(record: CaseRecord, automatic: boolean) {
    return { customerWroteAt: record.customerWroteAt ?? record.receivedAt, now: this.deps.clock.now(), automatic };
  }

  now(): string {
    return this.deps.clock.now().toISOString();
  }
}
