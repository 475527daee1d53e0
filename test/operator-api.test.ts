import { DynamoDBClient, QueryCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type RunningStack, startStack } from "./support/local-stack.ts";
import { feedComment, PAGE_ID, postMeta, testConfig } from "./support/meta.ts";
import { startPlatformStub } from "./support/platform-stub.ts";

const SECRET = "operator-api-secret";

describe("the operator API", () => {
  let stack: RunningStack;
  let graph: Awaited<ReturnType<typeof startPlatformStub>>;
  const ids: string[] = [];

  beforeAll(async () => {
    graph = await startPlatformStub();
    stack = await startStack({
      config: testConfig,
      env: { META_APP_SECRET: SECRET, META_PAGE_ACCESS_TOKEN: "page-token", META_GRAPH_URL: `${graph.url}/v23.0` },
    });
    // Prepare: five cases, two of them for billing, posted one after the other so their order is known.
    const texts = [
      "My order never arrived, terrible service",
      "I was charged twice, I want a refund",
      "Do you ship to Portugal?",
      "Still waiting for my refund after three weeks!",
      "The lamp arrived broken, really disappointed",
    ];
    for (const [i, text] of texts.entries()) {
      await postMeta(stack.url, feedComment(`777_${i}`, text), SECRET);
      const found = await eventually(async () => {
        const items = (await stack.api("/api/cases?limit=100")).body.items as any[];
        return items.find((c) => c.externalId === `777_${i}` && c.acknowledgedAt);
      });
      ids.push(found.id);
    }
  });

  afterAll(async () => {
    await stack?.stop();
    await graph?.close();
  });

  it("requires the bearer token on every /api route", async () => {
    for (const path of ["/api/queues", "/api/cases", `/api/cases/${ids[0]}`, "/api/pages", "/api/nothing-here"]) {
      const none = await stack.api(path, { token: null });
      const wrong = await stack.api(path, { token: "wrong" });
      expect([none.status, wrong.status], path).toEqual([401, 401]);
      expect(none.body.error.code).toBe("unauthorized");
    }
    const post = await stack.api(`/api/cases/${ids[0]}/close`, { method: "POST", token: null, body: "{}" });
    expect(post.status).toBe(401);
  });

  it("keeps a case's text and history for the retention only (400 days by default), through DynamoDB's TTL", async () => {
    // Prepare
    const db = new DynamoDBClient({
      endpoint: stack.dynamoEndpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const detail = (await stack.api(`/api/cases/${ids[0]}`)).body;

    // Act
    const { Items = [] } = await db.send(
      new QueryCommand({
        TableName: "firstreply-local",
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": { S: `CASE#${ids[0]}` } },
      }),
    );
    db.destroy();

    // Assess: the case expires 400 days after it arrived, each history entry 400 days after it was written.
    const retention = 400 * 86_400;
    const caseItem = Items.find((item) => item.sk?.S === "CASE");
    expect(Number(caseItem?.expiresAt?.N)).toBe(Math.floor(Date.parse(detail.receivedAt) / 1000) + retention);
    const history = Items.filter((item) => item.sk?.S?.startsWith("H#"));
    // received (classified rides in its item) and the acknowledgement, at least.
    expect(history.length).toBeGreaterThanOrEqual(2);
    for (const item of history) {
      expect(Number(item.expiresAt?.N)).toBe(Math.floor(Date.parse(item.at?.S ?? "") / 1000) + retention);
    }
    expect(detail.history.every((entry: any) => !("expiresAt" in entry))).toBe(true);
  });

  it("sends no CORS headers: the API is for the product's own console and for servers, not for other origins", async () => {
    // Act
    const get = await fetch(`${stack.url}/api/queues`, {
      headers: { authorization: "Bearer test-operator-token", origin: "https://evil.example" },
    });
    const preflight = await fetch(`${stack.url}/api/queues`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "GET" },
    });

    // Assess
    expect(get.status).toBe(200);
    for (const response of [get, preflight]) {
      expect([...response.headers.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    }
    expect(preflight.status).toBe(401);
  });

  it("lists cases newest first, filtered by queue and status, page by page with a cursor", async () => {
    const all = await stack.api("/api/cases");
    expect(all.status).toBe(200);
    expect(all.body.items.map((c: any) => c.id)).toEqual([...ids].reverse());

    const billing = await stack.api("/api/cases?queue=billing");
    expect(billing.body.items.map((c: any) => c.externalId)).toEqual(["777_3", "777_1"]);

    const first = await stack.api("/api/cases?limit=2");
    expect(first.body.items).toHaveLength(2);
    expect(first.body.next).toEqual(expect.any(String));
    const second = await stack.api(`/api/cases?limit=2&cursor=${encodeURIComponent(first.body.next)}`);
    const third = await stack.api(`/api/cases?limit=2&cursor=${encodeURIComponent(second.body.next)}`);
    const paged = [...first.body.items, ...second.body.items, ...third.body.items].map((c: any) => c.id);
    expect(paged).toEqual([...ids].reverse());
    expect(third.body.next).toBeNull();

    const acknowledged = await stack.api("/api/cases?status=acknowledged&limit=100");
    expect(acknowledged.body.items.length).toBeGreaterThanOrEqual(4);
    expect(acknowledged.body.items.every((c: any) => c.status === "acknowledged")).toBe(true);
  });

  it("gives a next cursor only when another page has cases: every page it leads to is full or last", async () => {
    const walk = async (query: string, limit: number) => {
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
        const page = (await stack.api(`/api/cases?${query}limit=${limit}${after}`)).body;
        pages.push(page.items.map((c: any) => c.id));
        cursor = page.next;
      } while (cursor && pages.length < 10);
      return pages;
    };
    for (const [query, expected] of [
      ["", [...ids].reverse()],
      ["queue=billing&", [ids[3], ids[1]]],
      ["queue=billing&status=acknowledged&", [ids[3], ids[1]]],
      ["status=acknowledged&", undefined],
    ] as const) {
      for (const limit of [1, 2, 3, 4, 5, 6]) {
        const pages = await walk(query, limit);
        const label = `${query}limit=${limit}: ${JSON.stringify(pages)}`;
        expect(
          pages.every((page) => page.length > 0),
          label,
        ).toBe(true);
        expect(
          pages.slice(0, -1).every((page) => page.length === limit),
          label,
        ).toBe(true);
        if (expected) expect(pages.flat(), label).toEqual(expected);
      }
    }
  });

  it("rejects bad list parameters with a clear error", async () => {
    for (const query of ["limit=0", "limit=abc", "limit=101", "status=lost", "cursor=garbage", "colour=red"]) {
      const response = await stack.api(`/api/cases?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.message, query).toEqual(expect.any(String));
    }
  });

  it("shows a case with its history of automatic actions", async () => {
    const detail = await stack.api(`/api/cases/${ids[1]}`);

    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: ids[1], queue: "billing", kind: "complaint", status: "acknowledged" });
    const types = detail.body.history.map((h: any) => h.type);
    expect(types).toEqual(["received", "classified", "acknowledged"]);
    const classified = detail.body.history[1];
    expect(classified).toMatchObject({ queue: "billing", route: "routes[0]", kind: "complaint" });
    expect(detail.body.history[2].sent[0].text).toMatch(/^Hi Ana,/);
  });

  it("answers 404 for a case that does not exist", async () => {
    for (const id of ["c_000000000000000000000000", "nope", "..%2F..%2Fetc"]) {
      const response = await stack.api(`/api/cases/${id}`);
      expect(response.status, id).toBe(404);
      expect(response.body.error.code).toBe("case_not_found");
    }
  });

  it("posts a human response in the case's thread and stops its SLA clock", async () => {
    const before = graph.requests.length;

    const response = await stack.api(`/api/cases/${ids[0]}/respond`, {
      method: "POST",
      body: JSON.stringify({ text: "Ana, your parcel is on its way today. Marco", responder: "marco" }),
    });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: ids[0], status: "responded", respondedAt: expect.any(String) });
    const sent = graph.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      path: "/v23.0/777_0/comments",
      body: { message: "Ana, your parcel is on its way today. Marco" },
    });
    // The Page's echo of that reply is not a second response.
    await postMeta(
      stack.url,
      feedComment(String(sent[0]?.body && "stub_echo"), "Ana, your parcel is on its way today. Marco", {
        from: { id: PAGE_ID, name: "Tidewell Goods" },
        parent: "777_0",
      }),
      SECRET,
    );
    const detail = await stack.api(`/api/cases/${ids[0]}`);
    expect(detail.body.history.filter((h: any) => h.type === "reply" && h.via === "api")).toHaveLength(1);
  });

  it("validates a response and changes nothing when it is invalid", async () => {
    for (const body of ["{}", '{"text":"  ","responder":"marco"}', '{"text":"hi"}', "not json"]) {
      const response = await stack.api(`/api/cases/${ids[2]}/respond`, { method: "POST", body });
      expect(response.status, body).toBe(400);
    }
    expect((await stack.api(`/api/cases/${ids[2]}`)).body.respondedAt).toBeNull();
  });

  it("reports a platform that refuses the response, and leaves the case waiting", async () => {
    graph.answerWith(() => ({ status: 400, body: { error: { message: "(#100) comment deleted" } } }));
    try {
      const response = await stack.api(`/api/cases/${ids[2]}/respond`, {
        method: "POST",
        body: JSON.stringify({ text: "Yes we do!", responder: "marco" }),
      });
      expect(response.status).toBe(502);
      expect(response.body.error.code).toBe("platform_error");
      expect((await stack.api(`/api/cases/${ids[2]}`)).body.respondedAt).toBeNull();
    } finally {
      graph.answerWith(() => ({ status: 200, body: { id: `stub_${Date.now()}` } }));
    }
  });

  it("closes a case, idempotently, and refuses to respond to it afterwards", async () => {
    const closed = await stack.api(`/api/cases/${ids[4]}/close`, { method: "POST" });
    const again = await stack.api(`/api/cases/${ids[4]}/close`, {
      method: "POST",
      body: JSON.stringify({ reason: "dup" }),
    });

    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: "closed", closedAt: expect.any(String) });
    expect(again.body.closedAt).toBe(closed.body.closedAt);
    const respond = await stack.api(`/api/cases/${ids[4]}/respond`, {
      method: "POST",
      body: JSON.stringify({ text: "Sorry!", responder: "marco" }),
    });
    expect(respond.status).toBe(409);
  });

  it("counts each queue's cases still waiting for a human response", async () => {
    const queues = await stack.api("/api/queues");

    expect(queues.status).toBe(200);
    const byId = Object.fromEntries(queues.body.items.map((q: any) => [q.id, q]));
    // billing: 777_1 and 777_3 wait; care: 777_2 waits (777_0 answered, 777_4 closed).
    expect(byId.billing).toMatchObject({ open: 2, overdue: 0, paging: null });
    expect(byId.care).toMatchObject({ open: 1, overdue: 0 });
    expect(byId.billing.oldestOpenAgeSeconds).toBeGreaterThanOrEqual(0);
  });
});
