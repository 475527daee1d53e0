import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type RunningStack, startStack } from "./support/local-stack.ts";
import { testConfig as config } from "./support/meta.ts";
import { startPlatformStub } from "./support/platform-stub.ts";
import { sign } from "./support/sign.mjs";

const SECRET = "whsec_dGlkZXdlbGwtZ2VuZXJpYy13ZWJob29rcy1rZXk=";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/generic/${name}`, import.meta.url));

const nowSeconds = (offsetSeconds = 0) => String(Math.floor(Date.now() / 1000) + offsetSeconds);

describe("our generic complaint events on the local stack", () => {
  let stack: RunningStack;
  // Every outbound base URL points here: nothing may be sent anywhere for a generic complaint.
  let outside: Awaited<ReturnType<typeof startPlatformStub>>;
  let deliveries = 0;

  /** POSTs a body to /webhooks/generic, signed as a Standard Webhooks sender would unless headers are given. */
  const post = (body: Buffer, headers?: Record<string, string>) =>
    fetch(`${stack.url}/webhooks/generic`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(headers ??
          Object.fromEntries(
            sign("standard", SECRET, body, { id: `msg_delivery_${++deliveries}`, timestamp: nowSeconds() }),
          )),
      },
      body,
    });
  const casesNow = async () => (await stack.api("/api/cases?limit=100")).body.items as any[];
  const caseFor = async (externalId: string) => (await casesNow()).find((c) => c.externalId === externalId);
  /** Gives the router time to make any (wrong) case from what was just posted. */
  const settle = () => new Promise((r) => setTimeout(r, 1500));

  beforeAll(async () => {
    outside = await startPlatformStub();
    stack = await startStack({
      config,
      env: {
        STANDARD_WEBHOOKS_SECRET: SECRET,
        PAGERDUTY_EVENTS_URL: `${outside.url}/v2/enqueue`,
        META_GRAPH_URL: `${outside.url}/v23.0`,
        X_API_URL: outside.url,
      },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await outside?.close();
  });

  it("makes a case for a signed complaint, flagged for a person since nothing can answer it automatically", async () => {
    // Act
    const response = await post(fixture("complaint-created-email.json"));

    // Assess
    expect(response.status).toBe(200);
    const listed = await eventually(() => caseFor("cmp_01JP8X4T2Q7V9M3K5R6N1B0C8D"));
    const created = (await stack.api(`/api/cases/${listed.id}`)).body;
    expect(created).toMatchObject({
      platform: "generic",
      channel: "private",
      threadId: "cmp_01JP8X4T2Q7V9M3K5R6N1B0C8D",
      author: { id: "cus_7Hq2Lm9Xv", name: "Owen Pratt" },
      text: JSON.parse(fixture("complaint-created-email.json").toString("utf8")).data.text,
      acknowledgedAt: null,
      respondedAt: null,
    });
    expect(created.needsHuman).toMatch(/generic has no reply API: answer the customer on the channel they wrote from/);
    await settle();
    expect(outside.requests).toEqual([]);
  });

  it("makes no second case when the same complaint comes again under a new webhook-id", async () => {
    // Prepare
    const before = (await casesNow()).length;
    const body = fixture("complaint-created-email.json");

    // Act
    const again = await post(body, Object.fromEntries(sign("standard", SECRET, body, { id: "msg_resent_by_hand" })));

    // Assess
    expect(again.status).toBe(200);
    await settle();
    expect(await casesNow()).toHaveLength(before);
  });

  it("refuses forged, unsigned, tampered and stale deliveries with 401, and stores nothing", async () => {
    // Prepare
    const before = (await casesNow()).length;
    const body = fixture("complaint-created-chat.json");
    const genuine = (timestamp = nowSeconds()) =>
      Object.fromEntries(sign("standard", SECRET, body, { id: "msg_refused", timestamp }));
    const forgedWith = "whsec_c29tZW9uZSBlbHNlJ3Mga2V5IGVudGlyZWx5";

    // Act
    const responses = [
      await post(body, Object.fromEntries(sign("standard", forgedWith, body, { id: "msg_forged" }))),
      await post(body, {}),
      await post(Buffer.from(body.toString("utf8").replace("cancel an order", "cancel two orders")), genuine()),
      await post(body, genuine(nowSeconds(-6 * 60))),
      await post(body, genuine(nowSeconds(6 * 60))),
    ];

    // Assess
    expect(responses.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    const codes = await Promise.all(responses.map(async (r) => ((await r.json()) as any).error.code));
    expect(codes).toEqual([
      "bad_signature",
      "missing_signature",
      "bad_signature",
      "stale_timestamp",
      "stale_timestamp",
    ]);
    await settle();
    expect(await casesNow()).toHaveLength(before);
    expect(await caseFor("cmp_01JP8ZQ6W3E5R7T9Y1U3I5O7P9")).toBeUndefined();
  });

  it("answers 400 to a genuine delivery that is not our event, naming the field", async () => {
    // Prepare
    const event = JSON.parse(fixture("complaint-created-chat.json").toString("utf8"));
    delete event.data.text;

    // Act
    const response = await post(Buffer.from(JSON.stringify(event)));

    // Assess
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error.message).toContain("data.text");
  });

  it("answers a GET with 405: Standard Webhooks has no handshake", async () => {
    // Act
    const response = await fetch(`${stack.url}/webhooks/generic`);

    // Assess
    expect(response.status).toBe(405);
  });

  it("marks the chat complaint responded when the brand's reply arrives, without opening a case for it", async () => {
    // Prepare
    expect((await post(fixture("complaint-created-chat.json"))).status).toBe(200);
    const complaint = await eventually(() => caseFor("cmp_01JP8ZQ6W3E5R7T9Y1U3I5O7P9"));
    expect(complaint.respondedAt).toBeNull();

    // Act
    const response = await post(fixture("complaint-reply-created-brand.json"));

    // Assess
    expect(response.status).toBe(200);
    const responded = await eventually(async () => {
      const found = await caseFor("cmp_01JP8ZQ6W3E5R7T9Y1U3I5O7P9");
      return found?.respondedAt ? found : undefined;
    });
    expect(responded.status).toBe("responded");
    expect(await caseFor("rpl_01JP904M8N2B4V6C8X0Z2L4K6J")).toBeUndefined();
    expect(outside.requests).toEqual([]);
  });
});
