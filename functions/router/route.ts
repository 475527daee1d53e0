import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { MetricUnit } from "@aws-lambda-powertools/metrics";
import type { Context, SQSEvent, SQSRecord } from "aws-lambda";
import { wellFormed } from "#core/platforms/inbound.ts";
import { platformMessageSchema, platformOf } from "#core/platforms/registry.ts";
import { logger } from "#core/runtime/logger.ts";
import { metrics, publishMetrics } from "#core/runtime/metrics.ts";
import { router } from "#core/runtime/router.ts";
import { classify } from "#core/triage/classify.ts";

const processor = new BatchProcessor(EventType.SQS);

// Lambda's init phase runs at full CPU before the first event: load the language and phone-number data now, so the
// first complaint after a cold start is not the one that waits for it.
classify("Warm-up: where is my order? call +1 202 555 0147");

async function routeRecord(record: SQSRecord): Promise<void> {
  // An unreadable message can never succeed: it fails every delivery and ends in the DLQ, where someone can see it.
  const message = platformMessageSchema.parse(JSON.parse(record.body));
  const platform = platformOf(message.source);
  if (!platform) throw new Error(`No platform "${message.source}" is registered`);
  const { cases, context } = router();
  const normalized = platform.normalize(message, context);
  if ("skip" in normalized) {
    logger.info("nothing to answer", { reason: normalized.skip, source: message.source, messageId: record.messageId });
    return;
  }
  const result = await cases.ingest(wellFormed(normalized.item));
  logger.info("routed", { platform: normalized.item.platform, ...result, messageId: record.messageId });
  if (result.outcome === "created") metrics.addMetric("CasesCreated", MetricUnit.Count, 1);
}

/**
 * The router: an SQS consumer that turns each queued platform message into a case (dispatching on its `source`
 * through the registry), routes it to a team queue and sends the acknowledgement. Failed records are reported as
 * partial batch failures, so only they come back (and after maxReceiveCount land in the DLQ).
 */
export const handler = async (event: SQSEvent, context: Context) => {
  logger.addContext(context);
  try {
    return await processPartialResponse(event, routeRecord, processor, { context });
  } finally {
    publishMetrics();
  }
};
