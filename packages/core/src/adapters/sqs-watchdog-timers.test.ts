import type { SQSClient } from "@aws-sdk/client-sqs";
import { describe, expect, it, vi } from "vitest";
import { SqsWatchdogTimers } from "./sqs-watchdog-timers.ts";

type Entry = { Id: string; MessageBody: string; DelaySeconds: number };

/** An SQS client that records each SendMessageBatch and refuses the entries whose body matches `refuse`. */
const recordingClient = (refuse?: RegExp) => {
  const batches: Entry[][] = [];
  const client = {
    send: vi.fn(async (command: { input: { Entries: Entry[] } }) => {
      batches.push(command.input.Entries);
      const refused = command.input.Entries.filter((e) => refuse?.test(e.MessageBody));
      return {
        Successful: command.input.Entries.filter((e) => !refused.includes(e)).map((e) => ({ Id: e.Id })),
        Failed: refused.map((e) => ({ Id: e.Id, Code: "InvalidParameterValue", Message: "no", SenderFault: true })),
      };
    }),
  } as unknown as SQSClient;
  return { client, batches };
};

const now = Date.parse("2026-12-04T10:00:00.000Z");

describe("SqsWatchdogTimers", () => {
  it("sends the timers asked for together in one batch, each with its own delay, and the same one once", async () => {
    // Prepare
    const { client, batches } = recordingClient();
    const timers = new SqsWatchdogTimers({ queueUrl: "q", client, now: () => now });

    // Act
    await Promise.all([
      timers.wakeAt("care", new Date(now + 30 * 60_000)),
      timers.wakeAt("billing", new Date(now + 5_500)),
      timers.wakeAt("care", new Date(now + 30 * 60_000)),
      timers.wakeAt("care", new Date(now + 400)),
    ]);

    // Assess
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((e) => [JSON.parse(e.MessageBody), e.DelaySeconds])).toEqual([
      [{ queue: "care", at: "2026-12-04T10:30:00.000Z" }, 900],
      [{ queue: "billing", at: "2026-12-04T10:00:05.500Z" }, 4],
      [{ queue: "care", at: "2026-12-04T10:00:00.400Z" }, 0],
    ]);
    expect(new Set(batches[0]?.map((e) => e.Id)).size).toBe(3);
  });

  it("never puts more than ten in a batch", async () => {
    // Prepare
    const { client, batches } = recordingClient();
    const timers = new SqsWatchdogTimers({ queueUrl: "q", client, now: () => now });

    // Act
    await Promise.all(Array.from({ length: 23 }, (_, i) => timers.wakeAt(`q${i}`, new Date(now + 60_000))));

    // Assess
    expect(batches.map((b) => b.length)).toEqual([10, 10, 3]);
  });

  it("fails exactly the timers SQS refused, and every timer of a batch that could not be sent", async () => {
    // Prepare
    const { client } = recordingClient(/"billing"/);
    const timers = new SqsWatchdogTimers({ queueUrl: "q", client, now: () => now });
    const down = { send: vi.fn(async () => Promise.reject(new Error("connect ECONNREFUSED"))) } as unknown as SQSClient;
    const offline = new SqsWatchdogTimers({ queueUrl: "q", client: down, now: () => now });

    // Act
    const results = await Promise.allSettled([
      timers.wakeAt("care", new Date(now + 60_000)),
      timers.wakeAt("billing", new Date(now + 60_000)),
      offline.wakeAt("care", new Date(now + 60_000)),
    ]);

    // Assess
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected"]);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/refused a timer: InvalidParameterValue/);
    expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/ECONNREFUSED/);
  });
});
