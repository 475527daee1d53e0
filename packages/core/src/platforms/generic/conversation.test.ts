// The generic items as the case service sees them: this is where "a brand reply marks the case responded" and "a
// customer's reply is a follow-up" become true or not. Only the test reaches into cases; the platform never does.
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { MemoryCaseStore } from "../../../../../test/support/memory-case-store.ts";
import { CaseService } from "../../cases/service.ts";
import type { Clock } from "../../clock.ts";
import { parseConfig } from "../../config/load.ts";
import type { InboundItem } from "../inbound.ts";
import { generic } from "./index.ts";

const config = parseConfig({
  brand: { name: "Tidewell Goods", signature: "Marco, Tidewell Care" },
  queues: [
    {
      id: "care",
      firstResponseTarget: "PT1H",
      escalateAfter: "PT10M",
      responders: [{ name: "Care on-call", pagerduty: { routingKey: "k" } }],
    },
  ],
  routes: [],
  defaultQueue: "care",
});

const fixture = (name: string): any =>
  JSON.parse(readFileSync(new URL(`../../../../../test/fixtures/generic/${name}`, import.meta.url), "utf8"));

class TestClock implements Clock {
  time = Date.parse("2025-03-12T16:05:20.000Z");
  now = () => new Date(this.time);
}

/** An event as the router hands it to the case service: verified, split, queued, normalized. */
const itemOf = (event: unknown, receivedAt: string): InboundItem => {
  const [message] = generic.split({
    method: "POST",
    query: {},
    headers: { "webhook-id": `msg_${receivedAt.replace(/\D/g, "")}` },
    body: Buffer.from(JSON.stringify(event)),
    receivedAt,
  });
  const result = generic.normalize(message as NonNullable<typeof message>, { brandAccounts: () => new Set() });
  if ("skip" in result) throw new Error(result.skip);
  return result.item;
};

describe("generic complaints as cases", () => {
  let store: MemoryCaseStore;
  let cases: CaseService;

  beforeEach(() => {
    store = new MemoryCaseStore();
    cases = new CaseService({
      store,
      config,
      clock: new TestClock(),
      senders: generic.replySenders({}),
      channels: (platform) => generic.channels[platform] ?? {},
    });
  });

  it("flags a complaint for a person, since nothing can answer it automatically", async () => {
    // Act
    const { caseId } = await cases.ingest(itemOf(fixture("complaint-created-chat.json"), "2025-03-12T16:05:20.000Z"));

    // Assess
    const created = await cases.get(caseId as string);
    expect(created).toMatchObject({
      platform: "generic",
      channel: "private",
      externalId: "cmp_01JP8ZQ6W3E5R7T9Y1U3I5O7P9",
      acknowledgedAt: null,
      respondedAt: null,
    });
    expect(created.needsHuman).toContain("generic has no reply API");
  });

  it("makes one case of a complaint delivered twice", async () => {
    // Act
    const first = await cases.ingest(itemOf(fixture("complaint-created-chat.json"), "2025-03-12T16:05:20.000Z"));
    const again = await cases.ingest(itemOf(fixture("complaint-created-chat.json"), "2025-03-12T16:09:00.000Z"));

    // Assess
    expect(again.caseId).toBe(first.caseId);
    expect(store.cases.size).toBe(1);
  });

  it("marks a chat complaint responded when the brand's reply arrives", async () => {
    // Prepare
    const { caseId } = await cases.ingest(itemOf(fixture("complaint-created-chat.json"), "2025-03-12T16:05:20.000Z"));

    // Act
    const outcome = await cases.ingest(
      itemOf(fixture("complaint-reply-created-brand.json"), "2025-03-12T16:11:53.000Z"),
    );

    // Assess
    expect(outcome).toEqual({ caseId, outcome: "human reply recorded" });
    const responded = await cases.get(caseId as string);
    expect(responded).toMatchObject({ status: "responded", respondedAt: "2025-03-12T16:11:53.000Z" });
    expect(store.cases.size).toBe(1);
  });

  it("marks a forum complaint responded when the brand answers under it", async () => {
    // Prepare
    const post = fixture("complaint-created-email.json");
    post.data.channel = "forum";
    const reply = fixture("complaint-reply-created-brand.json");
    reply.data.channel = "forum";
    reply.data.complaint_id = post.data.id;
    const { caseId } = await cases.ingest(itemOf(post, "2025-03-12T16:05:20.000Z"));

    // Act
    await cases.ingest(itemOf(reply, "2025-03-12T16:30:00.000Z"));

    // Assess
    expect(await cases.get(caseId as string)).toMatchObject({
      channel: "public",
      respondedAt: "2025-03-12T16:30:00.000Z",
    });
  });

  it("attaches the customer's reply to their complaint's case instead of opening another", async () => {
    // Prepare
    const { caseId } = await cases.ingest(itemOf(fixture("complaint-created-chat.json"), "2025-03-12T16:05:20.000Z"));
    const reply = fixture("complaint-reply-created-brand.json");
    reply.data = {
      ...reply.data,
      id: "rpl_customer_again",
      author: { id: "vis_2Jt8Ks4Pq", name: "Rosa Alvarez", is_brand: false },
      text: "Hello?? Still locked out and the order says it is shipping!",
    };

    // Act
    const outcome = await cases.ingest(itemOf(reply, "2025-03-12T16:20:00.000Z"));

    // Assess
    expect(outcome).toEqual({ caseId, outcome: "follow-up attached" });
    expect(store.cases.size).toBe(1);
    expect((await cases.get(caseId as string)).respondedAt).toBeNull();
  });
});
