import { randomUUID } from "node:crypto";
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import { conversationKeyOf } from "../cases/ids.ts";
import { type HistoryEntry, historyOrder } from "../cases/schema.ts";
import type { CaseChange, CaseRecord, CaseStore, ListQuery, QueueBacklog } from "../cases/store.ts";
import type { OverdueSnapshot } from "../paging/schema.ts";
import type { PlatformName } from "../platforms/names.ts";
import {
  byRangeKey,
  documentClient,
  hydrate,
  isConditionFailure,
  queryAll,
  queryNewestFirstAcross,
  queryTimeRange,
  shardedPartitions,
  shardOf,
} from "./dynamo-shared.ts";
import { tableDesign } from "./table-design.ts";

const CASE_SK = "CASE";
/** A conversation silent for this long starts afresh: its pointer expires (DynamoDB TTL). */
const THREAD_POINTER_TTL_SECONDS = 90 * 86_400;
const ix = tableDesign.indexes;
const casePk = (id: string) => `CASE#${id}`;
const threadPk = (platform: string, threadId: string) => `THREAD#${platform}#${threadId}`;
const historySk = (entry: HistoryEntry) => (entry.key ? `H#${entry.key}` : `H#${entry.at}#${randomUUID()}`);

type Item = Record<string, unknown>;

/** The attribute of a history item that carries the entries written with it (see `foldCreationEntries`). */
const FOLDED = "alsoEntries";
/** What every case's history starts with, written only by `create`: the later ones ride in the first one's item. */
const CREATION_KEYS = ["received", "classified"];

/**
 * A new case's history entries as items to write: `received` carries `classified` along (both come with every case
 * and their keys are never written again, so no later write looks for them on their own); any other entry keeps an
 * item of its own, so its key still guards a later write of the same key.
 */
function foldCreationEntries(history: readonly HistoryEntry[]): [HistoryEntry, HistoryEntry[]][] {
  const [first, ...rest] = CREATION_KEYS.map((key) => history.find((entry) => entry.key === key));
  if (!first || rest.some((entry) => !entry)) return history.map((entry) => [entry, []]);
  const folded = rest as HistoryEntry[];
  return [
    [first, folded],
    ...history
      .filter((entry) => entry !== first && !folded.includes(entry))
      .map((entry): [HistoryEntry, HistoryEntry[]] => [entry, []]),
  ];
}

const internalAttributes = new Set([
  "pk",
  "sk",
  tableDesign.ttlAttribute,
  ...Object.values(ix).flatMap((index) => [index.hashKey, index.rangeKey]),
]);

/** The stored item for a record: the record plus the keys of every index it belongs to. */
function toItem(record: CaseRecord): Item {
  const sortKey = `${record.receivedAt}#${record.id}`;
  const shard = shardOf(record.id);
  const awaiting = record.status !== "closed" && record.status !== "waiting" && !record.respondedAt;
  return {
    ...record,
    pk: casePk(record.id),
    sk: CASE_SK,
    [ix.byQueue.hashKey]: `QUEUE#${record.queue}#${shard}`,
    [ix.byQueue.rangeKey]: sortKey,
    [ix.byStatus.hashKey]: `STATUS#${record.status}#${shard}`,
    [ix.byStatus.rangeKey]: sortKey,
    [ix.byTime.hashKey]: `CASES#${shard}`,
    [ix.byTime.rangeKey]: sortKey,
    // Sparse: only cases waiting for a human carry these, so the index holds exactly each queue's backlog.
    ...(awaiting
      ? {
          [ix.awaiting.hashKey]: `${record.queue}#${shardOf(record.id, tableDesign.awaitingShards)}`,
          [ix.awaiting.rangeKey]: `${record.firstResponseDueAt}#${record.id}`,
        }
      : {}),
  };
}

function fromItem(item: Item): CaseRecord {
  const record: Item = {};
  for (const [key, value] of Object.entries(item)) if (!internalAttributes.has(key)) record[key] = value;
  return { ...(record as unknown as CaseRecord), revision: Number(item.revision ?? 0) };
}

export interface DynamoCaseStoreOptions {
  tableName: string;
  client?: DynamoDBDocumentClient;
  /**
   * How long a case and its history are kept (config `retention`): each item expires this long after it was written
   * (a case after it arrived), by the table's TTL. Unset: kept until deleted.
   */
  retentionSeconds?: number;
}

/**
 * CaseStore on one DynamoDB table (design in docs/architecture.md). Each case update is optimistic: read the case,
 * compute the next state, write it only if `version` is unchanged (retrying on conflict), together with the history
 * entry it causes. History entries with a `key` are written once, whatever the retries.
 *
 * @example
 * ```ts
 * const store = new DynamoCaseStore({ tableName: process.env.FIRSTREPLY_TABLE! });
 * await store.get("c_0123456789abcdef01234567");
 * ```
 */
export class DynamoCaseStore implements CaseStore {
  readonly #table: string;
  readonly #db: DynamoDBDocumentClient;

  readonly #retentionSeconds: number | undefined;

  constructor(options: DynamoCaseStoreOptions) {
    this.#table = options.tableName;
    this.#db = options.client ?? documentClient();
    this.#retentionSeconds = options.retentionSeconds;
  }

  /** The TTL attribute of an item written at `at`, when a retention is set. */
  #expiry(at: string): Item {
    return this.#retentionSeconds === undefined
      ? {}
      : { [tableDesign.ttlAttribute]: Math.floor(Date.parse(at) / 1000) + this.#retentionSeconds };
  }

  #historyItem(id: string, entry: HistoryEntry): Item {
    return { pk: casePk(id), sk: historySk(entry), ...entry, ...this.#expiry(entry.at) };
  }

  #caseItem(record: CaseRecord): Item {
    return { ...toItem(record), ...this.#expiry(record.receivedAt) };
  }

  /**
   * Writes a new case, its first history entries and its conversation pointer in one transaction, unless the case
   * exists (null). The entries every case starts with (`received`, then `classified`) share one item: one write
   * fewer per case, and those keys are never written again.
   */
  async create(draft: CaseRecord, history: HistoryEntry[]): Promise<CaseRecord | null> {
    const record = { ...draft, revision: 1 };
    const items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]["TransactItems"]> = [
      {
        Put: { TableName: this.#table, Item: this.#caseItem(record), ConditionExpression: "attribute_not_exists(pk)" },
      },
      ...foldCreationEntries(history).map(([entry, folded]) => ({
        Put: {
          TableName: this.#table,
          Item: { ...this.#historyItem(record.id, entry), ...(folded.length ? { [FOLDED]: folded } : {}) },
        },
      })),
    ];
    items.push({
      Put: {
        TableName: this.#table,
        Item: {
          pk: threadPk(record.platform, conversationKeyOf(record)),
          sk: "THREAD",
          caseId: record.id,
          at: record.receivedAt,
          [tableDesign.ttlAttribute]: Math.floor(Date.parse(record.receivedAt) / 1000) + THREAD_POINTER_TTL_SECONDS,
        },
      },
    });
    try {
      await this.#db.send(new TransactWriteCommand({ TransactItems: items }));
      return record;
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }

  async get(id: string): Promise<CaseRecord | undefined> {
    const item = await this.#getItem(id);
    return item ? fromItem(item) : undefined;
  }

  async getWithHistory(id: string): Promise<{ record: CaseRecord; history: HistoryEntry[] } | undefined> {
    const items = await queryAll(this.#db, {
      TableName: this.#table,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": casePk(id) },
      ConsistentRead: true,
    });
    const caseItem = items.find((item) => item.sk === CASE_SK);
    if (!caseItem) return undefined;
    const history = items
      .filter((item) => typeof item.sk === "string" && item.sk.startsWith("H#"))
      .flatMap(({ pk: _pk, sk: _sk, [tableDesign.ttlAttribute]: _expires, [FOLDED]: folded, ...entry }) => [
        entry as unknown as HistoryEntry,
        ...((Array.isArray(folded) ? folded : []) as HistoryEntry[]),
      ])
      .sort(historyOrder);
    return { record: fromItem(caseItem), history };
  }

  async findByConversation(platform: PlatformName, key: string): Promise<{ caseId: string; at: string } | undefined> {
    const { Item } = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { pk: threadPk(platform, key), sk: "THREAD" } }),
    );
    // TTL deletes lazily (within days): an expired pointer that is still there counts as gone.
    const expired = Number(Item?.[tableDesign.ttlAttribute] ?? Number.POSITIVE_INFINITY) * 1000 < Date.now();
    return typeof Item?.caseId === "string" && !expired ? { caseId: Item.caseId, at: String(Item.at) } : undefined;
  }

  async addHistory(id: string, entry: HistoryEntry): Promise<boolean> {
    try {
      await this.#db.send(
        new PutCommand({
          TableName: this.#table,
          Item: this.#historyItem(id, entry),
          ConditionExpression: "attribute_not_exists(sk)",
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async list(query: ListQuery): Promise<{ items: CaseRecord[]; next: string | null }> {
    // Every list key is sharded (table-design.ts): read the shards and merge them.
    const [index, base] = query.queue
      ? (["byQueue", `QUEUE#${query.queue}`] as const)
      : query.status
        ? (["byStatus", `STATUS#${query.status}`] as const)
        : (["byTime", "CASES"] as const);
    const filter =
      query.queue && query.status !== undefined
        ? { expression: "#status = :status", names: { "#status": "status" }, values: { ":status": query.status } }
        : undefined;
    const { items, next } = await queryNewestFirstAcross(
      this.#db,
      this.#table,
      index,
      shardedPartitions(base),
      query.limit,
      query.cursor,
      filter,
    );
    return { items: (await hydrate(this.#db, this.#table, items)).map(fromItem), next };
  }

  /**
   * One queue's backlog from the `awaiting` index: each of its shards is read (its keys and `receivedAt` only) in
   * parallel, which costs what counting it would; the oldest is the first due across the shards.
   */
  async queueBacklog(queue: string, now: Date): Promise<QueueBacklog> {
    const due = ix.awaiting.rangeKey;
    const shards = await Promise.all(
      shardedPartitions(queue, tableDesign.awaitingShards).map((partition) =>
        queryAll(this.#db, {
          TableName: this.#table,
          IndexName: "awaiting",
          KeyConditionExpression: "#q = :q",
          ProjectionExpression: "#d, receivedAt",
          ExpressionAttributeNames: { "#q": ix.awaiting.hashKey, "#d": due },
          ExpressionAttributeValues: { ":q": partition },
        }),
      ),
    );
    const entries = shards.flat();
    // The same comparison as the key condition `awaitingDue < now` (ids and instants are ASCII).
    const cutoff = now.toISOString();
    const overdue = entries.filter((entry) => String(entry[due]) < cutoff).length;
    const oldest = shards
      .flatMap((shard) => shard.slice(0, 1))
      .sort(byRangeKey(due, "oldest-first"))
      .at(0);
    return {
      open: entries.length,
      overdue,
      oldestReceivedAt: typeof oldest?.receivedAt === "string" ? oldest.receivedAt : null,
    };
  }

  /**
   * A queue's oldest overdue cases and how many there are: each shard gives its oldest `limit` (and, only when it
   * holds more, a count of the rest), and the shards are merged oldest first.
   */
  async overdue(queue: string, now: Date, limit: number): Promise<OverdueSnapshot> {
    const condition = {
      KeyConditionExpression: "#q = :q AND #d < :now",
      ExpressionAttributeNames: { "#q": ix.awaiting.hashKey, "#d": ix.awaiting.rangeKey },
    };
    const shards = await Promise.all(
      shardedPartitions(queue, tableDesign.awaitingShards).map(async (partition) => {
        const values = { ":q": partition, ":now": now.toISOString() };
        const items: Item[] = [];
        let startKey: Item | undefined;
        do {
          const page = await this.#db.send(
            new QueryCommand({
              TableName: this.#table,
              IndexName: "awaiting",
              ...condition,
              ExpressionAttributeValues: values,
              Limit: Math.max(limit - items.length, 1),
              ExclusiveStartKey: startKey,
            }),
          );
          items.push(...(page.Items ?? []));
          startKey = page.LastEvaluatedKey;
        } while (items.length < limit && startKey);
        const rest = startKey ? await this.#count({ ...condition, ExpressionAttributeValues: values }, startKey) : 0;
        return { items, count: items.length + rest };
      }),
    );
    const oldest = shards
      .flatMap((shard) => shard.items)
      .sort(byRangeKey(ix.awaiting.rangeKey, "oldest-first"))
      .slice(0, limit);
    return {
      count: shards.reduce((sum, shard) => sum + shard.count, 0),
      cases: oldest.map((item) => {
        const record = fromItem(item);
        return {
          id: record.id,
          firstResponseDueAt: record.firstResponseDueAt,
          receivedAt: record.receivedAt,
          text: record.text,
          url: record.url,
        };
      }),
    };
  }

  /** How many `awaiting` entries a query matches, from `startKey` on. */
  async #count(extra: Partial<QueryCommandInput>, from?: Item): Promise<number> {
    let total = 0;
    let startKey: Item | undefined = from;
    do {
      const page = await this.#db.send(
        new QueryCommand({
          TableName: this.#table,
          IndexName: "awaiting",
          Select: "COUNT",
          ExclusiveStartKey: startKey,
          ...extra,
        } as QueryCommandInput),
      );
      total += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return total;
  }

  async receivedBetween(from: Date, to: Date): Promise<CaseRecord[]> {
    const shards = await Promise.all(
      shardedPartitions("CASES").map((partition) => queryTimeRange(this.#db, this.#table, partition, from, to)),
    );
    // Oldest first, as one partition gave them.
    const entries = shards.flat().sort(byRangeKey(ix.byTime.rangeKey, "oldest-first"));
    return (await hydrate(this.#db, this.#table, entries)).map(fromItem);
  }

  async #getItem(id: string): Promise<Item | undefined> {
    const { Item } = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { pk: casePk(id), sk: CASE_SK }, ConsistentRead: true }),
    );
    return Item;
  }

  /**
   * Optimistic update: the case is written only if its `revision` is the one it was computed from, retrying on a
   * conflict with a fresh read. The history entry goes in the same transaction; if an entry with its key exists (a
   * retry), the case update is written alone.
   */
  async mutate(id: string, change: CaseChange, current?: CaseRecord): Promise<CaseRecord | null> {
    let known = current;
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const record = known ?? (await this.get(id));
      known = undefined;
      if (!record) return null;
      const next = change(record);
      if (!next) return null;
      const written = { ...next.record, revision: record.revision + 1 };
      const casePut = {
        Put: {
          TableName: this.#table,
          Item: this.#caseItem(written),
          ConditionExpression: "revision = :r",
          ExpressionAttributeValues: { ":r": record.revision },
        },
      };
      const entry = next.entry;
      try {
        if (entry) {
          await this.#db.send(
            new TransactWriteCommand({
              TransactItems: [
                casePut,
                {
                  Put: {
                    TableName: this.#table,
                    Item: this.#historyItem(id, entry),
                    ConditionExpression: "attribute_not_exists(sk)",
                  },
                },
              ],
            }),
          );
        } else {
          await this.#db.send(new PutCommand(casePut.Put));
        }
        return written;
      } catch (error) {
        const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
        if (reasons[0]?.Code !== "ConditionalCheckFailed" && reasons[1]?.Code === "ConditionalCheckFailed") {
          // The history entry was written by an earlier attempt: write the case update alone.
          try {
            await this.#db.send(new PutCommand(casePut.Put));
            return written;
          } catch (inner) {
            if (!isConditionFailure(inner)) throw inner;
            continue;
          }
        }
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new Error(`Case ${id} kept changing under us; giving up after 8 attempts`);
  }
}
