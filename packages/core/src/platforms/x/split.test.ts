import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MalformedDelivery } from "../errors.ts";
import { splitXDelivery, type XMessage, xDeliverySchema, xMessageSchema } from "./webhook.ts";

const brandId = "1487210954630066177";
const customerId = "1375502218364928001";
const receivedAt = "2026-03-12T12:00:00.000Z";

const fixture = (name: string) => readFileSync(new URL(`../../../../../test/fixtures/x/${name}`, import.meta.url));

/** A delivery as the webhook receives it: the exact bytes, or a body serialized here. */
const requestOf = (body: unknown) => ({
  method: "POST",
  query: {},
  headers: {},
  body: Buffer.isBuffer(body) ? body : Buffer.from(typeof body === "string" ? body : JSON.stringify(body)),
  receivedAt,
});

const tweet = (id: string, text: string) => ({
  id_str: id,
  text,
  user: { id_str: "2231870466", name: "Dana W.", screen_name: "dana_whitlock" },
  entities: { user_mentions: [{ id_str: brandId }] },
  timestamp_ms: "1741788191000",
});

const dm = (id: string, sender: string, recipient: string, text: string) => ({
  type: "message_create",
  id,
  created_timestamp: "1741790402388",
  message_create: { target: { recipient_id: recipient }, sender_id: sender, message_data: { text } },
});

/** The refusal a body gets, as [code, message], or ["accepted"]. */
const refusalOf = (body: unknown): string[] => {
  try {
    splitXDelivery(requestOf(body));
  } catch (error) {
    expect(error).toBeInstanceOf(MalformedDelivery);
    return [(error as MalformedDelivery).code, (error as Error).message];
  }
  return ["accepted"];
};

describe("splitXDelivery", () => {
  it("queues the customer's mention as one post message, with the brand it was delivered for", () => {
    // Act
    const messages = splitXDelivery(requestOf(fixture("tweet-create-mention-reply.json")));

    // Assess
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ source: "x", forUserId: brandId, receivedAt, kind: "tweet" });
    expect(messages[0]?.event.id_str).toBe("1899823487121046593");
    expect(messages[0]?.users).toBeUndefined();
    expect(xMessageSchema.safeParse(messages[0]).success).toBe(true);
  });

  it("queues a DM with the profiles of its sender and recipient, so the author has a name", () => {
    // Act
    const [message, ...more] = splitXDelivery(requestOf(fixture("direct-message-events.json")));

    // Assess
    expect(more).toEqual([]);
    expect(message).toMatchObject({
      source: "x",
      forUserId: brandId,
      kind: "dm",
      event: { id: "1899832760726825412" },
    });
    expect(Object.keys(message?.users ?? {}).sort()).toEqual([customerId, brandId]);
    expect(message?.users?.[customerId]).toMatchObject({ name: "Owen Pratt" });
  });

  it("gives each DM only the users it names, out of a map that holds several", () => {
    // Prepare
    const body = {
      for_user_id: brandId,
      direct_message_events: [dm("D1", "U1", brandId, "first"), dm("D2", "U2", brandId, "second")],
      users: {
        U1: { id: "U1", name: "Aiyana" },
        U2: { id: "U2", name: "Bo" },
        U3: { id: "U3", name: "Someone else" },
        [brandId]: { id: brandId, name: "Tidewell Goods" },
      },
    };

    // Act
    const messages = splitXDelivery(requestOf(body));

    // Assess
    expect(messages.map((m) => Object.keys(m.users ?? {}).sort())).toEqual([
      [brandId, "U1"],
      [brandId, "U2"],
    ]);
  });

  it("queues one message per post and per DM of a mixed delivery, in order, and none for likes or follows", () => {
    // Prepare
    const body = {
      for_user_id: brandId,
      tweet_create_events: [tweet("T1", "@TidewellGoods one"), tweet("T2", "@TidewellGoods two")],
      direct_message_events: [dm("D1", customerId, brandId, "three")],
      favorite_events: [{ id: "F1", favorited_status: { id_str: "T0" } }],
      follow_events: [{ type: "follow", source: { id: "U9" }, target: { id: brandId } }],
    };

    // Act
    const messages = splitXDelivery(requestOf(body));

    // Assess
    expect(messages.map((m) => [m.kind, m.kind === "tweet" ? m.event.id_str : m.event.id])).toEqual([
      ["tweet", "T1"],
      ["tweet", "T2"],
      ["dm", "D1"],
    ]);
    for (const message of messages) expect(xMessageSchema.safeParse(message).success).toBe(true);
  });

  it("queues nothing for deliveries of other event kinds, which need no answer", () => {
    // Prepare
    const kinds = [
      { favorite_events: [{ id: "F1" }] },
      { follow_events: [{ type: "follow" }] },
      { tweet_delete_events: [{ status: { id: "1", user_id: "2" }, timestamp_ms: "1" }] },
      { direct_message_indicate_typing_events: [{ sender_id: customerId }] },
      { direct_message_mark_read_events: [{ sender_id: customerId }] },
      { block_events: [{ type: "block" }], user_has_blocked: "true" },
      {},
    ];

    // Act
    const counts = kinds.map((events) => splitXDelivery(requestOf({ for_user_id: brandId, ...events })).length);

    // Assess
    expect(counts).toEqual(kinds.map(() => 0));
  });

  it("keeps ids above 2^53 exactly: they travel as the *_str strings, whatever JSON did to the numbers", () => {
    // Prepare: the raw bytes, with a numeric id JSON.parse cannot hold.
    const raw = `{"for_user_id":"${brandId}","tweet_create_events":[{"id":1899823487121046593,"id_str":"1899823487121046593","text":"hi","user":{"id":2231870466,"id_str":"2231870466"}}]}`;

    // Act
    const [message] = splitXDelivery(requestOf(raw));
    const queued = xMessageSchema.parse(JSON.parse(JSON.stringify(message))) as XMessage;

    // Assess
    expect(String(message?.event.id)).not.toBe("1899823487121046593");
    expect(queued.event.id_str).toBe("1899823487121046593");
    expect(queued.forUserId).toBe(brandId);
  });

  it("keeps the text of a post exactly: emoji, RTL, combining marks, control characters", () => {
    // Prepare
    const text = "@TidewellGoods 👩‍👩‍👧 طلبي لم يصل e\u0301 \u0000 \uFFFE 𝄞";

    // Act
    const [message] = splitXDelivery(requestOf({ for_user_id: brandId, tweet_create_events: [tweet("T1", text)] }));

    // Assess
    expect(message?.event.text).toBe(text);
  });
});

describe("xDeliverySchema", () => {
  it("accepts every X fixture", () => {
    // Prepare
    const names = ["direct-message-events.json", "tweet-create-brand-own.json", "tweet-create-mention-reply.json"];

    // Act
    const failures = names.filter(
      (name) => !xDeliverySchema.safeParse(JSON.parse(fixture(name).toString("utf8"))).success,
    );

    // Assess
    expect(failures).toEqual([]);
  });
});

describe("splitXDelivery: refusals", () => {
  it("refuses a body that is not JSON", () => {
    // Act / Assess
    expect(refusalOf("{ not json")).toEqual(["malformed_json", "The body is not valid JSON"]);
    expect(refusalOf("")).toEqual(["malformed_json", "The body is not valid JSON"]);
  });

  it("refuses what is not an Account Activity delivery, naming the field that is wrong", () => {
    // Act / Assess
    expect(refusalOf({})).toEqual([
      "malformed_payload",
      "Not an X Account Activity delivery: for_user_id: expected string",
    ]);
    expect(refusalOf(`{"for_user_id":${brandId}}`)[1]).toBe(
      "Not an X Account Activity delivery: for_user_id: expected string",
    );
    expect(refusalOf({ for_user_id: brandId, tweet_create_events: "nope" })[1]).toBe(
      "Not an X Account Activity delivery: tweet_create_events: expected array",
    );
    expect(refusalOf({ for_user_id: brandId, tweet_create_events: [{ id: 1, text: "no id_str" }] })[1]).toBe(
      "Not an X Account Activity delivery: tweet_create_events[0].id_str: expected string",
    );
    expect(refusalOf({ for_user_id: brandId, direct_message_events: [{ type: "message_create" }] })[1]).toBe(
      "Not an X Account Activity delivery: direct_message_events[0].id: expected string",
    );
    expect(refusalOf([{ for_user_id: brandId }])[0]).toBe("malformed_payload");
    expect(refusalOf({ for_user_id: "" })[0]).toBe("malformed_payload");
  });
});
