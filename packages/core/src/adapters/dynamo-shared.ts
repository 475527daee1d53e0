import { ConditionalCheckFailedException, TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { type DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { AppError } from "../errors.ts";
import { tableDesign } from "./table-design.ts";

type Item = Record<string, unknown>;

/** A list cursor is the last returned item's keys, opaque to clients. */
export const encodeCursor = (key: Item) => Buffer.from(JSON.stringify(key)).toString("base64url");

/** Reads a cursor this API returned. @throws AppError 400 for anything else. */
export function decodeCursor(cursor: string): Item {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (key && typeof key === "object" && typeof key.pk === "string") return key as Item;
  } catch {
    // fall through
  }
  throw new AppError(400, "bad_cursor", "cursor is not one this API returned");
}

/** A conditional write (or a transaction's) that found another state than it expected. */
export const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException ||
  (error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((reason) => reason.Code === "ConditionalCheckFailed"));

/** Every item of a `byTime` partition whose range key (`<time>#<id>`) falls in [from, to). */
export async function queryTimeRange(
  db: DynamoDBDocumentClient,
  table: string,
  partition: string,
  from: Date,
  to: Date,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
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
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
