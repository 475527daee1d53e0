import { describe, expect, it } from "vitest";
import { itemBytes, transactionWriteUnits } from "./dynamo-shared.ts";

describe("itemBytes", () => {
  it("counts names and values as DynamoDB bills them, in the wire form and in plain values alike", () => {
    // Arrange: "pk" + "CASE#1" (8), "n" + 123 (1 + 3), "ok" + true (2 + 1), "tags" + ["a", "é"] (4 + 3 + 2 + 3)
    const wire = {
      pk: { S: "CASE#1" },
      n: { N: "123" },
      ok: { BOOL: true },
      tags: { L: [{ S: "a" }, { S: "é" }] },
    };
    const plain = { pk: "CASE#1", n: 123, ok: true, tags: ["a", "é"] };

    // Act
    const fromWire = itemBytes(wire);
    const fromPlain = itemBytes(plain);

    // Assess
    expect(fromWire).toBe(8 + 4 + 3 + 12);
    expect(fromPlain).toBe(fromWire);
    expect(itemBytes({ text: "😡".repeat(300) })).toBe(4 + 1200);
  });
});

describe("transactionWriteUnits", () => {
  it("bills two units per KB of every item written, plus the index writes DynamoDB reported", () => {
    // Arrange: a 1.5 KB case and two small history items; DynamoDB Local reported the table as if one item.
    const input = {
      TransactItems: [
        { Put: { Item: { pk: { S: "CASE#1" }, text: { S: "x".repeat(1500) } } } },
        { Put: { Item: { pk: { S: "CASE#1" }, sk: { S: "H#received" } } } },
        { Put: { Item: { pk: { S: "THREAD#f#1" }, sk: { S: "THREAD" } } } },
      ],
    };
    const reported = [
      {
        CapacityUnits: 9,
        Table: { CapacityUnits: 4 },
        GlobalSecondaryIndexes: { byTime: { CapacityUnits: 2 }, byQueue: { CapacityUnits: 3 } },
      },
    ];

    // Act
    const units = transactionWriteUnits(input, reported);
    const withUpdate = transactionWriteUnits({ TransactItems: [...input.TransactItems, { Update: {} }] }, reported);

    // Assess: 2 x 2 + 2 + 2 for the items, 5 for the indexes; an update's size is unknown here: as reported.
    expect(units).toBe(8 + 5);
    expect(withUpdate).toBe(9);
  });
});
