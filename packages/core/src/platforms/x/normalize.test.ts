import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { InboundItem } from "../inbound.ts";
import type { PlatformName } from "../names.ts";
import type { NormalizeContext, Normalized } from "../platform.ts";
import { normalizeXMessage } from "./normalize.ts";
import { splitXDelivery, type XMessage } from "./webhook.ts";

const brandId = "1487210954630066177";
const danaId = "2231870466";
const owenId = "1375502218364928001";
const receivedAt = "2026-03-12T12:00:00.000Z";

/** The brand's accounts as the config lists them: `x` ids only, unless a test gives some. */
const brandWith = (x: readonly string[]): NormalizeContext => ({
  brandAccounts: (platform: PlatformName) => new Set(platform === "x" ? x : []),
});
const brand = brandWith([brandId]);
const noBrandAccounts = brandWith([]);

const fixture = (name: string) => readFileSync(new URL(`../../../../../test/fixtures/x/${name}`, import.meta.url));

/** The only message a fixture delivery is split into, as the webhook queues it. */
const onlyMessageOf = (name: string): XMessage => {
  const messages = splitXDelivery({ method: "POST", query: {}, headers: {}, body: fixture(name), receivedAt });
  expect(messages).toHaveLength(1);
  return messages[0] as XMessage;
};

const tweetMessage = (event: Record<string, unknown>): XMessage => ({
  source: "x",
  forUserId: brandId,
  receivedAt,
  kind: "tweet",
  event,
});

const customerTweet = (overrides: Record<string, unknown> = {}) => ({
  id_str: "1900000000000000001",
  text: "@TidewellGoods where is my order?",
  display_text_range: [15, 33],
  in_reply_to_status_id_str: null,
  in_reply_to_user_id_str: null,
  user: { id_str: danaId, name: "Dana W.", screen_name: "dana_whitlock" },
  entities: { user_mentions: [{ id_str: brandId, screen_name: "TidewellGoods" }] },
  timestamp_ms: "1741788191000",
  ...overrides,
});

const dmMessage = (sender: string, recipient: string, overrides: Record<string, unknown> = {}): XMessage => ({
  source: "x",
  forUserId: brandId,
  receivedAt,
  kind: "dm",
  event: {
    type: "message_create",
    id: "1899832760726825999",
    created_timestamp: "1741790402388",
    message_create: { target: { recipient_id: recipient }, sender_id: sender, message_data: { text: "hello" } },
    ...overrides,
  },
  users: { [owenId]: { id: owenId, name: "Owen Pratt" }, [brandId]: { id: brandId, name: "Tidewell Goods" } },
});

/** The item of a result, failing the test with the skip reason when there is none. */
const itemOf = (result: Normalized): InboundItem => {
  if ("skip" in result) throw new Error(`expected an item, got skip: ${result.skip}`);
  return result.item;
};

describe("normalizeXMessage: posts", () => {
  it("turns the customer's angry reply to the brand's post into a public item answered in that thread", () => {
    // Prepare
    const message = onlyMessageOf("tweet-create-mention-reply.json");

    // Act
    const item = itemOf(normalizeXMessage(message, brand));

    // Assess
    expect(item).toEqual({
      platform: "x",
      action: "created",
      externalId: "1899823487121046593",
      threadId: "1899399900167806723",
      parentId: "1899399900167806723",
      channel: "public",
      accountId: brandId,
      author: { id: danaId, name: "Dana W." },
      authoredByBrand: false,
      text: "@TidewellGoods cute spring sale, but how about delivering what people already paid for? 19 days, tracking frozen since March 1. Worst online order I've ever placed.",
      url: "https://x.com/dana_whitlock/status/1899823487121046593",
      occurredAt: "2025-03-12T14:03:11.000Z",
      receivedAt,
      replyTarget: { kind: "tweet", tweetId: "1899823487121046593" },
      privateTarget: { kind: "dm", participantId: danaId },
    });
  });

  it("recognises the brand's own reply and links it to the customer's post, without X's leading @mention", () => {
    // Prepare
    const message = onlyMessageOf("tweet-create-brand-own.json");

    // Act
    const item = itemOf(normalizeXMessage(message, brand));

    // Assess
    expect(item).toMatchObject({
      authoredByBrand: true,
      externalId: "1899838485953410818",
      parentId: "1899823487121046593",
      threadId: "1899823487121046593",
      author: { id: brandId, name: "Tidewell Goods" },
      url: "https://x.com/TidewellGoods/status/1899838485953410818",
      occurredAt: "2025-03-12T15:02:47.000Z",
    });
    // What a person on the team wrote, as our own acknowledgement would come back: without "@dana_whitlock ".
    expect(item.text).toBe(
      "Dana, we're really sorry. That's far too long after paying for express. We've sent you a DM so we can chase the courier with you today. ^Marco",
    );
  });

  it("recognises a post by another of the brand's accounts as the brand's", () => {
    // Prepare
    const message = tweetMessage(
      customerTweet({ user: { id_str: "1500000000000000042", name: "Tidewell Care", screen_name: "TidewellCare" } }),
    );

    // Act
    const byBrand = itemOf(normalizeXMessage(message, brandWith([brandId, "1500000000000000042"])));
    const byStranger = itemOf(normalizeXMessage(message, brand));

    // Assess
    expect(byBrand.authoredByBrand).toBe(true);
    expect(byStranger.authoredByBrand).toBe(false);
  });

  it("recognises the brand's own posts by for_user_id even when the config lists no X account", () => {
    // Prepare
    const message = onlyMessageOf("tweet-create-brand-own.json");

    // Act
    const item = itemOf(normalizeXMessage(message, noBrandAccounts));

    // Assess
    expect(item.authoredByBrand).toBe(true);
  });

  it("takes the whole text of a long post from extended_tweet, with emoji, RTL and its own mentions", () => {
    // Prepare: over 140 characters, so X sends a truncated `text` and the full one in `extended_tweet`.
    const fullText = `@TidewellGoods ${"طلبي لم يصل بعد، ".repeat(12)}👩‍👩‍👧 ${"the parcel never came ".repeat(6)}…end`;
    const message = tweetMessage(
      customerTweet({
        text: `${fullText.slice(0, 120)}… https://t.co/abc`,
        truncated: true,
        entities: { user_mentions: [] },
        extended_tweet: {
          full_text: fullText,
          display_text_range: [15, Array.from(fullText).length],
          entities: { user_mentions: [{ id_str: brandId }] },
        },
      }),
    );

    // Act
    const item = itemOf(normalizeXMessage(message, brand));

    // Assess
    expect(item.text).toBe(fullText);
    expect(Array.from(item.text).length).toBeGreaterThan(280);
  });

  it("answers a post that quotes the brand's, and one that replies to it without a mention", () => {
    // Prepare
    const quote = tweetMessage(
      customerTweet({
        text: "this is what they call customer care?",
        entities: { user_mentions: [] },
        is_quote_status: true,
        quoted_status: { id_str: "1899399900167806723", user: { id_str: brandId } },
      }),
    );
    const reply = tweetMessage(
      customerTweet({
        text: "still waiting",
        entities: { user_mentions: [] },
        in_reply_to_status_id_str: "1899399900167806723",
        in_reply_to_user_id_str: brandId,
      }),
    );

    // Act
    const items = [quote, reply].map((message) => itemOf(normalizeXMessage(message, brand)));

    // Assess
    expect(items.map((i) => [i.threadId, i.parentId, i.authoredByBrand])).toEqual([
      ["1900000000000000001", undefined, false],
      ["1899399900167806723", "1899399900167806723", false],
    ]);
  });

  it("skips reposts, even of a complaint, and posts that do not address the brand", () => {
    // Prepare
    const repost = tweetMessage(
      customerTweet({
        text: "RT @someone: @TidewellGoods never again",
        retweeted_status: { id_str: "1899000000000000000", user: { id_str: "42" } },
      }),
    );
    const aside = tweetMessage(
      customerTweet({
        text: "@friend I ordered from them too",
        entities: { user_mentions: [{ id_str: "999" }] },
        in_reply_to_user_id_str: "999",
        in_reply_to_status_id_str: "1899000000000000001",
      }),
    );
    const quotesSomeoneElse = tweetMessage(
      customerTweet({ entities: { user_mentions: [] }, quoted_status: { user: { id_str: "999" } } }),
    );

    // Act
    const results = [repost, aside, quotesSomeoneElse].map((message) => normalizeXMessage(message, brand));

    // Assess
    expect(results).toEqual([
      { skip: "a repost adds no words of its own" },
      { skip: expect.stringContaining("neither mentions, answers nor quotes the brand") },
      { skip: expect.stringContaining("neither mentions, answers nor quotes the brand") },
    ]);
  });

  it("reads every id from its *_str twin: ids above 2^53 keep their last digits", () => {
    // Prepare: the numbers as JSON.parse leaves them, next to the exact strings.
    const event = JSON.parse(
      `{"id":1899823487121046593,"id_str":"1899823487121046593","text":"@TidewellGoods hi","in_reply_to_status_id":1899399900167806723,"in_reply_to_status_id_str":"1899399900167806723","in_reply_to_user_id":${brandId},"in_reply_to_user_id_str":"${brandId}","user":{"id":1900000000000000777,"id_str":"1900000000000000777","name":"Zed","screen_name":"zed"},"timestamp_ms":"1741788191000"}`,
    );

    // Act
    const item = itemOf(normalizeXMessage(tweetMessage(event), brand));

    // Assess
    expect(String(event.id)).not.toBe("1899823487121046593");
    expect(item).toMatchObject({
      externalId: "1899823487121046593",
      threadId: "1899399900167806723",
      parentId: "1899399900167806723",
      author: { id: "1900000000000000777" },
      replyTarget: { kind: "tweet", tweetId: "1899823487121046593" },
      privateTarget: { kind: "dm", participantId: "1900000000000000777" },
    });
  });

  it("keeps a customer's text exactly as posted: ZWJ emoji, combining marks, RTL, NUL, U+FFFF", () => {
    // Prepare
    const texts = [
      "@TidewellGoods 👨‍👩‍👧‍👦 🏳️‍🌈 still nothing",
      "@TidewellGoods ¿Dónde está mi pedido? e\u0301 n\u0303",
      "@TidewellGoods ‏طلبي لم يصل‏ و‎ABC‎",
      "@TidewellGoods \u0000\u0007\uFFFE\uFFFF 𝄞𠜎",
      "@TidewellGoods  two  spaces\nand a line",
    ];

    // Act
    const items = texts.map((text) => itemOf(normalizeXMessage(tweetMessage(customerTweet({ text })), brand)));

    // Assess
    expect(items.map((i) => i.text)).toEqual(texts);
  });

  it("dates a post by timestamp_ms, else by created_at, else by when we received it", () => {
    // Prepare
    const withMillis = customerTweet({ timestamp_ms: "1741788191123" });
    const withDate = customerTweet({ timestamp_ms: undefined, created_at: "Wed Mar 12 14:03:11 +0000 2025" });
    const withNothing = customerTweet({ timestamp_ms: undefined });

    // Act
    const dates = [withMillis, withDate, withNothing].map(
      (event) => itemOf(normalizeXMessage(tweetMessage(event), brand)).occurredAt,
    );

    // Assess
    expect(dates).toEqual(["2025-03-12T14:03:11.123Z", "2025-03-12T14:03:11.000Z", receivedAt]);
  });

  it("keeps a brand post's text whole when what precedes the visible part is not only mentions", () => {
    // Prepare
    const event = customerTweet({
      user: { id_str: brandId, name: "Tidewell Goods", screen_name: "TidewellGoods" },
      text: "Big news: spring sale",
      display_text_range: [10, 21],
    });

    // Act
    const item = itemOf(normalizeXMessage(tweetMessage(event), brand));

    // Assess
    expect(item.text).toBe("Big news: spring sale");
  });

  it("skips a post without the fields it is read by, naming the first one missing", () => {
    // Prepare
    const noUser = tweetMessage({ id_str: "1", text: "@TidewellGoods hi" });

    // Act
    const result = normalizeXMessage(noUser, brand);

    // Assess
    expect(result).toEqual({ skip: "X post without the fields we read (user)" });
  });
});

describe("normalizeXMessage: DMs", () => {
  it("turns a customer's DM into a private item answered in the conversation, named from the users map", () => {
    // Prepare
    const message = onlyMessageOf("direct-message-events.json");

    // Act
    const item = itemOf(normalizeXMessage(message, brand));

    // Assess
    expect(item).toMatchObject({
      platform: "x",
      action: "created",
      externalId: "1899832760726825412",
      threadId: owenId,
      channel: "private",
      accountId: brandId,
      author: { id: owenId, name: "Owen Pratt" },
      authoredByBrand: false,
      occurredAt: "2025-03-12T14:40:02.388Z",
      receivedAt,
      replyTarget: { kind: "dm", participantId: owenId },
    });
    expect(item.text).toMatch(/^Hi, your checkout charged my card twice for order TW-50311, .* second charge\?$/);
    expect(item.privateTarget).toBeUndefined();
  });

  it("recognises the brand's own DM and files it under the customer's conversation", () => {
    // Prepare
    const fromBrand = dmMessage(brandId, owenId);
    const fromOtherBrandAccount = { ...dmMessage("1500000000000000042", owenId), forUserId: "1500000000000000042" };

    // Act
    const items = [fromBrand, fromOtherBrandAccount].map((m) =>
      itemOf(normalizeXMessage(m, brandWith([brandId, "1500000000000000042"]))),
    );

    // Assess
    for (const item of items) {
      expect(item).toMatchObject({ authoredByBrand: true, threadId: owenId, channel: "private" });
      expect(item.replyTarget).toEqual({ kind: "dm", participantId: owenId });
    }
    expect(items[0]?.author).toEqual({ id: brandId, name: "Tidewell Goods" });
  });

  it("keeps a DM's text exactly, and works without a users map (no name)", () => {
    // Prepare
    const text = "طلبي رقم ١٢٣ لم يصل 😡\u200d🔥 and e\u0301";
    const message: XMessage = {
      ...dmMessage(owenId, brandId, {
        message_create: { target: { recipient_id: brandId }, sender_id: owenId, message_data: { text } },
      }),
      users: undefined,
    };

    // Act
    const item = itemOf(normalizeXMessage(message, brand));

    // Assess
    expect(item.text).toBe(text);
    expect(item.author).toEqual({ id: owenId });
  });

  it("skips DM events that are not messages, and ones without the fields it reads", () => {
    // Prepare
    const notAMessage = dmMessage(owenId, brandId, { type: "welcome_message_create", message_create: undefined });
    const noSender = dmMessage(owenId, brandId, { message_create: { target: { recipient_id: brandId } } });

    // Act
    const results = [notAMessage, noSender].map((m) => normalizeXMessage(m, brand));

    // Assess
    expect(results).toEqual([
      { skip: 'X DM event "welcome_message_create" is not a message' },
      { skip: "X DM event without the fields we read (message_create.sender_id)" },
    ]);
  });
});
