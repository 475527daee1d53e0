import { afterEach, describe, expect, it } from "vitest";
import { OutboundError } from "../../http/post.ts";
import { PagerDutyPager, severityFor } from "./pagerduty.ts";
import { type RecordingServer, startRecordingServer } from "./recording-server.ts";
import { sampleNotice } from "./sample-notice.ts";

const routingKey = "R0UTINGKEY0123456789abcdef012345";

/** PagerDuty's answer to an accepted event. */
const accepted = (dedupKey: string) =>
  JSON.stringify({ status: "success", message: "Event processed", dedup_key: dedupKey });

let server: RecordingServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("PagerDutyPager", () => {
  it("triggers: POST the Events API v2 event with routing key, dedup key, summary and custom details", async () => {
    // Prepare
    const notice = sampleNotice();
    server = await startRecordingServer((res) => res.writeHead(202).end(accepted(notice.dedupKey)));
    const pager = new PagerDutyPager({ eventsUrl: `${server.origin}/v2/enqueue`, routingKey });

    // Act
    await pager.send(notice);

    // Assess
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/v2/enqueue");
    expect(request?.headers["content-type"]).toBe("application/json");
    const event = JSON.parse(request?.body ?? "");
    expect(event).toEqual({
      routing_key: routingKey,
      event_action: "trigger",
      dedup_key: notice.dedupKey,
      payload: {
        summary: "billing: 3 cases overdue, oldest 12 min (Billing on-call)",
        source: "firstreply",
        severity: "error",
        component: "billing",
        group: "social-care",
        class: "first-response-breach",
        custom_details: {
          queue: "billing",
          queueName: "billing",
          oldestCaseId: "case_7Q2",
          overdueCaseIds: ["case_7Q2", "case_7Q5", "case_7QA"],
          overdueCount: 3,
          oldestAgeSeconds: 725,
          oldestExcerpt: notice.oldestExcerpt,
          oldestUrl: notice.oldestUrl,
          responder: "Billing on-call",
          level: 0,
        },
      },
      links: [{ href: notice.oldestUrl, text: "Oldest overdue case" }],
      client: "firstreply",
      client_url: notice.consoleUrl,
    });
  });

  it("resolves with only the routing key, the action and the same dedup key", async () => {
    // Prepare
    const notice = sampleNotice({ action: "resolve", overdueCount: 0, overdueCaseIds: [] });
    server = await startRecordingServer((res) => res.writeHead(202).end(accepted(notice.dedupKey)));
    const pager = new PagerDutyPager({ eventsUrl: `${server.origin}/v2/enqueue`, routingKey });

    // Act
    await pager.send(notice);

    // Assess
    expect(server.requests[0]?.url).toBe("/v2/enqueue");
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({
      routing_key: routingKey,
      event_action: "resolve",
      dedup_key: notice.dedupKey,
    });
  });

  it("sends the same dedup key on a retry of a trigger and on its resolve", async () => {
    // Prepare
    const trigger = sampleNotice();
    server = await startRecordingServer((res) => res.writeHead(202).end(accepted(trigger.dedupKey)));
    const pager = new PagerDutyPager({ eventsUrl: `${server.origin}/v2/enqueue`, routingKey });

    // Act
    await pager.send(trigger);
    await pager.send(trigger);
    await pager.send({ ...trigger, action: "resolve" });

    // Assess
    const keys = server.requests.map((request) => JSON.parse(request.body).dedup_key);
    expect(keys).toEqual([trigger.dedupKey, trigger.dedupKey, trigger.dedupKey]);
  });

  it("leaves out links and client_url when there is nothing to link to", async () => {
    // Prepare
    server = await startRecordingServer((res) => res.writeHead(202).end("{}"));
    const pager = new PagerDutyPager({ eventsUrl: `${server.origin}/v2/enqueue`, routingKey });

    // Act
    await pager.send(sampleNotice({ oldestUrl: null, consoleUrl: null }));

    // Assess
    const event = JSON.parse(server.requests[0]?.body ?? "");
    expect(event).not.toHaveProperty("links");
    expect(event).not.toHaveProperty("client_url");
    expect(event.payload.custom_details.oldestUrl).toBeNull();
  });

  it("marks an escalation critical and names its level", async () => {
    // Prepare
    server = await startRecordingServer((res) => res.writeHead(202).end("{}"));
    const pager = new PagerDutyPager({ eventsUrl: `${server.origin}/v2/enqueue`, routingKey });

    // Act
    await pager.send(sampleNotice({ level: 1, responderName: "Care lead" }));

    // Assess
    const { payload } = JSON.parse(server.requests[0]?.body ?? "");
    expect(payload.severity).toBe("critical");
    expect(payload.summary).toContain("Care lead, escalation 1");
    expect(payload.custom_details).toMatchObject({ responder: "Care lead", level: 1 });
  });

  it("keeps the summary within PagerDuty's 1024 characters and the listed ids to 100", async () => {
    // Prepare
    server = await startRecordingServer((res) => res.writeHead(202).end("{}"));
    const pager = new PagerDutyPager({ eventsUrl: `${server.origin}/v2/enqueue`, routingKey });
    const ids = Array.from({ length: 2500 }, (_, i) => `case_${i}`);

    // Act
    await pager.send(sampleNotice({ queueName: "b".repeat(2000), overdueCount: ids.length, overdueCaseIds: ids }));

    // Assess
    const { payload } = JSON.parse(server.requests[0]?.body ?? "");
    expect(payload.summary).toHaveLength(1024);
    expect(payload.custom_details.overdueCaseIds).toHaveLength(100);
    expect(payload.custom_details.overdueCount).toBe(2500);
  });

  it("refuses, without sending, a dedup key PagerDuty would reject (over 255 characters)", async () => {
    // Prepare
    server = await startRecordingServer((res) => res.writeHead(202).end("{}"));
    const pager = new PagerDutyPager({ eventsUrl: `${server.origin}/v2/enqueue`, routingKey });

    // Act
    const error = await pager.send(sampleNotice({ dedupKey: "k".repeat(256) })).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(OutboundError);
    expect((error as OutboundError).retryable).toBe(false);
    expect(server.requests).toHaveLength(0);
  });

  it("does not retry a 400 (invalid event) and keeps PagerDuty's reason", async () => {
    // Prepare
    const answer = {
      status: "invalid event",
      message: "Event object is invalid",
      errors: ["'payload.severity' is invalid"],
    };
    server = await startRecordingServer((res) => res.writeHead(400).end(JSON.stringify(answer)));
    const pager = new PagerDutyPager({ eventsUrl: `${server.origin}/v2/enqueue`, routingKey });

    // Act
    const error = (await pager.send(sampleNotice()).catch((e: unknown) => e)) as OutboundError;

    // Assess
    expect(error).toBeInstanceOf(OutboundError);
    expect(error).toMatchObject({ retryable: false, status: 400, retryAfterMs: undefined });
    expect(error.message).toContain("Event object is invalid");
  });
});

describe("severityFor", () => {
  it("pages the first responder at high urgency and escalations as critical", () => {
    // Act
    const severities = [0, 1, 2].map(severityFor);

    // Assess
    expect(severities).toEqual(["error", "critical", "critical"]);
  });
});
