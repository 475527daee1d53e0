import type { SQSClient } from "@aws-sdk/client-sqs";
import { describe, expect, it, vi } from "vitest";
import { logger } from "../runtime/logger.ts";
import { QueueUnavailable } from "./errors.ts";
import { SqsIntakeQueue } from "./sqs-intake-queue.ts";

/** An SQS client whose SendMessageBatch refuses every entry with the queue's own code and message. */
const refusingClient = () =>
  ({
    send: vi.fn(async (command: { input: { Entries: { Id: string }[] } }) => ({
      Successful: [],
      Failed: command.input.Entries.map((entry) => ({
        Id: entry.Id,
        Code: "InvalidMessageContents",
        Message: "Invalid characters found",
        SenderFault: true,
      })),
    })),
  }) as unknown as SQSClient;

describe("SqsIntakeQueue", () => {
  it("logs the queue's own code and message for refused entries, never the bodies, and fails the call", async () => {
    // Prepare
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    const queue = new SqsIntakeQueue({ queueUrl: "http://127.0.0.1:1/q", client: refusingClient() });

    // Act
    const result = queue.enqueue([{ text: "my card 4242 4242 4242 4242 was charged twice" }]);

    // Assess
    await expect(result).rejects.toThrow(QueueUnavailable);
    await expect(result).rejects.toThrow(/InvalidMessageContents: Invalid characters found/);
    expect(warn).toHaveBeenCalledWith("intake queue refused entries", {
      attempt: 1,
      refused: [{ code: "InvalidMessageContents", message: "Invalid characters found", senderFault: true }],
    });
    expect(JSON.stringify(warn.mock.calls)).not.toContain("4242");
    warn.mockRestore();
  });

  it("puts every message in batches SQS takes, whatever the text", async () => {
    // Prepare
    const sent: { Id: string; MessageBody: string }[][] = [];
    const client = {
      send: vi.fn(async (command: { input: { Entries: { Id: string; MessageBody: string }[] } }) => {
        sent.push(command.input.Entries);
        return { Successful: command.input.Entries.map((e) => ({ Id: e.Id })), Failed: [] };
      }),
    } as unknown as SQSClient;
    const queue = new SqsIntakeQueue({ queueUrl: "http://127.0.0.1:1/q", client });
    const messages = Array.from({ length: 23 }, (_, i) => ({ i, text: `🙄 ${"x".repeat(30_000)}` }));

    // Act
    await queue.enqueue(messages);

    // Assess
    const bodies = sent.flat().map((entry) => JSON.parse(entry.MessageBody));
    expect(bodies).toEqual(messages);
    for (const batch of sent) {
      expect(batch.length).toBeLessThanOrEqual(10);
      expect(batch.reduce((n, e) => n + Buffer.byteLength(e.MessageBody), 0)).toBeLessThanOrEqual(256 * 1024);
    }
  });
});
