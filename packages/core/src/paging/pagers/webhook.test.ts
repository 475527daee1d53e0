import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sign } from "../../../../../test/support/sign.mjs";
import { ConfigError } from "../../errors.ts";
import { OutboundError } from "../../http/post.ts";
import { hmac } from "../../platforms/signature.ts";
import { verifyStandardWebhook } from "../../platforms/standard-webhooks.ts";
import { type RecordingServer, startRecordingServer } from "./recording-server.ts";
import { sampleNotice } from "./sample-notice.ts";
import { SignedWebhookPager, standardWebhookKey, webhookIdOf } from "./webhook.ts";

const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const sentAt = new Date("2026-10-21T07:27:12.345Z");

let server: RecordingServer | undefined;

afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

const receiverAnswering = async (status: number) => {
  server = await startRecordingServer((res) => res.writeHead(status).end());
  return new SignedWebhookPager({ url: `${server.origin}/hooks/pages`, secret, now: () => sentAt });
};

/** The signature a Standard Webhooks receiver expects, computed from the spec with nothing of ours. */
const specSignature = (id: string, timestamp: string, body: string) => {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
};

describe("SignedWebhookPager", () => {
  it("posts page.triggered with the page's data, signed as Standard Webhooks specifies", async () => {
    // Prepare
    const pager = await receiverAnswering(204);
    const notice = sampleNotice();

    // Act
    await pager.send(notice);

    // Assess
    const request = server?.requests[0];
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/hooks/pages");
    expect(request?.headers["content-type"]).toBe("application/json");
    const id = request?.headers["webhook-id"] as string;
    const timestamp = request?.headers["webhook-timestamp"] as string;
    const body = request?.body ?? "";
    expect(timestamp).toBe("1792567632");
    expect(request?.headers["webhook-signature"]).toBe(specSignature(id, timestamp, body));
    expect(sign("standard", secret, Buffer.from(body), { id, timestamp })).toContainEqual([
      "webhook-signature",
      request?.headers["webhook-signature"],
    ]);
    expect(JSON.parse(body)).toEqual({
      type: "page.triggered",
      timestamp: "2026-10-21T07:27:12.345Z",
      data: {
        pageId: notice.pageId,
        dedupKey: notice.dedupKey,
        queue: "billing",
        queueName: "billing",
        responder: "Billing on-call",
        level: 0,
        overdueCount: 3,
        overdueCaseIds: ["case_7Q2", "case_7Q5", "case_7QA"],
        oldestCaseId: "case_7Q2",
        oldestAgeSeconds: 725,
        oldestExcerpt: notice.oldestExcerpt,
        oldestUrl: notice.oldestUrl,
        consoleUrl: notice.consoleUrl,
      },
    });
  });

  it("keeps the webhook-id across two sends of the same notice, so the receiver can drop our retry", async () => {
    // Prepare
    const pager = await receiverAnswering(200);
    const notice = sampleNotice();

    // Act
    await pager.send(notice);
    await pager.send(notice);
    await pager.send({ ...notice, action: "resolve" });

    // Assess
    const ids = server?.requests.map((request) => request.headers["webhook-id"]);
    expect(ids?.[0]).toBe(ids?.[1]);
    expect(ids?.[2]).not.toBe(ids?.[0]);
    expect(ids?.[0]).not.toContain(".");
  });

  it("signs so that our own Standard Webhooks receiver (/webhooks/generic) accepts the page", async () => {
    // Prepare
    const pager = await receiverAnswering(200);
    await pager.send(sampleNotice());
    const request = server?.requests[0];
    const headers = {
      "webhook-id": request?.headers["webhook-id"] as string,
      "webhook-timestamp": request?.headers["webhook-timestamp"] as string,
      "webhook-signature": request?.headers["webhook-signature"] as string,
    };
    const body = Buffer.from(request?.body ?? "");

    // Act: checked at the moment it was sent, as the receiver would.
    vi.useFakeTimers({ now: sentAt, toFake: ["Date"] });
    const verify = () => verifyStandardWebhook({ headers, body }, secret);

    // Assess
    expect(verify).not.toThrow();
  });

  it("posts page.resolved for a resolve", async () => {
    // Prepare
    const pager = await receiverAnswering(200);

    // Act
    await pager.send(sampleNotice({ action: "resolve", overdueCount: 0 }));

    // Assess
    const request = server?.requests[0];
    expect(JSON.parse(request?.body ?? "").type).toBe("page.resolved");
    expect(request?.headers["webhook-id"]).toBe("pg_01J9Z3K7QYV2_resolve");
  });

  it("does not retry a 410 Gone, the receiver's way of saying stop", async () => {
    // Prepare
    const pager = await receiverAnswering(410);

    // Act
    const error = (await pager.send(sampleNotice()).catch((e: unknown) => e)) as OutboundError;

    // Assess
    expect(error).toBeInstanceOf(OutboundError);
    expect(error).toMatchObject({ retryable: false, status: 410 });
  });

  it("refuses a secret that is not whsec_ base64", () => {
    // Prepare
    const secrets = ["MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_", "whsec_not base64!"];

    // Act
    const errors = secrets.map((s) => {
      try {
        new SignedWebhookPager({ url: "https://ops.example.com/hooks", secret: s });
        return undefined;
      } catch (error) {
        return error;
      }
    });

    // Assess
    for (const error of errors) expect(error).toBeInstanceOf(ConfigError);
  });
});

describe("standardWebhookKey", () => {
  it("reproduces the published Standard Webhooks test vector", () => {
    // Prepare
    const key = standardWebhookKey(secret);

    // Act
    const signature = hmac("sha256", key, "msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.", '{"test": 2432232314}');

    // Assess
    expect(signature.toString("base64")).toBe("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });
});

describe("webhookIdOf", () => {
  it("differs per escalation level and never contains a dot", () => {
    // Act
    const ids = [
      webhookIdOf(sampleNotice({ level: 0 })),
      webhookIdOf(sampleNotice({ level: 1 })),
      webhookIdOf(sampleNotice({ pageId: "pg.with.dots", action: "resolve" })),
    ];

    // Assess
    expect(ids).toEqual(["pg_01J9Z3K7QYV2_trigger_0", "pg_01J9Z3K7QYV2_trigger_1", "pg-with-dots_resolve"]);
  });
});
