import { beforeEach, describe, expect, it } from "vitest";
import { MemoryCaseStore } from "../../../../test/support/memory-case-store.ts";
import { MemoryPageStore } from "../../../../test/support/memory-page-store.ts";
import type { CaseRecord } from "../cases/store.ts";
import { parseConfig } from "../config/load.ts";
import { OutboundError } from "../http/post.ts";
import type { PageNotice, Pager } from "./pagers/pager.ts";
import { Watchdog } from "./watchdog.ts";

const config = parseConfig({
  brand: { name: "Acme", signature: "Sam, Acme Care" },
  queues: [
    {
      id: "billing",
      firstResponseTarget: "PT30M",
      escalateAfter: "PT10M",
      responders: [
        { name: "Billing on-call", pagerduty: { routingKey: "k1" } },
        { name: "Care lead", slack: { webhookUrl: "https://hooks.slack.com/services/T/B/X" } },
      ],
    },
  ],
  defaultQueue: "billing",
});

const T0 = Date.parse("2026-03-02T10:00:00.000Z");

class FakeClock {
  time = T0;
  now = () => new Date(this.time);
  at(offsetMs: number) {
    this.time = T0 + offsetMs;
  }
}

class RecordingPager implements Pager {
  sent: PageNotice[] = [];
  failures: OutboundError[] = [];
  async send(notice: PageNotice) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push(notice);
  }
}

const caseDue = (id: string, dueOffsetMs: number, overrides: Partial<CaseRecord> = {}): CaseRecord =>
  ({
    id,
    platform: "facebook",
    channel: "public",
    externalId: id,
    threadId: "t",
    author: { id: "u", name: "Dana" },
    text: `Complaint ${id}`,
    url: `https://facebook.example/${id}`,
    language: "en",
    kind: "complaint",
    sensitive: false,
    sensitiveKinds: [],
    queue: "billing",
    status: "acknowledged",
    receivedAt: new Date(T0 + dueOffsetMs - 1_800_000).toISOString(),
    acknowledgedAt: null,
    firstResponseDueAt: new Date(T0 + dueOffsetMs).toISOString(),
    firstResponseTarget: "PT30M",
    respondedAt: null,
    closedAt: null,
    pausedAt: null,
    breached: false,
    acknowledgement: { status: "sent", replyIds: [] },
    needsHuman: null,
    accountId: "p",
    replyTarget: { kind: "comment", commentId: id },
    privateTarget: null,
    ackText: null,
    ackPurpose: null,
    ackClaimedAt: null,
    humanReplyIds: [],
    revision: 1,
    businessHours: null,
    ...overrides,
  }) as CaseRecord;

describe("Watchdog", () => {
  let cases: MemoryCaseStore;
  let pages: MemoryPageStore;
  let clock: FakeClock;
  let pagers: RecordingPager[];
  let wakeUps: { queue: string; at: Date }[];
  let watchdog: Watchdog;

  beforeEach(() => {
    cases = new MemoryCaseStore();
    pages = new MemoryPageStore();
    clock = new FakeClock();
    pagers = [new RecordingPager(), new RecordingPager()];
    wakeUps = [];
    watchdog = new Watchdog({
      cases,
      pages,
      config,
      clock,
      timers: { wakeAt: async (queue, at) => void wakeUps.push({ queue, at }) },
      pagerFor: (_queue, level) => pagers[level] as RecordingPager,
    });
  });

  const answer = (id: string) => {
    const record = cases.cases.get(id) as CaseRecord;
    cases.cases.set(id, { ...record, respondedAt: clock.now().toISOString(), status: "responded" });
  };

  it("leaves a queue alone while nothing is past due", async () => {
    await cases.create(caseDue("c1", 1000), []);

    const result = await watchdog.evaluate("billing");

    expect(result).toEqual({ pageId: null, status: "fresh" });
    expect(pagers[0]?.sent).toHaveLength(0);
  });

  it("pages the first responder once per stale episode, however often and concurrently it looks", async () => {
    // Prepare: two cases past due.
    await cases.create(caseDue("c1", -60_000), []);
    await cases.create(caseDue("c2", -1000), []);

    // Act
    await Promise.all([watchdog.evaluate("billing"), watchdog.evaluate("billing"), watchdog.sweep()]);
    clock.at(5000);
    await watchdog.evaluate("billing");

    // Assess
    expect(pages.pages.size).toBe(1);
    expect(pagers[0]?.sent).toHaveLength(1);
    expect(pagers[0]?.sent[0]).toMatchObject({
      action: "trigger",
      queueId: "billing",
      responderName: "Billing on-call",
      level: 0,
      overdueCount: 2,
      overdueCaseIds: ["c1", "c2"],
      oldestCaseId: "c1",
      oldestExcerpt: "Complaint c1",
      oldestUrl: "https://facebook.example/c1",
    });
    const history = (await cases.getWithHistory("c1"))?.history ?? [];
    expect(history.filter((h) => h.type === "page")).toHaveLength(1);
  });

  it("escalates to the next responder after escalateAfter without an acknowledgement", async () => {
    await cases.create(caseDue("c1", -1000), []);
    await watchdog.evaluate("billing");
    const [page] = pages.pages.values();
    expect(wakeUps.some((w) => w.at.toISOString() === page?.escalateAt)).toBe(true);

    clock.at(9 * 60_000);
    await watchdog.evaluate("billing");
    expect(pagers[1]?.sent).toHaveLength(0);

    clock.at(10 * 60_000);
    await watchdog.evaluate("billing");
    await watchdog.evaluate("billing");

    expect(pagers[1]?.sent).toHaveLength(1);
    expect(pagers[1]?.sent[0]).toMatchObject({ action: "trigger", level: 1, responderName: "Care lead" });
    expect((await pages.get(page?.id as string))?.escalateAt).toBeNull();
  });

  it("does not escalate an acknowledged page", async () => {
    await cases.create(caseDue("c1", -1000), []);
    const { pageId } = await watchdog.evaluate("billing");

    clock.at(60_000);
    const acked = await watchdog.acknowledge(pageId as string, "dana");
    clock.at(30 * 60_000);
    await watchdog.evaluate("billing");

    expect(acked).toMatchObject({ status: "acknowledged", acknowledgedBy: "dana" });
    expect(pagers[1]?.sent).toHaveLength(0);
  });

  it("resolves with the same dedup key to everyone paged once every overdue case is answered, then starts afresh", async () => {
    await cases.create(caseDue("c1", -1000), []);
    await cases.create(caseDue("c2", -500), []);
    await watchdog.evaluate("billing");
    clock.at(10 * 60_000);
    await watchdog.evaluate("billing");
    const dedupKey = pagers[0]?.sent[0]?.dedupKey;

    answer("c1");
    await watchdog.evaluate("billing");
    expect(pagers[0]?.sent.filter((n) => n.action === "resolve")).toHaveLength(0);

    answer("c2");
    await watchdog.evaluate("billing");
    await watchdog.evaluate("billing");

    expect(pagers[0]?.sent.filter((n) => n.action === "resolve")).toEqual([
      expect.objectContaining({ dedupKey, level: 0 }),
    ]);
    expect(pagers[1]?.sent.filter((n) => n.action === "resolve")).toEqual([
      expect.objectContaining({ dedupKey, level: 1 }),
    ]);

    // A later breach is a new episode with its own key.
    await cases.create(caseDue("c3", 11 * 60_000), []);
    clock.at(12 * 60_000);
    await watchdog.evaluate("billing");
    const triggers = pagers[0]?.sent.filter((n) => n.action === "trigger") ?? [];
    expect(triggers).toHaveLength(2);
    expect(triggers[1]?.dedupKey).not.toBe(dedupKey);
  });

  it("retries a pager that is down with backoff and Retry-After, keeping the page pending, and never sends twice", async () => {
    pagers[0]?.failures.push(
      new OutboundError("503", { delivered: "no", retryable: true, status: 503, retryAfterMs: 7000 }),
      new OutboundError("503", { delivered: "no", retryable: true, status: 503 }),
    );
    await cases.create(caseDue("c1", -1000), []);

    const { pageId } = await watchdog.evaluate("billing");
    const pending = await pages.get(pageId as string);
    expect(pending?.notices[0]).toMatchObject({ status: "pending", attempts: 1, lastError: "503" });
    expect(pending?.notices[0]?.nextAttemptAt).toBe(new Date(T0 + 7000).toISOString());
    expect(wakeUps.at(-1)?.at.toISOString()).toBe(new Date(T0 + 7000).toISOString());

    clock.at(6000);
    await watchdog.sweep();
    expect(pagers[0]?.sent).toHaveLength(0);

    clock.at(7000);
    await watchdog.sweep(); // fails again: 2 s backoff
    clock.at(9000);
    await watchdog.sweep();
    await watchdog.sweep();

    expect(pagers[0]?.sent).toHaveLength(1);
    expect((await pages.get(pageId as string))?.notices[0]).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("cancels a trigger that never went out when the queue is answered meanwhile, and sends no resolve for it", async () => {
    pagers[0]?.failures.push(new OutboundError("down", { delivered: "no", retryable: true }));
    await cases.create(caseDue("c1", -1000), []);
    await watchdog.evaluate("billing");

    answer("c1");
    clock.at(60_000);
    await watchdog.sweep();

    expect(pagers[0]?.sent).toHaveLength(0);
    const [page] = pages.pages.values();
    expect(page?.status).toBe("resolved");
    expect(page?.notices.map((n) => n.status)).toEqual(["cancelled"]);
  });

  it("never sends the customer's account data to a pager", async () => {
    await cases.create(
      caseDue("c1", -1000, { text: "Charged twice on 4111 1111 1111 1111, write to dana@example.com" }),
      [],
    );

    await watchdog.evaluate("billing");

    const excerpt = pagers[0]?.sent[0]?.oldestExcerpt ?? "";
    expect(excerpt).toContain("Charged twice");
    expect(excerpt).not.toContain("4111 1111 1111 1111");
    expect(excerpt).not.toContain("dana@example.com");
  });
});
