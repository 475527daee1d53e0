import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type RunningStack, startStack } from "./support/local-stack.ts";
import { feedComment, PAGE_ID, postMeta } from "./support/meta.ts";
import { type StubRequest, startPlatformStub } from "./support/platform-stub.ts";
import { sign } from "./support/sign.mjs";

// A full local run (webhooks with account data, acknowledgements, a refused reply, pages, escalation, API calls) with
// distinctive secrets, then a look at everything the stack wrote: no secret, token, routing key or webhook URL, no
// customer's e-mail address, phone or card number may be in it.

const secrets = {
  META_APP_SECRET: "app-secret-Q7h2Zx9",
  META_VERIFY_TOKEN: "verify-token-P4m8",
  META_PAGE_ACCESS_TOKEN: "EAAGpagetoken-K3v5R1",
  RESPONDER_API_TOKEN: "api-token-W6n2T8",
  PAGERDUTY_WEBHOOK_SECRET: "pd-webhook-secret-J9c4",
  ROUTING_KEY_FOR_LOGS_TEST: "routingkey-H5d7L2",
};
const slackSecretPath = "/slack/T0LOGS/B0LOGS/s3cr3tpathX4";
const customerData = [
  "dana.w@example.com",
  "+1 (202) 555-0147",
  "202-555-0147",
  "4111 1111 1111 1111",
  "4111111111111111",
];

describe("what the stack writes to its logs", () => {
  let stack: RunningStack;
  let stub: Awaited<ReturnType<typeof startPlatformStub>>;

  beforeAll(async () => {
    stub = await startPlatformStub();
    stub.answerWith((request: StubRequest) => {
      if (request.path.includes("/comments") && JSON.stringify(request.body).includes("refuse-me")) {
        // A refusal that echoes what we sent, as some APIs do.
        return { status: 400, body: { error: { message: `Invalid: ${JSON.stringify(request.body)}`, code: 100 } } };
      }
      if (request.path === "/v2/enqueue") return { status: 202, body: { status: "success" } };
      if (request.path.startsWith("/slack/")) return { status: 200, body: "ok" };
      return { status: 200, body: { id: `r_${stub.requests.length}` } };
    });
    stack = await startStack({
      config: {
        brand: { name: "Tidewell", signature: "Sam, Tidewell Care", accounts: { facebook: PAGE_ID } },
        queues: [
          {
            id: "care",
            firstResponseTarget: "PT2S",
            escalateAfter: "PT2S",
            responders: [
              { name: "On-call", pagerduty: { routingKey: { env: "ROUTING_KEY_FOR_LOGS_TEST" } } },
              { name: "Lead", slack: { webhookUrl: `${stub.url}${slackSecretPath}` } },
            ],
          },
        ],
        defaultQueue: "care",
      },
      env: { ...secrets, META_GRAPH_URL: `${stub.url}/v23.0`, PAGERDUTY_EVENTS_URL: `${stub.url}/v2/enqueue` },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await stub?.close();
  });

  it("holds no secret, token, routing key, webhook URL, e-mail address, phone or card number", async () => {
    // Prepare / Act: account data in public comments, a private message, a forged call, a refused reply, a page that
    // escalates to Slack, API calls with and without the token.
    const texts = [
      `My order never came, email me at ${customerData[0]} or call ${customerData[1]}`,
      `You charged my card ${customerData[3]} twice, call me on ${customerData[2]}`,
      "refuse-me: my parcel is lost, write to dana.w@example.com",
    ];
    for (const [i, text] of texts.entries()) {
      await postMeta(stack.url, feedComment(`logs_${i}`, text), secrets.META_APP_SECRET);
    }
    const forged = feedComment("logs_forged", `forged ${customerData[0]}`);
    await fetch(`${stack.url}/webhooks/meta`, {
      method: "POST",
      headers: { "content-type": "application/json", ...Object.fromEntries(sign("meta", "wrong", forged)) },
      body: forged,
    });
    await fetch(
      `${stack.url}/webhooks/meta?hub.mode=subscribe&hub.challenge=1&hub.verify_token=${secrets.META_VERIFY_TOKEN}`,
    );
    await eventually(async () => stub.requests.some((r) => r.path.startsWith("/slack/")), 20_000);
    const cases = (await stack.api("/api/cases", { token: secrets.RESPONDER_API_TOKEN })).body.items as any[];
    await stack.api("/api/cases", { token: "wrong-token" });
    await stack.api(`/api/cases/${cases[0]?.id}/respond`, {
      token: secrets.RESPONDER_API_TOKEN,
      method: "POST",
      body: JSON.stringify({ text: `Dana, call us at ${customerData[1]}. Sam`, responder: "sam" }),
    });
    await stack.stop();

    // Assess
    const logs = stack.stderr();
    expect(logs.length).toBeGreaterThan(1000);
    const leaks = [...Object.values(secrets), slackSecretPath, "s3cr3tpathX4", ...customerData].filter((value) =>
      logs.includes(value),
    );
    expect(leaks).toEqual([]);
  });
});
