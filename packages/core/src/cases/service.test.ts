import { beforeEach, describe, expect, it } from "vitest";
import { MemoryCaseStore } from "../../../../test/support/memory-case-store.ts";
import type { Clock } from "../clock.ts";
import { parseConfig } from "../config/load.ts";
import { OutboundError } from "../http/post.ts";
import type { InboundItem, ReplyTarget } from "../platforms/inbound.ts";
import { MessagingWindowClosed, type ReplySender, type SendContext } from "../platforms/platform.ts";
import { checkOutgoing } from "../replies/guard.ts";
import { classify } from "../triage/classify.ts";
import { AcknowledgementBusyError, CaseService } from "./service.ts";

const config = parseConfig({
  brand: { name: "Acme", signature: "Sam, Acme Care", accounts: { facebook: "PAGE" } },
  queues: [
    {
      id: "billing",
      firstResponseTarget: "PT30M",
      escalateAfter: "PT10M",
      responders: [{ name: "On-call", pagerduty: { routingKey: "k" } }],
    },
    {
      id: "care",
      firstResponseTarget: "PT1H",
      escalateAfter: "PT10M",
      responders: [{ name: "On-call", pagerduty: { routingKey: "k" } }],
    },
  ],
  routes: [{ match: { keywords: ["refund", "charged"] }, queue: "billing" }],
  defaultQueue: "care",
});

class ScriptedSender implements ReplySender {
  sent: { target: ReplyTarget; text: string }[] = [];
  failures: (OutboundError | "hang")[] = [];
  onSend?: () => void;

  async send(target: ReplyTarget, text: string) {
    const failure = this.failures.shift();
    if (failure instanceof OutboundError) throw failure;
    // The process stopped while the request was on its way: it never answers, nothing reached the platform.
    if (failure === "hang") return new Promise<never>(() => {});
    this.sent.push({ target, text });
    this.onSend?.();
    return { id: `reply-${this.sent.length}` };
  }
}

/** A sender with WhatsApp's rule: free text only within 24 hours of the customer's last message. */
class WindowedSender implements ReplySender {
  sent: { text: string; context: SendContext }[] = [];

  async send(_target: ReplyTarget, text: string, context: SendContext) {
    if (context.now.getTime() - Date.parse(context.customerWroteAt) > 24 * 3_600_000) {
      throw new MessagingWindowClosed("outside WhatsApp's 24-hour customer-service window");
    }
    this.sent.push({ text, context });
    return { id: `wa-${this.sent.length}` };
  }
}

/** A sender whose platform lets us read a comment thread back (Facebook, Instagram): it lists what it was sent. */
class ReadableSender extends ScriptedSender {
  readBacks = 0;

  canReadBack(target: ReplyTarget) {
    return target.kind === "comment";
  }

  async readBack(target: ReplyTarget, text: string) {
    this.readBacks += 1;
    const index = this.sent.findIndex((s) => s.target.commentId === target.commentId && s.text === text);
    return index === -1 ? null : { id: `reply-${index + 1}` };
  }
}

class TestClock implements Clock {
  time = Date.parse("2026-03-01T10:00:00.000Z");
  now = () => new Date(this.time);
  advance(ms: number) {
    this.time += ms;
  }
}

const comment = (overrides: Partial<InboundItem> = {}): InboundItem => ({
  platform: "facebook",
  action: "created",
  externalId: "POST_1_C1",
  threadId: "PAGE_POST_1",
  parentId: "PAGE_POST_1",
  channel: "public",
  accountId: "PAGE",
  author: { id: "U1", name: "Dana Whitlock" },
  authoredByBrand: false,
  text: "Worst service ever, my order never arrived and nobody answers!",
  occurredAt: "2026-03-01T09:59:58.000Z",
  receivedAt: "2026-03-01T10:00:00.000Z",
  replyTarget: { kind: "comment", commentId: "POST_1_C1" },
  privateTarget: { kind: "private-reply", commentId: "POST_1_C1" },
  ...overrides,
});

describe("CaseService", () => {
  let store: MemoryCaseStore;
  let sender: ScriptedSender;
  let clock: TestClock;
  let cases: CaseService;

  beforeEach(() => {
    store = new MemoryCaseStore();
    sender = new ScriptedSender();
    clock = new TestClock();
    cases = new CaseService({
      store,
      config,
      clock,
      senders: { facebook: sender, messenger: sender },
      ackLeaseMs: 60_000,
      sleep: async () => {},
    });
  });

  it("turns a complaint into one routed case and one acknowledgement in its thread", async () => {
    // Prepare / Act
    const { caseId } = await cases.ingest(comment({ text: "I was charged twice and want a refund, this is awful" }));

    // Assess
    const created = await cases.get(caseId as string);
    expect(created).toMatchObject({
      kind: "complaint",
      queue: "billing",
      status: "acknowledged",
      receivedAt: "2026-03-01T10:00:00.000Z",
      firstResponseDueAt: "2026-03-01T10:30:00.000Z",
      acknowledgedAt: "2026-03-01T10:00:00.000Z",
      respondedAt: null,
    });
    expect(sender.sent).toHaveLength(1);
    expect(sender.sent[0]?.target).toEqual({ kind: "comment", commentId: "POST_1_C1" });
    expect(sender.sent[0]?.text).toMatch(/^(Hi|Hey|Hello) Dana\b/);
    expect(sender.sent[0]?.text).toContain("30 minutes");
    expect(sender.sent[0]?.text).toMatch(/Sam, Acme Care$/);
    expect(created.history.map((h) => h.type)).toEqual(["received", "classified", "acknowledged"]);
  });

  it("never makes a second case or acknowledgement for a redelivered or duplicated event", async () => {
    await cases.ingest(comment());
    await cases.ingest(comment());
    await Promise.allSettled([cases.ingest(comment()), cases.ingest(comment())]);

    expect(store.cases.size).toBe(1);
    expect(sender.sent).toHaveLength(1);
  });

  it("lets only one of two concurrent deliveries send; the other is retried later", async () => {
    const results = await Promise.allSettled([cases.ingest(comment()), cases.ingest(comment())]);

    expect(sender.sent).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected");
    for (const r of rejected) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AcknowledgementBusyError);
  });

  it("does not resend after a crash between sending and recording, and flags the case for a human", async () => {
    // Prepare: the process "dies" right after the platform accepted the reply, before it is recorded.
    sender.onSend = () => {
      store.failNextMutations = 3; // a crash: every try at recording it fails
    };
    await expect(cases.ingest(comment())).rejects.toThrow("simulated crash");
    sender.onSend = undefined;

    // Act: a redelivery within the lease is told to come back later; after the lease it gives up sending.
    await expect(cases.ingest(comment())).rejects.toBeInstanceOf(AcknowledgementBusyError);
    clock.advance(61_000);
    const { caseId } = await cases.ingest(comment());

    // Assess
    expect(sender.sent).toHaveLength(1);
    const after = await cases.get(caseId as string);
    expect(after.acknowledgement.status).toBe("unknown");
    expect(after.needsHuman).toMatch(/not resent/);
  });

  describe("after a crash, where the thread can be read back", () => {
    let readable: ReadableSender;

    beforeEach(() => {
      readable = new ReadableSender();
      cases = new CaseService({
        store,
        config,
        clock,
        senders: { facebook: readable },
        ackLeaseMs: 60_000,
        sleep: async () => {},
      });
    });

    it("finds the reply that went out before the crash, records it, and sends nothing more", async () => {
      // Prepare: the platform took the reply, then the process died before recording it.
      readable.onSend = () => {
        store.failNextMutations = 3; // a crash: every try at recording it fails
      };
      await expect(cases.ingest(comment())).rejects.toThrow("simulated crash");
      readable.onSend = undefined;
      clock.advance(61_000);

      // Act
      const { caseId } = await cases.ingest(comment());

      // Assess
      expect(readable.sent).toHaveLength(1);
      expect(readable.readBacks).toBe(1);
      const after = await cases.get(caseId as string);
      expect(after.acknowledgement).toEqual({ status: "sent", replyIds: ["reply-1"] });
      expect(after.needsHuman).toBeNull();
      expect(after.history.find((h) => h.type === "acknowledged")).toMatchObject({
        confirmedBy: "read back from the platform after a restart",
      });
    });

    it("sends the claimed text once when the read-back shows it never went out", async () => {
      // Prepare: the process died after claiming and before the platform got anything.
      readable.failures = ["hang"];
      const first = cases.ingest(comment());
      await new Promise((r) => setTimeout(r, 20));
      const claimedText = (await store.get([...store.cases.keys()][0] as string))?.ackText;
      clock.advance(61_000);

      // Act
      const { caseId } = await cases.ingest(comment());

      // Assess
      expect(readable.sent.map((s) => s.text)).toEqual([claimedText]);
      const after = await cases.get(caseId as string);
      expect(after.acknowledgement.status).toBe("sent");
      void first.catch(() => {});
    });
  });

  it("never stores a card number whole, in the case or its history, yet treats the case as sensitive", async () => {
    // Act
    const { caseId } = await cases.ingest(
      comment({ text: "You charged my card 4111 1111 1111 1111 twice for one order, refund it now" }),
    );

    // Assess
    const stored = await cases.get(caseId as string);
    expect(stored.text).toBe("You charged my card **** **** **** 1111 twice for one order, refund it now");
    expect(stored.sensitive).toBe(true);
    expect(JSON.stringify(stored.history)).not.toContain("4111 1111 1111 1111");
    expect(JSON.stringify([...store.cases.values()])).not.toContain("4111 1111 1111 1111");
  });

  it("recognises its own acknowledgement echoed back by the platform, and records it as sent", async () => {
    sender.onSend = () => {
      store.failNextMutations = 3; // a crash: every try at recording it fails
    };
    await expect(cases.ingest(comment())).rejects.toThrow();
    const ackText = sender.sent[0]?.text as string;

    const echo = await cases.ingest(
      comment({
        externalId: "POST_1_ECHO",
        parentId: "POST_1_C1",
        author: { id: "PAGE" },
        authoredByBrand: true,
        text: ackText,
      }),
    );

    const after = await cases.get(echo.caseId as string);
    expect(echo.outcome).toBe("echo of our acknowledgement");
    expect(after.acknowledgement.status).toBe("sent");
    expect(after.respondedAt).toBeNull();
  });

  it("retries a reply the platform refused for a passing reason, after the wait it asked for, and sends it once", async () => {
    // Prepare: a 503, then a 429 asking for 2 s; the sleeps are recorded, not waited.
    const waits: number[] = [];
    cases = new CaseService({
      store,
      config,
      clock,
      senders: { facebook: sender },
      sleep: async (ms) => void waits.push(ms),
    });
    sender.failures = [
      new OutboundError("503", { delivered: "no", retryable: true, status: 503 }),
      new OutboundError("429", { delivered: "no", retryable: true, status: 429, retryAfterMs: 2000 }),
    ];

    // Act
    await cases.ingest(comment());

    // Assess
    expect(waits).toEqual([500, 2000]);
    expect(sender.sent).toHaveLength(1);
    expect(store.cases.values().next().value?.acknowledgement.status).toBe("sent");
  });

  it("records a sent acknowledgement through a table that times out twice, and sends it once", async () => {
    // Prepare: the reply goes out, then the write that records it fails twice (the SDK's own retries spent).
    const waits: number[] = [];
    cases = new CaseService({
      store,
      config,
      clock,
      senders: { facebook: sender },
      sleep: async (ms) => void waits.push(ms),
    });
    const mutate = store.mutate.bind(store);
    let failures = 0;
    store.mutate = async (id, change, current) => {
      const next = change(current ?? (await store.get(id)) ?? ({} as never));
      if (next?.entry?.key === "ack:sent" && failures < 2) {
        failures += 1;
        throw new Error("Request timed out after 3000 ms");
      }
      return mutate(id, change, current);
    };

    // Act
    await cases.ingest(comment());

    // Assess
    expect(sender.sent).toHaveLength(1);
    expect(waits).toEqual([1000, 2000]);
    expect(store.cases.values().next().value?.acknowledgement.status).toBe("sent");
  });

  it("leaves a reply refused for longer than a few seconds to the queue's redelivery, and then sends it once", async () => {
    // Prepare: Meta asks for a minute.
    cases = new CaseService({ store, config, clock, senders: { facebook: sender }, sleep: async () => {} });
    sender.failures = [
      new OutboundError("429", { delivered: "no", retryable: true, status: 429, retryAfterMs: 60_000 }),
    ];

    // Act
    const first = cases.ingest(comment());
    await expect(first).rejects.toBeInstanceOf(OutboundError);
    await cases.ingest(comment());

    // Assess
    expect(sender.sent).toHaveLength(1);
    expect(store.cases.values().next().value?.acknowledgement.status).toBe("sent");
  });

  it("marks a permanently refused acknowledgement failed and flags it, without retrying", async () => {
    sender.failures = [new OutboundError("400 comment deleted", { delivered: "no", retryable: false, status: 400 })];

    const { caseId } = await cases.ingest(comment());
    await cases.ingest(comment());

    const after = await cases.get(caseId as string);
    expect(sender.sent).toHaveLength(0);
    expect(after.acknowledgement.status).toBe("failed");
    expect(after.needsHuman).toMatch(/comment deleted/);
    expect(after.status).toBe("open");
  });

  it("never resends when the platform may have received it (timeout)", async () => {
    sender.failures = [new OutboundError("timeout", { delivered: "unknown", retryable: true })];

    const { caseId } = await cases.ingest(comment());
    await cases.ingest(comment());

    expect(sender.sent).toHaveLength(0);
    expect((await cases.get(caseId as string)).acknowledgement.status).toBe("unknown");
  });

  it("moves a public message with account data to a private reply first, and repeats nothing publicly", async () => {
    const text = "Order TW-48213 never came. Email me at dana@example.com or call +1 202 555 0147";
    const { caseId } = await cases.ingest(comment({ text }));

    expect(sender.sent.map((s) => s.target.kind)).toEqual(["private-reply", "comment"]);
    const publicReply = sender.sent[1]?.text as string;
    expect(publicReply).toMatch(/private message/);
    for (const secret of ["TW-48213", "dana@example.com", "555", "0147"]) expect(publicReply).not.toContain(secret);
    expect((await cases.get(caseId as string)).sensitive).toBe(true);
  });

  it("stops the SLA clock only for a human reply, not for the acknowledgement", async () => {
    const { caseId } = await cases.ingest(comment());
    expect((await cases.get(caseId as string)).respondedAt).toBeNull();

    clock.advance(5 * 60_000);
    const reply = comment({
      externalId: "POST_1_R1",
      parentId: "POST_1_C1",
      author: { id: "PAGE" },
      authoredByBrand: true,
      text: "Dana, we found your parcel: it arrives tomorrow. Sam",
      receivedAt: "2026-03-01T10:05:00.000Z",
    });
    await cases.ingest(reply);
    await cases.ingest(reply);

    const after = await cases.get(caseId as string);
    expect(after.status).toBe("responded");
    expect(after.respondedAt).toBe("2026-03-01T10:05:00.000Z");
    expect(after.breached).toBe(false);
    expect(after.history.filter((h) => h.type === "reply")).toHaveLength(1);
  });

  it("posts a human response through the platform to the case's thread, once per call", async () => {
    const { caseId } = await cases.ingest(comment());
    clock.advance(2 * 3_600_000);

    const answered = await cases.respond(caseId as string, { text: "We've refunded you, Dana. Sam", responder: "sam" });

    expect(sender.sent[1]).toEqual({
      target: { kind: "comment", commentId: "POST_1_C1" },
      text: "We've refunded you, Dana. Sam",
    });
    expect(answered.status).toBe("responded");
    expect(answered.breached).toBe(true);
    // Its echo arriving by webhook is not a second response.
    await cases.ingest(comment({ externalId: "reply-2", parentId: "POST_1_C1", authoredByBrand: true, text: "x" }));
    expect((await cases.get(caseId as string)).history.filter((h) => h.type === "reply")).toHaveLength(1);
  });

  it("closes spam without a reply, and thanks praise then closes it", async () => {
    const spam = await cases.ingest(
      comment({ externalId: "S1", text: "Earn $500 a day with crypto, click here https://spam.example" }),
    );
    const praise = await cases.ingest(
      comment({ externalId: "P1", text: "Love my new table, beautiful work, thank you! 😍" }),
    );

    expect((await cases.get(spam.caseId as string)).status).toBe("closed");
    const thanked = await cases.get(praise.caseId as string);
    expect(thanked.status).toBe("closed");
    expect(sender.sent).toHaveLength(1);
    expect(sender.sent[0]?.text).toMatch(/^Thank you so much, Dana! .* Sam, Acme Care$/);
  });

  it("does not thank praise that may be sarcasm: it stays open, on the clock, for a person", async () => {
    // Prepare: triage pinned to a compliment with a real chance of being a complaint.
    const doubtful = new CaseService({
      store,
      config,
      clock,
      senders: { facebook: sender },
      classify: (text) => ({ ...classify(text), kind: "praise", sentiment: "positive", complaintChance: 0.4 }),
    });

    // Act
    const { caseId } = await doubtful.ingest(
      comment({ externalId: "P2", text: "Wow, what a delivery. Truly unforgettable." }),
    );

    // Assess
    const kept = await doubtful.get(caseId as string);
    expect(sender.sent).toHaveLength(0);
    expect(kept).toMatchObject({ status: "open", kind: "praise", acknowledgedAt: null });
    expect(kept.acknowledgement.status).toBe("none");
    expect(kept.firstResponseDueAt).toEqual(expect.any(String));
  });

  it("attaches follow-up messages of a private conversation to its waiting case", async () => {
    const dm = (id: string, text: string) =>
      comment({
        platform: "messenger",
        channel: "private",
        externalId: id,
        threadId: "PSID1",
        parentId: undefined,
        author: { id: "PSID1" },
        text,
        replyTarget: { kind: "message", recipientId: "PSID1" },
        privateTarget: undefined,
      });
    const first = await cases.ingest(dm("m1", "My order is late, this is unacceptable"));
    const second = await cases.ingest(dm("m2", "Hello?? Anyone there??"));

    expect(second).toEqual({ caseId: first.caseId, outcome: "follow-up attached" });
    expect(store.cases.size).toBe(1);
    expect(sender.sent).toHaveLength(1);
  });

  it("closes the case when its author removes the comment before anyone answered", async () => {
    const { caseId } = await cases.ingest(comment());
    await cases.ingest(comment({ action: "removed", text: "" }));

    expect((await cases.get(caseId as string)).status).toBe("closed");
  });

  it("refuses to respond to unknown or closed cases with clear errors", async () => {
    await expect(cases.respond("c_000000000000000000000000", { text: "x", responder: "s" })).rejects.toMatchObject({
      code: "case_not_found",
    });
    const { caseId } = await cases.ingest(comment());
    await cases.close(caseId as string, {});
    await expect(cases.respond(caseId as string, { text: "x", responder: "s" })).rejects.toMatchObject({
      code: "case_closed",
    });
  });

  it("counts the first-response target in the queue's business hours", async () => {
    // Prepare: a queue open 09:00-18:00 on weekdays in Paris; a complaint on Friday 17:30 with a 1 h target.
    const hours = parseConfig({
      brand: { name: "Acme", signature: "Sam, Acme Care" },
      queues: [
        {
          id: "care",
          firstResponseTarget: "PT1H",
          escalateAfter: "PT10M",
          businessHours: {
            timeZone: "Europe/Paris",
            weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "18:00"]]])),
          },
          responders: [{ name: "On-call", pagerduty: { routingKey: "k" } }],
        },
      ],
      defaultQueue: "care",
    });
    const office = new CaseService({ store, config: hours, clock, senders: { facebook: sender } });

    // Act: Friday 2026-03-06 17:30 in Paris is 16:30 UTC.
    const { caseId } = await office.ingest(comment({ receivedAt: "2026-03-06T16:30:00.000Z" }));

    // Assess: 30 minutes on Friday, 30 on Monday from 09:00 (08:00 UTC).
    expect((await office.get(caseId as string)).firstResponseDueAt).toBe("2026-03-09T08:30:00.000Z");
  });

  it("pauses the clock while the team waits on the customer, and resumes it with the time that was left", async () => {
    // Prepare: due at 10:30 (30-minute billing target).
    const { caseId } = await cases.ingest(comment({ text: "I want a refund for the broken lamp" }));
    const id = caseId as string;

    // Act: waiting from 10:10 (20 minutes left) to 12:00.
    clock.advance(10 * 60_000);
    const waiting = await cases.wait(id, { responder: "sam", reason: "asked for a photo" });
    clock.advance(110 * 60_000);
    const overdueWhileWaiting = (await cases.get(id)).breached;
    const resumed = await cases.resume(id, { responder: "sam" });

    // Assess
    expect(waiting).toMatchObject({ status: "waiting", pausedAt: "2026-03-01T10:10:00.000Z" });
    expect(overdueWhileWaiting).toBe(false);
    expect(resumed).toMatchObject({
      status: "acknowledged",
      pausedAt: null,
      firstResponseDueAt: "2026-03-01T12:20:00.000Z",
    });
    expect((await cases.get(id)).history.map((h) => h.type)).toContain("resumed");
    await expect(cases.resume(id, {})).rejects.toMatchObject({ code: "not_waiting" });
  });

  it("resumes a waiting private conversation when the customer writes again", async () => {
    const dm = (externalId: string, text: string) =>
      comment({
        platform: "messenger",
        channel: "private",
        externalId,
        threadId: "PSID9",
        parentId: undefined,
        author: { id: "PSID9" },
        text,
        replyTarget: { kind: "message", recipientId: "PSID9" },
        privateTarget: undefined,
      });
    const { caseId } = await cases.ingest(dm("m1", "My order is late, this is unacceptable"));
    await cases.wait(caseId as string, {});

    clock.advance(60 * 60_000);
    await cases.ingest(dm("m2", "Here is the photo you asked for"));

    const after = await cases.get(caseId as string);
    expect(after.status).toBe("acknowledged");
    expect(Date.parse(after.firstResponseDueAt)).toBe(clock.time + 60 * 60_000);
  });

  it("answers a customer's five angry comments on a post once, and keeps them on one case", async () => {
    const texts = ["This is a joke", "Hello??", "WORST SERVICE EVER", "Still nothing!!", "I want my money back"];

    for (const [i, text] of texts.entries()) {
      clock.advance(60_000);
      await cases.ingest(comment({ externalId: `C${i}`, text, receivedAt: clock.now().toISOString() }));
    }
    // Someone else's comment on the same post is their own case.
    await cases.ingest(
      comment({
        externalId: "OTHER",
        author: { id: "U2", name: "Lucas Moreau" },
        text: "Same here, my order never arrived!",
      }),
    );

    expect(store.cases.size).toBe(2);
    expect(sender.sent).toHaveLength(2);
    const first = await cases.get([...store.cases.keys()][0] as string);
    expect(first.history.filter((h) => h.type === "follow_up")).toHaveLength(4);
  });

  it("attaches a reply in a thread the brand already answered, and flags it for a person", async () => {
    const { caseId } = await cases.ingest(comment());
    await cases.respond(caseId as string, { text: "Dana, it ships today. Sam", responder: "sam" });

    clock.advance(3_600_000);
    const again = await cases.ingest(
      comment({
        externalId: "C2",
        text: "It did not ship, tracking still empty",
        receivedAt: clock.now().toISOString(),
      }),
    );

    expect(again).toEqual({ caseId, outcome: "follow-up attached" });
    expect((await cases.get(caseId as string)).needsHuman).toMatch(/wrote again after our answer/);
    expect(store.cases.size).toBe(1);
  });

  it("starts a new case when the same customer writes again after the follow-up window", async () => {
    await cases.ingest(comment());

    clock.advance(25 * 3_600_000);
    await cases.ingest(
      comment({ externalId: "C2", text: "New problem: the lamp is broken", receivedAt: clock.now().toISOString() }),
    );

    expect(store.cases.size).toBe(2);
  });

  it("gives urgent items the shorter target their route sets", async () => {
    const urgentConfig = parseConfig({
      ...config,
      routes: [
        { match: { urgency: ["legal", "safety"] }, queue: "care", firstResponseTarget: "PT10M" },
        ...config.routes,
      ],
    });
    const urgent = new CaseService({ store, config: urgentConfig, clock, senders: { facebook: sender } });

    const { caseId } = await urgent.ingest(
      comment({ text: "The lamp sparked and burned my son's hand. My lawyer will hear about this." }),
    );

    const created = await urgent.get(caseId as string);
    expect(created).toMatchObject({
      queue: "care",
      firstResponseTarget: "PT10M",
      firstResponseDueAt: "2026-03-01T10:10:00.000Z",
    });
    expect(created.history.find((h) => h.type === "classified")).toMatchObject({ urgency: ["legal", "safety"] });
  });

  it("refuses a human reply that sends the customer elsewhere or repeats their data, unless forced, and records it", async () => {
    const { caseId } = await cases.ingest(comment({ text: "Order TW-48213 never came, worst service ever" }));
    const id = caseId as string;
    const acknowledgementParts = sender.sent.length;

    const elsewhere = cases.respond(id, { text: "Please call us at +1 202 555 0147. Sam", responder: "sam" });
    const echo = cases.respond(id, { text: "Sorry Dana, we are checking order TW-48213. Sam", responder: "sam" });
    await expect(elsewhere).rejects.toMatchObject({ code: "reply_rejected" });
    await expect(echo).rejects.toMatchObject({ code: "reply_rejected" });
    expect(sender.sent).toHaveLength(acknowledgementParts);

    const forced = await cases.respond(id, {
      text: "Sorry Dana, we are checking order TW-48213. Sam",
      responder: "sam",
      force: true,
    });
    expect(forced.status).toBe("responded");
    const reply = (await cases.get(id)).history.find((h) => h.type === "reply");
    expect(reply?.guard).toEqual({ forced: true, problems: ["echoes_customer_data"] });
  });

  it("masks account data in list views, but not on the case's own page", async () => {
    await cases.ingest(comment({ text: "Charged twice on card 4111 1111 1111 1111, mail me at dana@example.com" }));

    const listed = (await cases.list({ limit: 10 })).items[0];
    const opened = await cases.get(listed?.id as string);

    expect(listed?.text).not.toContain("4111 1111 1111 1111");
    expect(listed?.text).not.toContain("dana@example.com");
    expect(listed?.text).toContain("1111");
    expect(opened.text).toContain("dana@example.com");
  });

  describe("in each default language", () => {
    const examples = [
      {
        language: "en",
        complaint: "My sofa arrived torn and nobody answers my messages. Really disappointed.",
        sensitive: "I was charged twice for order TW-55120, my card is 4111 1111 1111 1111. Sort this out!",
      },
      {
        language: "es",
        complaint: "El sofá llegó roto y nadie responde a mis mensajes. Estoy muy decepcionada.",
        sensitive: "Me cobraron dos veces el pedido TW-55121, mi correo es ana.ruiz@example.com. ¡Qué vergüenza!",
      },
      {
        language: "fr",
        complaint: "Le canapé est arrivé déchiré et personne ne répond à mes messages. Je suis très déçue.",
        sensitive: "On m'a débité deux fois la commande TW-55122, appelez-moi au +33 6 12 34 56 78. Inadmissible !",
      },
      {
        language: "de",
        complaint: "Das Sofa kam kaputt an und niemand antwortet auf meine Nachrichten. Sehr enttäuscht.",
        sensitive:
          "Die Bestellung TW-55123 wurde doppelt abgebucht, meine E-Mail ist jonas.weber@example.de. Unverschämt!",
      },
      {
        language: "pt",
        complaint: "O sofá chegou rasgado e ninguém responde às minhas mensagens. Estou muito decepcionada.",
        sensitive: "Fui cobrada duas vezes pelo pedido TW-55124, meu e-mail é ana.souza@example.com. Que vergonha!",
      },
    ] as const;

    for (const { language, complaint, sensitive } of examples) {
      it(`${language}: acknowledges a complaint with a signed, empathetic reply that passes the guard`, async () => {
        const { caseId } = await cases.ingest(
          comment({
            externalId: `${language}-c`,
            author: { id: `${language}-1`, name: "Dana Silva" },
            text: complaint,
          }),
        );

        const created = await cases.get(caseId as string);
        const reply = sender.sent[0]?.text ?? "";
        expect(created).toMatchObject({ kind: "complaint", language, status: "acknowledged" });
        expect(reply).toMatch(/Dana/);
        expect(reply).toMatch(/Sam, Acme Care$/);
        expect(checkOutgoing(reply, { customerText: complaint, platform: "facebook" })).toEqual({
          ok: true,
          problems: [],
        });
        expect(created.history.find((h) => h.type === "acknowledged")).toMatchObject({ guard: "passed" });
      });

      it(`${language}: hands a message with account data to a private reply, echoing nothing`, async () => {
        const { caseId } = await cases.ingest(
          comment({
            externalId: `${language}-s`,
            author: { id: `${language}-2`, name: "Dana Silva" },
            text: sensitive,
          }),
        );

        const created = await cases.get(caseId as string);
        expect(created).toMatchObject({ language, sensitive: true, status: "acknowledged" });
        expect(sender.sent.map((s) => s.target.kind)).toEqual(["private-reply", "comment"]);
        for (const sent of sender.sent) {
          expect(checkOutgoing(sent.text, { customerText: sensitive, platform: "facebook" })).toEqual({
            ok: true,
            problems: [],
          });
          expect(sent.text).toMatch(/Sam, Acme Care$/);
        }
        expect(sender.sent[1]?.text).not.toMatch(/TW-5512|4111|@example|\+33/);
      });
    }
  });

  describe("messaging windows", () => {
    const whatsapp = (overrides: Partial<InboundItem> = {}) =>
      comment({
        platform: "whatsapp",
        channel: "private",
        externalId: "wamid.1",
        threadId: "12025550183",
        parentId: undefined,
        accountId: "110384752209417",
        replyTarget: { kind: "whatsapp", phoneNumberId: "110384752209417", to: "12025550183", quote: "wamid.1" },
        privateTarget: undefined,
        ...overrides,
      });
    let windowed: WindowedSender;

    beforeEach(() => {
      windowed = new WindowedSender();
      cases = new CaseService({ store, config, clock, senders: { whatsapp: windowed }, ackLeaseMs: 60_000 });
    });

    it("flags the case for a person, with the platform's reason, once the window has closed", async () => {
      // Prepare: acknowledged at once, then nobody answered for 25 hours.
      const { caseId } = await cases.ingest(whatsapp());
      clock.advance(25 * 3_600_000);

      // Act
      const late = cases.respond(caseId as string, { text: "Hola Dana, ya lo tenemos. Sam", responder: "sam" });

      // Assess
      await expect(late).rejects.toMatchObject({ code: "messaging_window_closed" });
      expect(windowed.sent.map((s) => s.context.automatic)).toEqual([true]);
      const flagged = await cases.get(caseId as string);
      expect(flagged.needsHuman).toContain("24-hour customer-service window");
      expect(flagged.respondedAt).toBeNull();
    });

    it("counts the window from the customer's latest message in the conversation", async () => {
      // Prepare: the customer writes again 23 hours in.
      const { caseId } = await cases.ingest(whatsapp());
      clock.advance(23 * 3_600_000);
      await cases.ingest(
        whatsapp({ externalId: "wamid.2", text: "¿Hola? Sigo esperando", receivedAt: clock.now().toISOString() }),
      );
      clock.advance(2 * 3_600_000);

      // Act
      const answered = await cases.respond(caseId as string, {
        text: "Hola Dana, ya lo tenemos. Sam",
        responder: "sam",
      });

      // Assess
      expect(answered.respondedAt).not.toBeNull();
      expect(windowed.sent.at(-1)?.context).toMatchObject({ automatic: false });
    });
  });
});

describe("CaseService: the language of the replies", () => {
  const build = (brand: Record<string, unknown> = {}) => {
    const sender = new ScriptedSender();
    const store = new MemoryCaseStore();
    const service = new CaseService({
      store,
      config: parseConfig({
        brand: { name: "Acme", signature: "Sam, Acme Care", accounts: { facebook: "PAGE" }, ...brand },
        queues: [
          {
            id: "care",
            firstResponseTarget: "PT1H",
            escalateAfter: "PT10M",
            responders: [{ name: "On-call", pagerduty: { routingKey: "k" } }],
          },
        ],
        defaultQueue: "care",
      }),
      clock: new TestClock(),
      senders: { facebook: sender },
      ackLeaseMs: 60_000,
    });
    return { sender, service };
  };
  const polish = "Moje zamówienie nie dotarło, a minęły już dwa tygodnie. Nikt nie odpowiada na wiadomości!";

  it("answers a language without a pack in the brand's default language, and says so in the history", async () => {
    // Prepare
    const { sender, service } = build({ defaultLanguage: "de" });

    // Act
    const { caseId } = await service.ingest(comment({ text: polish }));

    // Assess
    const created = await service.get(caseId as string);
    // Triage has no Polish words: whatever it is, a person answers; the acknowledgement says only that.
    expect(created).toMatchObject({ language: "pl", replyLanguage: "de", kind: "question", status: "acknowledged" });
    expect(created.languageConfidence).toBeGreaterThan(0.5);
    expect(sender.sent[0]?.text).toMatch(/^Hallo Dana, (?:danke|vielen Dank)\b/);
    expect(sender.sent[0]?.text).not.toMatch(/Frage|leid/);
    const classified = created.history.find((h) => h.type === "classified");
    expect(classified).toMatchObject({ language: "pl", replyLanguage: "de" });
    expect(classified?.languageNote).toMatch(/written in pl .*no reply wording for: replies in de/);
  });

  it("answers in English when the brand names no default language", async () => {
    // Prepare
    const { sender, service } = build();

    // Act
    await service.ingest(comment({ text: polish }));

    // Assess
    expect(sender.sent[0]?.text).toMatch(/^(Hi|Hey) Dana\b/);
  });

  it("answers a text too short to tell in the default language, with language und in its history", async () => {
    // Prepare
    const { sender, service } = build({ defaultLanguage: "fr" });

    // Act
    const { caseId } = await service.ingest(comment({ text: "??" }));

    // Assess
    const created = await service.get(caseId as string);
    expect(created).toMatchObject({ language: "fr", replyLanguage: "fr", kind: "question" });
    expect(created.languageConfidence).toBeLessThan(0.34);
    expect(created.history.find((h) => h.type === "classified")).toMatchObject({
      language: "und",
      languageNote: expect.stringMatching(/too short or mixed to tell the language .*replies in fr/),
    });
    expect(sender.sent[0]?.text).toMatch(/^Bonjour Dana\b/);
  });

  it("answers a customer in their own language whatever the default, never in a third one", async () => {
    // Prepare
    const { sender, service } = build({ defaultLanguage: "de" });

    // Act
    const { caseId } = await service.ingest(
      comment({ text: "Mi pedido no ha llegado y nadie me contesta, qué vergüenza" }),
    );

    // Assess
    expect(await service.get(caseId as string)).toMatchObject({ language: "es", replyLanguage: "es" });
    expect(sender.sent[0]?.text).toMatch(/Dana/);
    expect(sender.sent[0]?.text).not.toMatch(/Hallo/);
  });

  it("refuses a default language it cannot write, naming the field", () => {
    // Act / Assess
    expect(() => build({ defaultLanguage: "pl" })).toThrow(
      /brand\.defaultLanguage.*"pl" has no built-in reply wording/s,
    );
    expect(() => build({ defaultLanguage: "english" })).toThrow(/brand\.defaultLanguage.*two-letter/s);
  });
});
