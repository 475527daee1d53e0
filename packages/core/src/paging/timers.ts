/**
 * Wakes the watchdog for a queue at a given time (a case falls due, a page escalates, a notice is retried). Timers are
 * hints: evaluating a queue is idempotent, and the scheduled sweep catches any timer that was lost.
 *
 * @example
 * ```ts
 * await timers.wakeAt("billing", new Date(caseRecord.firstResponseDueAt));
 * ```
 */
export interface WatchdogTimers {
  wakeAt(queue: string, at: Date): Promise<void>;
}
