import type { Context, SQSEvent } from "aws-lambda";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const evaluatedAt: number[] = [];
const wakeAt = vi.fn(async () => {});
vi.mock("#core/runtime/watchdog.ts", () => ({
  watchdog: () => ({
    watchdog: {
      evaluate: async () => {
        evaluatedAt.push(Date.now());
        return {};
      },
    },
    timers: { wakeAt },
  }),
}));

const { handler } = await import("./timer.ts");

const eventFor = (body: unknown): SQSEvent =>
  ({
    Records: [{ messageId: "m1", body: JSON.stringify(body), eventSource: "aws:sqs", attributes: {} }],
  }) as unknown as SQSEvent;
const context = { functionName: "timer", awsRequestId: "r1" } as unknown as Context;

describe("the watchdog's timer", () => {
  beforeEach(() => {
    evaluatedAt.length = 0;
    wakeAt.mockClear();
    vi.useFakeTimers({ now: Date.parse("2026-12-04T10:00:00.000Z") });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("looks at the queue only once its due instant has passed, not at it", async () => {
    // Arrange: a timer that arrived 800 ms early (SQS delays whole seconds, and timers come a little early).
    const at = Date.parse("2026-12-04T10:00:00.800Z");

    // Act
    const done = handler(eventFor({ queue: "care", at: new Date(at).toISOString() }), context);
    await vi.advanceTimersByTimeAsync(800);
    const atTheInstant = evaluatedAt.length;
    await vi.advanceTimersByTimeAsync(5);
    const result = await done;

    // Assess
    expect(atTheInstant).toBe(0);
    expect(evaluatedAt).toHaveLength(1);
    expect(evaluatedAt[0]).toBeGreaterThan(at);
    expect(evaluatedAt[0]).toBeLessThanOrEqual(at + 2);
    expect(result).toEqual({ batchItemFailures: [] });
  });

  it("looks at once when the instant has already passed, and chains a timer that came far too early", async () => {
    // Act
    const late = handler(eventFor({ queue: "care", at: "2026-12-04T09:59:59.000Z" }), context);
    await vi.advanceTimersByTimeAsync(0);
    await late;
    const early = await handler(eventFor({ queue: "care", at: "2026-12-04T10:10:00.000Z" }), context);

    // Assess
    expect(evaluatedAt).toEqual([Date.parse("2026-12-04T10:00:00.000Z")]);
    expect(wakeAt).toHaveBeenCalledWith("care", new Date("2026-12-04T10:10:00.000Z"));
    expect(early).toEqual({ batchItemFailures: [] });
  });
});
