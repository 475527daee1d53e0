import { randomUUID } from "node:crypto";
import { SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
import { logger } from "../runtime/logger.ts";
import { QueueUnavailable } from "./errors.ts";
import { encodeSqsBody } from "./sqs-body.ts";

/**
 * Where webhooks put verified events for the router.
 *
 * @example
 * ```ts
 * await intake.enqueue([{ source: "meta", ... }]);
 * ```
 */
export interface IntakeQueue {
  enqueue(messages: readonly unknown[]): Promise<void>;
}

const MAX_BATCH = 10;
/**
 * A queue that hangs must not hold the platform's call: past this the call fails (the webhook answers 503, well within
 * the platforms' deadlines of 10 s and more) instead of waiting on the SDK's own retries.
 */
const DEFAULT_DEADLINE_MS = 4000;
// SendMessageBatch takes at most 256 KiB in all; stay under it with room for attributes.
const MAX_BATCH_BYTES = 250 * 1024;

/**
 * Intake queue on SQS: messages go out in batches of at most ten (and 256 KiB), all batches at once; entries SQS
 * refuses are retried once, and if any still fail the whole call fails so the webhook answers 503.
 *
 * @example
 * ```ts
 * const intake = new SqsIntakeQueue({ queueUrl: process.env.INTAKE_QUEUE_URL! });
 * ```
 */
export class SqsIntakeQueue implements IntakeQueue {
  readonly #queueUrl: string;
  readonly #sqs: SQSClient;

  readonly #deadlineMs: number;

  constructor(options: { queueUrl: string; client?: SQSClient; deadlineMs?: number }) {
    this.#queueUrl = options.queueUrl;
    this.#sqs = options.client ?? new SQSClient({ maxAttempts: 2 });
    this.#deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  }

  async enqueue(messages: readonly unknown[]): Promise<void> {
    const batches: { Id: string; MessageBody: string }[][] = [];
    let batch: { Id: string; MessageBody: string }[] = [];
    let bytes = 0;
    for (const message of messages) {
      const body = encodeSqsBody(message);
      const size = Buffer.byteLength(body);
      if (batch.length === MAX_BATCH || (batch.length > 0 && bytes + size > MAX_BATCH_BYTES)) {
        batches.push(batch);
        batch = [];
        bytes = 0;
      }
      batch.push({ Id: randomUUID(), MessageBody: body });
      bytes += size;
    }
    if (batch.length > 0) batches.push(batch);
    await Promise.all(batches.map((entries) => this.#send(entries)));
  }

  async #send(entries: { Id: string; MessageBody: string }[], attempt = 1): Promise<void> {
    let failed: { Id?: string; Code?: string; Message?: string; SenderFault?: boolean }[];
    try {
      const result = await this.#sqs.send(new SendMessageBatchCommand({ QueueUrl: this.#queueUrl, Entries: entries }), {
        abortSignal: AbortSignal.timeout(this.#deadlineMs),
      });
      failed = result.Failed ?? [];
    } catch (cause) {
      throw new QueueUnavailable(`The intake queue could not be written: ${(cause as Error).message}`, { cause });
    }
    if (failed.length === 0) return;
    // The queue's own words, so a refusal can be told from an outage (never the bodies: they hold customers' text).
    logger.warn("intake queue refused entries", {
      attempt,
      refused: failed.map(({ Code, Message, SenderFault }) => ({
        code: Code,
        message: Message,
        senderFault: SenderFault,
      })),
    });
    const failedIds = failed.map((failure) => failure.Id ?? "");
    if (attempt >= 2) {
      const reasons = [...new Set(failed.map((failure) => `${failure.Code}: ${failure.Message}`))].join("; ");
      throw new QueueUnavailable(`${failedIds.length} message(s) were refused by the intake queue (${reasons})`);
    }
    await this.#send(
      entries.filter((entry) => failedIds.includes(entry.Id)),
      attempt + 1,
    );
  }
}
