import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { InboundItem } from "../inbound.ts";
import type { PlatformName } from "../names.ts";
import type { NormalizeContext, Normalized } from "../platform.ts";
import { normalizeMetaMessage } from "./normalize.ts";
import { type MetaMessage as MetaIntake, splitMetaDelivery } from "./webhook.ts";

const pageId = "118204355731962";
const customerPsid = "8112349067752310";
const receivedAt = "2026-01-01T00:00:00.000Z";
/** The brand's accounts as the config lists them: `facebook` ids only, unless a test gives some. */
const brandWith = (facebook: readonly string[]): NormalizeContext => ({
  brandAccounts: (platform: PlatformName) => new Set(platform === "facebook" ? facebook : []),
});
const noOtherBrandAccounts = brandWith([]);

/** A delivery as the webhook receives it. */
const requestOf = (body: unknown) => ({
  method: "POST",
  query: {},
  headers: {},
  body: Buffer.from(JSON.stringify(body)),
  receivedAt,
});

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../../test/fixtures/meta-page/${name}`, import.meta.url), "utf8"));

/** The intakes a fixture delivery is split into, as the webhook queues them. */
const intakesOf = (name: string): MetaIntake[] => splitMetaDelivery(requestOf(fixture(name)));

const onlyIntakeOf = (name: string): MetaIntake => {
  const intakes = intakesOf(name);
  expect(intakes).toHaveLength(1);
  return intakes[0] as MetaIntake;
};

const feedIntake = (value: Record<string, unknown>, entryId = pageId): MetaIntake => ({
  source: "meta",
  object: "page",
  entryId,
  receivedAt,
  change: { field: "feed", value },
});

const messagingIntake = (messaging: Record<string, unknown>, entryId = pageId): MetaIntake => ({
  source: "meta",
  object: "page",
  entryId,
  receivedAt,
  messaging,
});

const customerComment = (overrides: Record<string, unknown> = {}) => ({
  from: { id: "7719032845120936", name: "Dana Whitlock" },
  post: { permalink_url: `https://www.facebook.com/${pageId}/posts/1209913347725510` },
  message: "Where is my order?",
  post_id: `${pageId}_1209913347725510`,
  comment_id: "1209913347725510_1034528716402277",
  created_time: 1741788191,
  item: "comment",
  parent_id: `${pageId}_1209913347725510`,
  verb: "add",
  ...overrides,
});

/** The item of a result, failing the test with the skip reason when there is none. */
const itemOf = (result: Normalized): InboundItem => {
  if ("skip" in result) throw new Error(`expected an item, got skip: ${result.skip}`);
  return result.item;
};

describe("normalizeMetaMessage: Page feed", () => {
  it("turns a customer's new comment into a public item answered in its thread", () => {
    // Prepare
    const intake = onlyIntakeOf("feed-comment-add.json");

    // Act
    const item = itemOf(normalizeMetaMessage(intake, noOtherBrandAccounts));

    // Assess
    expect(item).toMatchObject({
      platform: "facebook",
      action: "created",
      channel: "public",
      externalId: "1209913347725510_1034528716402277",
      threadId: `${pageId}_1209913347725510`,
      accountId: pageId,
      author: { id: "7719032845120936", name: "Dana Whitlock" },
      authoredByBrand: false,
      occurredAt: "2025-03-12T14:03:11.000Z",
      receivedAt,
      replyTarget: { kind: "comment", commentId: "1209913347725510_1034528716402277" },
      privateTarget: { kind: "private-reply", commentId: "1209913347725510_1034528716402277" },
    });
    expect(item.text).toMatch(/^19 days since I ordered .* WHERE IS IT\?$/);
    expect(item.url).toMatch(/^https:\/\/www\.facebook\.com\/118204355731962\/posts\/1209913347725510\?/);
    expect(item.url).toContain("comment_id=1034528716402277");
  });

  it("recognises the Page's own reply and links it to the customer's comment", () => {
    // Prepare
    const intake = onlyIntakeOf("feed-comment-page-reply.json");

    // Act
    const item = itemOf(normalizeMetaMessage(intake, noOtherBrandAccounts));

    // Assess
    expect(item).toMatchObject({
      action: "created",
      authoredByBrand: true,
      externalId: "1209913347725510_1035120093378861",
      parentId: "1209913347725510_1034528716402277",
      threadId: `${pageId}_1209913347725510`,
      author: { id: pageId },
    });
  });

  it("recognises a comment by another of the brand's accounts as the brand's", () => {
    // Prepare
    const intake = feedIntake(customerComment({ from: { id: "OTHER_BRAND_PAGE", name: "Tidewell Goods ES" } }));

    // Act
    const byBrand = itemOf(normalizeMetaMessage(intake, brandWith(["OTHER_BRAND_PAGE"])));
    const byStranger = itemOf(normalizeMetaMessage(intake, noOtherBrandAccounts));

    // Assess
    expect(byBrand.authoredByBrand).toBe(true);
    expect(byStranger.authoredByBrand).toBe(false);
  });

  it("reads an edit as the same comment, edited, with the new text", () => {
    // Prepare
    const intake = onlyIntakeOf("feed-comment-edited.json");

    // Act
    const item = itemOf(normalizeMetaMessage(intake, noOtherBrandAccounts));

    // Assess
    expect(item.action).toBe("edited");
    expect(item.externalId).toBe("1209913347725510_1034528716402277");
    expect(item.text).toContain("Order TW-48213");
  });

  it("reads a removal as removed, with no text", () => {
    // Prepare
    const intake = onlyIntakeOf("feed-comment-removed.json");

    // Act
    const item = itemOf(normalizeMetaMessage(intake, noOtherBrandAccounts));

    // Assess
    expect(item).toMatchObject({
      action: "removed",
      externalId: "1209913347725510_3319045577201186",
      text: "",
      authoredByBrand: false,
    });
  });

  it("reads a deleted comment as removed too", () => {
    // Act
    const item = itemOf(normalizeMetaMessage(feedIntake(customerComment({ verb: "delete" })), noOtherBrandAccounts));

    // Assess
    expect(item.action).toBe("removed");
  });

  it("gives each comment of a two-Page batch to the Page it was written on", () => {
    // Prepare
    const intakes = intakesOf("feed-batch-two-entries.json");

    // Act
    const items = intakes.map((intake) => itemOf(normalizeMetaMessage(intake, noOtherBrandAccounts)));

    // Assess
    expect(items.map((i) => [i.accountId, i.author.name, i.externalId])).toEqual([
      [pageId, "Priya Raman", "1209913347725510_2217460315528864"],
      ["120577309814455", "Lucía Ferrer", "1211048862370194_1182204937715308"],
    ]);
    expect(items[1]?.text).toMatch(/^Pedí dos lámparas/);
  });

  it("turns a visitor's post on the Page into an item answered under that post", () => {
    // Prepare
    const intake = feedIntake({
      item: "status",
      verb: "add",
      post_id: `${pageId}_555`,
      from: { id: "U9", name: "Ana Souza" },
      message: "Meu pedido não chegou",
      created_time: "2026-01-01T00:00:00+0000",
    });

    // Act
    const item = itemOf(normalizeMetaMessage(intake, noOtherBrandAccounts));

    // Assess
    expect(item).toMatchObject({
      externalId: `${pageId}_555`,
      threadId: `${pageId}_555`,
      channel: "public",
      replyTarget: { kind: "comment", commentId: `${pageId}_555` },
      occurredAt: "2026-01-01T00:00:00.000Z",
    });
  });

  it("skips reactions and likes, which need no answer", () => {
    // Prepare
    const reaction = feedIntake({
      item: "reaction",
      verb: "add",
      reaction_type: "angry",
      post_id: `${pageId}_1`,
      from: { id: "U1" },
    });
    const like = feedIntake({ item: "like", verb: "add", post_id: `${pageId}_1`, from: { id: "U1" } });

    // Act
    const results = [reaction, like].map((intake) => normalizeMetaMessage(intake, noOtherBrandAccounts));

    // Assess
    expect(results).toEqual([{ skip: expect.any(String) }, { skip: expect.any(String) }]);
  });

  it("skips verbs it does not know rather than answering them", () => {
    // Prepare
    const verbs = ["hide", "unblock", "follow", "mute", "something-new"];

    // Act
    const results = verbs.map((verb) =>
      normalizeMetaMessage(feedIntake(customerComment({ verb })), noOtherBrandAccounts),
    );

    // Assess
    expect(results.every((r) => "skip" in r)).toBe(true);
  });

  it("skips Page fields other than the feed, and feed changes it cannot read", () => {
    // Prepare
    const ratings: MetaIntake = { ...feedIntake({}), change: { field: "ratings", value: { review_text: "ok" } } };
    const unreadable = feedIntake({ item: "comment" });
    const commentWithoutId = feedIntake(customerComment({ comment_id: undefined, post_id: undefined }));

    // Act
    const results = [ratings, unreadable, commentWithoutId].map((i) => normalizeMetaMessage(i, noOtherBrandAccounts));

    // Assess
    expect(results.every((r) => "skip" in r)).toBe(true);
  });

  it("skips a feed change sent for an Instagram account or a WhatsApp number", () => {
    // Prepare
    const instagram: MetaIntake = { ...feedIntake(customerComment()), object: "instagram" };
    const whatsapp: MetaIntake = { ...feedIntake(customerComment()), object: "whatsapp_business_account" };

    // Act
    const results = [instagram, whatsapp].map((intake) => normalizeMetaMessage(intake, noOtherBrandAccounts));

    // Assess
    expect(results.every((r) => "skip" in r)).toBe(true);
  });
});

describe("normalizeMetaMessage: Messenger", () => {
  it("turns a customer's message into a private item answered in their conversation", () => {
    // Prepare
    const intake = onlyIntakeOf("messenger-message.json");

    // Act
    const item = itemOf(normalizeMetaMessage(intake, noOtherBrandAccounts));

    // Assess
    expect(item).toMatchObject({
      platform: "messenger",
      action: "created",
      channel: "private",
      externalId: "m_Q2xvdWRzLkZlbmNlLlBpbmVjb25lLjQ4ODIxMDM3NzY1NDE5MDIzMTc4OTA0NjY",
      threadId: customerPsid,
      accountId: pageId,
      author: { id: customerPsid },
      authoredByBrand: false,
      occurredAt: "2025-03-12T14:21:09.874Z",
      receivedAt,
      replyTarget: { kind: "message", recipientId: customerPsid },
    });
    expect(item.text).toMatch(/^Hi, I'm locked out of my Tidewell account/);
  });

  it("recognises the Page's echo and keeps it in the customer's conversation", () => {
    // Prepare
    const intake = onlyIntakeOf("messenger-message-echo.json");

    // Act
    const item = itemOf(normalizeMetaMessage(intake, noOtherBrandAccounts));

    // Assess
    expect(item).toMatchObject({
      authoredByBrand: true,
      threadId: customerPsid,
      author: { id: pageId },
      replyTarget: { kind: "message", recipientId: customerPsid },
    });
  });

  it("puts the customer's message and the Page's echo in the same conversation", () => {
    // Prepare
    const message = onlyIntakeOf("messenger-message.json");
    const echo = onlyIntakeOf("messenger-message-echo.json");

    // Act
    const [fromCustomer, fromPage] = [message, echo].map((i) => itemOf(normalizeMetaMessage(i, noOtherBrandAccounts)));

    // Assess
    expect(fromPage?.threadId).toBe(fromCustomer?.threadId);
    expect(fromPage?.externalId).not.toBe(fromCustomer?.externalId);
  });

  it("keeps an attachment-only message, with empty text", () => {
    // Prepare
    const intake = messagingIntake({
      sender: { id: "PSID_2" },
      recipient: { id: pageId },
      timestamp: 1767225600000,
      message: { mid: "m_photo", attachments: [{ type: "image", payload: { url: "https://example.com/p.jpg" } }] },
    });

    // Act
    const item = itemOf(normalizeMetaMessage(intake, noOtherBrandAccounts));

    // Assess
    expect(item).toMatchObject({ externalId: "m_photo", text: "", threadId: "PSID_2", authoredByBrand: false });
  });

  it("skips delivery and read receipts and postbacks, which carry no message", () => {
    // Prepare
    const base = { sender: { id: customerPsid }, recipient: { id: pageId }, timestamp: 1741789300000 };
    const events = [
      { ...base, delivery: { mids: ["m_1"], watermark: 1741789300000 } },
      { ...base, read: { watermark: 1741789300000 } },
      { ...base, postback: { title: "Get started", payload: "START" } },
    ];

    // Act
    const results = events.map((event) => normalizeMetaMessage(messagingIntake(event), noOtherBrandAccounts));

    // Assess
    expect(results.every((r) => "skip" in r)).toBe(true);
  });

  it("skips an intake with neither a change nor a messaging event", () => {
    // Prepare
    const empty: MetaIntake = { source: "meta", object: "page", entryId: pageId, receivedAt };

    // Act
    const result = normalizeMetaMessage(empty, noOtherBrandAccounts);

    // Assess
    expect(result).toEqual({ skip: expect.any(String) });
  });
});
