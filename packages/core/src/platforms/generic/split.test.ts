import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../errors.ts";
import { statusOf } from "../../http/statuses.ts";
import { genericMessageSchema, splitGenericDelivery } from "./webhook.ts";

const fixtureText = (name: string) =>
  readFileSync(new URL(`../../../../../test/fixtures/generic/${name}`, import.meta.url), "utf8");
const fixture = (name: string): any => JSON.parse(fixtureText(name));

const receivedAt = "2026-01-01T00:00:00.000Z";

/** A verified delivery as the webhook hands it on. */
const requestOf = (body: unknown, webhookId = "msg_2Kq7WfT9zLcB4nVd") => ({
  method: "POST",
  query: {},
  headers: { "webhook-id": webhookId },
  body: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)),
  receivedAt,
});

/** The email fixture with `change` applied to a copy. */
const emailWith = (change: (event: any) => void) => {
  const event = fixture("complaint-created-email.json");
  change(event);
  return event;
};

/** The refusal a body gets, failing the test when it is accepted. */
const refusalOf = (body: unknown): DomainError => {
  try {
    splitGenericDelivery(requestOf(body));
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error("expected the delivery to be refused");
};

describe("splitGenericDelivery", () => {
  it("queues one message per delivery, traced by its webhook-id, with the event as sent", () => {
    // Prepare
    const request = requestOf(fixtureText("complaint-created-email.json"), "msg_2Kq7WfT9zLcB4nVd");

    // Act
    const messages = splitGenericDelivery(request);

    // Assess
    expect(messages).toEqual([
      {
        source: "generic",
        deliveryId: "msg_2Kq7WfT9zLcB4nVd",
        receivedAt,
        event: fixture("complaint-created-email.json"),
      },
    ]);
    expect(genericMessageSchema.safeParse(messages[0]).success).toBe(true);
  });

  it("reads every generic fixture, replies included", () => {
    // Prepare
    const names = ["complaint-created-email.json", "complaint-created-chat.json", "complaint-reply-created-brand.json"];

    // Act
    const events = names.map((name) => splitGenericDelivery(requestOf(fixtureText(name)))[0]?.event);

    // Assess
    expect(events.map((e) => [e?.type, e?.data.channel, e?.data.author.is_brand])).toEqual([
      ["complaint.created", "email", false],
      ["complaint.created", "chat", false],
      ["complaint.reply_created", "chat", true],
    ]);
    expect(events[2]?.data.complaint_id).toBe("cmp_01JP8ZQ6W3E5R7T9Y1U3I5O7P9");
  });

  it("keeps the text exactly: emoji, RTL, combining marks, control characters and a long letter", () => {
    // Prepare
    const texts = [
      "Order 📦 never came 😡 👩🏽‍💻 𝔸𝕔𝕞𝕖",
      "طلبي رقم TW-4471 لم يصل",
      "e\u0301te\u0301 \u200f mixed \u200e",
      "nul\u0000 bell\u0007 \uFFFE \uFFFF",
      "Long story. ".repeat(5000),
    ];

    // Act
    const kept = texts.map(
      (text) => splitGenericDelivery(requestOf(emailWith((e) => Object.assign(e.data, { text }))))[0]?.event.data.text,
    );

    // Assess
    expect(kept).toEqual(texts);
  });

  it("drops fields it does not read instead of refusing them", () => {
    // Prepare
    const event = emailWith((e) => {
      e.data.priority = "high";
      e.version = 3;
    });

    // Act
    const [message] = splitGenericDelivery(requestOf(event));

    // Assess
    expect(message?.event).toEqual(fixture("complaint-created-email.json"));
  });

  it("accepts an event without url, author name or is_brand, and a timestamp with an offset", () => {
    // Prepare
    const event = emailWith((e) => {
      delete e.data.url;
      delete e.data.author.name;
      delete e.data.author.is_brand;
      e.timestamp = "2025-03-12T17:02:47+02:00";
    });

    // Act
    const [message] = splitGenericDelivery(requestOf(event));

    // Assess
    expect(message?.event.data.author).toEqual({ id: "cus_7Hq2Lm9Xv" });
  });

  it("refuses a body that is not JSON (400)", () => {
    // Act
    const errors = ["{ not json", "", "complaint.created"].map(refusalOf);

    // Assess
    expect(errors.map((e) => [statusOf(e), e.code])).toEqual([0, 1, 2].map(() => [400, "malformed_json"]));
  });

  it("refuses an event that is not ours, naming the field that is wrong (400)", () => {
    // Prepare
    const cases: [string, unknown][] = [
      ["type", emailWith((e) => Object.assign(e, { type: "complaint.deleted" }))],
      ["type", emailWith((e) => delete e.type)],
      ["timestamp", emailWith((e) => Object.assign(e, { timestamp: "last Tuesday" }))],
      ["data", emailWith((e) => delete e.data)],
      ["data.id", emailWith((e) => delete e.data.id)],
      ["data.id", emailWith((e) => Object.assign(e.data, { id: "" }))],
      ["data.text", emailWith((e) => delete e.data.text)],
      ["data.channel", emailWith((e) => delete e.data.channel)],
      ["data.author", emailWith((e) => delete e.data.author)],
      ["data.author.id", emailWith((e) => delete e.data.author.id)],
      ["data.author.is_brand", emailWith((e) => Object.assign(e.data.author, { is_brand: "yes" }))],
      ["data.url", emailWith((e) => Object.assign(e.data, { url: "javascript:alert(1)" }))],
      ["(the body)", [fixture("complaint-created-email.json")]],
    ];

    // Act
    const errors = cases.map(([, body]) => refusalOf(body));

    // Assess
    expect(errors.map((e) => [statusOf(e), e.code])).toEqual(cases.map(() => [400, "malformed_payload"]));
    expect(errors.map((e) => e.message.split(": ")[1])).toEqual(cases.map(([field]) => field));
  });

  it("refuses a reply that does not say which complaint it answers (400)", () => {
    // Prepare
    const reply = fixture("complaint-reply-created-brand.json");
    delete reply.data.complaint_id;

    // Act
    const error = refusalOf(reply);

    // Assess
    expect(statusOf(error)).toBe(400);
    expect(error.message).toContain("data.complaint_id");
  });
});
