import { Webhook } from "standardwebhooks";
import { ConfigError } from "../../errors.ts";
import { send } from "../../http/post.ts";
import { maxListedCaseIds, type PageNotice, type Pager } from "./pager.ts";

export interface SignedWebhookPagerOptions {
  url: string;
  /** `whsec_` followed by the base64 of the signing key, as Standard Webhooks serializes it. */
  secret: string;
  timeoutMs?: number;
  /** Stamps `webhook-timestamp` and the body's `timestamp`, and reads `Retry-After` dates; injected in tests. */
  now?: () => Date;
}

/**
 * The HMAC key of a Standard Webhooks secret: the bytes base64-encoded after `whsec_`.
 *
 * @throws ConfigError when the secret is not `whsec_` followed by base64.
 * @example
 * ```ts
 * standardWebhookKey("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").length; // 24
 * ```
 */
export function standardWebhookKey(secret: string): Buffer {
  const encoded = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : "";
  const key = Buffer.from(encoded, "base64");
  if (key.length === 0 || key.toString("base64").replace(/=+$/, "") !== encoded.replace(/=+$/, "")) {
    throw new ConfigError("A webhook secret must be whsec_ followed by base64");
  }
  return key;
}

/**
 * The `webhook-id` of a notice: the same for every retry of one page action, so receivers can drop our duplicates,
 * and different for each escalation level. Standard Webhooks forbids `.` in it (the signed content is
 * `id.timestamp.body`), so anything but letters, digits, `_` and `-` becomes `-`.
 *
 * @example
 * ```ts
 * webhookIdOf({ ...notice, pageId: "pg_01J9", action: "trigger", level: 0 }); // "pg_01J9_trigger_0"
 * ```
 */
export function webhookIdOf(notice: PageNotice): string {
  const id = notice.action === "trigger" ? `${notice.pageId}_trigger_${notice.level}` : `${notice.pageId}_resolve`;
  return id.replace(/[^A-Za-z0-9_-]/g, "-");
}

/**
 * The JSON body of a page webhook (`page.triggered` or `page.resolved`).
 *
 * @example
 * ```ts
 * const body = pageWebhookBody(notice, new Date()); // { type: "page.triggered", timestamp: "...", data: { ... } }
 * ```
 */
export function pageWebhookBody(notice: PageNotice, at: Date): Record<string, unknown> {
  return {
    type: notice.action === "trigger" ? "page.triggered" : "page.resolved",
    timestamp: at.toISOString(),
    data: {
      pageId: notice.pageId,
      dedupKey: notice.dedupKey,
      queue: notice.queueId,
      queueName: notice.queueName,
      responder: notice.responderName,
      level: notice.level,
      overdueCount: notice.overdueCount,
      overdueCaseIds: notice.overdueCaseIds.slice(0, maxListedCaseIds),
      oldestCaseId: notice.oldestCaseId,
      oldestAgeSeconds: notice.oldestAgeSeconds,
      oldestExcerpt: notice.oldestExcerpt,
      oldestUrl: notice.oldestUrl,
      consoleUrl: notice.consoleUrl,
    },
  };
}

/**
 * Pages any HTTP endpoint, signed the Standard Webhooks way by the `standardwebhooks` library (the same one that
 * checks `/webhooks/generic`): `webhook-id`, `webhook-timestamp` (unix seconds) and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. Any 2xx is success; failures are classified
 * like every pager's (429, 5xx and network trouble are retryable).
 *
 * @throws ConfigError from the constructor when the secret is not `whsec_` base64.
 * @example
 * ```ts
 * const pager = new SignedWebhookPager({ url: "https://ops.example.com/hooks/pages", secret: "whsec_..." });
 * await pager.send(notice);
 * ```
 */
export class SignedWebhookPager implements Pager {
  readonly #options: SignedWebhookPagerOptions;
  readonly #signer: Webhook;

  constructor(options: SignedWebhookPagerOptions) {
    this.#options = options;
    // The library would also take a bare base64 secret; ours must be `whsec_` base64, checked at start-up.
    this.#signer = new Webhook(standardWebhookKey(options.secret), { format: "raw" });
  }

  async send(notice: PageNotice): Promise<void> {
    const now = this.#options.now ?? (() => new Date());
    const at = now();
    const id = webhookIdOf(notice);
    const timestamp = String(Math.floor(at.getTime() / 1000));
    const body = JSON.stringify(pageWebhookBody(notice, at));
    const signature = this.#signer.sign(id, at, body);
    await send({
      service: "webhook",
      url: this.#options.url,
      body,
      headers: { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": signature },
      timeoutMs: this.#options.timeoutMs,
      now,
    });
  }
}
