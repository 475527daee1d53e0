import { Metrics } from "@aws-lambda-powertools/metrics";

/**
 * CloudWatch metrics in Embedded Metric Format (a structured log line CloudWatch turns into metrics): cases created,
 * acknowledgements, pages opened and how long after the breach. Handlers publish them at the end of each invocation.
 *
 * @example
 * ```ts
 * metrics.addMetric("CasesCreated", MetricUnit.Count, 1);
 * publishMetrics();
 * ```
 */
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? "firstreply",
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "firstreply",
  // Each stage's numbers apart: a developer's stage must not move production's alarms.
  defaultDimensions: { stage: process.env.FIRSTREPLY_STAGE || "local" },
});

/**
 * Flushes what the invocation recorded. Most invocations record nothing (a sweep that finds every queue fresh), and
 * Powertools would log a warning for each of those: this publishes only when there is something to publish.
 *
 * @example
 * ```ts
 * try { await work(); } finally { publishMetrics(); }
 * ```
 */
export function publishMetrics(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
