import type { Clock } from "../clock.ts";
import { parseDurationMs } from "../config/duration.ts";
import type { ResponderConfig } from "../config/schema.ts";
import { OutboundError } from "../http/post.ts";
import type { WatchdogTimers } from "../paging/timers.ts";
import type { InboundItem } from "../platforms/inbound.ts";
import type { PlatformName } from "../platforms/names.ts";
import { type Channels, MessagingWindowClosed, type ReplySender } from "../platforms/platform.ts";
import { checkOutgoing } from "../replies/guard.ts";
import { firstNameOf, type ReplyPurpose, renderTemplate } from "../replies/templates.ts";
import { compileRoutes } from "../routing/route.ts";
import { addBusinessTime, businessTimeBetween, isOpen } from "../sla/business-hours.ts";
import { type Classification, classify, PRAISE_DOUBT } from "../triage/classify.ts";
import { maskSensitive } from "../triage/mask.ts";
import {
  CannotWait,
  CaseClosed,
  CaseNotFound,
  NotWaiting,
  PlatformNotConfigured,
  PlatformRefusedReply,
  ReplyRejected,
  WindowClosed,
} from "./errors.ts";
import { caseIdFor, caseIdPattern, conversationKeyOf } from "./ids.ts";
import type { Case, CaseStatus, HistoryEntry } from "./schema.ts";
import type { CaseRecord, CaseStore, QueueBacklog } from "./store.ts";
import {
  claimAcknowledgement,
  closeCase,
  countFollowUp,
  finishAcknowledgement,
  flagForHuman,
  pauseClock,
  recordHumanReply,
  releaseAcknowledgement,
  resumeClock,
  updateContent,
  upgradeKind,
} from "./transitions.ts";

/** Thrown when another invocation holds the acknowledgement: the message is retried later. */
export class AcknowledgementBusyError extends Error {
  constructor(caseId: string) {
    super(`The acknowledgement of ${caseId} is being sent by another invocation`);
    this.name = "AcknowledgementBusyError";
  }
}

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
}

export interface QueueSummary {
  id: string;
  open: number;
  overdue: number;
  oldestOpenAgeSeconds: number | null;
}

interface PlanStep {
  to: "public" | "private";
  text: string;
  /** Which template and variant wrote it, e.g. "default:en:acknowledge-complaint#2". */
  template: string;
  /** False when even the shortest form is over the platform's limit: a person must answer. */
  fits: boolean;
}

interface AcknowledgementPlan {
  purpose: ReplyPurpose;
  steps: PlanStep[];
  /** The text that comes back as the platform's echo (the last, public step): how we recognise our own reply. */
  echoedText: string;
  /** The template of that public step: what metrics compare. */
  template: string;
}

const plan = (purpose: ReplyPurpose, steps: PlanStep[]): AcknowledgementPlan => ({
  purpose,
  steps,
  echoedText: steps[steps.length - 1]?.text ?? "",
  template: steps[steps.length - 1]?.template ?? "",
});

const excerpt = (text: string, max = 280) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const sameText = (a: string | null, b: string) =>
  a !== null && a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/**
 * What happens to cases: intake from webhooks, the automatic acknowledgement, human responses and closing.
 *
 * @example
 * ```ts
 * const cases = new CaseService({ store, config, clock: systemClock, senders: { facebook: graph } });
 * await cases.ingest(item); // creates the case once and acknowledges it once
 * ```
 */
export class CaseService {
  readonly #deps: CaseServiceDeps;
  readonly #route: ReturnType<typeof compileRoutes>;
  readonly #leaseMs: number;
  readonly #followUpWindowMs: number;
  readonly #classify: (text: string) => Classification;

  constructor(deps: CaseServiceDeps) {
    this.#deps = deps;
    this.#route = compileRoutes(deps.config);
    this.#leaseMs = deps.ackLeaseMs ?? 60_000;
    this.#followUpWindowMs = deps.followUpWindowMs ?? 24 * 3_600_000;
    this.#classify = deps.classify ?? ((text) => classify(text));
  }

  /**
   * Handles one inbound item. Safe to call any number of times with the same item: the case is created once and
   * acknowledged at most once.
   *
   * @throws AcknowledgementBusyError or DeliveryError when the item should be retried later.
   */
  async ingest(item: InboundItem): Promise<{ caseId: string | null; outcome: string }> {
    if (item.authoredByBrand) return this.#brandReply(item);
    const { store } = this.#deps;
    const id = caseIdFor(item.platform, item.externalId);
    // The common case, a new item, costs a pointer read and one write: read the case only if it exists.
    if (item.action === "created") {
      const followed = await this.#attachFollowUp(id, item);
      if (followed) return { caseId: followed, outcome: "follow-up attached" };
      const created = await this.#create(id, item);
      if (created) return created;
    }
    const existing = await store.get(id);

    if (item.action === "removed") {
      if (!existing) return { caseId: null, outcome: "removed before we saw it" };
      const at = this.#now();
      const entry: HistoryEntry = { at, type: "removed", key: "removed", note: "the author removed it" };
      if (existing.status !== "closed" && !existing.respondedAt) {
        await store.mutate(id, closeCase(at, { ...entry, type: "closed", reason: "removed by its author" }));
      } else {
        await store.addHistory(id, entry);
      }
      return { caseId: id, outcome: "removed" };
    }

    if (existing) {
      if (item.action === "edited" && !sameText(existing.text, item.text)) {
        const triage = this.#classify(item.text);
        const edited: HistoryEntry = {
          at: item.receivedAt,
          type: "edited",
          key: `edited:${item.occurredAt}`,
          text: excerpt(item.text),
        };
        const content = {
          text: item.text,
          sensitive: existing.sensitive || triage.sensitive,
          sensitiveKinds: [...new Set([...existing.sensitiveKinds, ...triage.sensitiveKinds])],
        };
        await store.mutate(id, updateContent(content, edited));
      }
      // A redelivery: finish whatever the first delivery did not (the acknowledgement, after a crash).
      await this.#acknowledge(existing);
      return { caseId: id, outcome: "already known" };
    }

    const created = await this.#create(id, item);
    if (created) return created;
    // Created by a concurrent delivery meanwhile: finish what it may not have.
    const raced = await store.get(id);
    if (raced) await this.#acknowledge(raced);
    return { caseId: id, outcome: "already known" };
  }

  /** Creates the case, and sends its acknowledgement; null when the case already existed. */
  async #create(id: string, item: InboundItem): Promise<{ caseId: string; outcome: string } | null> {
    const { config, store } = this.#deps;
    const triage = this.#classify(item.text);
    const decision = this.#route({
      text: item.text,
      platform: item.platform,
      kind: triage.kind,
      language: triage.language,
      sensitive: triage.sensitive,
      urgency: triage.urgency,
    });
    const queue = config.queues.find((q) => q.id === decision.queue) ?? (config.queues[0] as (typeof config.queues)[0]);
    const receivedAt = item.receivedAt;
    const target = decision.firstResponseTarget ?? queue.firstResponseTarget;
    const dueAt = addBusinessTime(
      new Date(receivedAt),
      parseDurationMs(target) ?? 0,
      queue.businessHours,
    ).toISOString();
    const isSpam = triage.kind === "spam";
    const wantsAck =
      triage.kind === "complaint" ||
      triage.kind === "question" ||
      // Praise that may be sarcasm ("great, 2 hours on hold") is left to a person: thanking a complaint is worse than
      // no thanks at all, and the open case keeps its SLA clock.
      (triage.kind === "praise" && config.replies.praise === "thank" && triage.complaintChance < PRAISE_DOUBT);
    const record: CaseRecord = {
      id,
      platform: item.platform,
      channel: item.channel,
      externalId: item.externalId,
      threadId: item.threadId,
      author: { id: item.author.id, name: item.author.name ?? null },
      text: item.text,
      url: item.url ?? null,
      language: triage.language,
      kind: triage.kind,
      sensitive: triage.sensitive,
      sensitiveKinds: triage.sensitiveKinds,
      queue: queue.id,
      status: isSpam ? "closed" : "open",
      receivedAt,
      acknowledgedAt: null,
      firstResponseDueAt: dueAt,
      firstResponseTarget: target,
      respondedAt: null,
      closedAt: isSpam ? receivedAt : null,
      pausedAt: null,
      businessHours: queue.businessHours ?? null,
      breached: false,
      acknowledgement: { status: wantsAck ? "pending" : "none", replyIds: [] },
      needsHuman: null,
      accountId: item.accountId,
      replyTarget: item.replyTarget,
      privateTarget: item.privateTarget ?? null,
      ackText: null,
      ackPurpose: null,
      ackClaimedAt: null,
      humanReplyIds: [],
      customerWroteAt: item.receivedAt,
      revision: 0,
    };
    const history: HistoryEntry[] = [
      {
        at: receivedAt,
        type: "received",
        key: "received",
        postedAt: item.occurredAt,
        text: excerpt(item.text),
      },
      {
        at: receivedAt,
        type: "classified",
        key: "classified",
        kind: triage.kind,
        language: triage.language,
        sentiment: triage.sentiment,
        urgency: triage.urgency,
        sensitive: triage.sensitiveKinds,
        reasons: triage.reasons,
        queue: queue.id,
        route: decision.routeIndex === null ? "defaultQueue" : `routes[${decision.routeIndex}]`,
      },
    ];
    if (isSpam) history.push({ at: receivedAt, type: "closed", key: "closed", reason: "spam: no reply" });
    // Whoever creates the case owns its acknowledgement: it is claimed in the same write (see #acknowledge).
    const plan = wantsAck ? this.#acknowledgementPlan(record) : null;
    const sender = this.#deps.senders[record.platform];
    const refused = plan ? this.#guardProblems(record, plan) : null;
    if (plan && refused) {
      record.acknowledgement = { status: "failed", replyIds: [] };
      record.needsHuman = `the automatic reply was not sent: it failed the guard (${refused})`;
      history.push({ at: this.#now(), type: "acknowledgement_failed", key: "ack:failed", reason: record.needsHuman });
    } else if (plan && sender) {
      Object.assign(record, {
        acknowledgement: { status: "sending", replyIds: [] },
        ackText: plan.echoedText,
        ackPurpose: plan.purpose,
        ackTemplate: plan.template,
        ackClaimedAt: this.#now(),
      });
    } else if (plan) {
      const reason = this.#noSenderReason(record.platform);
      record.acknowledgement = { status: "failed", replyIds: [] };
      record.needsHuman = `acknowledgement not sent: ${reason}`;
      history.push({ at: this.#now(), type: "acknowledgement_failed", key: "ack:failed", reason });
    }
    const created = await store.create(record, history);
    if (!created) return null;
    if (created.status !== "closed") await this.#wakeWatchdog(created.queue, new Date(created.firstResponseDueAt));
    if (plan && sender) await this.#send(created, plan, sender);
    return { caseId: id, outcome: "created" };
  }

  /**
   * One customer's further items in the same conversation within the follow-up window belong to its case: five angry
   * comments get one acknowledgement, and a reply in a thread the brand already answered is attached, not made new
   * (the case is flagged, since the customer wrote again after our answer).
   */
  async #attachFollowUp(id: string, item: InboundItem): Promise<string | null> {
    const { store } = this.#deps;
    const pointer = await store.findByConversation(item.platform, conversationKeyOf(item));
    if (!pointer || pointer.caseId === id) return null;
    if (Date.parse(item.receivedAt) - Date.parse(pointer.at) > this.#followUpWindowMs) return null;
    const threadCase = await store.get(pointer.caseId);
    if (!threadCase || threadCase.status === "closed") return null;
    if (threadCase.status === "waiting") await this.#resume(threadCase, null, "the customer wrote again");
    const triage = this.#classify(item.text);
    const fresh = await store.addHistory(threadCase.id, {
      at: item.receivedAt,
      type: "follow_up",
      key: `follow_up:${item.externalId}`,
      externalId: item.externalId,
      kind: triage.kind,
      sentiment: triage.sentiment,
      text: excerpt(item.text),
    });
    if (fresh) await store.mutate(threadCase.id, countFollowUp(triage.sentiment, item.receivedAt));
    if (triage.kind === "complaint" || triage.kind === "question") {
      const upgraded = await store.mutate(
        threadCase.id,
        upgradeKind(triage.kind, {
          at: item.receivedAt,
          type: "classified",
          key: `reclassified:${item.externalId}`,
          kind: triage.kind,
          reasons: [`a follow-up is a ${triage.kind}`, ...triage.reasons],
        }),
      );
      if (upgraded) await this.#acknowledge(upgraded);
    }
    if (threadCase.respondedAt || triage.sensitive) {
      await store.mutate(
        threadCase.id,
        flagForHuman(
          threadCase.respondedAt ? "the customer wrote again after our answer" : "a follow-up shares account details",
          triage.sensitive,
          triage.sensitiveKinds,
        ),
      );
    }
    return threadCase.id;
  }

  /** What the acknowledgement sends: steps in order, the first text being the one its echo is recognised by. */
  #acknowledgementPlan(record: CaseRecord): AcknowledgementPlan {
    const { config, clock } = this.#deps;
    const hours = record.businessHours ?? undefined;
    // When the queue is closed now, say when a person will answer ("by Monday 09:30") rather than "within 1 hour".
    const closedNow = hours !== undefined && !isOpen(clock.now(), hours);
    const render = (purpose: ReplyPurpose, to: PlanStep["to"]): PlanStep => {
      const reply = renderTemplate({
        purpose,
        kind: record.kind,
        language: record.language,
        queue: record.queue,
        platform: record.platform,
        channel: to,
        seed: record.id,
        caseId: record.id,
        firstName: firstNameOf(record.author.name),
        signature: config.brand.signature,
        answerWithinMs: parseDurationMs(record.firstResponseTarget) ?? 3_600_000,
        answerBy: closedNow ? new Date(record.firstResponseDueAt) : undefined,
        timeZone: hours?.timeZone,
        templates: config.replies.templates,
      });
      return { to, text: reply.text, template: `${reply.templateId}#${reply.variant}`, fits: reply.fits };
    };
    if (record.kind === "praise") return plan("thank", [render("thank", "public")]);
    if (record.channel === "public" && record.sensitive && record.privateTarget) {
      // The private message goes first: the public reply says it has been sent.
      return plan("invite-private", [render("private-next-step", "private"), render("invite-private", "public")]);
    }
    return plan("acknowledge", [render("acknowledge", "public")]);
  }

  /**
   * Sends the automatic acknowledgement at most once, whatever crashes or redeliveries happen.
   *
   * How "never twice" is guaranteed:
   * 1. The case records `acknowledgement.status`. Only a conditional `pending -> sending` update (the claim) may
   *    send, so of two concurrent deliveries exactly one sends; the other finds `sending` and is retried later.
   * 2. The claim stores the exact text first. After sending, `sending -> sent` records the reply ids.
   * 3. If the process dies between sending and recording, the case stays `sending`. A redelivery within the lease is
   *    retried later; after the lease (longer than the router's timeout, so the claimant is dead) nobody can know
   *    whether the platform got it, so it becomes `unknown`, is NOT resent, and is flagged for a human.
   *    When the platform then echoes our reply back (the Page's own comment or Messenger echo with that exact text),
   *    `#brandReply` recognises the text and records it as `sent`.
   * 4. A send that surely did not reach the platform (an error answer, a refused connection) goes back to `pending`
   *    and is retried by SQS (transient errors) or marked `failed` for a human (permanent ones).
   */
  async #acknowledge(record: CaseRecord): Promise<void> {
    const { store, senders } = this.#deps;
    const ack = record.acknowledgement.status;
    if (ack === "sending") {
      const claimedAt = record.ackClaimedAt ? Date.parse(record.ackClaimedAt) : 0;
      if (this.#deps.clock.now().getTime() - claimedAt < this.#leaseMs) throw new AcknowledgementBusyError(record.id);
      const reason = "the acknowledgement may or may not have been posted (the sender stopped mid-way); not resent";
      await store.mutate(
        record.id,
        finishAcknowledgement(
          { status: "unknown", at: this.#now(), replyIds: [], needsHuman: reason, close: false },
          { at: this.#now(), type: "acknowledgement_unknown", key: "ack:unknown", reason },
        ),
      );
      return;
    }
    if (ack !== "pending" || record.status === "closed" || record.respondedAt) return;

    const plan = this.#acknowledgementPlan(record);
    const sender = senders[record.platform];
    if (!sender) {
      await this.#failAck(record, this.#noSenderReason(record.platform));
      return;
    }
    const refused = this.#guardProblems(record, plan);
    if (refused) {
      await this.#failAck(record, `the automatic reply failed the guard (${refused})`);
      return;
    }
    const claimed = await store.mutate(
      record.id,
      claimAcknowledgement(plan.echoedText, plan.purpose, this.#now(), plan.template),
    );
    if (!claimed) {
      const fresh = await store.get(record.id);
      if (fresh && fresh.acknowledgement.status === "sending") throw new AcknowledgementBusyError(record.id);
      return;
    }
    await this.#send(claimed, plan, sender);
  }

  /** Sends a claimed acknowledgement's steps and records the outcome; see #acknowledge for the guarantees. */
  async #send(claimed: CaseRecord, plan: AcknowledgementPlan, sender: ReplySender): Promise<void> {
    const { store } = this.#deps;
    const replyIds: string[] = [];
    const sent: { to: string; text: string; replyId: string; template: string }[] = [];
    for (const step of plan.steps) {
      const target = step.to === "private" ? claimed.privateTarget : claimed.replyTarget;
      if (!target) continue;
      try {
        const { id } = await sender.send(target, step.text, this.#sendContext(claimed, true));
        replyIds.push(id);
        sent.push({ to: step.to, text: step.text, replyId: id, template: step.template });
      } catch (error) {
        if (!(error instanceof OutboundError)) throw error;
        if (sent.length > 0 || error.delivered === "unknown") {
          const reason =
            sent.length > 0
              ? `the ${step.to} part of the acknowledgement failed: ${error.message}`
              : `the acknowledgement may or may not have been posted: ${error.message}; not resent`;
          const outcome = {
            status: sent.length > 0 ? ("sent" as const) : ("unknown" as const),
            at: this.#now(),
            replyIds,
            needsHuman: reason,
            close: false,
          };
          const entry: HistoryEntry = {
            at: this.#now(),
            type: "acknowledgement_unknown",
            key: "ack:unknown",
            reason,
            sent,
          };
          await store.mutate(claimed.id, finishAcknowledgement(outcome, entry), claimed);
          return;
        }
        if (error.retryable) {
          await store.mutate(claimed.id, releaseAcknowledgement(), claimed);
          throw error;
        }
        await this.#failAck(claimed, error.message, true);
        return;
      }
    }
    const at = this.#now();
    await store.mutate(
      claimed.id,
      finishAcknowledgement(
        { status: "sent", at, replyIds, needsHuman: null, close: plan.purpose === "thank" },
        {
          at,
          type: "acknowledged",
          key: "ack:sent",
          purpose: plan.purpose,
          automatic: true,
          template: plan.template,
          guard: "passed",
          sent,
        },
      ),
      claimed,
    );
  }

  async #failAck(record: CaseRecord, reason: string, claimed = false) {
    const { store } = this.#deps;
    const at = this.#now();
    const current = claimed ? record : await store.mutate(record.id, claimAcknowledgement("", "none", at));
    if (!current) return;
    await store.mutate(
      record.id,
      finishAcknowledgement(
        { status: "failed", at, replyIds: [], needsHuman: `acknowledgement not sent: ${reason}`, close: false },
        { at, type: "acknowledgement_failed", key: "ack:failed", reason },
      ),
      current,
    );
  }

  /** The brand's own reply arriving by webhook: our acknowledgement's echo, or a person answering on the platform. */
  async #brandReply(item: InboundItem): Promise<{ caseId: string | null; outcome: string }> {
    const { store } = this.#deps;
    if (item.action !== "created") return { caseId: null, outcome: "brand edit ignored" };
    const targetId =
      item.channel === "private"
        ? (await store.findByConversation(item.platform, item.threadId))?.caseId
        : item.parentId
          ? caseIdFor(item.platform, item.parentId)
          : undefined;
    const record = targetId ? await store.get(targetId) : undefined;
    if (!record) return { caseId: null, outcome: "brand post with no case to answer" };
    if (record.acknowledgement.replyIds.includes(item.externalId) || record.humanReplyIds.includes(item.externalId)) {
      return { caseId: record.id, outcome: "echo of a reply we recorded" };
    }
    if (sameText(record.ackText, item.text)) {
      if (record.acknowledgement.status === "sending" || record.acknowledgement.status === "unknown") {
        await store.mutate(
          record.id,
          finishAcknowledgement(
            { status: "sent", at: item.receivedAt, replyIds: [item.externalId], needsHuman: null, close: false },
            { at: item.receivedAt, type: "acknowledged", key: "ack:echo", confirmedBy: "platform echo" },
          ),
        );
      }
      return { caseId: record.id, outcome: "echo of our acknowledgement" };
    }
    await store.mutate(
      record.id,
      recordHumanReply(
        item.receivedAt,
        {
          at: item.receivedAt,
          type: "reply",
          key: `reply:${item.externalId}`,
          via: "platform",
          responder: "brand account",
          replyId: item.externalId,
          text: excerpt(item.text),
        },
        item.externalId,
      ),
    );
    await this.#wakeWatchdog(record.queue, this.#deps.clock.now());
    return { caseId: record.id, outcome: "human reply recorded" };
  }

  /**
   * Posts a person's response through the platform, to the case's public thread or private conversation, and starts
   * the case's `respondedAt` (the SLA clock stops at the first one).
   *
   * @throws CaseNotFound, CaseClosed, ReplyRejected (the guard, unless forced), PlatformNotConfigured, WindowClosed
   *   (the platform's messaging window has passed: the case is flagged), PlatformRefusedReply.
   */
  async respond(id: string, input: { text: string; responder: string; force?: boolean }): Promise<Case> {
    const { store, senders } = this.#deps;
    const record = await this.#require(id);
    if (record.status === "closed") throw new CaseClosed(id);
    const sender = senders[record.platform];
    if (!sender) throw new PlatformNotConfigured(this.#noSenderReason(record.platform));
    // People are held to the same rules as the automation, unless they say they know better (recorded).
    const verdict = checkOutgoing(input.text, {
      customerText: record.text,
      platform: record.platform,
      channel: record.channel,
      allowedDomains: this.#deps.config.replies.allowedDomains,
    });
    if (!verdict.ok && !input.force) throw new ReplyRejected(verdict.problems);
    let replyId: string;
    try {
      replyId = (await sender.send(record.replyTarget, input.text, this.#sendContext(record, false))).id;
    } catch (error) {
      if (error instanceof MessagingWindowClosed) {
        await store.mutate(id, flagForHuman(`the reply could not be sent: ${error.message}`, false, []));
        throw new WindowClosed(`${record.platform}: ${error.message}`, { cause: error });
      }
      if (!(error instanceof OutboundError)) throw error;
      throw new PlatformRefusedReply(
        `${record.platform} did not take the reply: ${error.message}`,
        error.delivered === "unknown",
        { cause: error },
      );
    }
    const at = this.#now();
    await store.mutate(
      id,
      recordHumanReply(
        at,
        {
          at,
          type: "reply",
          key: `reply:${replyId}`,
          via: "api",
          responder: input.responder,
          replyId,
          text: excerpt(input.text),
          guard: verdict.ok ? "passed" : { forced: true, problems: verdict.problems.map((p) => p.code) },
        },
        replyId,
      ),
    );
    await this.#wakeWatchdog(record.queue, this.#deps.clock.now());
    return this.#public(await this.#require(id));
  }

  async close(id: string, input: { responder?: string; reason?: string }): Promise<Case> {
    const record = await this.#require(id);
    if (record.status !== "closed") {
      const at = this.#now();
      await this.#deps.store.mutate(
        id,
        closeCase(at, {
          at,
          type: "closed",
          key: "closed",
          responder: input.responder ?? null,
          reason: input.reason ?? "closed by an operator",
        }),
      );
      await this.#wakeWatchdog(record.queue, this.#deps.clock.now());
    }
    return this.#public(await this.#require(id));
  }

  /**
   * The team waits on the customer: the first-response clock pauses (the case leaves the queue's backlog) until the
   * customer writes again in a private conversation or someone resumes it.
   *
   * @throws CaseNotFound, CannotWait when it is closed, answered or already waiting.
   */
  async wait(id: string, input: { responder?: string; reason?: string }): Promise<Case> {
    const record = await this.#require(id);
    if (record.status === "closed" || record.respondedAt || record.status === "waiting") {
      throw new CannotWait(id, record.status);
    }
    const at = this.#now();
    await this.#deps.store.mutate(
      id,
      pauseClock(at, {
        at,
        type: "waiting",
        key: `waiting:${at}`,
        responder: input.responder ?? null,
        reason: input.reason ?? null,
      }),
    );
    await this.#wakeWatchdog(record.queue, this.#deps.clock.now());
    return this.#public(await this.#require(id));
  }

  /**
   * The clock runs again with the business time it had left when it paused.
   *
   * @throws CaseNotFound, NotWaiting.
   */
  async resume(id: string, input: { responder?: string; reason?: string }): Promise<Case> {
    const record = await this.#require(id);
    if (record.status !== "waiting") throw new NotWaiting(id);
    await this.#resume(record, input.responder ?? null, input.reason ?? "resumed by an operator");
    return this.#public(await this.#require(id));
  }

  async #resume(record: CaseRecord, responder: string | null, reason: string): Promise<void> {
    const now = this.#deps.clock.now();
    const hours = record.businessHours ?? undefined;
    const pausedAt = new Date(record.pausedAt ?? now.toISOString());
    const due = new Date(record.firstResponseDueAt);
    const leftMs = due > pausedAt ? businessTimeBetween(pausedAt, due, hours) : 0;
    const dueAt = addBusinessTime(now, leftMs, hours).toISOString();
    const at = now.toISOString();
    await this.#deps.store.mutate(
      record.id,
      resumeClock(dueAt, { at, type: "resumed", key: `resumed:${at}`, responder, reason, firstResponseDueAt: dueAt }),
    );
    await this.#wakeWatchdog(record.queue, new Date(dueAt));
  }

  async get(id: string): Promise<Case & { history: HistoryEntry[] }> {
    const found = caseIdPattern.test(id) ? await this.#deps.store.getWithHistory(id) : undefined;
    if (!found) throw new CaseNotFound(id);
    return { ...this.#public(found.record), history: found.history };
  }

  async list(query: { queue?: string; status?: CaseStatus; limit: number; cursor?: string }) {
    const page = await this.#deps.store.list(query);
    // List views never show account data in full: the case's own page does, to the operator who opens it.
    return {
      items: page.items.map((record) => {
        const view = this.#public(record);
        return { ...view, text: maskSensitive(view.text) };
      }),
      next: page.next,
    };
  }

  async queues(): Promise<{ items: QueueSummary[] }> {
    const now = this.#deps.clock.now();
    const items = await Promise.all(
      this.#deps.config.queues.map(async (queue) => {
        const backlog: QueueBacklog = await this.#deps.store.queueBacklog(queue.id, now);
        return {
          id: queue.id,
          open: backlog.open,
          overdue: backlog.overdue,
          oldestOpenAgeSeconds: backlog.oldestReceivedAt
            ? Math.max(0, Math.floor((now.getTime() - Date.parse(backlog.oldestReceivedAt)) / 1000))
            : null,
        };
      }),
    );
    return { items };
  }

  async #require(id: string): Promise<CaseRecord> {
    const record = caseIdPattern.test(id) ? await this.#deps.store.get(id) : undefined;
    if (!record) throw new CaseNotFound(id);
    return record;
  }

  /** Every automatic text is checked before anything is claimed or sent; null when all pass. */
  #guardProblems(record: CaseRecord, plan: AcknowledgementPlan): string | null {
    if (plan.steps.some((step) => !step.fits)) return "even the shortest reply is over the platform's length limit";
    const problems = plan.steps.flatMap(
      (step) =>
        checkOutgoing(step.text, {
          customerText: record.text,
          platform: record.platform,
          channel: step.to,
          allowedDomains: this.#deps.config.replies.allowedDomains,
        }).problems,
    );
    return problems.length > 0 ? problems.map((p) => p.message).join("; ") : null;
  }

  #public(record: CaseRecord): Case {
    const now = this.#deps.clock.now().getTime();
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
  async #wakeWatchdog(queue: string, at: Date): Promise<void> {
    try {
      await this.#deps.timers?.wakeAt(queue, at);
    } catch {
      // The sweep is the safety net; the case itself is safe.
    }
  }

  /** Why a platform's cases cannot be answered from here: no reply API, or its reply credentials are unset. */
  #noSenderReason(platform: PlatformName): string {
    return this.#deps.channels?.(platform).noReplyApi ?? `no reply credentials are set for ${platform}`;
  }

  #sendContext(record: CaseRecord, automatic: boolean) {
    return { customerWroteAt: record.customerWroteAt ?? record.receivedAt, now: this.#deps.clock.now(), automatic };
  }

  #now(): string {
    return this.#deps.clock.now().toISOString();
  }
}
