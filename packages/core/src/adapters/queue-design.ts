/**
 * Queue settings shared by the SST infra and the local stack, so retries and dead-lettering behave the same on a
 * laptop as in AWS.
 *
 * @example
 * ```ts
 * import { intakeQueueDesign } from "#core/adapters/queue-design.ts";
 * intakeQueueDesign.maxReceiveCount; // 5
 * ```
 */
export const intakeQueueDesign = {
  name: "intake",
  deadLetterName: "intake-dlq",
  /** Deliveries before a message moves to the DLQ. */
  maxReceiveCount: 5,
  /** Seconds a received message stays hidden; AWS recommends six times the consumer's timeout. */
  visibilityTimeoutSeconds: 180,
  /** The router's own timeout in AWS. */
  consumerTimeoutSeconds: 30,
  /** Messages per router invocation. */
  batchSize: 10,
  /** Fourteen days: the longest SQS keeps anything, so nothing in the DLQ expires before someone looks. */
  deadLetterRetentionSeconds: 1_209_600,
} as const;
