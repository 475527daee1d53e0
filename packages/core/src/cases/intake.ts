import { parseDurationMs } from "../config/duration.ts";
import type { ResponderConfig } from "../config/schema.ts";
import type { InboundItem } from "../platforms/inbound.ts";
import { replyLanguageFor } from "../replies/templates.ts";
import { compileRoutes } from "../routing/route.ts";
import { addBusinessTime } from "../sla/business-hours.ts";
import { type Classification, classify, PRAISE_DOUBT } from "../triage/classify.ts";
import { maskCards } from "../triage/mask.ts";
import type { AcknowledgementProtocol } from "./acknowledgement.ts";
import { type CaseContext, type CaseServiceDeps, excerpt, sameText } from "./context.ts";
import { caseIdFor, conversationKeyOf } from "./ids.ts";
import type { HistoryEntry } from "./schema.ts";
import type { CaseRecord } from "./store.ts";
import {
  closeCase,
  countFollowUp,
  finishAcknowledgement,
  flagForHuman,
  recordHumanReply,
  updateContent,
  upgradeKind,
} from "./transitions.ts";

/**
 * Intake: what the router does with each inbound item. A new item becomes a case (triaged, routed, with its SLA clock)
 * and gets its acknowledgement; a customer's further items join their conversation's case; edits and removals change
 * it; the brand's own posts are recognised as our echo or as a person's answer.
 */
export class CaseIntake {
  readonly #deps: CaseServiceDeps;
  readonly #context: CaseContext;
  readonly #ack: AcknowledgementProtocol;
  readonly #route: ReturnType<typeof compileRoutes>;
  readonly #followUpWindowMs: number;
  readonly #classify: (text: string) => Classification;

  constructor(context: CaseContext, ack: AcknowledgementProtocol) {
    this.#context = context;
    this.#deps = context.deps;
    this.#ack = ack;
    this.#route = compileRoutes(context.deps.config);
    this.#followUpWindowMs = context.deps.followUpWindowMs ?? 24 * 3_600_000;
    this.#classify = context.deps.classify ?? ((text) => classify(text));
  }

  /**
   * Handles one inbound item. Safe to call any number of times with the same item: the case is created once and
   * acknowledged at most once.
   *
   * @throws AcknowledgementBusyError or OutboundError when the item should be retried later.
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
      const at = this.#context.now();
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
          text: excerpt(maskCards(item.text)),
        };
        const content = {
          text: maskCards(item.text),
          sensitive: existing.sensitive || triage.sensitive,
          sensitiveKinds: [...new Set([...existing.sensitiveKinds, ...triage.sensitiveKinds])],
        };
        await store.mutate(id, updateContent(content, edited));
      }
      // A redelivery: finish whatever the first delivery did not (the acknowledgement, after a crash).
      await this.#ack.acknowledge(existing);
      return { caseId: id, outcome: "already known" };
    }

    const created = await this.#create(id, item);
    if (created) return created;
    // Created by a concurrent delivery meanwhile: finish what it may not have.
    const raced = await store.get(id);
    if (raced) await this.#ack.acknowledge(raced);
    return { caseId: id, outcome: "already known" };
  }

  /** Creates the case, and sends its acknowledgement; null when the case already existed. */
  async #create(id: string, item: InboundItem): Promise<{ caseId: string; outcome: string } | null> {
    const { config, store } = this.#deps;
    const triage = this.#classify(item.text);
    const languages = languagesOf(triage, config);
    const decision = this.#route({
      text: item.text,
      platform: item.platform,
      kind: triage.kind,
      language: languages.language,
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
      // A card number is never stored whole (triage above has read it, to flag the case sensitive).
      text: maskCards(item.text),
      url: item.url ?? null,
      language: languages.language,
      languageConfidence: triage.languageConfidence,
      replyLanguage: languages.replyLanguage,
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
        text: excerpt(maskCards(item.text)),
      },
      {
        at: receivedAt,
        type: "classified",
        key: "classified",
        kind: triage.kind,
        language: triage.language,
        languageConfidence: triage.languageConfidence,
        replyLanguage: languages.replyLanguage,
        ...(languages.note ? { languageNote: languages.note } : {}),
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
    const plan = wantsAck ? this.#ack.plan(record) : null;
    const sender = this.#deps.senders[record.platform];
    const refused = plan ? this.#ack.guardProblems(record, plan) : null;
    if (plan && refused) {
      record.acknowledgement = { status: "failed", replyIds: [] };
      record.needsHuman = `the automatic reply was not sent: it failed the guard (${refused})`;
      history.push({
        at: this.#context.now(),
        type: "acknowledgement_failed",
        key: "ack:failed",
        reason: record.needsHuman,
      });
    } else if (plan && sender) {
      Object.assign(record, {
        acknowledgement: { status: "sending", replyIds: [] },
        ackText: plan.echoedText,
        ackPurpose: plan.purpose,
        ackTemplate: plan.template,
        ackClaimedAt: this.#context.now(),
      });
    } else if (plan) {
      const reason = this.#context.noSenderReason(record.platform);
      record.acknowledgement = { status: "failed", replyIds: [] };
      record.needsHuman = `acknowledgement not sent: ${reason}`;
      history.push({ at: this.#context.now(), type: "acknowledgement_failed", key: "ack:failed", reason });
    }
    const created = await store.create(record, history);
    if (!created) return null;
    // The watchdog's timer and the acknowledgement go out together: the customer does not wait for our bookkeeping.
    const woken =
      created.status !== "closed"
        ? this.#context.wakeWatchdog(created.queue, new Date(created.firstResponseDueAt))
        : Promise.resolve();
    try {
      if (plan && sender) await this.#ack.send(created, plan, sender);
    } finally {
      await woken;
    }
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
    if (threadCase.status === "waiting") await this.#context.resume(threadCase, null, "the customer wrote again");
    const triage = this.#classify(item.text);
    const fresh = await store.addHistory(threadCase.id, {
      at: item.receivedAt,
      type: "follow_up",
      key: `follow_up:${item.externalId}`,
      externalId: item.externalId,
      kind: triage.kind,
      sentiment: triage.sentiment,
      text: excerpt(maskCards(item.text)),
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
      if (upgraded) await this.#ack.acknowledge(upgraded);
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
          text: excerpt(maskCards(item.text)),
        },
        item.externalId,
      ),
    );
    await this.#context.wakeWatchdog(record.queue, this.#deps.clock.now());
    return { caseId: record.id, outcome: "human reply recorded" };
  }
}

/**
 * The case's language and the language of its replies: the customer's when we write it, otherwise the brand's
 * default, with a sentence for the history saying why (never a third language).
 */
export function languagesOf(
  triage: Pick<Classification, "language" | "languageConfidence">,
  config: Pick<ResponderConfig, "brand" | "replies">,
): { language: string; replyLanguage: string; note: string | null } {
  const fallback = config.brand.defaultLanguage;
  const told = triage.language !== "und";
  const language = told ? triage.language : fallback;
  const replyLanguage = replyLanguageFor(language, { defaultLanguage: fallback, templates: config.replies.templates });
  const confidence = triage.languageConfidence.toFixed(2);
  const note = !told
    ? `too short or mixed to tell the language (confidence ${confidence}): replies in ${replyLanguage}, the brand's default language`
    : replyLanguage !== language
      ? `written in ${language} (confidence ${confidence}), which we have no reply wording for: replies in ${replyLanguage}, the brand's default language`
      : null;
  return { language, replyLanguage, note };
}
