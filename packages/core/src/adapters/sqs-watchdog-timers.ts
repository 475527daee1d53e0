import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { z } from "zod";
import type { WatchdogTimers } from "../paging/timers.ts";
import { encodeSqsBody } from "./sqs-body.ts";

/** SQS delays a message by at most 15 minutes: longer waits are chained (see functions/watchdog/timer.ts). */
export const MAX_DELAY_SECONDS = 900;

export const timerMessageSchema = z.object({ queue: z.string().min(1), at: z.iso.datetime() });
export type TimerMessage = z.infer<typeof timerMessageSchema>;

/** Timers arrive this much early at most, and the consumer waits out the rest: see SqsWatchdogTimers. */
export const EARLY_SECONDS = 1;

/**
 * Timers as delayed SQS messages. The delay is whole seconds, rounded down and a second short, so the message is
 * delivered up to two seconds early rather than late (rounding, and the consumer's poll, which a delayed message
 * becoming visible does not always wake at once); the consumer waits out what is left, or re-arms a chained wait
 * beyond SQS's 15-minute limit.
 *
 * @example
 * ```ts
 * const timers = new SqsWatchdogTimers({ queueUrl: process.env.TIMERS_QUEUE_URL! });
 * ```
 */
export class SqsWatchdogTimers implements WatchdogTimers {
  readonly #queueUrl: string;
  readonly #sqs: SQSClient;
  readonly #now: () => number;

  constructor(options: { queueUrl: string; client?: SQSClient; now?: () => number }) {
    this.#queueUrl = options.queueUrl;
    this.#sqs =
      options.client ??
      new SQSClient({
        maxAttempts: 2,
        requestHandler: { requestTimeout: 3000, connectionTimeout: 1000, throwOnRequestTimeout: true },
      });
    this.#now = options.now ?? Date.now;
  }

  async wakeAt(queue: string, at: Date): Promise<void> {
    const delay = Math.floor((at.getTime() - this.#now()) / 1000) - EARLY_SECONDS;
    const message: TimerMessage = { queue, at: at.toISOString() };
    await this.#sqs.send(
      new SendMessageCommand({
        QueueUrl: this.#queueUrl,
        MessageBody: encodeSqsBody(message),
        DelaySeconds: Math.min(Math.max(delay, 0), MAX_DELAY_SECONDS),
      }),
    );
  }
}
