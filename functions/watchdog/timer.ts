import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { MetricUnit } from "@aws-lambda-powertools/metrics";
import type { Context, SQSEvent, SQSRecord } from "aws-lambda";
import { EARLY_SECONDS, timerMessageSchema } from "#core/adapters/sqs-watchdog-timers.ts";
import { logger } from "#core/runtime/logger.ts";
import { metrics, publishMetrics } from "#core/runtime/metrics.ts";
import { watchdog as watchdogRoot } from "#core/runtime/watchdog.ts";

const processor = new BatchProcessor(EventType.SQS);

async function onTimer(record: SQSRecord): Promise<void> {
  const timer = timerMessageSchema.parse(JSON.parse(record.body));
  const { watchdog, timers } = watchdogRoot();
  const remainingMs = Date.parse(timer.at) - Date.now();
  // SQS delays whole seconds, up to 15 minutes, and timers arrive a little early on purpose: a longer wait is
  // chained, and the last seconds are waited out here.
  if (remainingMs > (EARLY_SECONDS + 2) * 1000) {
    await timers.wakeAt(timer.queue, new Date(timer.at));
    return;
  }
  // A case is overdue once its due instant has passed (`awaitingDue < now`): evaluating within that very millisecond
  // (a timer may fire a millisecond early) found nothing, and the page waited for the sweep. Wake just after it.
  if (remainingMs >= 0) await new Promise((resolve) => setTimeout(resolve, remainingMs + 1));
  while (Date.now() <= Date.parse(timer.at)) await new Promise((resolve) => setTimeout(resolve, 1));
  const result = await watchdog.evaluate(timer.queue);
  if (result.pageId) logger.info("watchdog", { queue: timer.queue, ...result });
  recordPageOpened(result.openedLateMs);
}

/** The watchdog's precise timers: delayed SQS messages that say "look at this queue at this time". */
export const handler = async (event: SQSEvent, context: Context) => {
  logger.addContext(context);
  try {
    return await processPartialResponse(event, onTimer, processor, { context });
  } finally {
    publishMetrics();
  }
};

/** How late after the breach a page was opened: the number this product promises to keep to seconds. */
export function recordPageOpened(openedLateMs: number | undefined): void {
  if (openedLateMs === undefined) return;
  metrics.addMetric("PagesOpened", MetricUnit.Count, 1);
  metrics.addMetric("BreachToPageMilliseconds", MetricUnit.Milliseconds, Math.max(0, openedLateMs));
}
