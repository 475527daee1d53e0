import type { ResolvedResponder } from "../../config/credentials.ts";
import { ConfigError } from "../../errors.ts";
import type { Pager } from "./pager.ts";
import { PagerDutyPager } from "./pagerduty.ts";
import { SlackPager } from "./slack.ts";
import { SignedWebhookPager } from "./webhook.ts";

export { ageText, maxListedCaseIds, type PageNotice, type Pager, summaryOf } from "./pager.ts";
export { PagerDutyPager, pagerDutyEvent, severityFor } from "./pagerduty.ts";
export { SlackPager, slackMessage } from "./slack.ts";
export { pageWebhookBody, SignedWebhookPager, standardWebhookKey, webhookIdOf } from "./webhook.ts";

/** A responder as the configuration declares it, its credentials read: a name and exactly one way to be paged. */
export type PagerResponder = ResolvedResponder;

export interface PagerEnv {
  /** The Events API v2 URL; the local stack points it at a stub. */
  PAGERDUTY_EVENTS_URL?: string;
}

export const defaultPagerDutyEventsUrl = "https://events.pagerduty.com/v2/enqueue";

/**
 * The pager that reaches a responder: PagerDuty, Slack or a signed webhook, whichever the responder declares.
 *
 * @throws ConfigError when the responder declares none or more than one (the config schema refuses that already).
 * @example
 * ```ts
 * const pager = createPager({ name: "Billing on-call", pagerduty: { routingKey: "R0UTINGKEY" } }, process.env);
 * await pager.send(notice);
 * ```
 */
export function createPager(responder: PagerResponder, env: PagerEnv, options: { timeoutMs?: number } = {}): Pager {
  const declared = [responder.pagerduty, responder.slack, responder.webhook].filter(Boolean).length;
  if (declared !== 1) {
    throw new ConfigError(`Responder "${responder.name}" needs exactly one of pagerduty, slack or webhook`);
  }
  if (responder.pagerduty) {
    const eventsUrl = env.PAGERDUTY_EVENTS_URL || defaultPagerDutyEventsUrl;
    return new PagerDutyPager({ eventsUrl, routingKey: responder.pagerduty.routingKey, ...options });
  }
  if (responder.slack) return new SlackPager({ webhookUrl: responder.slack.webhookUrl, ...options });
  const webhook = responder.webhook as NonNullable<PagerResponder["webhook"]>;
  return new SignedWebhookPager({ url: webhook.url, secret: webhook.secret, ...options });
}
