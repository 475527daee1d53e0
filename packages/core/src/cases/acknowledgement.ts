import { parseDurationMs } from "../config/duration.ts";
import { OutboundError } from "../http/post.ts";
import type { ReplySender } from "../platforms/platform.ts";
import { checkOutgoing } from "../replies/guard.ts";
import { firstNameOf, type ReplyPurpose, renderTemplate } from "../replies/templates.ts";
import { isOpen } from "../sla/business-hours.ts";
import { triageLanguages } from "../triage/classify.ts";
import type { CaseContext, CaseServiceDeps } from "./context.ts";
import type { HistoryEntry } from "./schema.ts";
import type { CaseRecord } from "./store.ts";
import {
  claimAcknowledgement,
  finishAcknowledgement,
  reclaimAcknowledgement,
  releaseAcknowledgement,
} from "./transitions.ts";

/** Thrown when another invocation holds the acknowledgement: the message is retried later. */
export class AcknowledgementBusyError extends Error {
  constructor(caseId: string) {
    super(`The acknowledgement of ${caseId} is being sent by another invocation`);
    this.name = "AcknowledgementBusyError";
  }
}

interface PlanStep {
  to: "public" | "private";
  text: string;
  /** Which template and variant wrote it, e.g. "default:en:acknowledge-complaint#2". */
  template: string;
  /** False when even the shortest form is over the platform's limit: a person must answer. */
  fits: boolean;
}

export interface AcknowledgementPlan {
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

/** Tries of one reply within an invocation, and the longest wait between two. */
const MAX_INLINE_ATTEMPTS = 3;
const MAX_INLINE_WAIT_MS = 5000;

/**
 * The automatic acknowledgement protocol: what it says (the plan), the guard every text passes, and sending it at
 * most once whatever crashes or redeliveries happen (claim, send, record).
 */
export class AcknowledgementProtocol {
  readonly #deps: CaseServiceDeps;
  readonly #context: CaseContext;
  readonly #leaseMs: number;

  constructor(context: CaseContext) {
    this.#context = context;
    this.#deps = context.deps;
    this.#leaseMs = context.deps.ackLeaseMs ?? 60_000;
  }

  /** What the acknowledgement sends: steps in order, the first text being the one its echo is recognised by. */
  plan(record: CaseRecord): AcknowledgementPlan {
    const { config, clock } = this.#deps;
    const hours = record.businessHours ?? undefined;
    // When the queue is closed now, say when a person will answer ("by Monday 09:30") rather than "within 1 hour".
    const closedNow = hours !== undefined && !isOpen(clock.now(), hours);
    const render = (purpose: ReplyPurpose, to: PlanStep["to"]): PlanStep => {
      const reply = renderTemplate({
        purpose,
        kind: record.kind,
        language: record.replyLanguage ?? record.language,
        defaultLanguage: config.brand.defaultLanguage,
        unread: !triageLanguages.has(record.language),
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
   *    retried later; after the lease (longer than the router's timeout, so the claimant is dead) it reconciles: where
   *    the platform lets us read the thread back (Facebook and Instagram comments) it looks for our reply with the
   *    claimed text, records it as `sent` if it is there and sends it if it is not. Elsewhere nobody can know whether
   *    the platform got it, so it becomes `unknown`, is NOT resent, and is flagged for a human; when the platform
   *    then echoes our reply back (the Page's own comment or Messenger echo with that exact text), intake recognises
   *    the text and records it as `sent`.
   * 4. A send that surely did not reach the platform (an error answer, a refused connection) goes back to `pending`
   *    and is retried by SQS (transient errors) or marked `failed` for a human (permanent ones).
   */
  async acknowledge(record: CaseRecord): Promise<void> {
    const { store, senders } = this.#deps;
    const ack = record.acknowledgement.status;
    if (ack === "sending") {
      const claimedAt = record.ackClaimedAt ? Date.parse(record.ackClaimedAt) : 0;
      if (this.#deps.clock.now().getTime() - claimedAt < this.#leaseMs) throw new AcknowledgementBusyError(record.id);
      await this.#reconcile(record);
      return;
    }
    if (ack !== "pending" || record.status === "closed" || record.respondedAt) return;

    const plan = this.plan(record);
    const sender = senders[record.platform];
    if (!sender) {
      await this.#failAck(record, this.#context.noSenderReason(record.platform));
      return;
    }
    const refused = this.guardProblems(record, plan);
    if (refused) {
      await this.#failAck(record, `the automatic reply failed the guard (${refused})`);
      return;
    }
    const claimed = await store.mutate(
      record.id,
      claimAcknowledgement(plan.echoedText, plan.purpose, this.#context.now(), plan.template),
    );
    if (!claimed) {
      const fresh = await store.get(record.id);
      if (fresh && fresh.acknowledgement.status === "sending") throw new AcknowledgementBusyError(record.id);
      return;
    }
    await this.send(claimed, plan, sender);
  }

  /** Sends a claimed acknowledgement's steps and records the outcome; see #acknowledge for the guarantees. */
  async send(claimed: CaseRecord, plan: AcknowledgementPlan, sender: ReplySender): Promise<void> {
    const { store } = this.#deps;
    const replyIds: string[] = [];
    const sent: { to: string; text: string; replyId: string; template: string }[] = [];
    for (const step of plan.steps) {
      const target = step.to === "private" ? claimed.privateTarget : claimed.replyTarget;
      if (!target) continue;
      try {
        const { id } = await this.#patiently(() =>
          sender.send(target, step.text, this.#context.sendContext(claimed, true)),
        );
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
            at: this.#context.now(),
            replyIds,
            needsHuman: reason,
            close: false,
          };
          const entry: HistoryEntry = {
            at: this.#context.now(),
            type: "acknowledgement_unknown",
            key: "ack:unknown",
            reason,
            sent,
          };
          await this.#recording(() => store.mutate(claimed.id, finishAcknowledgement(outcome, entry), claimed));
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
    const at = this.#context.now();
    await this.#recording(() =>
      store.mutate(
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
      ),
    );
  }

  /** Every automatic text is checked before anything is claimed or sent; null when all pass. */
  guardProblems(record: CaseRecord, plan: AcknowledgementPlan): string | null {
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

  async #failAck(record: CaseRecord, reason: string, claimed = false) {
    const { store } = this.#deps;
    const at = this.#context.now();
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

  /**
   * After a crash between posting and recording: read the thread back where the platform allows, and send only if our
   * reply is not there; else flag the case for a person rather than guess.
   */
  async #reconcile(record: CaseRecord): Promise<void> {
    const { store, senders } = this.#deps;
    const sender = senders[record.platform];
    // A single public reply with the text claimed: what a read-back can prove (a private step cannot be read back).
    const step = {
      to: "public" as const,
      text: record.ackText ?? "",
      template: record.ackTemplate ?? "",
    };
    const single = record.ackPurpose === "acknowledge" || record.ackPurpose === "thank";
    const readable =
      single && step.text !== "" && sender?.readBack !== undefined && sender.canReadBack?.(record.replyTarget) === true;
    if (!sender || !readable) {
      const reason = "the acknowledgement may or may not have been posted (the sender stopped mid-way); not resent";
      await store.mutate(
        record.id,
        finishAcknowledgement(
          { status: "unknown", at: this.#context.now(), replyIds: [], needsHuman: reason, close: false },
          { at: this.#context.now(), type: "acknowledgement_unknown", key: "ack:unknown", reason },
        ),
      );
      return;
    }
    const claimed = await store.mutate(record.id, reclaimAcknowledgement(record.ackClaimedAt, this.#context.now()));
    if (!claimed) throw new AcknowledgementBusyError(record.id);
    const found = await sender.readBack?.(record.replyTarget, step.text, record.accountId);
    if (found) {
      const at = this.#context.now();
      await store.mutate(
        record.id,
        finishAcknowledgement(
          { status: "sent", at, replyIds: [found.id], needsHuman: null, close: record.ackPurpose === "thank" },
          {
            at,
            type: "acknowledged",
            key: "ack:sent",
            purpose: record.ackPurpose,
            automatic: true,
            template: step.template,
            confirmedBy: "read back from the platform after a restart",
            sent: [{ to: step.to, text: step.text, replyId: found.id, template: step.template }],
          },
        ),
        claimed,
      );
      return;
    }
    // Not there: it never went out. Send the very text claimed, once (the new claim keeps others off).
    const purpose = record.ackPurpose as ReplyPurpose;
    await this.send(
      claimed,
      { purpose, steps: [{ ...step, fits: true }], echoedText: step.text, template: step.template },
      sender,
    );
  }

  /**
   * Records what was sent. The reply is out, so losing this write would leave the case `sending` until the lease
   * passes and a redelivery has to read the thread back: a table that times out or throttles for a moment (the SDK
   * has already retried) is given two more tries, a second and two seconds later.
   */
  async #recording<T>(write: () => Promise<T>): Promise<T> {
    const sleep = this.#deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (attempt >= MAX_INLINE_ATTEMPTS) throw error;
        await sleep(1000 * attempt);
      }
    }
  }

  /**
   * A reply the platform refused for now (429, 5xx, a rate-limit code) is tried again here, up to twice, after the
   * wait it asked for (`Retry-After`) or a short backoff, when that wait is a few seconds; a longer one goes back to
   * the queue, which brings the message back after its visibility timeout. Only what surely did not reach the
   * platform is retried.
   */
  async #patiently<T>(send: () => Promise<T>): Promise<T> {
    const sleep = this.#deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 1; ; attempt++) {
      try {
        return await send();
      } catch (error) {
        const retryable = error instanceof OutboundError && error.retryable && error.delivered === "no";
        const waitMs = retryable ? Math.max(error.retryAfterMs ?? 0, 250 * 2 ** attempt) : Number.POSITIVE_INFINITY;
        if (attempt >= MAX_INLINE_ATTEMPTS || waitMs > MAX_INLINE_WAIT_MS) throw error;
        await sleep(waitMs);
      }
    }
  }
}
