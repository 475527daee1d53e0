import type { ScheduledEvent } from "aws-lambda";
import { publishMetrics } from "#core/runtime/metrics.ts";
import { watchdog } from "#core/runtime/watchdog.ts";
import { recordPageOpened } from "./timer.ts";

/**
 * The scheduled sweep (every minute in AWS, every few seconds locally): evaluates every queue and sends every notice
 * still due, so a lost timer or a pager that was down delays a page, never drops it.
 */
export const handler = async (_event: ScheduledEvent): Promise<void> => {
  try {
    for (const result of await watchdog().watchdog.sweep()) recordPageOpened(result.openedLateMs);
  } finally {
    publishMetrics();
  }
};
