import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import type { PageRecord } from "../paging/schema.ts";
import type { PageStore } from "../paging/store.ts";
import type { PageChange } from "../paging/transitions.ts";
import {
  documentClient,
  hydrate,
  isConditionFailure,
  queryAll,
  queryNewestFirst,
  queryTimeRange,
} from "./dynamo-shared.ts";
import { tableDesign } from "./table-design.ts";

const ix = tableDesign.indexes;
const PAGE_PK_PREFIX = "PAGE#";
const pagePk = (id: string) => `${PAGE_PK_PREFIX}${id}`;
const lockKey = (queue: string) => ({ pk: `QUEUE#${queue}`, sk: "EPISODE" });

/** Pages live in the cases' table: their own items, listed through the same indexes under other partition keys. */
function toItem(page: PageRecord): Record<string, unknown> {
  const pending = page.notices.filter((n) => n.status === "pending" || n.status === "sending");
  const earliest = pending.map((n) => n.nextAttemptAt).sort()[0];
  return {
    ...page,
    pk: pagePk(page.id),
    sk: "PAGE",
    [ix.byTime.hashKey]: "PAGES",
    [ix.byTime.rangeKey]: `${page.triggeredAt}#${page.id}`,
    // Sparse: only pages with something left to send sit in this partition, so the sweep finds them in one Query.
    ...(earliest ? { [ix.byStatus.hashKey]: "PAGE_NOTICES", [ix.byStatus.rangeKey]: `${earliest}#${page.id}` } : {}),
  };
}

function fromItem(item: Record<string, unknown>): PageRecord {
  const { pk: _pk, sk: _sk, gsi2pk: _a, gsi2sk: _b, gsi3pk: _c, gsi3sk: _d, ...page } = item;
  return page as unknown as PageRecord;
}

/**
 * PageStore on the firstreply table.
 *
 * @example
 * ```ts
 * const pages = new DynamoPageStore({ tableName: process.env.FIRSTREPLY_TABLE! });
 * ```
 */
export class DynamoPageStore implements PageStore {
  readonly #table: string;
  readonly #db: DynamoDBDocumentClient;

  constructor(options: { tableName: string; client?: DynamoDBDocumentClient }) {
    this.#table = options.tableName;
    this.#db = options.client ?? documentClient();
  }

  async currentPageId(queue: string): Promise<string | undefined> {
    const { Item } = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: lockKey(queue), ConsistentRead: true }),
    );
    return typeof Item?.pageId === "string" ? Item.pageId : undefined;
  }

  async openEpisode(draft: PageRecord): Promise<PageRecord | null> {
    const page = { ...draft, revision: 1 };
    try {
      await this.#db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.#table,
                Item: { ...lockKey(page.queue), pageId: page.id, since: page.triggeredAt },
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            { Put: { TableName: this.#table, Item: toItem(page), ConditionExpression: "attribute_not_exists(pk)" } },
          ],
        }),
      );
      return page;
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }

  async closeEpisode(queue: string, pageId: string): Promise<void> {
    try {
      await this.#db.send(
        new DeleteCommand({
          TableName: this.#table,
          Key: lockKey(queue),
          ConditionExpression: "pageId = :p",
          ExpressionAttributeValues: { ":p": pageId },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async get(id: string): Promise<PageRecord | undefined> {
    const { Item } = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: { pk: pagePk(id), sk: "PAGE" }, ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async mutate(id: string, change: PageChange, current?: PageRecord): Promise<PageRecord | null> {
    let known = current;
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const page = known ?? (await this.get(id));
      known = undefined;
      if (!page) return null;
      const next = change(page);
      if (!next) return null;
      const written = { ...next, revision: page.revision + 1 };
      try {
        await this.#db.send(
          new PutCommand({
            TableName: this.#table,
            Item: toItem(written),
            ConditionExpression: "revision = :r",
            ExpressionAttributeValues: { ":r": page.revision },
          }),
        );
        return written;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new Error(`Page ${id} kept changing under us; giving up after 8 attempts`);
  }

  async list(query: { limit: number; cursor?: string }) {
    const { items, next } = await queryNewestFirst(
      this.#db,
      {
        TableName: this.#table,
        IndexName: "byTime",
        KeyConditionExpression: "#h = :h",
        ExpressionAttributeNames: { "#h": ix.byTime.hashKey },
        ExpressionAttributeValues: { ":h": "PAGES" },
      },
      "byTime",
      query.limit,
      query.cursor,
    );
    return { items: (await hydrate(this.#db, this.#table, items)).map(fromItem), next };
  }

  async triggeredBetween(from: Date, to: Date): Promise<PageRecord[]> {
    const entries = await queryTimeRange(this.#db, this.#table, "PAGES", from, to);
    return (await hydrate(this.#db, this.#table, entries)).map(fromItem);
  }

  async withDueNotices(now: Date): Promise<string[]> {
    const entries = await queryAll(this.#db, {
      TableName: this.#table,
      IndexName: "byStatus",
      KeyConditionExpression: "#h = :h AND #r <= :now",
      ExpressionAttributeNames: { "#h": ix.byStatus.hashKey, "#r": ix.byStatus.rangeKey },
      ExpressionAttributeValues: { ":h": "PAGE_NOTICES", ":now": `${now.toISOString()}#~` },
    });
    // The index holds keys only: the page id is its partition key's tail.
    return entries.flatMap((item) => {
      const pk = String(item.pk ?? "");
      return pk.startsWith(PAGE_PK_PREFIX) ? [pk.slice(PAGE_PK_PREFIX.length)] : [];
    });
  }
}
