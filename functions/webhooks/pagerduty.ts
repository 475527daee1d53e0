import * as z from "zod/mini";
import { httpHandler, json } from "#core/http/middleware.ts";
import { webhookRequestOf } from "#core/http/webhook-request.ts";
import { parsePagerDutyEvent, verifyPagerDutySignature } from "#core/paging/pagerduty-events.ts";
import { PlatformDisabled } from "#core/platforms/errors.ts";
import { parseDelivery } from "#core/platforms/issues.ts";
import { apiEnv } from "#core/runtime/api-env.ts";
import { pages } from "#core/runtime/api-pages.ts";
import { logger } from "#core/runtime/logger.ts";

/**
 * `POST /webhooks/pagerduty`: PagerDuty V3 webhook subscriptions. `incident.acknowledged` on an incident our trigger
 * opened acknowledges the page, which stops escalation. Other events and other incidents are answered 200 and ignored.
 */
export const handler = httpHandler(async (event) => {
  const secrets = apiEnv().PAGERDUTY_WEBHOOK_SECRET;
  if (!secrets) throw new PlatformDisabled("PagerDuty");
  const request = webhookRequestOf(event);
  verifyPagerDutySignature(request.body, request.headers["x-pagerduty-signature"], secrets.split(","));
  const incident = parsePagerDutyEvent(parseDelivery(request, z.unknown(), "JSON"));
  const watchdog = pages();
  const pageId =
    incident.kind === "incident" && incident.incidentKey ? watchdog.pageIdOf(incident.incidentKey) : undefined;
  if (incident.kind !== "incident" || incident.eventType !== "incident.acknowledged" || !pageId) {
    return json(200, { ignored: incident.eventType });
  }
  const page = await watchdog.acknowledge(pageId, incident.agentName ?? "PagerDuty");
  logger.info("page acknowledged in PagerDuty", { pageId, status: page.status });
  return json(200, { pageId, status: page.status });
});
