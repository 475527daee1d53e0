import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { MetricUnit } from "@aws-lambda-powertools/metrics";
import type { Context, SQSEvent, SQSRecord } from "aws-lambda";
import { wellFormed } from "#core/platforms/inbound.ts";
import { normalizeMetaIntake } from "#core/platforms/meta/normalize.ts";
import { metaIntakeSchema } from "#core/platforms/meta/payload.ts";
import { container } from "#core/runtime/container.ts";
import { logger } from "#core/runtime/logger.ts";
import { metrics, publishMetrics } from "#core/runtime/metrics.ts";
import { classify } from "#core/triage/classify.ts";

const processor = new BatchProcessor(EventType.SQS);

// Lambda's init phase runs at full CPU before the first event: load the language and phone-number data now, so the
// first complaint after a cold start is not the one that waits for it.
classify("Warm-up: where is my order? call +1 202 555 0147");

async function routeRecord(record: SQSRecord): Promise<void> {
  // An unreadable message can never succeed: it fails every delivery and ends in the DLQ, where someone can see it.
  const intake = metaIntakeSchema.parse(JSON.parse(record.body));
  const { cases, brandAccounts } = container();
  const normalized = normalizeMetaIntake(intake, brandAccounts);
  if ("skip" in normalized) {
    logger.info("nothing to answer", { reason: normalized.skip, messageId: record.messageId });
    return;
  }
  const result = await cases.ingest(wellFormed(normalized.item));
  logger.info("routed", { platform: normalized.item.platform, ...result, messageId: record.messageId });
  if (result.outcome === "created") metrics.addMetric("CasesCreated", MetricUnit.Count, 1);
}

/**
 * The router: an SQS consumer that turns each queued event into a case, routes it to a team queue and sends the
 * acknowledgement. Failed records are reported as partial batch failures, so only they come back (and after
 * maxReceiveCount land in the DLQ).
 */
export const handler = async (event: SQSEvent, context: Context) => {
  try {
    return await processPartialResponse(event, routeRecord, processor, { context });
  } finally {
    publishMetrics();
  }
};
