import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../errors.ts";
import { createPager, PagerDutyPager, SignedWebhookPager, SlackPager } from "./index.ts";
import { type RecordingServer, startRecordingServer } from "./recording-server.ts";
import { sampleNotice } from "./sample-notice.ts";

let server: RecordingServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("createPager", () => {
  it("returns the pager for the one way the responder declares", () => {
    // Prepare
    const responders = [
      { name: "Billing on-call", pagerduty: { routingKey: "R0UTINGKEY" } },
      { name: "Care lead", slack: { webhookUrl: "https://hooks.slack.com/services/T000/B000/XXXX" } },
      {
        name: "Ops bridge",
        webhook: { url: "https://ops.example.com/hooks", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" },
      },
    ];

    // Act
    const pagers = responders.map((responder) => createPager(responder, {}));

    // Assess
    expect(pagers[0]).toBeInstanceOf(PagerDutyPager);
    expect(pagers[1]).toBeInstanceOf(SlackPager);
    expect(pagers[2]).toBeInstanceOf(SignedWebhookPager);
  });

  it("sends PagerDuty events to PAGERDUTY_EVENTS_URL", async () => {
    // Prepare
    server = await startRecordingServer((res) => res.writeHead(202).end("{}"));
    const env = { PAGERDUTY_EVENTS_URL: `${server.origin}/v2/enqueue` };
    const pager = createPager({ name: "Billing on-call", pagerduty: { routingKey: "R0UTINGKEY" } }, env);

    // Act
    await pager.send(sampleNotice());

    // Assess
    expect(server.requests[0]?.url).toBe("/v2/enqueue");
    expect(JSON.parse(server.requests[0]?.body ?? "").routing_key).toBe("R0UTINGKEY");
  });

  it("refuses a responder with no way, or two ways, to be paged", () => {
    // Prepare
    const none = { name: "Nobody" };
    const two = { name: "Both", pagerduty: { routingKey: "k" }, slack: { webhookUrl: "https://hooks.slack.com/x" } };

    // Act / Assess
    expect(() => createPager(none, {})).toThrow(ConfigError);
    expect(() => createPager(two, {})).toThrow(/exactly one of pagerduty, slack or webhook/);
  });
});
