import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { type BatchGetCommand, DynamoDBDocumentClient, PutCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoCaseStore } from "#core/adapters/dynamo-case-store.ts";
import { hydrate } from "#core/adapters/dynamo-shared.ts";
import { BadCursor } from "#core/adapters/errors.ts";
import { tableDesign } from "#core/adapters/table-design.ts";
import { caseIdFor } from "#core/cases/ids.ts";
import type { CaseRecord } from "#core/cases/store.ts";
import { startDynamoDbLocal } from "#local/dynamodb.ts";
import { freePort } from "#local/processes.ts";
import { provisionTable } from "#local/provision.ts";
import { testDataRoot } from "./support/local-stack.ts";

const TABLE = "cases-sharding";

/** A case received `i` minutes after a fixed instant. */
function caseRecord(i: number, status: CaseRecord["status"] = i % 3 === 0 ? "acknowledged" : "open"): CaseRecord {
  const receivedAt = new Date(Date.parse("2026-12-01T08:00:00.000Z") + i * 60_000).toISOString();
  const id = caseIdFor("facebook", `shard_${i}`);
  return {
    id,
    platform: "facebook",
    channel: "public",
    externalId: `shard_${i}`,
    threadId: `post_${i}`,
    author: { id: `a_${i}`, name: "Ana" },
    text: `Order ${i} never came 😡`,
    url: null,
    language: "en",
    languageConfidence: 1,
    replyLanguage: "en",
    kind: "complaint",
    sensitive: false,
    sensitiveKinds: [],
    queue: "care",
    status,
    receivedAt,
    acknowledgedAt: null,
    firstResponseDueAt: new Date(Date.parse(receivedAt) + 3_600_000).toISOString(),
    firstResponseTarget: "PT1H",
    respondedAt: null,
    closedAt: null,
    pausedAt: null,
    businessHours: null,
    breached: false,
    acknowledgement: { status: "none", replyIds: [] },
    needsHuman: null,
    accountId: "118204355731962",
    replyTarget: { commentId: `shard_${i}` },
    privateTarget: null,
    ackText: null,
    ackPurpose: null,
    ackClaimedAt: null,
    humanReplyIds: [],
    customerWroteAt: receivedAt,
    revision: 0,
  } as unknown as CaseRecord;
}

describe("the case store's sharded list keys (DynamoDB Local)", () => {
  let dynamo: Awaited<ReturnType<typeof startDynamoDbLocal>>;
  let db: DynamoDBDocumentClient;
  let store: DynamoCaseStore;
  const created: CaseRecord[] = [];

  beforeAll(async () => {
    dynamo = await startDynamoDbLocal({
      dataDir: mkdtempSync(join(testDataRoot(), "dynamo-")),
      port: await freePort(),
    });
    await provisionTable(dynamo.endpoint, TABLE);
    db = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: dynamo.endpoint,
        region: "us-east-1",
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
      }),
      { marshallOptions: { removeUndefinedValues: true } },
    );
    store = new DynamoCaseStore({ tableName: TABLE, client: db });
    for (let i = 0; i < 45; i += 1) {
      const record = await store.create(caseRecord(i), []);
      if (record) created.push(record);
    }
    // Four cases as they were stored before the shards: the bare list keys.
    for (const i of [45, 46, 47, 48]) {
      const record = { ...caseRecord(i, "open"), revision: 1 };
      const sortKey = `${record.receivedAt}#${record.id}`;
      await db.send(
        new PutCommand({
          TableName: TABLE,
          Item: {
            ...record,
            pk: `CASE#${record.id}`,
            sk: "CASE",
            gsi1pk: "QUEUE#care",
            gsi1sk: sortKey,
            gsi2pk: "STATUS#open",
            gsi2sk: sortKey,
            gsi3pk: "CASES",
            gsi3sk: sortKey,
            awaitingQueue: "care",
            awaitingDue: `${record.firstResponseDueAt}#${record.id}`,
          },
        }),
      );
      created.push(record);
    }
  }, 120_000);

  afterAll(async () => {
    db?.destroy();
    await dynamo?.stop();
  });

  const allPages = async (query: { status?: CaseRecord["status"]; queue?: string }, limit: number) => {
    const pages: CaseRecord[][] = [];
    let cursor: string | undefined;
    do {
      const page = await store.list({ ...query, limit, cursor });
      pages.push(page.items);
      cursor = page.next ?? undefined;
    } while (cursor && pages.length < 50);
    return pages;
  };
  const newestFirst = (records: CaseRecord[]) => [...records].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));

  it("spreads the cases over the shards of every index", async () => {
    // Act
    const { Items: all = [] } = await db.send(new ScanCommand({ TableName: TABLE }));
    const Items = all.filter((item) => item.sk === "CASE");

    // Assess: no one key for every case; at most a few cases per shard here.
    const byTime = new Set(Items.map((item) => item[tableDesign.indexes.byTime.hashKey]));
    const byStatus = new Set(Items.map((item) => item[tableDesign.indexes.byStatus.hashKey]));
    expect(byTime.size).toBeGreaterThanOrEqual(10);
    expect(byStatus.size).toBeGreaterThanOrEqual(12);
    expect([...byTime].every((key) => /^CASES(#\d{1,2})?$/.test(String(key)))).toBe(true);
    // One queue taking every case is spread too: its list and its backlog.
    const byQueue = new Set(Items.map((item) => item[tableDesign.indexes.byQueue.hashKey]));
    const awaiting = new Set(Items.map((item) => item[tableDesign.indexes.awaiting.hashKey]));
    expect(byQueue.size).toBeGreaterThanOrEqual(10);
    expect(awaiting.size).toBe(tableDesign.awaitingShards + 1);
    expect([...byQueue].every((key) => /^QUEUE#care(#\d{1,2})?$/.test(String(key)))).toBe(true);
    expect([...awaiting].every((key) => /^care(#[0-3])?$/.test(String(key)))).toBe(true);
  });

  it("lists every case newest first across the shards and the old keys, page by page, each once", async () => {
    // Act
    const pages = await allPages({}, 7);

    // Assess
    expect(pages.flat().map((c) => c.id)).toEqual(newestFirst(created).map((c) => c.id));
    expect(pages.slice(0, -1).every((page) => page.length === 7)).toBe(true);
    expect(pages.at(-1)?.length).toBe(49 % 7 || 7);
  });

  it("lists one status across its shards, and gives no cursor when nothing follows", async () => {
    // Act
    const open = await allPages({ status: "open" }, 10);
    const acknowledged = await store.list({ status: "acknowledged", limit: 15 });

    // Assess
    const wantOpen = newestFirst(created.filter((c) => c.status === "open"));
    expect(open.flat().map((c) => c.id)).toEqual(wantOpen.map((c) => c.id));
    expect(acknowledged.items.map((c) => c.id)).toEqual(
      newestFirst(created.filter((c) => c.status === "acknowledged")).map((c) => c.id),
    );
    expect(acknowledged.next).toBeNull();
  });

  it("still lists one queue from its own key, with a status filter", async () => {
    // Act
    const pages = await allPages({ queue: "care", status: "acknowledged" }, 4);

    // Assess
    expect(pages.flat().map((c) => c.id)).toEqual(
      newestFirst(created.filter((c) => c.status === "acknowledged")).map((c) => c.id),
    );
  });

  it("lists one queue across its shards and the old key, all statuses, page by page", async () => {
    // Act
    const pages = await allPages({ queue: "care" }, 6);
    const otherQueue = await store.list({ queue: "billing", limit: 10 });

    // Assess
    expect(pages.flat().map((c) => c.id)).toEqual(newestFirst(created).map((c) => c.id));
    expect(pages.slice(0, -1).every((page) => page.length === 6)).toBe(true);
    expect(otherQueue).toEqual({ items: [], next: null });
  });

  it("gives a queue's overdue cases oldest first across the shards, with the count of all of them", async () => {
    // Arrange: each case is due an hour after it came (minute i); 09:47:30 leaves minutes 0 to 47 overdue, three of
    // them stored with the old keys.
    const now = new Date("2026-12-01T09:47:30.000Z");
    const dueOrder = [...created].sort((a, b) => a.firstResponseDueAt.localeCompare(b.firstResponseDueAt));

    // Act
    const all = await store.overdue("care", now, 50);
    const few = await store.overdue("care", now, 1);
    const five = await store.overdue("care", now, 5);
    const none = await store.overdue("care", new Date("2026-12-01T08:59:00.000Z"), 5);

    // Assess: a limit below a shard's overdue cases still counts them all.
    expect(all.count).toBe(48);
    expect(all.cases.map((c) => c.id)).toEqual(dueOrder.slice(0, 48).map((c) => c.id));
    expect(all.cases[0]).toEqual({
      id: dueOrder[0]?.id,
      firstResponseDueAt: dueOrder[0]?.firstResponseDueAt,
      receivedAt: dueOrder[0]?.receivedAt,
      text: "Order 0 never came 😡",
      url: null,
    });
    expect(few.count).toBe(48);
    expect(few.cases.map((c) => c.id)).toEqual([dueOrder[0]?.id]);
    expect(five.cases.map((c) => c.id)).toEqual(dueOrder.slice(0, 5).map((c) => c.id));
    expect(none).toEqual({ count: 0, cases: [] });
  });

  it("gives a queue's backlog from every shard: open, overdue and the oldest", async () => {
    // Act
    const backlog = await store.queueBacklog("care", new Date("2026-12-01T09:20:00.000Z"));
    const empty = await store.queueBacklog("billing", new Date("2026-12-01T09:20:00.000Z"));

    // Assess: minutes 0 to 19 are past due at 09:20 (minute 20 is due at exactly 09:20, not before).
    expect(backlog).toEqual({ open: 49, overdue: 20, oldestReceivedAt: "2026-12-01T08:00:00.000Z" });
    expect(empty).toEqual({ open: 0, overdue: 0, oldestReceivedAt: null });
  });

  it("gives the cases received in a time range, oldest first, from every shard", async () => {
    // Act
    const from = new Date("2026-12-01T08:10:00.000Z");
    const to = new Date("2026-12-01T08:47:00.000Z");
    const found = await store.receivedBetween(from, to);

    // Assess: minutes 10 to 46, the old-keyed 45 and 46 included.
    expect(found.map((c) => c.externalId)).toEqual(Array.from({ length: 37 }, (_, k) => `shard_${k + 10}`));
  });

  it("keeps only keys (and what its queries read) in the indexes, yet lists whole cases", async () => {
    // Act
    const { Table } = await db.send(new DescribeTableCommand({ TableName: TABLE }));
    const page = await store.list({ limit: 100 });
    const queuePage = await store.list({ queue: "care", status: "open", limit: 100 });

    // Assess
    const projections = Object.fromEntries(
      (Table?.GlobalSecondaryIndexes ?? []).map((index) => [index.IndexName, index.Projection]),
    );
    expect(projections.byTime).toEqual({ ProjectionType: "KEYS_ONLY" });
    expect(projections.byStatus).toEqual({ ProjectionType: "KEYS_ONLY" });
    expect(projections.byQueue).toEqual({ ProjectionType: "INCLUDE", NonKeyAttributes: ["status"] });
    expect(page.items).toEqual(newestFirst(created));
    expect(queuePage.items).toEqual(newestFirst(created.filter((c) => c.status === "open")));
  });

  it("writes a new case's first two history entries as one item, and reads them back as two", async () => {
    // Arrange: a table of its own, so the lists above keep their cases.
    await provisionTable(dynamo.endpoint, "cases-history");
    const own = new DynamoCaseStore({ tableName: "cases-history", client: db });
    const record = caseRecord(100);
    const at = record.receivedAt;
    const history = [
      { at, type: "received", key: "received", text: "Order 100 never came 😡" },
      { at, type: "classified", key: "classified", kind: "complaint", language: "en", queue: "care" },
      { at, type: "closed", key: "closed", reason: "spam: no reply" },
    ] as unknown as Parameters<DynamoCaseStore["create"]>[1];
    const plain = { ...caseRecord(101), id: caseIdFor("facebook", "plain_101") };

    // Act
    await own.create(record, history);
    await own.create(plain, history.slice(0, 1));
    const { Items = [] } = await db.send(new ScanCommand({ TableName: "cases-history" }));
    const read = await own.getWithHistory(record.id);
    const again = await own.create(record, history);

    // Assess
    const historyItems = Items.filter((item) => item.pk === `CASE#${record.id}` && item.sk !== "CASE");
    expect(historyItems.map((item) => item.sk).sort()).toEqual(["H#closed", "H#received"]);
    expect(read?.history.map((entry) => entry.type)).toEqual(["received", "classified", "closed"]);
    expect(read?.history[1]).toEqual(history[1]);
    expect((await own.getWithHistory(plain.id))?.history).toEqual([history[0]]);
    expect(again).toBeNull();
  });

  it("refuses a cursor it did not give", async () => {
    // Act
    const result = store.list({ limit: 5, cursor: "bm90IGEgY3Vyc29y" });

    // Assess
    await expect(result).rejects.toBeInstanceOf(BadCursor);
  });
});

describe("hydrate", () => {
  it("asks again for the keys DynamoDB left unprocessed and keeps the index order, skipping deleted items", async () => {
    // Arrange: 150 entries (two calls); the first answer leaves 30 keys unprocessed; one item no longer exists.
    const entries = Array.from({ length: 150 }, (_, i) => ({ pk: `CASE#${i}`, sk: "CASE", gsi3sk: String(i) }));
    const calls: number[] = [];
    let throttledOnce = false;
    const db = {
      send: async (command: BatchGetCommand) => {
        const keys = (command.input.RequestItems?.t?.Keys ?? []) as { pk: string; sk: string }[];
        calls.push(keys.length);
        const unprocessed = throttledOnce ? [] : keys.slice(-30);
        throttledOnce = true;
        const served = keys.slice(0, keys.length - unprocessed.length).filter((key) => key.pk !== "CASE#7");
        return {
          Responses: { t: served.map((key) => ({ ...key, text: `case ${key.pk}` })) },
          UnprocessedKeys: unprocessed.length ? { t: { Keys: unprocessed } } : {},
        };
      },
    } as unknown as DynamoDBDocumentClient;

    // Act
    const items = await hydrate(db, "t", [...entries].reverse());

    // Assess
    expect(calls.sort((a, b) => a - b)).toEqual([30, 50, 100]);
    expect(items.map((item) => item.pk)).toEqual(
      [...entries]
        .reverse()
        .map((entry) => entry.pk)
        .filter((pk) => pk !== "CASE#7"),
    );
    expect(items[0]).toEqual({ pk: "CASE#149", sk: "CASE", text: "case CASE#149" });
  });

  it("gives up with a clear error when keys stay unprocessed", async () => {
    // Arrange
    const db = {
      send: async (command: BatchGetCommand) => ({
        Responses: { t: [] },
        UnprocessedKeys: { t: { Keys: command.input.RequestItems?.t?.Keys } },
      }),
    } as unknown as DynamoDBDocumentClient;

    // Act
    const result = hydrate(db, "t", [{ pk: "CASE#1", sk: "CASE" }]);

    // Assess
    await expect(result).rejects.toThrow(/left 1 keys unread after 10 tries/);
  }, 30_000);
});
