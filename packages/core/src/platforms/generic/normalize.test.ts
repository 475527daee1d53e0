import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { InboundItem } from "../inbound.ts";
import type { Normalized } from "../platform.ts";
import { normalizeGenericMessage } from "./normalize.ts";
import { type GenericMessage, splitGenericDelivery } from "./webhook.ts";

const receivedAt = "2026-01-01T00:00:00.000Z";

const fixture = (name: string): any =>
  JSON.parse(readFileSync(new URL(`../../../../../test/fixtures/generic/${name}`, import.meta.url), "utf8"));

/** The one message a delivery of `event` is queued as. */
const messageOf = (event: unknown, webhookId = "msg_2Kq7WfT9zLcB4nVd"): GenericMessage => {
  const messages = splitGenericDelivery({
    method: "POST",
    query: {},
    headers: { "webhook-id": webhookId },
    body: Buffer.from(JSON.stringify(event)),
    receivedAt,
  });
  expect(messages).toHaveLength(1);
  return messages[0] as GenericMessage;
};

/** The item of a result, failing the test with the skip reason when there is none. */
const itemOf = (result: Normalized): InboundItem => {
  if ("skip" in result) throw new Error(`expected an item, got skip: ${result.skip}`);
  return result.item;
};

const normalized = (event: unknown, webhookId?: string) => itemOf(normalizeGenericMessage(messageOf(event, webhookId)));

describe("normalizeGenericMessage: complaints", () => {
  it("turns an e-mailed complaint into a private item keyed by its own id", () => {
    // Prepare
    const event = fixture("complaint-created-email.json");

    // Act
    const item = normalized(event);

    // Assess
    expect(item).toEqual({
      platform: "generic",
      action: "created",
      externalId: "cmp_01JP8X4T2Q7V9M3K5R6N1B0C8D",
      threadId: "cmp_01JP8X4T2Q7V9M3K5R6N1B0C8D",
      channel: "private",
      accountId: "generic",
      author: { id: "cus_7Hq2Lm9Xv", name: "Owen Pratt" },
      authoredByBrand: false,
      text: event.data.text,
      url: "https://care.tidewell.example/conversations/cmp_01JP8X4T2Q7V9M3K5R6N1B0C8D",
      occurredAt: "2025-03-12T15:02:47.512Z",
      receivedAt,
      replyTarget: { kind: "generic", channel: "email", id: "cmp_01JP8X4T2Q7V9M3K5R6N1B0C8D" },
    });
  });

  it("keeps a chat complaint private, with the customer's words as sent", () => {
    // Prepare
    const event = fixture("complaint-created-chat.json");

    // Act
    const item = normalized(event);

    // Assess
    expect(item).toMatchObject({
      externalId: "cmp_01JP8ZQ6W3E5R7T9Y1U3I5O7P9",
      channel: "private",
      author: { id: "vis_2Jt8Ks4Pq", name: "Rosa Alvarez" },
      text: event.data.text,
      replyTarget: { kind: "generic", channel: "chat", id: "cmp_01JP8ZQ6W3E5R7T9Y1U3I5O7P9" },
    });
    expect(item.parentId).toBeUndefined();
  });

  it("counts web, forum, review, social, comment and community as public, everything else as private", () => {
    // Prepare
    const channels = ["web", "forum", "review", "social", "comment", "community", "email", "chat", "phone", "sms", "X"];

    // Act
    const kinds = channels.map(
      (channel) =>
        normalized({
          ...fixture("complaint-created-email.json"),
          data: { ...fixture("complaint-created-email.json").data, channel },
        }).channel,
    );

    // Assess
    expect(kinds).toEqual([...Array(6).fill("public"), ...Array(5).fill("private")]);
  });

  it("gives a redelivery under a new webhook-id the same external id, so it makes no second case", () => {
    // Prepare
    const event = fixture("complaint-created-chat.json");

    // Act
    const first = normalized(event, "msg_first_attempt");
    const again = normalized(event, "msg_sent_again_by_a_new_tool");

    // Assess
    expect(again.externalId).toBe(first.externalId);
    expect(again).toEqual(first);
  });

  it("takes the time of the event from its timestamp, in UTC, and our own as the start of the clock", () => {
    // Prepare
    const event = { ...fixture("complaint-created-email.json"), timestamp: "2025-03-12T17:02:47.512+02:00" };

    // Act
    const item = normalized(event);

    // Assess
    expect(item.occurredAt).toBe("2025-03-12T15:02:47.512Z");
    expect(item.receivedAt).toBe(receivedAt);
  });

  it("treats an author without is_brand as a customer, and keeps an author without a name", () => {
    // Prepare
    const event = fixture("complaint-created-email.json");
    event.data.author = { id: "cus_anonymous" };
    delete event.data.url;

    // Act
    const item = normalized(event);

    // Assess
    expect(item.authoredByBrand).toBe(false);
    expect(item.author).toEqual({ id: "cus_anonymous" });
    expect(item.url).toBeUndefined();
  });

  it("keeps emoji, right-to-left text and a long letter exactly", () => {
    // Prepare
    const texts = ["الطلب لم يصل 😡", "שלום, ההזמנה שלי 📦 לא הגיעה", "I have waited. ".repeat(3000)];

    // Act
    const kept = texts.map(
      (text) =>
        normalized({
          ...fixture("complaint-created-email.json"),
          data: { ...fixture("complaint-created-email.json").data, text },
        }).text,
    );

    // Assess
    expect(kept).toEqual(texts);
  });
});

describe("normalizeGenericMessage: replies", () => {
  it("puts the brand's reply in the complaint's conversation, answering the complaint", () => {
    // Prepare
    const complaint = normalized(fixture("complaint-created-chat.json"));

    // Act
    const reply = normalized(fixture("complaint-reply-created-brand.json"));

    // Assess
    expect(reply).toMatchObject({
      platform: "generic",
      externalId: "rpl_01JP904M8N2B4V6C8X0Z2L4K6J",
      threadId: complaint.threadId,
      parentId: complaint.externalId,
      channel: "private",
      authoredByBrand: true,
      author: { id: "agt_marco", name: "Marco, Tidewell Care" },
      replyTarget: { kind: "generic", channel: "chat", id: complaint.externalId },
    });
  });

  it("makes a customer's reply a follow-up in the same conversation, not the brand's", () => {
    // Prepare
    const complaint = normalized(fixture("complaint-created-chat.json"));
    const event = fixture("complaint-reply-created-brand.json");
    event.data = {
      ...event.data,
      id: "rpl_customer_again",
      author: { id: "vis_2Jt8Ks4Pq", name: "Rosa Alvarez", is_brand: false },
      text: "Still locked out, and the order shows as shipping!",
    };

    // Act
    const reply = normalized(event);

    // Assess
    expect(reply).toMatchObject({
      externalId: "rpl_customer_again",
      threadId: complaint.threadId,
      channel: complaint.channel,
      author: complaint.author,
      authoredByBrand: false,
    });
  });

  it("answers a public complaint's reply under it, so the case is found through the reply's parent", () => {
    // Prepare
    const post = fixture("complaint-created-email.json");
    post.data.channel = "forum";
    const reply = fixture("complaint-reply-created-brand.json");
    reply.data.channel = "forum";
    reply.data.complaint_id = post.data.id;

    // Act
    const items = [normalized(post), normalized(reply)];

    // Assess
    expect(items.map((i) => i.channel)).toEqual(["public", "public"]);
    expect(items[1]?.parentId).toBe(items[0]?.externalId);
    expect(items[1]?.threadId).toBe(items[0]?.threadId);
  });
});
