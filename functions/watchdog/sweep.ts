import type { Context, ScheduledEvent } from "aws-lambda";
import { logger } from "#core/runtime/logger.ts";
import { publishMetrics } from "#core/runtime/metrics.ts";
import { watchdog } from "#core/runtime/watchdog.ts";
import { recordPageOpened } from "./timer.ts";

/**
 * The scheduled sweep (every minute in AWS, every few seconds locally): evaluates every queue and sends every notice
 * still due, so a lost timer or a pager that was down delays a page, never drops it. A sweep that fails throws: the
 * safety net must not fail silently (its Lambda errors raise an alarm).
 */
export const handler = async (_event: ScheduledEvent, context?: Context): Promise<void> => {
  if (context) logger.addContext(context);
  try {
    for (const result of await watchdog().watchdog.sweep()) recordPageOpened(result.openedLateMs);
  } catch (error) {
    logger.error("sweep failed", { error: error as Error });
    throw error;
  } finally {
    publishMetrics();
  }
};
