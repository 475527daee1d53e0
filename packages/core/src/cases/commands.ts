import { OutboundError } from "../http/post.ts";
import { MessagingWindowClosed } from "../platforms/platform.ts";
import { checkOutgoing } from "../replies/guard.ts";
import type { CaseContext, CaseServiceDeps } from "./context.ts";
import { excerpt } from "./context.ts";
import {
  CannotWait,
  CaseClosed,
  NotWaiting,
  PlatformNotConfigured,
  PlatformRefusedReply,
  ReplyRejected,
  WindowClosed,
} from "./errors.ts";
import type { Case } from "./schema.ts";
import { closeCase, flagForHuman, pauseClock, recordHumanReply } from "./transitions.ts";

/** What operators do to cases: respond through the platform, close, wait on the customer, resume. */
export class CaseCommands {
  readonly #deps: CaseServiceDeps;
  readonly #context: CaseContext;

  constructor(context: CaseContext) {
    this.#context = context;
    this.#deps = context.deps;
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
    const record = await this.#context.require(id);
    if (record.status === "closed") throw new CaseClosed(id);
    const sender = senders[record.platform];
    if (!sender) throw new PlatformNotConfigured(this.#context.noSenderReason(record.platform));
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
      replyId = (await sender.send(record.replyTarget, input.text, this.#context.sendContext(record, false))).id;
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
    const at = this.#context.now();
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
    await this.#context.wakeWatchdog(record.queue, this.#deps.clock.now());
    return this.#context.publicView(await this.#context.require(id));
  }

  async close(id: string, input: { responder?: string; reason?: string }): Promise<Case> {
    const record = await this.#context.require(id);
    if (record.status !== "closed") {
      const at = this.#context.now();
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
      await this.#context.wakeWatchdog(record.queue, this.#deps.clock.now());
    }
    return this.#context.publicView(await this.#context.require(id));
  }

  /**
   * The team waits on the customer: the first-response clock pauses (the case leaves the queue's backlog) until the
   * customer writes again in a private conversation or someone resumes it.
   *
   * @throws CaseNotFound, CannotWait when it is closed, answered or already waiting.
   */
  async wait(id: string, input: { responder?: string; reason?: string }): Promise<Case> {
    const record = await this.#context.require(id);
    if (record.status === "closed" || record.respondedAt || record.status === "waiting") {
      throw new CannotWait(id, record.status);
    }
    const at = this.#context.now();
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
    await this.#context.wakeWatchdog(record.queue, this.#deps.clock.now());
    return this.#context.publicView(await this.#context.require(id));
  }

  /**
   * The clock runs again with the business time it had left when it paused.
   *
   * @throws CaseNotFound, NotWaiting.
   */
  async resume(id: string, input: { responder?: string; reason?: string }): Promise<Case> {
    const record = await this.#context.require(id);
    if (record.status !== "waiting") throw new NotWaiting(id);
    await this.#context.resume(record, input.responder ?? null, input.reason ?? "resumed by an operator");
    return this.#context.publicView(await this.#context.require(id));
  }
}
