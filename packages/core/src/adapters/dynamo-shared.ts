import {
  ConditionalCheckFailedException,
  type ConsumedCapacity,
  DynamoDBClient,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import { BatchGetCommand, DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { BadCursor } from "./errors.ts";
import { tableDesign } from "./table-design.ts";

type Item = Record<string, unknown>;

/**
 * A DynamoDB document client whose calls fail after `requestTimeoutMs` instead of hanging (a stalled table would hold
 * the router until its Lambda timeout; the record then comes back from SQS and, after `maxReceiveCount`, lands in the
 * DLQ). The SDK retries throttling and 5xx itself, a few times, with backoff. `DYNAMODB_REQUEST_TIMEOUT_MS` changes
 * the timeout (tests of a stalled table use a short one).
 *
 * @example
 * ```ts
 * const db = documentClient();
 * ```
 */
export function documentClient(
  requestTimeoutMs = Number(process.env.DYNAMODB_REQUEST_TIMEOUT_MS) || 3000,
): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    maxAttempts: 3,
    requestHandler: { requestTimeout: requestTimeoutMs, connectionTimeout: 1000, throwOnRequestTimeout: true },
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? "";
      if (!METERED.has(command)) return next(args);
      const input = args.input as { ReturnConsumedCapacity?: string };
      const result = await next({ ...args, input: { ReturnConsumedCapacity: "INDEXES", ...input } });
      const reported = (result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
      const units =
        command === "TransactWriteItemsCommand"
          ? transactionWriteUnits(args.input as TransactionInput, [reported ?? []].flat())
          : [reported ?? []].flat().reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      if (READS.has(command)) consumedCapacity.readUnits += units;
      else consumedCapacity.writeUnits += units;
      return result;
    },
    { step: "initialize", name: "firstreplyConsumedCapacity" },
  );
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/**
 * The read and write units this process's table calls consumed, as DynamoDB reports them (indexes and the double
 * price of transactions included): what on-demand capacity bills. `npm run bench` prices a run with them.
 */
export const consumedCapacity = { readUnits: 0, writeUnits: 0 };

// Every item call asks for its consumed capacity (it costs nothing); the units are added up above.
const READS = new Set([
  "GetItemCommand",
  "QueryCommand",
  "ScanCommand",
  "BatchGetItemCommand",
  "TransactGetItemsCommand",
]);
const METERED = new Set([
  ...READS,
  "PutItemCommand",
  "UpdateItemCommand",
  "DeleteItemCommand",
  "BatchWriteItemCommand",
  "TransactWriteItemsCommand",
]);

interface TransactionInput {
  TransactItems?: { Put?: { Item?: Record<string, unknown> }; Update?: unknown; Delete?: unknown }[];
}

/**
 * The write units a transaction bills: two per KB of each item it writes (one to prepare, one to commit), plus what
 * its index writes cost. DynamoDB Local reports the table's part of a transaction as if it wrote one item, whatever
 * the count, so the table's part is worked out here from the items for a transaction of `Put`s, and taken as
 * reported otherwise; the indexes' part is DynamoDB Local's.
 *
 * @example
 * ```ts
 * transactionWriteUnits({ TransactItems: [{ Put: { Item } }, { Put: { Item: small } }] }, reported); // 2 + 2 + indexes
 * ```
 */
export function transactionWriteUnits(input: TransactionInput, reported: readonly ConsumedCapacity[]): number {
  const indexes = reported.reduce(
    (sum, c) => sum + Object.values(c.GlobalSecondaryIndexes ?? {}).reduce((n, i) => n + (i.CapacityUnits ?? 0), 0),
    0,
  );
  const actions = input.TransactItems ?? [];
  if (actions.length === 0 || !actions.every((action) => action.Put?.Item)) {
    return reported.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
  }
  const table = actions.reduce((sum, action) => sum + 2 * Math.ceil(itemBytes(action.Put?.Item ?? {}) / 1024), 0);
  return table + indexes;
}

/**
 * An item's size as DynamoDB bills it: each attribute's name plus its value (strings and binaries their bytes,
 * numbers about one byte per two digits, lists and maps 3 bytes plus their elements). Takes the wire form
 * (`{ S: "..." }`) or plain values.
 */
export function itemBytes(item: Record<string, unknown>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + valueBytes(value), 0);
}

const WIRE_TYPES = new Set(["S", "N", "B", "BOOL", "NULL", "L", "M", "SS", "NS", "BS"]);

function valueBytes(value: unknown): number {
  if (value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Uint8Array)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && WIRE_TYPES.has(keys[0] as string))
      return wireBytes(keys[0] as string, Object.values(value)[0]);
    if (value instanceof Set) return [...value].reduce((sum: number, v) => sum + valueBytes(v), 0);
    return 3 + Object.entries(value).reduce((sum, [name, v]) => sum + Buffer.byteLength(name) + 1 + valueBytes(v), 0);
  }
  if (typeof value === "string") return Buffer.byteLength(value);
  if (typeof value === "number" || typeof value === "bigint") return numberBytes(String(value));
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + valueBytes(v), 0);
  return 1;
}

function wireBytes(type: string, value: unknown): number {
  switch (type) {
    case "S":
      return Buffer.byteLength(String(value));
    case "N":
      return numberBytes(String(value));
    case "B":
      return value instanceof Uint8Array ? value.byteLength : Buffer.byteLength(String(value), "base64");
    case "L":
      return 3 + (value as unknown[]).reduce((sum: number, v) => sum + 1 + valueBytes(v), 0);
    case "M":
      return 3 + itemBytes(value as Record<string, unknown>) + Object.keys(value as object).length;
    case "SS":
    case "NS":
    case "BS":
      return (value as unknown[]).reduce((sum: number, v) => sum + valueBytes(v), 0);
    default:
      return 1;
  }
}

const numberBytes = (digits: string) => Math.ceil(digits.replace(/^-|\.|e.*$/gi, "").length / 2) + 1;

/** A list cursor is the last returned item's keys, opaque to clients. */
export const encodeCursor = (key: Item) => Buffer.from(JSON.stringify(key)).toString("base64url");

/** Reads a cursor this API returned. @throws BadCursor for anything else. */
export function decodeCursor(cursor: string): Item {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (key && typeof key === "object" && typeof key.pk === "string") return key as Item;
  } catch {
    // fall through
  }
  throw new BadCursor();
}

/** A conditional write (or a transaction's) that found another state than it expected. */
export const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException ||
  (error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((reason) => reason.Code === "ConditionalCheckFailed"));

/**
 * Every item a query matches, page after page (DynamoDB returns at most 1 MB a call).
 *
 * @example
 * ```ts
 * const items = await queryAll(db, { TableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues });
 * ```
 */
export async function queryAll(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, "ExclusiveStartKey">,
): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** Every item of a `byTime` partition whose range key (`<time>#<id>`) falls in [from, to). */
export function queryTimeRange(
  db: DynamoDBDocumentClient,
  table: string,
  partition: string,
  from: Date,
  to: Date,
): Promise<Item[]> {
  return queryAll(db, {
    TableName: table,
    IndexName: "byTime",
    KeyConditionExpression: "#h = :h AND #r BETWEEN :from AND :to",
    ExpressionAttributeNames: {
      "#h": tableDesign.indexes.byTime.hashKey,
      "#r": tableDesign.indexes.byTime.rangeKey,
    },
    // "#" sorts before every id character and "~" after: the bounds take whole instants.
    ExpressionAttributeValues: {
      ":h": partition,
      ":from": `${from.toISOString()}#`,
      ":to": `${new Date(to.getTime() - 1).toISOString()}#~`,
    },
  });
}

/**
 * One page of an index partition, newest first, for the list views. It reads one item past the page, so `next` is
 * given only when another item exists and never leads to an empty page (DynamoDB returns a `LastEvaluatedKey`
 * whenever a `Limit` is reached, even with nothing after it). With a filter, it reads on until the page is full.
 *
 * @example
 * ```ts
 * const { items, next } = await queryNewestFirst(db, { TableName, IndexName: "byTime", ... }, "byTime", 50, cursor);
 * ```
 */
export async function queryNewestFirst(
  db: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, "Limit" | "ExclusiveStartKey" | "ScanIndexForward">,
  index: keyof typeof tableDesign.indexes,
  limit: number,
  cursor: string | undefined,
): Promise<{ items: Item[]; next: string | null }> {
  const keys = tableDesign.indexes[index];
  const wanted = limit + 1;
  const items: Item[] = [];
  let startKey: Item | undefined = cursor ? decodeCursor(cursor) : undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        ...input,
        ScanIndexForward: false,
        // A filter drops items after they are read: read more at a time than the page needs.
        Limit: input.FilterExpression ? Math.max(wanted * 2, 50) : wanted - items.length,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (items.length < wanted && startKey);
  const more = items.length > limit;
  items.length = Math.min(items.length, limit);
  const last = items.at(-1);
  // Resume after the last item returned: a filtered read may have gone past it.
  const next =
    last && more
      ? encodeCursor({
          pk: last.pk,
          sk: last.sk,
          [keys.hashKey]: last[keys.hashKey],
          [keys.rangeKey]: last[keys.rangeKey],
        })
      : null;
  return { items, next };
}

/**
 * The shard (of `shards`, `tableDesign.listShards` unless told) whose index keys hold a case: FNV-1a of its id, so it
 * never changes.
 *
 * @example
 * ```ts
 * `CASES#${shardOf("c_0123456789abcdef01234567")}`; // "CASES#<0 to 15>"
 * ```
 */
export function shardOf(id: string, shards: number = tableDesign.listShards): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/** Every partition of a sharded key: the bare key (items written before the shards) and each shard's. */
export const shardedPartitions = (base: string, shards: number = tableDesign.listShards): string[] => [
  base,
  ...Array.from({ length: shards }, (_, shard) => `${base}#${shard}`),
];

/** A cursor over merged partitions: the range key of the last item returned. */
const encodeMergedCursor = (before: string) => Buffer.from(JSON.stringify({ before })).toString("base64url");

function decodeMergedCursor(cursor: string): string {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (key && typeof key === "object" && typeof key.before === "string" && key.before !== "") return key.before;
  } catch {
    // fall through
  }
  throw new BadCursor();
}

/**
 * One page, newest first, of several partitions of an index merged (a sharded list key): each partition is read
 * from below the cursor, in parallel, for one item past the page, and the items are merged by their range key, which
 * is unique (`<time>#<id>`); so the page and `next` are exactly what one partition holding them all would give.
 *
 * @example
 * ```ts
 * const { items, next } = await queryNewestFirstAcross(db, table, "byTime", shardedPartitions("CASES"), 50, cursor);
 * ```
 */
export async function queryNewestFirstAcross(
  db: DynamoDBDocumentClient,
  table: string,
  index: keyof typeof tableDesign.indexes,
  partitions: readonly string[],
  limit: number,
  cursor: string | undefined,
  filter?: ListFilter,
): Promise<{ items: Item[]; next: string | null }> {
  const keys = tableDesign.indexes[index];
  const before = cursor === undefined ? undefined : decodeMergedCursor(cursor);
  const wanted = limit + 1;
  const pages = await Promise.all(
    partitions.map(async (partition) => {
      const items: Item[] = [];
      let startKey: Item | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: table,
            IndexName: index,
            KeyConditionExpression: before === undefined ? "#h = :h" : "#h = :h AND #r < :before",
            ExpressionAttributeNames: {
              "#h": keys.hashKey,
              ...(before === undefined ? {} : { "#r": keys.rangeKey }),
              ...filter?.names,
            },
            ExpressionAttributeValues: {
              ":h": partition,
              ...(before === undefined ? {} : { ":before": before }),
              ...filter?.values,
            },
            ...(filter ? { FilterExpression: filter.expression } : {}),
            ScanIndexForward: false,
            // A filter drops items after they are read: read more at a time than the page needs.
            Limit: filter ? Math.max(wanted * 2, 50) : wanted - items.length,
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...(page.Items ?? []));
        startKey = page.LastEvaluatedKey;
      } while (items.length < wanted && startKey);
      return items;
    }),
  );
  const merged = pages.flat().sort(byRangeKey(keys.rangeKey, "newest-first"));
  const items = merged.slice(0, limit);
  const last = items.at(-1);
  return { items, next: merged.length > limit && last ? encodeMergedCursor(String(last[keys.rangeKey])) : null };
}

/** A condition on non-key attributes that a list applies after reading (a queue's list by status). */
export interface ListFilter {
  expression: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

/**
 * Orders index entries by a range key (`<time>#<id>`, unique, so the order is total): how entries from several
 * shards are merged into the order one partition would give.
 *
 * @example
 * ```ts
 * entries.sort(byRangeKey(tableDesign.indexes.byTime.rangeKey, "oldest-first"));
 * ```
 */
export function byRangeKey(rangeKey: string, order: "oldest-first" | "newest-first"): (a: Item, b: Item) => number {
  const sign = order === "oldest-first" ? 1 : -1;
  return (a, b) => {
    const left = String(a[rangeKey] ?? "");
    const right = String(b[rangeKey] ?? "");
    return left < right ? -sign : left > right ? sign : 0;
  };
}

/** BatchGetItem takes at most this many keys a call. */
const BATCH_GET_LIMIT = 100;
/** BatchGetItem calls in flight at once while hydrating. */
const HYDRATE_CONCURRENCY = 8;

/**
 * The table items behind index entries (which carry only keys, see `tableDesign`), in the entries' order; an item
 * deleted since the index was read is left out. Reads 100 keys a call, 8 calls at a time, and asks again for any keys
 * DynamoDB left unprocessed (throttling), with a short backoff, until none are left.
 *
 * @example
 * ```ts
 * const cases = await hydrate(db, table, (await db.send(new QueryCommand({ IndexName: "byTime", ... }))).Items ?? []);
 * ```
 */
export async function hydrate(db: DynamoDBDocumentClient, table: string, entries: readonly Item[]): Promise<Item[]> {
  const keyOf = (item: Item) => `${String(item.pk)}\u0000${String(item.sk)}`;
  const found = new Map<string, Item>();
  const keys = [...new Map(entries.map((entry) => [keyOf(entry), { pk: entry.pk, sk: entry.sk }])).values()];
  const chunks: Item[][] = [];
  for (let i = 0; i < keys.length; i += BATCH_GET_LIMIT) chunks.push(keys.slice(i, i + BATCH_GET_LIMIT));
  const read = async (chunk: Item[]) => {
    let pending: Item[] = chunk;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt >= 10) throw new Error(`DynamoDB left ${pending.length} keys unread after ${attempt} tries`);
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** attempt, 1000)));
      const result = await db.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending } } }));
      for (const item of result.Responses?.[table] ?? []) found.set(keyOf(item), item);
      pending = (result.UnprocessedKeys?.[table]?.Keys as Item[] | undefined) ?? [];
    }
  };
  // A few calls at a time: a long report range must not open hundreds of connections at once.
  let nextChunk = 0;
  const worker = async () => {
    while (nextChunk < chunks.length) await read(chunks[nextChunk++] as Item[]);
  };
  await Promise.all(Array.from({ length: Math.min(HYDRATE_CONCURRENCY, chunks.length) }, worker));
  return entries.flatMap((entry): Item[] => {
    const item = found.get(keyOf(entry));
    return item ? [item] : [];
  });
}
