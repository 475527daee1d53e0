import { send } from "../../http/post.ts";
import { ageText, type PageNotice, type Pager } from "./pager.ts";

export interface SlackPagerOptions {
  /** The incoming webhook URL (https://hooks.slack.com/services/...); it is a secret and is never logged. */
  webhookUrl: string;
  timeoutMs?: number;
  /** Reads `Retry-After` dates; injected in tests. */
  now?: () => Date;
}

/**
 * Escapes the three characters Slack reserves in mrkdwn. Customer text can hold `<!channel>` or `<@U123>`; unescaped,
 * an excerpt could ping a whole channel.
 */
const escapeText = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A `<url|label>` link; the characters that would end the link early are percent-encoded. */
const link = (url: string, label: string) =>
  `<${url.replaceAll("<", "%3C").replaceAll(">", "%3E").replaceAll("|", "%7C")}|${escapeText(label)}>`;

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

const mrkdwn = (text: string) => ({ type: "mrkdwn", text });

/** Slack caps a section's text at 3000 characters. */
const section = (text: string) => ({ type: "section", text: mrkdwn(text.slice(0, 3000)) });

/**
 * The incoming-webhook message for a notice: `text` (what notifications and screen readers show) and the same
 * content as Block Kit `blocks`. A trigger names the queue, how many cases are overdue, the oldest age, its excerpt and
 * link, and who is paged; a resolve is a one-line follow-up.
 *
 * @example
 * ```ts
 * const { text } = slackMessage({ ...notice, action: "resolve" }); // ":white_check_mark: *billing* is answered..."
 * ```
 */
export function slackMessage(notice: PageNotice): { text: string; blocks: Record<string, unknown>[] } {
  const queue = escapeText(notice.queueName);
  const responder = escapeText(notice.responderName);
  if (notice.action === "resolve") {
    const text = `:white_check_mark: *${queue}* is answered: no case overdue. The page to ${responder} is resolved.`;
    return { text, blocks: [section(text)] };
  }
  const cases = notice.overdueCount === 1 ? "1 case" : `${notice.overdueCount} cases`;
  const age = ageText(notice.oldestAgeSeconds);
  const escalation = notice.level > 0 ? ` (escalation ${notice.level})` : "";
  const headline = `:rotating_light: *${queue}*: ${cases} overdue, the oldest waiting ${age}. Paging ${responder}${escalation}.`;
  const excerpt = oneLine(notice.oldestExcerpt);
  const quote = excerpt ? `> ${escapeText(excerpt)}` : "";
  const links = [
    notice.oldestUrl ? link(notice.oldestUrl, "Open the oldest case") : "",
    notice.consoleUrl ? link(notice.consoleUrl, "Queue in the console") : "",
  ].filter(Boolean);
  const text = [headline, quote, links.join(" · ")].filter(Boolean).join("\n");
  const blocks: Record<string, unknown>[] = [
    section(headline),
    {
      type: "section",
      fields: [
        mrkdwn(`*Queue*\n${queue}`),
        mrkdwn(`*Overdue*\n${cases}`),
        mrkdwn(`*Oldest waiting*\n${age}`),
        mrkdwn(`*Paged*\n${responder}${escalation}`),
      ],
    },
  ];
  if (quote) blocks.push(section(quote));
  const context = [`Oldest case ${escapeText(notice.oldestCaseId)}`, ...links].join(" · ");
  blocks.push({ type: "context", elements: [mrkdwn(context)] });
  return { text, blocks };
}

/**
 * Pages a Slack channel through an incoming webhook. Slack answers 200 `ok`; 429 carries `Retry-After`; 4xx such as
 * `invalid_payload`, `no_service` or `channel_is_archived` need a configuration fix and are not retried; 5xx are.
 *
 * @example
 * ```ts
 * const pager = new SlackPager({ webhookUrl: "https://hooks.slack.com/services/T000/B000/XXXX" });
 * await pager.send(notice);
 * ```
 */
export class SlackPager implements Pager {
  readonly #options: SlackPagerOptions;

  constructor(options: SlackPagerOptions) {
    this.#options = options;
  }

  async send(notice: PageNotice): Promise<void> {
    await send({
      service: "Slack",
      url: this.#options.webhookUrl,
      body: JSON.stringify(slackMessage(notice)),
      timeoutMs: this.#options.timeoutMs,
      now: this.#options.now,
    });
  }
}
