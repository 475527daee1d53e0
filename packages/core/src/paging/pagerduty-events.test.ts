import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { statusOf } from "../http/statuses.ts";
import { parsePagerDutyEvent, verifyPagerDutySignature } from "./pagerduty-events.ts";

/**
 * A V3 `incident.acknowledged` delivery, shaped after PagerDuty's developer docs (webhooks overview: the event
 * envelope and the `incident` data type). The incident was opened by our Events API trigger, so its incident_key is
 * the dedup_key we sent.
 */
const acknowledged = {
  event: {
    id: "01DVUHO8B1EZMSLIWC3H1Y0BTI",
    event_type: "incident.acknowledged",
    resource_type: "incident",
    occurred_at: "2026-10-21T07:31:04.512Z",
    agent: {
      html_url: "https://tidewell.pagerduty.com/users/PLH1HKV",
      id: "PLH1HKV",
      self: "https://api.pagerduty.com/users/PLH1HKV",
      summary: "Priya Raman",
      type: "user_reference",
    },
    client: { name: "PagerDuty" },
    data: {
      id: "Q2WJ8Z1KX0PQ9R",
      type: "incident",
      self: "https://api.pagerduty.com/incidents/Q2WJ8Z1KX0PQ9R",
      html_url: "https://tidewell.pagerduty.com/incidents/Q2WJ8Z1KX0PQ9R",
      number: 1042,
      status: "acknowledged",
      incident_key: "firstreply:billing:2026-10-21T07:15:00Z",
      created_at: "2026-10-21T07:27:13Z",
      title: "billing: 3 cases overdue, oldest 12 min (Billing on-call)",
      service: {
        html_url: "https://tidewell.pagerduty.com/services/PF9KMXH",
        id: "PF9KMXH",
        self: "https://api.pagerduty.com/services/PF9KMXH",
        summary: "Social care: billing",
        type: "service_reference",
      },
      assignees: [
        {
          html_url: "https://tidewell.pagerduty.com/users/PLH1HKV",
          id: "PLH1HKV",
          self: "https://api.pagerduty.com/users/PLH1HKV",
          summary: "Priya Raman",
          type: "user_reference",
        },
      ],
      escalation_policy: {
        html_url: "https://tidewell.pagerduty.com/escalation_policies/PUS0KTE",
        id: "PUS0KTE",
        self: "https://api.pagerduty.com/escalation_policies/PUS0KTE",
        summary: "Billing care",
        type: "escalation_policy_reference",
      },
      teams: [],
      priority: null,
      urgency: "high",
      conference_bridge: null,
      resolve_reason: null,
    },
  },
};

/** Pretty-printed, as the bytes on the wire need not be compact; the signature covers them as sent. */
const body = Buffer.from(`${JSON.stringify(acknowledged, null, 2)}\n`);

const secret = "pd3-Wz7qkX1vT9sLr2mN8bYc4HfJ6eUa";
const oldSecret = "pd3-OldSecretBeforeRotation0000x";

/** `v1=<hex HMAC-SHA256 of the raw body>`, as PagerDuty's docs describe it. */
const v1 = (key: string, bytes: Buffer) => `v1=${createHmac("sha256", key).update(bytes).digest("hex")}`;

/** Runs `act` and returns the DomainError it throws, failing the test when it throws nothing or something else. */
const domainErrorOf = (act: () => unknown): DomainError => {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error("expected an DomainError, nothing was thrown");
};

describe("verifyPagerDutySignature", () => {
  it("accepts a body signed with our secret", () => {
    // Prepare
    const header = v1(secret, body);

    // Act / Assess
    expect(() => verifyPagerDutySignature(body, header, [secret])).not.toThrow();
  });

  it("accepts a header with two signatures when one of them matches (PagerDuty rotating its secret)", () => {
    // Prepare
    const header = `${v1("a-secret-we-never-had", body)},${v1(secret, body)}`;

    // Act / Assess
    expect(() => verifyPagerDutySignature(body, header, [secret])).not.toThrow();
    expect(() => verifyPagerDutySignature(body, header.replace(",", ", "), [secret])).not.toThrow();
  });

  it("accepts a body signed with the previous secret while we hold both (our rotation)", () => {
    // Prepare
    const header = v1(oldSecret, body);

    // Act / Assess
    expect(() => verifyPagerDutySignature(body, header, [secret, oldSecret])).not.toThrow();
    expect(domainErrorOf(() => verifyPagerDutySignature(body, header, [secret])).code).toBe("bad_signature");
  });

  it("rejects a body changed after signing (401)", () => {
    // Prepare
    const header = v1(secret, body);
    const tampered = Buffer.from(body.toString("utf8").replace("incident.acknowledged", "incident.resolved"));

    // Act
    const error = domainErrorOf(() => verifyPagerDutySignature(tampered, header, [secret]));

    // Assess
    expect(statusOf(error)).toBe(401);
    expect(error.code).toBe("bad_signature");
  });

  it("rejects a request without the header (401)", () => {
    // Act
    const errors = [undefined, ""].map((header) =>
      domainErrorOf(() => verifyPagerDutySignature(body, header, [secret])),
    );

    // Assess
    expect(errors.map((e) => [statusOf(e), e.code])).toEqual([
      [401, "missing_signature"],
      [401, "missing_signature"],
    ]);
  });

  it("rejects the right digest under another prefix, or not hex, or cut short (401)", () => {
    // Prepare
    const digest = v1(secret, body).slice("v1=".length);
    const headers = [
      `sha256=${digest}`,
      `v2=${digest}`,
      digest,
      `v1=${"z".repeat(64)}`,
      `v1=${digest.slice(0, 63)}`,
      `v1=${Buffer.from(digest, "hex").toString("base64")}`,
    ];

    // Act
    const errors = headers.map((header) => domainErrorOf(() => verifyPagerDutySignature(body, header, [secret])));

    // Assess
    expect(errors.map((e) => statusOf(e))).toEqual(headers.map(() => 401));
  });

  it("never trusts a signature made with an empty key, even when a secret setting is blank", () => {
    // Prepare
    const header = v1("", body);

    // Act
    const error = domainErrorOf(() => verifyPagerDutySignature(body, header, ["", secret]));

    // Assess
    expect(statusOf(error)).toBe(401);
  });
});

describe("parsePagerDutyEvent", () => {
  it("reads an incident.acknowledged: the incident key our trigger set, the incident, who acked and when", () => {
    // Act
    const event = parsePagerDutyEvent(JSON.parse(body.toString("utf8")));

    // Assess
    expect(event).toEqual({
      kind: "incident",
      eventType: "incident.acknowledged",
      eventId: "01DVUHO8B1EZMSLIWC3H1Y0BTI",
      incidentKey: "firstreply:billing:2026-10-21T07:15:00Z",
      incidentId: "Q2WJ8Z1KX0PQ9R",
      agentName: "Priya Raman",
      occurredAt: "2026-10-21T07:31:04.512Z",
    });
  });

  it("reads resolved and unacknowledged too, without an agent when PagerDuty itself acted", () => {
    // Prepare
    const resolved = { event: { ...acknowledged.event, event_type: "incident.resolved", agent: null } };
    const unacked = { event: { ...acknowledged.event, event_type: "incident.unacknowledged" } };
    delete (unacked.event as Record<string, unknown>).agent;

    // Act
    const events = [parsePagerDutyEvent(resolved), parsePagerDutyEvent(unacked)];

    // Assess
    expect(events.map((e) => e.eventType)).toEqual(["incident.resolved", "incident.unacknowledged"]);
    for (const event of events) {
      expect(event).toMatchObject({ kind: "incident", incidentKey: "firstreply:billing:2026-10-21T07:15:00Z" });
      expect(event).not.toHaveProperty("agentName");
    }
  });

  it("gives a null incident key for an incident not opened through the Events API", () => {
    // Prepare
    const manual = { event: { ...acknowledged.event, data: { ...acknowledged.event.data, incident_key: null } } };

    // Act
    const event = parsePagerDutyEvent(manual);

    // Assess
    expect(event).toMatchObject({ kind: "incident", incidentKey: null, incidentId: "Q2WJ8Z1KX0PQ9R" });
  });

  it("returns other event types with their type, so the caller can ignore them", () => {
    // Prepare
    const triggered = { event: { ...acknowledged.event, event_type: "incident.triggered" } };
    const ping = {
      event: {
        id: "01DVUHO8B1EZMSLIWC3H1Y0BTJ",
        event_type: "pagey.ping",
        resource_type: "pagey",
        data: { type: "ping" },
      },
    };

    // Act
    const events = [parsePagerDutyEvent(triggered), parsePagerDutyEvent(ping)];

    // Assess
    expect(events).toEqual([
      { kind: "other", eventType: "incident.triggered", eventId: "01DVUHO8B1EZMSLIWC3H1Y0BTI" },
      { kind: "other", eventType: "pagey.ping", eventId: "01DVUHO8B1EZMSLIWC3H1Y0BTJ" },
    ]);
  });

  it("answers 400 for a body that is not a V3 webhook", () => {
    // Prepare
    const garbage = [
      null,
      "incident.acknowledged",
      42,
      {},
      { messages: [{ event: "incident.acknowledge", incident: { id: "PIJ90N7" } }] },
      { event: { event_type: "incident.acknowledged" } },
    ];

    // Act
    const errors = garbage.map((value) => domainErrorOf(() => parsePagerDutyEvent(value)));

    // Assess
    expect(errors.map((e) => statusOf(e))).toEqual(garbage.map(() => 400));
    expect(errors.map((e) => e.code)).toEqual(garbage.map(() => "bad_pagerduty_event"));
    expect(errors[3]?.message).toMatch(/^Not a PagerDuty V3 webhook: event/);
  });

  it("answers 400 for an acknowledged event without its incident", () => {
    // Prepare
    const hollow = { event: { ...acknowledged.event, data: { type: "incident" } } };

    // Act
    const error = domainErrorOf(() => parsePagerDutyEvent(hollow));

    // Assess
    expect(statusOf(error)).toBe(400);
    expect(error.message).toContain("data.id");
  });
});
