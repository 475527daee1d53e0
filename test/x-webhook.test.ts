import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type RunningStack, startStack } from "./support/local-stack.ts";
import { testConfig } from "./support/meta.ts";
import { startPlatformStub } from "./support/platform-stub.ts";
import { sign } from "./support/sign.mjs";

const CONSUMER_SECRET = "x-consumer-secret-for-tests";
const ACCESS_TOKEN = "x-user-context-token";
/** The brand's X account: the fixtures' `for_user_id`. */
const BRAND_ID = "1487210954630066177";
const MENTION_ID = "1899823487121046593";
const DM_SENDER_ID = "1375502218364928001";

const config = {
  ...testConfig,
  brand: { ...testConfig.brand, accounts: { ...testConfig.brand.accounts, x: BRAND_ID } },
};

const fixture = (name: string) => readFileSync(new URL(`./fixtures/x/${name}`, import.meta.url));

describe("X on the local stack", () => {
  let stack: RunningStack;
  let api: Awaited<ReturnType<typeof startPlatformStub>>;
  let postIds = 0;

  const post = (body: Buffer, headers: Record<string, string> = Object.fromEntries(sign("x", CONSUMER_SECRET, body))) =>
    fetch(`${stack.url}/webhooks/x`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
  const casesNow = async () => (await stack.api("/api/cases?limit=100")).body.items as any[];
  const caseFor = async (externalId: string) => (await casesNow()).find((c) => c.externalId === externalId);
  const requestsTo = (path: string) => api.requests.filter((r) => r.path === path);
  const acknowledgedCase = (externalId: string): Promise<any> =>
    eventually(async () => {
      const found = await caseFor(externalId);
      return found?.acknowledgedAt ? found : undefined;
    });

  beforeAll(async () => {
    api = await startPlatformStub();
    // Answer as the X API v2 does: 201 with the new post's id, or the DM event's id.
    api.answerWith((request) =>
      request.path === "/2/tweets"
        ? { status: 201, body: { data: { id: `19000000000000${String(++postIds).padStart(5, "0")}`, text: "…" } } }
        : { status: 201, body: { data: { dm_conversation_id: "c", dm_event_id: `1900000000000099${++postIds}` } } },
    );
    stack = await startStack({
      config,
      env: { X_CONSUMER_SECRET: CONSUMER_SECRET, X_ACCESS_TOKEN: ACCESS_TOKEN, X_API_URL: api.url },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await api?.close();
  });

  it("answers X's CRC check byte for byte, and refuses a GET without a token", async () => {
    // Act
    const token = "ZTkyMzE4ZjAtYTg2Ny00YjZm+LWI3ODc/NDYxNTc2M2E4NmQ2";
    const crc = await fetch(`${stack.url}/webhooks/x?crc_token=${encodeURIComponent(token)}`);
    const bare = await fetch(`${stack.url}/webhooks/x`);

    // Assess
    expect(crc.status).toBe(200);
    expect(crc.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await crc.text()).toBe(JSON.stringify(sign("x-crc", CONSUMER_SECRET, token)));
    expect(bare.status).toBe(400);
    expect(((await bare.json()) as any).error.code).toBe("bad_handshake");
  });

  it("acknowledges a signed mention in its thread and records the complaint", async () => {
    // Act
    const started = Date.now();
    const response = await post(fixture("tweet-create-mention-reply.json"));

    // Assess
    expect(response.status).toBe(200);
    const ack = await eventually(async () => requestsTo("/2/tweets")[0]);
    console.info(`acknowledgement reached the X API stub ${ack.at - started} ms after the webhook was posted`);
    expect(ack.method).toBe("POST");
    expect(ack.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(ack.body.reply).toEqual({ in_reply_to_tweet_id: MENTION_ID });
    expect(ack.body.text).toMatch(/^Hi Dana, .*Marco, Tidewell Care$/);
    const created = await acknowledgedCase(MENTION_ID);
    expect(created).toMatchObject({
      platform: "x",
      channel: "public",
      kind: "complaint",
      status: "acknowledged",
      threadId: "1899399900167806723",
      author: { id: "2231870466", name: "Dana W." },
      url: `https://x.com/dana_whitlock/status/${MENTION_ID}`,
      respondedAt: null,
    });
  });

  it("changes nothing when the same delivery comes again", async () => {
    // Prepare
    await acknowledgedCase(MENTION_ID);
    const before = await casesNow();
    const requestsBefore = api.requests.length;

    // Act
    const again = await post(fixture("tweet-create-mention-reply.json"));
    const andAgain = await post(fixture("tweet-create-mention-reply.json"));

    // Assess
    expect([again.status, andAgain.status]).toEqual([200, 200]);
    // Give the router time to have made any (wrong) second case or reply.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await casesNow()).toHaveLength(before.length);
    expect(api.requests.length).toBe(requestsBefore);
  });

  it("refuses forged, unsigned, tampered and malformed deliveries and stores nothing", async () => {
    // Prepare
    const before = (await casesNow()).length;
    const requestsBefore = api.requests.length;
    const body = Buffer.from(
      fixture("tweet-create-mention-reply.json")
        .toString("utf8")
        .replaceAll(MENTION_ID, "1899823487121049999")
        .replace("Worst online order", "Forged complaint, refund me"),
    );

    // Act
    const forged = await post(body, Object.fromEntries(sign("x", "not-the-consumer-secret", body)));
    const unsigned = await post(body, {});
    const tampered = await post(
      Buffer.from(body.toString("utf8").replace("Forged", "FORGED")),
      Object.fromEntries(sign("x", CONSUMER_SECRET, body)),
    );
    const notJson = await post(Buffer.from("{ this is not json"));
    const wrongShape = await post(Buffer.from(JSON.stringify({ tweet_create_events: [] })));

    // Assess
    expect([forged.status, unsigned.status, tampered.status]).toEqual([401, 401, 401]);
    expect(((await forged.json()) as any).error.code).toBe("bad_signature");
    expect(((await unsigned.json()) as any).error.code).toBe("missing_signature");
    expect([notJson.status, wrongShape.status]).toEqual([400, 400]);
    expect(((await wrongShape.json()) as any).error.message).toContain("for_user_id");
    await new Promise((r) => setTimeout(r, 1000));
    expect(await casesNow()).toHaveLength(before);
    expect(api.requests.length).toBe(requestsBefore);
  });

  it("answers a DM in the conversation, without repeating the order number", async () => {
    // Act
    const response = await post(fixture("direct-message-events.json"));

    // Assess
    expect(response.status).toBe(200);
    const path = `/2/dm_conversations/with/${DM_SENDER_ID}/messages`;
    const reply = await eventually(async () => requestsTo(path)[0]);
    expect(reply.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(reply.body.text).toMatch(/^Hi Owen,/);
    expect(reply.body.text).not.toContain("TW-50311");
    const dm = await acknowledgedCase("1899832760726825412");
    expect(dm).toMatchObject({
      platform: "x",
      channel: "private",
      threadId: DM_SENDER_ID,
      author: { id: DM_SENDER_ID, name: "Owen Pratt" },
      queue: "billing",
      sensitive: true,
    });
  });

  it("marks the case responded when the brand's own reply arrives, but not for the echo of our acknowledgement", async () => {
    // Prepare: X delivers every post of the brand's account, our acknowledgement included, with X's leading mention.
    const ack = await eventually(async () => requestsTo("/2/tweets")[0]);
    const acknowledged = await acknowledgedCase(MENTION_ID);
    const [ackId] = acknowledged.acknowledgement.replyIds as string[];
    expect(ackId).toMatch(/^19\d{12}\d{5}$/);
    const own = JSON.parse(fixture("tweet-create-brand-own.json").toString("utf8"));
    const echoText = `@dana_whitlock ${ack.body.text}`;
    own.tweet_create_events[0] = {
      ...own.tweet_create_events[0],
      id_str: ackId,
      text: echoText,
      display_text_range: [15, Array.from(echoText).length],
    };

    // Act
    const echo = await post(Buffer.from(JSON.stringify(own)));
    await new Promise((r) => setTimeout(r, 1000));
    const afterEcho = await caseFor(MENTION_ID);
    const human = await post(fixture("tweet-create-brand-own.json"));

    // Assess
    expect([echo.status, human.status]).toEqual([200, 200]);
    expect(afterEcho.respondedAt).toBeNull();
    const responded = await eventually(async () => {
      const found = await caseFor(MENTION_ID);
      return found?.respondedAt ? found : undefined;
    });
    expect(responded.status).toBe("responded");
    expect((await casesNow()).some((c) => c.externalId === "1899838485953410818" || c.externalId === ackId)).toBe(
      false,
    );
  });
});
