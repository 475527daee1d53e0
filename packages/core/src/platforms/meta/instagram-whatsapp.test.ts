import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { InboundItem } from "../inbound.ts";
import type { PlatformName } from "../names.ts";
import type { NormalizeContext, Normalized } from "../platform.ts";
import { normalizeMetaMessage } from "./normalize.ts";
import { type MetaMessage, splitMetaDelivery } from "./webhook.ts";

const igAccount = "17841459201837465";
const phoneNumberId = "110384752209417";
const receivedAt = "2026-03-12T12:00:00.000Z";

const raw = (folder: string, name: string) =>
  readFileSync(new URL(`../../../../../test/fixtures/${folder}/${name}`, import.meta.url));

const requestOf = (body: Buffer | unknown) => ({
  method: "POST",
  query: {},
  headers: {},
  body: Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body)),
  receivedAt,
});

const brand = (accounts: Partial<Record<PlatformName, string[]>> = {}): NormalizeContext => ({
  brandAccounts: (platform) => new Set(accounts[platform] ?? []),
});

const itemOf = (result: Normalized): InboundItem => {
  if ("skip" in result) throw new Error(`expected an item, got skip: ${result.skip}`);
  return result.item;
};

const onlyMessageOf = (folder: string, name: string): MetaMessage => {
  const messages = splitMetaDelivery(requestOf(raw(folder, name)));
  expect(messages).toHaveLength(1);
  return messages[0] as MetaMessage;
};

describe("Instagram comments", () => {
  it("turns a customer's comment into a public case answered under it through /replies", () => {
    // Prepare
    const message = onlyMessageOf("meta-instagram", "comments-praise.json");

    // Act
    const item = itemOf(normalizeMetaMessage(message, brand({ instagram: [igAccount] })));

    // Assess
    expect(item).toMatchObject({
      platform: "instagram",
      channel: "public",
      externalId: "17912346578901234",
      threadId: "18047215563091844",
      accountId: igAccount,
      author: { id: "5823017749362018", name: "jonah.bakes" },
      authoredByBrand: false,
      replyTarget: { kind: "ig-comment", commentId: "17912346578901234" },
      privateTarget: { kind: "private-reply", commentId: "17912346578901234" },
    });
    expect(item.text).toContain("Linen napkins arrived yesterday");
  });

  it("recognises the account's own reply and links it to the comment it answers", () => {
    // Prepare
    const message = onlyMessageOf("meta-instagram", "comments-brand-reply.json");

    // Act
    const item = itemOf(normalizeMetaMessage(message, brand()));

    // Assess
    expect(item).toMatchObject({ platform: "instagram", authoredByBrand: true, parentId: "17912346578901234" });
  });

  it("answers a reply to a reply in its top-level thread, the only level Instagram has", () => {
    // Prepare
    const body = JSON.parse(raw("meta-instagram", "comments-praise.json").toString()) as {
      entry: { changes: { value: Record<string, unknown> }[] }[];
    };
    const value = body.entry[0]?.changes[0]?.value as Record<string, unknown>;
    Object.assign(value, { id: "17999", parent_id: "17888", text: "me too, still no refund 😡" });

    // Act
    const item = itemOf(normalizeMetaMessage(onlyMessageOf2(body), brand()));

    // Assess
    expect(item.replyTarget).toEqual({ kind: "ig-comment", commentId: "17888" });
    expect(item.privateTarget).toEqual({ kind: "private-reply", commentId: "17999" });
  });

  it("skips fields that need no answer (mentions, live comments)", () => {
    const message: MetaMessage = {
      source: "meta",
      object: "instagram",
      entryId: igAccount,
      receivedAt,
      change: { field: "live_comments", value: {} },
    };
    expect("skip" in normalizeMetaMessage(message, brand())).toBe(true);
  });
});

const onlyMessageOf2 = (body: unknown): MetaMessage => {
  const messages = splitMetaDelivery(requestOf(body));
  expect(messages).toHaveLength(1);
  return messages[0] as MetaMessage;
};

describe("Instagram DMs", () => {
  it("turns a DM into a private case in the customer's conversation", () => {
    // Act
    const item = itemOf(normalizeMetaMessage(onlyMessageOf("meta-instagram", "messaging-dm.json"), brand()));

    // Assess
    expect(item).toMatchObject({
      platform: "instagram",
      channel: "private",
      threadId: "1187420965532208",
      authoredByBrand: false,
      replyTarget: { kind: "message", recipientId: "1187420965532208" },
    });
    expect(item.text).toContain("You charged me TWICE");
  });

  it("recognises the account's own DM (an echo) in the same conversation", () => {
    // Act
    const item = itemOf(normalizeMetaMessage(onlyMessageOf("meta-instagram", "messaging-dm-echo.json"), brand()));

    // Assess
    expect(item).toMatchObject({ authoredByBrand: true, threadId: "1187420965532208", channel: "private" });
  });
});

describe("WhatsApp", () => {
  it("turns a text message into a private case for the business number, quoting it when answered", () => {
    // Act
    const item = itemOf(
      normalizeMetaMessage(onlyMessageOf("meta-whatsapp", "messages-text.json"), brand({ whatsapp: [phoneNumberId] })),
    );

    // Assess
    expect(item).toMatchObject({
      platform: "whatsapp",
      channel: "private",
      externalId: "wamid.HBgLMTIwMjU1NTAxODMVAgASGBQzRUIwQjlGNjI4QTc1RjQxRDA4NTJBAA==",
      threadId: "12025550183",
      accountId: phoneNumberId,
      author: { id: "12025550183", name: "Carmen Ortega" },
      authoredByBrand: false,
      occurredAt: "2025-03-12T16:45:30.000Z",
      replyTarget: {
        kind: "whatsapp",
        phoneNumberId,
        to: "12025550183",
        quote: "wamid.HBgLMTIwMjU1NTAxODMVAgASGBQzRUIwQjlGNjI4QTc1RjQxRDA4NTJBAA==",
      },
    });
    expect(item.text).toMatch(/^Hola\. Mi pedido TW-49102/);
  });

  it("makes nothing of statuses: the business's own messages never come back as messages", () => {
    // Act
    const messages = splitMetaDelivery(requestOf(raw("meta-whatsapp", "statuses-delivered.json")));

    // Assess
    expect(messages).toEqual([]);
  });

  it("splits a change with several messages into one each, and reads a captioned photo's caption", () => {
    // Prepare
    const body = JSON.parse(raw("meta-whatsapp", "messages-text.json").toString()) as {
      entry: { changes: { value: { messages: unknown[] } }[] }[];
    };
    const value = body.entry[0]?.changes[0]?.value as { messages: unknown[] };
    value.messages.push(
      {
        from: "12025550183",
        id: "wamid.PHOTO",
        timestamp: "1741797990",
        type: "image",
        image: { id: "m1", caption: "así llegó 📦💔" },
      },
      { from: "12025550183", id: "wamid.STICKER", timestamp: "1741797999", type: "sticker", sticker: { id: "s1" } },
    );

    // Act
    const results = splitMetaDelivery(requestOf(body)).map((m) => normalizeMetaMessage(m, brand()));

    // Assess
    expect(results).toHaveLength(3);
    expect(itemOf(results[1] as Normalized)).toMatchObject({ externalId: "wamid.PHOTO", text: "así llegó 📦💔" });
    expect("skip" in (results[2] as Normalized)).toBe(true);
  });

  it("skips a number that is not one of the brand's when brand.accounts.whatsapp lists them", () => {
    // Act
    const result = normalizeMetaMessage(
      onlyMessageOf("meta-whatsapp", "messages-text.json"),
      brand({ whatsapp: ["999"] }),
    );

    // Assess
    expect(result).toEqual({ skip: `WhatsApp number ${phoneNumberId} is not one of brand.accounts.whatsapp` });
  });
});
