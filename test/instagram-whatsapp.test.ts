import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type RunningStack, startStack } from "./support/local-stack.ts";
import { PAGE_ID } from "./support/meta.ts";
import { startPlatformStub } from "./support/platform-stub.ts";
import { sign } from "./support/sign.mjs";

const APP_SECRET = "ig-wa-app-secret";
const IG_ACCOUNT = "17841459201837465";
const PHONE_NUMBER_ID = "110384752209417";

const config = {
  brand: {
    name: "Tidewell Goods",
    signature: "Amira, Tidewell Care",
    accounts: { facebook: PAGE_ID, instagram: IG_ACCOUNT, whatsapp: PHONE_NUMBER_ID },
  },
  queues: [
    {
      id: "care",
      firstResponseTarget: "PT1H",
      escalateAfter: "PT10M",
      responders: [{ name: "Care on-call", pagerduty: { routingKey: "R1" } }],
    },
  ],
  defaultQueue: "care",
};

const fixture = (folder: string, name: string) =>
  readFileSync(new URL(`./fixtures/${folder}/${name}`, import.meta.url));

/** An Instagram comment delivery, as Meta sends it. */
const igComment = (
  id: string,
  text: string,
  from = { id: "5823017749362018", username: "jonah.bakes" },
  parent?: string,
) =>
  Buffer.from(
    JSON.stringify({
      object: "instagram",
      entry: [
        {
          id: IG_ACCOUNT,
          time: 1741791769,
          changes: [
            {
              field: "comments",
              value: { from, media: { id: "18047215563091844" }, id, text, ...(parent ? { parent_id: parent } : {}) },
            },
          ],
        },
      ],
    }),
  );

describe("Instagram and WhatsApp on the local stack", () => {
  let stack: RunningStack;
  let graph: Awaited<ReturnType<typeof startPlatformStub>>;

  const post = (body: Buffer) =>
    fetch(`${stack.url}/webhooks/meta`, {
      method: "POST",
      headers: { "content-type": "application/json", ...Object.fromEntries(sign("meta", APP_SECRET, body)) },
      body,
    });
  const caseOf = (externalId: string, has: "acknowledgedAt" | "respondedAt" | "closedAt" = "acknowledgedAt") =>
    eventually(async () => {
      const items = (await stack.api("/api/cases?limit=100")).body.items as any[];
      const found = items.find((c) => c.externalId === externalId);
      return found?.[has] ? found : undefined;
    });

  beforeAll(async () => {
    graph = await startPlatformStub();
    graph.answerWith((request) =>
      request.path.endsWith(`/${PHONE_NUMBER_ID}/messages`)
        ? {
            status: 200,
            body: { messaging_product: "whatsapp", messages: [{ id: `wamid.OUT${graph.requests.length}` }] },
          }
        : { status: 200, body: { id: `reply_${graph.requests.length}` } },
    );
    stack = await startStack({
      config,
      env: { META_APP_SECRET: APP_SECRET, META_PAGE_ACCESS_TOKEN: "page-token", META_GRAPH_URL: `${graph.url}/v23.0` },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await graph?.close();
  });

  it("acknowledges an Instagram complaint in its comment thread through /replies", async () => {
    // Act
    const response = await post(
      igComment("17900000000000001", "Ordered 3 weeks ago and still nothing. So disappointed 😞"),
    );

    // Assess
    expect(response.status).toBe(200);
    const created = await caseOf("17900000000000001");
    expect(created).toMatchObject({
      platform: "instagram",
      channel: "public",
      kind: "complaint",
      status: "acknowledged",
    });
    const reply = graph.requests.find((r) => r.path === "/v23.0/17900000000000001/replies");
    expect(reply?.method).toBe("POST");
    expect(reply?.headers.authorization).toBe("Bearer page-token");
    expect(reply?.body.message).toMatch(/Amira, Tidewell Care$/);
  });

  it("marks the case responded when the account's own person answers under it, not for our acknowledgement", async () => {
    // Prepare
    const customer = "17900000000000002";
    // Another customer: one author's comments on a post join one case.
    await post(
      igComment(customer, "My lamp arrived with a cracked shade, what now?", {
        id: "5823017749360002",
        username: "mila.k",
      }),
    );
    const ack = await eventually(async () => graph.requests.find((r) => r.path === `/v23.0/${customer}/replies`));
    await caseOf(customer);
    const account = { id: IG_ACCOUNT, username: "tidewellgoods" };

    // Act: the echo of our acknowledgement, then a person's answer.
    await post(igComment("17900000000000003", ack.body.message, account, customer));
    await new Promise((r) => setTimeout(r, 1000));
    const afterEcho = (await stack.api("/api/cases?limit=100")).body.items.find((c: any) => c.externalId === customer);
    await post(igComment("17900000000000004", "Jonah, a new shade ships today. Amira", account, customer));

    // Assess
    expect(afterEcho.respondedAt).toBeNull();
    expect((await caseOf(customer, "respondedAt")).status).toBe("responded");
  });

  it("answers an Instagram DM in the conversation, without repeating its account data", async () => {
    // Act
    expect((await post(fixture("meta-instagram", "messaging-dm.json"))).status).toBe(200);

    // Assess
    const dm = await caseOf(
      "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDU5MjAxODM3NDY1OjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI3NjA1MTE5NTQ5NTAyMjAwNQZDZD",
    );
    expect(dm).toMatchObject({ platform: "instagram", channel: "private", sensitive: true });
    const reply = graph.requests.find(
      (r) => r.path === "/v23.0/me/messages" && r.body.recipient?.id === "1187420965532208",
    );
    expect(reply?.body).toMatchObject({ messaging_type: "RESPONSE", recipient: { id: "1187420965532208" } });
    expect(JSON.stringify(reply?.body)).not.toContain("TW-48877");
  });

  it("answers a WhatsApp message from the business number, quoting it", async () => {
    // Act
    expect((await post(fixture("meta-whatsapp", "messages-text.json"))).status).toBe(200);

    // Assess
    const wa = await caseOf("wamid.HBgLMTIwMjU1NTAxODMVAgASGBQzRUIwQjlGNjI4QTc1RjQxRDA4NTJBAA==");
    expect(wa).toMatchObject({
      platform: "whatsapp",
      channel: "private",
      language: "es",
      author: { name: "Carmen Ortega" },
    });
    const reply = graph.requests.find((r) => r.path === `/v23.0/${PHONE_NUMBER_ID}/messages`);
    expect(reply?.body).toMatchObject({
      messaging_product: "whatsapp",
      to: "12025550183",
      type: "text",
      context: { message_id: "wamid.HBgLMTIwMjU1NTAxODMVAgASGBQzRUIwQjlGNjI4QTc1RjQxRDA4NTJBAA==" },
    });
    expect(reply?.body.text.body).toMatch(/^(¡?Hola|Carmen)/);
    expect(reply?.body.text.body).not.toContain("TW-49102");
  });

  it("makes no case of a WhatsApp delivery status", async () => {
    // Prepare
    const before = (await stack.api("/api/cases?limit=100")).body.items.length;

    // Act
    const response = await post(fixture("meta-whatsapp", "statuses-delivered.json"));

    // Assess
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: 0 });
    await new Promise((r) => setTimeout(r, 500));
    expect((await stack.api("/api/cases?limit=100")).body.items).toHaveLength(before);
  });

  it("refuses a forged Instagram delivery and stores nothing", async () => {
    // Prepare
    const body = igComment("17900000000000099", "forged");

    // Act
    const response = await fetch(`${stack.url}/webhooks/meta`, {
      method: "POST",
      headers: { "content-type": "application/json", ...Object.fromEntries(sign("meta", "not-the-secret", body)) },
      body,
    });

    // Assess
    expect(response.status).toBe(401);
    await new Promise((r) => setTimeout(r, 500));
    const items = (await stack.api("/api/cases?limit=100")).body.items as any[];
    expect(items.some((c) => c.externalId === "17900000000000099")).toBe(false);
  });
});
