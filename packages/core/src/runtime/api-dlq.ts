import { SqsDeadLetters } from "../adapters/sqs-dead-letters.ts";
import { apiEnv } from "./api-env.ts";
import { requireEnv } from "./env.ts";

let current: SqsDeadLetters | undefined;

/**
 * The dead-letter queues of intake and timers, for `/api/dlq`.
 *
 * @example
 * ```ts
 * await deadLetters().redrive({ queue: "intake" });
 * ```
 */
export function deadLetters(): SqsDeadLetters {
  const env = apiEnv();
  current ??= new SqsDeadLetters([
    { name: "intake", queueUrl: requireEnv(env, "INTAKE_QUEUE_URL"), deadLetterUrl: requireEnv(env, "INTAKE_DLQ_URL") },
    { name: "timers", queueUrl: requireEnv(env, "TIMERS_QUEUE_URL"), deadLetterUrl: requireEnv(env, "TIMERS_DLQ_URL") },
  ]);
  return current;
}
