import { AppError } from "#core/errors.ts";
import { limitedBody } from "#core/http/limits.ts";
import { httpHandler, json } from "#core/http/middleware.ts";
import { parsePagerDutyEvent, verifyPagerDutySignature } from "#core/platforms/pagerduty/verify.ts";
import { container, runtimeEnv } from "#core/runtime/container.ts";
import { logger } from "#core/runtime/logger.ts";

/**
 * `POST /webhooks/pagerduty`: PagerDuty V3 webhook subscriptions. `incident.acknowledged` on an incident our trigger
 * opened acknowledges the page, which stops escalation. Other events and other incidents are answered 200 and ignored.
 */
export const handler = httpHandler(async (event) => {
  const secrets = runtimeEnv().PAGERDUTY_WEBHOOK_SECRET;
  if (!secrets) throw new AppError(404, "platform_disabled", "PagerDuty webhooks are not enabled here");
  const body = limitedBody(event);
  verifyPagerDutySignature(body, event.headers["x-pagerduty-signature"], secrets.split(","));
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new AppError(400, "malformed_json", "The body is not valid JSON");
  }
  const incident = parsePagerDutyEvent(parsed);
  const { watchdog } = container();
  const pageId =
    incident.kind === "incident" && incident.incidentKey ? watchdog.pageIdOf(incident.incidentKey) : undefined;
  if (incident.kind !== "incident" || incident.eventType !== "incident.acknowledged" || !pageId) {
    return json(200, { ignored: incident.eventType });
  }
  const page = await watchdog.acknowledge(pageId, incident.agentName ?? "PagerDuty");
  logger.info("page acknowledged in PagerDuty", { pageId, status: page.status });
  return json(200, { pageId, status: page.status });
});
