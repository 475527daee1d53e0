import { OutboundError, send } from "../../http/post.ts";
import { maxListedCaseIds, type PageNotice, type Pager, summaryOf } from "./pager.ts";

export interface PagerDutyPagerOptions {
  /** The full Events API v2 URL, normally https://events.pagerduty.com/v2/enqueue. */
  eventsUrl: string;
  /** The integration key of the responder's Events API v2 integration. */
  routingKey: string;
  timeoutMs?: number;
  /** Reads `Retry-After` dates; injected in tests. */
  now?: () => Date;
}

/** Events API v2 limits (developer docs, "Send an Alert Event"). */
const maxSummaryLength = 1024;
const maxDedupKeyLength = 255;

/**
 * The PagerDuty severity of a page. Both values map to high urgency under Dynamic Notifications, so the first
 * responder is really woken (warning and info are low urgency and never escalate). The first page is `error`, "fatal
 * to the operation, but not the service": customers are waiting, yet care still works. An escalation is `critical`:
 * the first responder did not acknowledge, and lists and Event Orchestration rules can tell the two apart.
 *
 * @example
 * ```ts
 * severityFor(0); // "error"
 * severityFor(1); // "critical"
 * ```
 */
export function severityFor(level: number): "error" | "critical" {
  return level > 0 ? "critical" : "error";
}

const truncate = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The Events API v2 event for a notice: a `trigger` with the summary, severity and custom details, or a bare
 * `resolve` with the same `dedup_key`.
 *
 * @example
 * ```ts
 * const event = pagerDutyEvent(notice, "R0UTINGKEY");
 * // { routing_key: "R0UTINGKEY", event_action: "trigger", dedup_key: notice.dedupKey, payload: { ... }, ... }
 * ```
 */
export function pagerDutyEvent(notice: PageNotice, routingKey: string): Record<string, unknown> {
  if (notice.action === "resolve") {
    return { routing_key: routingKey, event_action: "resolve", dedup_key: notice.dedupKey };
  }
  return {
    routing_key: routingKey,
    event_action: "trigger",
    dedup_key: notice.dedupKey,
    payload: {
      summary: truncate(summaryOf(notice), maxSummaryLength),
      source: "firstreply",
      severity: severityFor(notice.level),
      component: notice.queueId,
      group: "social-care",
      class: "first-response-breach",
      custom_details: {
        queue: notice.queueId,
        queueName: notice.queueName,
        oldestCaseId: notice.oldestCaseId,
        overdueCaseIds: notice.overdueCaseIds.slice(0, maxListedCaseIds),
        overdueCount: notice.overdueCount,
        oldestAgeSeconds: notice.oldestAgeSeconds,
        oldestExcerpt: notice.oldestExcerpt,
        oldestUrl: notice.oldestUrl,
        responder: notice.responderName,
        level: notice.level,
      },
    },
    ...(notice.oldestUrl ? { links: [{ href: notice.oldestUrl, text: "Oldest overdue case" }] } : {}),
    client: "firstreply",
    ...(notice.consoleUrl ? { client_url: notice.consoleUrl } : {}),
  };
}

/**
 * Pages through the PagerDuty Events API v2. PagerDuty answers 202 when it accepted the event; 400 (an invalid event)
 * is not retryable, 429 and 5xx are (PagerDuty's own retry table). Retries are safe: the `dedup_key` folds them into
 * the same alert.
 *
 * @example
 * ```ts
 * const pager = new PagerDutyPager({ eventsUrl: "https://events.pagerduty.com/v2/enqueue", routingKey: key });
 * await pager.send(notice);
 * ```
 */
export class PagerDutyPager implements Pager {
  readonly #options: PagerDutyPagerOptions;

  constructor(options: PagerDutyPagerOptions) {
    this.#options = options;
  }

  async send(notice: PageNotice): Promise<void> {
    if (notice.dedupKey.length === 0 || notice.dedupKey.length > maxDedupKeyLength) {
      throw new OutboundError(`PagerDuty: dedup_key must be 1 to ${maxDedupKeyLength} characters`, {
        delivered: "no",
        retryable: false,
      });
    }
    await send({
      service: "PagerDuty",
      url: this.#options.eventsUrl,
      body: JSON.stringify(pagerDutyEvent(notice, this.#options.routingKey)),
      timeoutMs: this.#options.timeoutMs,
      now: this.#options.now,
    });
  }
}
