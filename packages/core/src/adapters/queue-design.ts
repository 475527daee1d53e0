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

/**
 * The watchdog's timers: delayed messages ("look at this queue at this time"). A timer that keeps failing goes to its
 * DLQ; the sweep still evaluates every queue every minute, so nothing is lost with it.
 *
 * @example
 * ```ts
 * timersQueueDesign.name; // "timers"
 * ```
 */
export const timersQueueDesign = {
  name: "timers",
  deadLetterName: "timers-dlq",
  maxReceiveCount: 5,
  visibilityTimeoutSeconds: 60,
  consumerTimeoutSeconds: 10,
  batchSize: 10,
  deadLetterRetentionSeconds: 1_209_600,
} as const;
