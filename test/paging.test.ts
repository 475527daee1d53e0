import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type RunningStack, startStack } from "./support/local-stack.ts";
import { feedComment, PAGE_ID, postMeta } from "./support/meta.ts";
import { type StubRequest, startPlatformStub } from "./support/platform-stub.ts";

const SECRET = "paging-app-secret";
const PD_WEBHOOK_SECRET = "pd-webhook-secret";

const queue = (id: string, target: string, escalateAfter: string, responders: unknown[]) => ({
  id,
  firstResponseTarget: target,
  escalateAfter,
  responders,
});

describe("paging the designated responder when a queue goes stale", () => {
  let stack: RunningStack;
  let stub: Awaited<ReturnType<typeof startPlatformStub>>;
  let pdDown = 0;

  const pd = () => stub.requests.filter((r) => r.path === "/v2/enqueue");
  const pdFor = (routingKey: string) => pd().filter((r) => r.body.routing_key === routingKey);
  const slack = (path: string) => stub.requests.filter((r) => r.path === path);
  const complain = async (commentId: string, keyword: string) => {
    const response = await postMeta(
      stack.url,
      feedComment(commentId, `Still no ${keyword} for my order, this is unacceptable`),
      SECRET,
    );
    expect(response.status).toBe(200);
    return eventually(async () => {
      const items = (await stack.api("/api/cases?limit=100")).body.items as any[];
      return items.find((c) => c.externalId === commentId);
    });
  };

  beforeAll(async () => {
    stub = await startPlatformStub();
    stub.answerWith((request: StubRequest) => {
      if (request.path === "/v2/enqueue") {
        if (request.body.routing_key === "R-DOWN" && pdDown > 0) {
          pdDown -= 1;
          return { status: 503, body: { status: "unavailable" }, headers: { "retry-after": "1" } };
        }
        return {
          status: 202,
          body: { status: "success", message: "Event processed", dedup_key: request.body.dedup_key },
        };
      }
      if (request.path.startsWith("/slack/")) return { status: 200, body: "ok" };
      return { status: 200, body: { id: `reply_${stub.requests.length}` } };
    });
    const config = {
      brand: { name: "Tidewell Goods", signature: "Marco, Tidewell Care", accounts: { facebook: PAGE_ID } },
      queues: [
        // Credentials as references to the environment, as a real config keeps them.
        queue("fast", "PT3S", "PT1H", [{ name: "Fast on-call", pagerduty: { routingKey: { env: "FAST_PD_KEY" } } }]),
        queue("esc", "PT2S", "PT3S", [
          { name: "Esc on-call", pagerduty: { routingKey: "R-ESC" } },
          { name: "Care lead", slack: { webhookUrl: { env: "CARE_LEAD_SLACK_URL" } } },
        ]),
        queue("down", "PT2S", "PT1H", [{ name: "Down on-call", pagerduty: { routingKey: "R-DOWN" } }]),
        queue("care", "PT1H", "PT1H", [{ name: "Care on-call", pagerduty: { routingKey: "R-CARE" } }]),
      ],
      routes: [
        { match: { keywords: ["parcel"] }, queue: "fast" },
        { match: { keywords: ["refund"] }, queue: "esc" },
        { match: { keywords: ["invoice"] }, queue: "down" },
      ],
      defaultQueue: "care",
    };
    stack = await startStack({
      config,
      env: {
        META_APP_SECRET: SECRET,
        META_PAGE_ACCESS_TOKEN: "page-token",
        META_GRAPH_URL: `${stub.url}/v23.0`,
        PAGERDUTY_EVENTS_URL: `${stub.url}/v2/enqueue`,
        PAGERDUTY_WEBHOOK_SECRET: PD_WEBHOOK_SECRET,
        FAST_PD_KEY: "R-FAST",
        CARE_LEAD_SLACK_URL: `${stub.url}/slack/lead`,
      },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await stub?.close();
  });

  it("pages PagerDuty within 2 s of the due time, once, and resolves after a human response", async () => {
    // Prepare: a complaint in a queue with a 3-second first-response target.
    const created = await complain("555_7001", "parcel");
    const dueAt = Date.parse(created.firstResponseDueAt);

    // Act: nobody answers.
    const trigger = await eventually(async () => pdFor("R-FAST")[0], 10_000);

    // Assess: paged within 2 s of the due time, with a useful payload.
    const lateMs = trigger.at - dueAt;
    console.info(`page reached PagerDuty ${lateMs} ms after the due time`);
    expect(lateMs).toBeGreaterThanOrEqual(0);
    expect(lateMs).toBeLessThan(2000);
    expect(trigger.body).toMatchObject({
      routing_key: "R-FAST",
      event_action: "trigger",
      dedup_key: expect.stringMatching(/^firstreply\/fast\/pg_/),
      payload: {
        source: "firstreply",
        custom_details: { queue: "fast", oldestCaseId: created.id, overdueCaseIds: [created.id] },
      },
    });
    expect(trigger.body.payload.summary).toMatch(/fast/);
    expect(trigger.body.payload.summary).toMatch(/1 case/);

    const queues = (await stack.api("/api/queues")).body.items as any[];
    expect(queues.find((q) => q.id === "fast")).toMatchObject({ overdue: 1, paging: { status: "triggered" } });
    // Timers and sweeps keep running: still exactly one trigger.
    await new Promise((r) => setTimeout(r, 3000));
    expect(pdFor("R-FAST").filter((r) => r.body.event_action === "trigger")).toHaveLength(1);

    // Act: a person answers.
    await stack.api(`/api/cases/${created.id}/respond`, {
      method: "POST",
      body: JSON.stringify({ text: "Found it, it arrives tomorrow. Marco", responder: "marco" }),
    });

    // Assess: resolved with the same dedup key, and the case history shows the page.
    const resolve = await eventually(
      async () => pdFor("R-FAST").find((r) => r.body.event_action === "resolve"),
      10_000,
    );
    expect(resolve.body).toMatchObject({ routing_key: "R-FAST", dedup_key: trigger.body.dedup_key });
    const pages = (await stack.api("/api/pages")).body.items as any[];
    expect(pages.find((p) => p.dedupKey === trigger.body.dedup_key)).toMatchObject({
      queue: "fast",
      status: "resolved",
      responder: "Fast on-call",
    });
    const history = (await stack.api(`/api/cases/${created.id}`)).body.history as any[];
    expect(history.some((h) => h.type === "page")).toBe(true);
  });

  it("escalates to the next responder when nobody acknowledges, and stops once someone does", async () => {
    const created = await complain("555_7002", "refund");

    const first = await eventually(async () => pdFor("R-ESC")[0], 10_000);
    const escalation = await eventually(async () => slack("/slack/lead")[0], 10_000);
    const waitedMs = escalation.at - first.at;
    console.info(`escalated ${waitedMs} ms after the first page (escalateAfter PT3S)`);
    expect(waitedMs).toBeGreaterThanOrEqual(2500);
    expect(JSON.stringify(escalation.body)).toMatch(/esc/);

    const page = ((await stack.api("/api/pages")).body.items as any[]).find((p) => p.queue === "esc");
    expect(page).toMatchObject({ status: "triggered", level: 1, responder: "Care lead" });
    const ack = await stack.api(`/api/pages/${page.id}/ack`, {
      method: "POST",
      body: JSON.stringify({ responder: "lead" }),
    });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ status: "acknowledged", acknowledgedBy: "lead" });

    await stack.api(`/api/cases/${created.id}/close`, { method: "POST" });
    // Resolves go to everyone who was paged: PagerDuty and a Slack follow-up.
    await eventually(async () => pdFor("R-ESC").find((r) => r.body.event_action === "resolve"), 10_000);
    await eventually(async () => slack("/slack/lead")[1], 10_000);
    expect(pdFor("R-ESC").filter((r) => r.body.event_action === "trigger")).toHaveLength(1);
  });

  it("retries a pager that is down, honouring Retry-After, and pages once when it is back", async () => {
    pdDown = 2;
    await complain("555_7003", "invoice");

    const pending = await eventually(async () => {
      const page = ((await stack.api("/api/pages")).body.items as any[]).find((p) => p.queue === "down");
      const notice = page?.notices.find((n: any) => n.key === "trigger:0");
      return notice?.lastError ? page : undefined;
    }, 10_000);
    expect(pending.notices[0]).toMatchObject({ status: "pending", lastError: expect.stringMatching(/503/) });

    const delivered = await eventually(async () => {
      const page = ((await stack.api(`/api/pages/${pending.id}`)).body as any) ?? {};
      return page.notices?.[0]?.status === "sent" ? page : undefined;
    }, 15_000);
    expect(delivered.notices[0].attempts).toBe(3);
    const attempts = pdFor("R-DOWN").filter((r) => r.body.event_action === "trigger");
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((r) => r.body.dedup_key)).size).toBe(1);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it("takes PagerDuty's own acknowledgement through its signed V3 webhook", async () => {
    const page = ((await stack.api("/api/pages")).body.items as any[]).find((p) => p.queue === "down");
    const body = Buffer.from(
      JSON.stringify({
        event: {
          id: "01DEN1HFFB5QGEVR2X5HQT3ZTS",
          event_type: "incident.acknowledged",
          resource_type: "incident",
          occurred_at: new Date().toISOString(),
          agent: { id: "PLH1HKV", summary: "Tenex Engineer", type: "user_reference" },
          data: { id: "PGR0VU2", type: "incident", incident_key: page.dedupKey, status: "acknowledged" },
        },
      }),
    );
    const signature = `v1=${createHmac("sha256", PD_WEBHOOK_SECRET).update(body).digest("hex")}`;

    const forged = await fetch(`${stack.url}/webhooks/pagerduty`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-pagerduty-signature": "v1=00" },
      body,
    });
    const genuine = await fetch(`${stack.url}/webhooks/pagerduty`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-pagerduty-signature": signature },
      body,
    });

    expect(forged.status).toBe(401);
    expect(genuine.status).toBe(200);
    const after = (await stack.api(`/api/pages/${page.id}`)).body;
    expect(after).toMatchObject({ status: "acknowledged", acknowledgedBy: "Tenex Engineer" });
  });

  it("reports response rate, response times, breaches and pages per queue and platform", async () => {
    const response = await stack.api("/api/metrics");
    const bad = await stack.api("/api/metrics?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z");

    expect(response.status).toBe(200);
    expect(bad.status).toBe(400);
    const { overall, byQueue, byPlatform } = response.body;
    expect(overall.cases).toBeGreaterThanOrEqual(3);
    expect(byQueue.fast).toMatchObject({
      cases: 1,
      answered: 1,
      answeredWithinTarget: 0,
      responseRate: 1,
      responseRateWithinTarget: 0,
      breaches: 1,
    });
    expect(byQueue.fast.pages).toBe(1);
    expect(byQueue.esc).toMatchObject({ pages: 1, escalations: 1 });
    expect(byQueue.fast.timeToAcknowledgementSeconds.median).toBeLessThan(3);
    expect(byQueue.fast.timeToFirstResponseSeconds.median).toBeGreaterThan(3);
    expect(byPlatform.facebook.cases).toBe(overall.cases);
  });

  it("lists pages newest first, page by page, with no cursor that leads to an empty page", async () => {
    const all = ((await stack.api("/api/pages?limit=100")).body.items as any[]).map((p) => p.id);
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const limit of [1, 2, all.length]) {
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
        const body = (await stack.api(`/api/pages?limit=${limit}${after}`)).body;
        pages.push(body.items.map((p: any) => p.id));
        cursor = body.next;
      } while (cursor && pages.length <= all.length);
      expect(
        pages.every((page) => page.length > 0),
        JSON.stringify(pages),
      ).toBe(true);
      expect(pages.flat()).toEqual(all);
    }
  });
});
