import { SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
import { z } from "zod";
import type { WatchdogTimers } from "../paging/timers.ts";
import { encodeSqsBody } from "./sqs-body.ts";

/** SQS delays a message by at most 15 minutes: longer waits are chained (see functions/watchdog/timer.ts). */
export const MAX_DELAY_SECONDS = 900;

export const timerMessageSchema = z.object({ queue: z.string().min(1), at: z.iso.datetime() });
export type TimerMessage = z.infer<typeof timerMessageSchema>;

/** Timers arrive this much early at most, and the consumer waits out the rest: see SqsWatchdogTimers. */
export const EARLY_SECONDS = 1;

/** Timers asked for within this long of each other go out in one SendMessageBatch (ten at most). */
const BATCH_WINDOW_MS = 5;
const MAX_BATCH = 10;

interface PendingTimer {
  entry: { Id: string; MessageBody: string; DelaySeconds: number };
  done: (error?: unknown) => void;
}

/**
 * Timers as delayed SQS messages. The delay is whole seconds, rounded down and a second short, so the message is
 * delivered up to two seconds early rather than late (rounding, and the consumer's poll, which a delayed message
 * becoming visible does not always wake at once); the consumer waits out what is left, or re-arms a chained wait
 * beyond SQS's 15-minute limit.
 *
 * The router sets one timer per new case: the timers its records ask for within a few milliseconds of each other
 * (a batch is routed in parallel) go out together, ten to a SendMessageBatch, and the same queue and instant asked
 * twice is sent once. Each `wakeAt` resolves once its own timer is on the queue, and fails if SQS refused it.
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
  #pending = new Map<string, PendingTimer[]>();
  #flush: NodeJS.Timeout | undefined;

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

  wakeAt(queue: string, at: Date): Promise<void> {
    const delay = Math.floor((at.getTime() - this.#now()) / 1000) - EARLY_SECONDS;
    const message: TimerMessage = { queue, at: at.toISOString() };
    const body = encodeSqsBody(message);
    return new Promise<void>((resolve, reject) => {
      const waiting = this.#pending.get(body);
      const timer: PendingTimer = {
        entry: {
          Id: String(this.#pending.size),
          MessageBody: body,
          DelaySeconds: Math.min(Math.max(delay, 0), MAX_DELAY_SECONDS),
        },
        done: (error) => (error === undefined ? resolve() : reject(error)),
      };
      if (waiting) waiting.push(timer);
      else this.#pending.set(body, [timer]);
      if (this.#pending.size >= MAX_BATCH) this.#sendPending();
      else this.#flush ??= setTimeout(() => this.#sendPending(), BATCH_WINDOW_MS);
    });
  }

  #sendPending(): void {
    clearTimeout(this.#flush);
    this.#flush = undefined;
    const batch = [...this.#pending.values()];
    this.#pending = new Map();
    if (batch.length === 0) return;
    const entries = batch.map((timers, index) => ({ ...(timers[0] as PendingTimer).entry, Id: String(index) }));
    const settle = (index: number, error?: unknown) => {
      for (const timer of batch[index] ?? []) timer.done(error);
    };
    this.#sqs.send(new SendMessageBatchCommand({ QueueUrl: this.#queueUrl, Entries: entries })).then(
      (result) => {
        const failed = new Map((result.Failed ?? []).map((f) => [f.Id, f]));
        batch.forEach((_, index) => {
          const failure = failed.get(String(index));
          settle(index, failure ? new Error(`SQS refused a timer: ${failure.Code}: ${failure.Message}`) : undefined);
        });
      },
      (error) => {
        for (let index = 0; index < batch.length; index += 1) settle(index, error);
      },
    );
  }
}
