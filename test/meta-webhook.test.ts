import { readFileSync } from "node:fs";
import { DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";
import { GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type RunningStack, startStack } from "./support/local-stack.ts";
import { testConfig as config, feedComment, PAGE_ID } from "./support/meta.ts";
import { startPlatformStub } from "./support/platform-stub.ts";
import { sign } from "./support/sign.mjs";

const APP_SECRET = "meta-app-secret-for-tests";
const VERIFY_TOKEN = "verify-me";

/** A local stack with Meta enabled, replying to a fresh Graph API stub. */
async function startMetaStack(env: Record<string, string> = {}) {
  const graph = await startPlatformStub();
  const stack = await startStack({
    config,
    env: {
      META_APP_SECRET: APP_SECRET,
      META_VERIFY_TOKEN: VERIFY_TOKEN,
      META_PAGE_ACCESS_TOKEN: "page-token",
      META_GRAPH_URL: `${graph.url}/v23.0`,
      ...env,
    },
  });
  return { graph, stack };
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/meta-page/${name}`, import.meta.url));

describe("a Facebook Page on the local stack", () => {
  let stack: RunningStack;
  let graph: Awaited<ReturnType<typeof startPlatformStub>>;

  const post = (body: Buffer, headers: Record<string, string> = Object.fromEntries(sign("meta", APP_SECRET, body))) =>
    fetch(`${stack.url}/webhooks/meta`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
  const casesNow = async () => (await stack.api("/api/cases?limit=100")).body.items as any[];
  const caseFor = async (externalId: string) => (await casesNow()).find((c) => c.externalId === externalId);
  const repliesTo = (path: string) => graph.requests.filter((r) => r.path === path);
  const acknowledgedCase = (externalId: string): Promise<any> =>
    eventually(async () => {
      const found = await caseFor(externalId);
      return found?.acknowledgedAt ? found : undefined;
    });
  const respondedCase = (externalId: string): Promise<any> =>
    eventually(async () => {
      const found = await caseFor(externalId);
      return found?.respondedAt ? found : undefined;
    });

  beforeAll(async () => {
    ({ graph, stack } = await startMetaStack());
  });

  afterAll(async () => {
    await stack?.stop();
    await graph?.close();
  });

  it("answers Meta's handshake exactly as documented", async () => {
    const ok = await fetch(
      `${stack.url}/webhooks/meta?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${VERIFY_TOKEN}`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("1158201444");

    const wrong = await fetch(`${stack.url}/webhooks/meta?hub.mode=subscribe&hub.challenge=1&hub.verify_token=nope`);
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as any).error.code).toBe("wrong_verify_token");
  });

  it("acknowledges a signed complaint in its thread within a second and records the case", async () => {
    // Act
    const started = Date.now();
    const response = await post(fixture("feed-comment-add.json"));

    // Assess
    expect(response.status).toBe(200);
    const commentPath = "/v23.0/1209913347725510_1034528716402277/comments";
    const ack = await eventually(async () => repliesTo(commentPath)[0]);
    console.info(`acknowledgement reached the Graph stub ${ack.at - started} ms after the webhook was posted`);
    expect(ack.method).toBe("POST");
    expect(ack.headers.authorization).toBe("Bearer page-token");
    expect(ack.body.message).toMatch(/^Hi Dana, .*Marco, Tidewell Care$/);
    const created = await acknowledgedCase("1209913347725510_1034528716402277");
    expect(created).toMatchObject({
      platform: "facebook",
      channel: "public",
      kind: "complaint",
      language: "en",
      queue: "care",
      status: "acknowledged",
      author: { id: "7719032845120936", name: "Dana Whitlock" },
      respondedAt: null,
    });
    expect(Date.parse(created.firstResponseDueAt) - Date.parse(created.receivedAt)).toBe(3_600_000);
  });

  it("changes nothing when the same webhook is delivered again", async () => {
    const before = await casesNow();
    const acksBefore = graph.requests.length;

    const again = await post(fixture("feed-comment-add.json"));
    const andAgain = await post(fixture("feed-comment-add.json"));

    expect(again.status).toBe(200);
    expect(andAgain.status).toBe(200);
    // Give the router time to have made any (wrong) second case or reply.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await casesNow()).toHaveLength(before.length);
    expect(graph.requests.length).toBe(acksBefore);
  });

  it("refuses forged, unsigned, malformed and oversized deliveries and stores nothing", async () => {
    const before = (await casesNow()).length;
    const body = feedComment("555_forged", "This is a forged complaint, give me a refund now");

    const forged = await post(body, Object.fromEntries(sign("meta", "not-the-secret", body)));
    const unsigned = await post(body, {});
    const tampered = await post(
      Buffer.from(body.toString().replace("forged", "FORGED")),
      Object.fromEntries(sign("meta", APP_SECRET, body)),
    );
    const notJson = Buffer.from("{ this is not json");
    const malformed = await post(notJson);
    const wrongShape = Buffer.from(JSON.stringify({ object: "page", entry: "nope" }));
    const badShape = await post(wrongShape);
    const huge = Buffer.alloc(1024 * 1024 + 1, 0x20);
    const oversized = await post(huge);

    expect([forged.status, unsigned.status, tampered.status]).toEqual([401, 401, 401]);
    expect(((await forged.json()) as any).error.code).toBe("bad_signature");
    expect([malformed.status, badShape.status, oversized.status]).toEqual([400, 400, 413]);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await casesNow()).toHaveLength(before);
    expect(graph.requests.some((r) => r.path.includes("555_forged"))).toBe(false);
  });

  it("makes one case per change of a batch, each answered in its own language", async () => {
    const response = await post(fixture("feed-batch-two-entries.json"));
    expect(response.status).toBe(200);

    const question = await acknowledgedCase("1209913347725510_2217460315528864");
    const spanish = await acknowledgedCase("1211048862370194_1182204937715308");
    expect(question).toMatchObject({ kind: "question", language: "en" });
    expect(spanish).toMatchObject({ kind: "complaint", language: "es" });
    expect(repliesTo("/v23.0/1211048862370194_1182204937715308/comments")[0]?.body.message).toMatch(
      /^¡?Hola,? Lucía[:!,]/,
    );
  });

  it("routes by keyword and hands account details to a private reply without repeating them", async () => {
    const commentId = "555_9100";
    const text = "You charged me twice for order TW-77120, my email is ana.souza@example.com. Fix it!";
    expect((await post(feedComment(commentId, text))).status).toBe(200);

    const sensitive = await acknowledgedCase(commentId);
    expect(sensitive).toMatchObject({ queue: "billing", sensitive: true, status: "acknowledged" });
    const privateReply = graph.requests.find(
      (r) => r.path === "/v23.0/me/messages" && r.body.recipient?.comment_id === commentId,
    );
    const publicReply = repliesTo(`/v23.0/${commentId}/comments`)[0];
    expect(privateReply?.body.message.text).toMatch(/^Hi Ana,/);
    expect(publicReply?.body.message).toMatch(/private message/);
    for (const secret of ["TW-77120", "ana.souza@example.com"]) {
      expect(JSON.stringify(publicReply?.body)).not.toContain(secret);
      expect(JSON.stringify(privateReply?.body)).not.toContain(secret);
    }
    expect((privateReply?.at ?? 0) <= (publicReply?.at ?? 0)).toBe(true);
  });

  it("answers a Messenger message in the conversation", async () => {
    expect((await post(fixture("messenger-message.json"))).status).toBe(200);

    const dm = await eventually(async () => {
      const found = (await casesNow()).find((c) => c.platform === "messenger");
      return found?.acknowledgedAt ? found : undefined;
    });
    expect(dm).toMatchObject({ channel: "private", threadId: "8112349067752310", sensitive: true });
    const reply = graph.requests.find(
      (r) => r.path === "/v23.0/me/messages" && r.body.recipient?.id === "8112349067752310",
    );
    expect(reply?.body).toMatchObject({ messaging_type: "RESPONSE", recipient: { id: "8112349067752310" } });
    expect(reply?.body.message.text).not.toContain("grace.okafor@example.com");
  });

  it("marks the case responded when the Page's own reply arrives, but not for the echo of our acknowledgement", async () => {
    const customer = "555_9200";
    await post(feedComment(customer, "My parcel is lost and nobody answers. Terrible."));
    const ack = await eventually(async () => repliesTo(`/v23.0/${customer}/comments`)[0]);
    await acknowledgedCase(customer);

    // The platform echoes our own acknowledgement back as the Page's comment: not a human response.
    await post(
      feedComment("555_9201", ack.body.message, { from: { id: PAGE_ID, name: "Tidewell Goods" }, parent: customer }),
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect((await caseFor(customer)).respondedAt).toBeNull();

    // A person on the team answers on Facebook.
    await post(
      feedComment("555_9202", "Ana, we've found it: it's out for delivery today. Marco", {
        from: { id: PAGE_ID, name: "Tidewell Goods" },
        parent: customer,
      }),
    );
    const responded = await respondedCase(customer);
    expect(responded.status).toBe("responded");
    expect((await casesNow()).some((c) => c.externalId === "555_9202" || c.externalId === "555_9201")).toBe(false);
  });

  it("answers 503 and stores nothing when the queue cannot be written", async () => {
    // Prepare: a stack whose queue endpoint is gone.
    const pids = JSON.parse(readFileSync(`${stack.dataDir}/pids.json`, "utf8")) as { pid: number; marker: string }[];
    const sqs = pids.find((p) => p.marker.includes("sqs"));
    const before = (await casesNow()).length;
    process.kill(sqs?.pid as number, "SIGKILL");
    await new Promise((r) => setTimeout(r, 300));

    const response = await post(feedComment("555_9300", "Where is my order? Unacceptable."));

    expect(response.status).toBe(503);
    expect(((await response.json()) as any).error.code).toBe("queue_unavailable");
    expect(await casesNow()).toHaveLength(before);
  });
});

describe("retries and the DLQ", () => {
  let stack: RunningStack;
  let graph: Awaited<ReturnType<typeof startPlatformStub>>;

  beforeAll(async () => {
    // Failed messages come back after 1 s, so five failures reach the DLQ within seconds.
    ({ graph, stack } = await startMetaStack({ LOCAL_VISIBILITY_TIMEOUT_SECONDS: "1" }));
  });

  afterAll(async () => {
    await stack?.stop();
    await graph?.close();
  });

  const post = (body: Buffer) =>
    fetch(`${stack.url}/webhooks/meta`, {
      method: "POST",
      headers: { "content-type": "application/json", ...Object.fromEntries(sign("meta", APP_SECRET, body)) },
      body,
    });

  it("retries an acknowledgement the platform refused for a while, and sends it exactly once", async () => {
    let failures = 2;
    graph.answerWith(() =>
      failures-- > 0
        ? { status: 503, body: { error: { message: "try later" } } }
        : { status: 200, body: { id: "ok_1" } },
    );

    await post(feedComment("555_9400", "Still waiting for my refund, this is awful"));

    const done = await eventually(async () => {
      const items = (await stack.api("/api/cases")).body.items as any[];
      return items.find((c) => c.externalId === "555_9400" && c.acknowledgedAt);
    }, 20_000);
    expect(done.acknowledgement).toEqual({ status: "sent", replyIds: ["ok_1"] });
    expect(graph.requests.filter((r) => r.path.includes("555_9400"))).toHaveLength(3);
  });

  it("moves a message that keeps failing to the DLQ after maxReceiveCount, where it can be seen", async () => {
    graph.answerWith(() => ({ status: 500, body: { error: { message: "down" } } }));
    const sqs = new SQSClient({
      endpoint: stack.sqsEndpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const dlqUrl = `${stack.sqsEndpoint}/000000000000/firstreply-local-intake-dlq`;

    await post(feedComment("555_9500", "Broken on arrival, I want my money back"));

    const depth = await eventually(async () => {
      const { Attributes } = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ["ApproximateNumberOfMessages"] }),
      );
      const n = Number(Attributes?.ApproximateNumberOfMessages ?? 0);
      return n > 0 ? n : undefined;
    }, 30_000);
    expect(depth).toBe(1);
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, VisibilityTimeout: 0 }));
    expect(Messages?.[0]?.Body).toContain("555_9500");
    // The case exists, is still waiting for its acknowledgement, and nothing was sent twice.
    // (the last delivery may still be retrying in place when its message moves: wait for it to let go)
    const stuck = await eventually(async () => {
      const found = ((await stack.api("/api/cases")).body.items as any[]).find((c) => c.externalId === "555_9500");
      return found?.acknowledgement.status === "pending" ? found : undefined;
    });
    expect(stuck.acknowledgement.replyIds).toEqual([]);
    const db = new DynamoDBClient({
      endpoint: stack.dynamoEndpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const scan = await db.send(new ScanCommand({ TableName: "firstreply-local", Select: "COUNT" }));
    expect(scan.Count).toBeGreaterThan(0);
    sqs.destroy();
    db.destroy();
  });

  it("shows what is in the DLQ through /api/dlq, masked, and redrives it once the cause is fixed", async () => {
    // Prepare: the Graph API is down; a complaint with an e-mail address fails until it lands in the DLQ.
    graph.answerWith(() => ({ status: 500, body: { error: { message: "down" } } }));
    await post(feedComment("555_9600", "Still no refund for my broken chair, write me at ana.k@example.com"));
    const listed = await eventually(async () => {
      const items = (await stack.api("/api/dlq")).body.items as any[];
      return items.find((item) => item.body.includes("555_9600"));
    }, 30_000);

    // Act: the platform is back; redrive the intake DLQ.
    graph.answerWith(() => ({ status: 200, body: { id: "after_redrive" } }));
    const redriven = await stack.api("/api/dlq/redrive", { method: "POST", body: JSON.stringify({ queue: "intake" }) });

    // Assess
    expect(listed).toMatchObject({ queue: "intake", receivedCount: expect.any(Number) });
    expect(listed.receivedCount).toBeGreaterThanOrEqual(5);
    expect(listed.firstReceivedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(listed.body).not.toContain("ana.k@example.com");
    expect(redriven.status).toBe(200);
    expect(redriven.body.moved).toBeGreaterThanOrEqual(1);
    const acknowledged = await eventually(async () => {
      const items = (await stack.api("/api/cases?limit=100")).body.items as any[];
      return items.find((c) => c.externalId === "555_9600" && c.acknowledgedAt);
    }, 20_000);
    // A private reply (it holds an e-mail address), then the public one that invites to it.
    expect(acknowledged.acknowledgement).toEqual({ status: "sent", replyIds: ["after_redrive", "after_redrive"] });
    const left = (await stack.api("/api/dlq?queue=intake")).body.items as any[];
    expect(left.some((item) => item.body.includes("555_9600"))).toBe(false);
    const bad = await stack.api("/api/dlq/redrive", { method: "POST", body: JSON.stringify({ queue: "mail" }) });
    expect(bad.status).toBe(400);
  });
});
