import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sign } from "../../../../../test/support/sign.mjs";
import { DomainError } from "../../errors.ts";
import { statusOf } from "../../http/statuses.ts";
import { acceptWebhook } from "../../intake/accept.ts";
import { platformMessageSchema, platformOf, platformSecrets, textRulesOf } from "../registry.ts";
import { generic } from "./index.ts";

const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const body = readFileSync(
  new URL("../../../../../test/fixtures/generic/complaint-created-email.json", import.meta.url),
);

/** An intake queue that keeps what it is given. */
const recordingQueue = () => {
  const queued: unknown[] = [];
  return { queued, enqueue: async (messages: readonly unknown[]) => void queued.push(...messages) };
};

const requestOf = (method: string, headers: Record<string, string> = {}) => ({
  method,
  query: {},
  headers,
  body,
  receivedAt: new Date().toISOString(),
});

/** The status a webhook call is answered with when it is refused. */
const refusedStatus = async (call: Promise<unknown>) => {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return statusOf(error as DomainError);
};

describe("the generic platform", () => {
  it("serves /webhooks/generic from the registry, reading only STANDARD_WEBHOOKS_SECRET", () => {
    // Act / Assess
    expect(platformOf("generic")).toBe(generic);
    expect(generic.env).toEqual({ secrets: ["STANDARD_WEBHOOKS_SECRET"] });
    expect(platformSecrets).toContain("STANDARD_WEBHOOKS_SECRET");
  });

  it("queues a genuine delivery, one message, readable by the router", async () => {
    // Prepare
    const intake = recordingQueue();
    const headers = Object.fromEntries(sign("standard", secret, body, { id: "msg_accept_1" }));

    // Act
    const outcome = await acceptWebhook("generic", requestOf("POST", headers), {
      env: { STANDARD_WEBHOOKS_SECRET: secret },
      intake,
    });

    // Assess
    expect(outcome).toEqual({ received: 1, platform: "generic" });
    expect(intake.queued).toHaveLength(1);
    expect(platformMessageSchema.parse(intake.queued[0])).toMatchObject({
      source: "generic",
      deliveryId: "msg_accept_1",
    });
  });

  it("is off without its secret: 404, nothing queued", async () => {
    // Prepare
    const intake = recordingQueue();
    const headers = Object.fromEntries(sign("standard", secret, body));

    // Act
    const status = await refusedStatus(acceptWebhook("generic", requestOf("POST", headers), { env: {}, intake }));

    // Assess
    expect(status).toBe(404);
    expect(intake.queued).toEqual([]);
  });

  it("answers a GET with 405: there is no handshake", async () => {
    // Prepare
    const intake = recordingQueue();

    // Act
    const status = await refusedStatus(
      acceptWebhook("generic", requestOf("GET"), { env: { STANDARD_WEBHOOKS_SECRET: secret }, intake }),
    );

    // Assess
    expect(status).toBe(405);
  });

  it("has no reply API: no sender, a reason for the case, and generous limits for a person's answer", () => {
    // Act / Assess
    expect(generic.replySenders({ STANDARD_WEBHOOKS_SECRET: secret })).toEqual({});
    expect(generic.channels.generic?.noReplyApi).toBe(
      "generic has no reply API: answer the customer on the channel they wrote from",
    );
    expect([textRulesOf("generic", "public")?.maxLength, textRulesOf("generic", "private")?.maxLength]).toEqual([
      10_000, 10_000,
    ]);
  });
});
