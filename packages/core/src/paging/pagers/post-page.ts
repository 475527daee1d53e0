import { PagerError } from "./pager.ts";

export interface PagePost {
  /** Names the channel in error messages ("PagerDuty", "Slack", "webhook"). */
  channel: string;
  url: string;
  /** The exact bytes to send (a signed webhook signs these very bytes). */
  body: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
  now?: () => Date;
}

const defaultTimeoutMs = 5000;

/**
 * The wait a `Retry-After` header asks for, in milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3). A
 * date in the past means "now" (0); anything unreadable is ignored.
 *
 * @example
 * ```ts
 * retryAfterMs("7", new Date()); // 7000
 * retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", new Date("2015-10-21T07:27:00Z")); // 60000
 * ```
 */
export function retryAfterMs(header: string | null | undefined, now: Date): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only a date with a month or weekday name: Date.parse alone reads "-5" as the year -5.
  const at = /[A-Za-z]/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** Only the host: a Slack webhook URL carries its secret in the path, and error messages end up in logs. */
const hostOf = (url: URL) => url.host;

/**
 * POSTs a page and classifies every failure as a PagerError: 2xx is success; 408, 429, 5xx, network errors and
 * timeouts are retryable (with `Retry-After` honoured); other 4xx and redirects are not, as sending the same request
 * again cannot help. Redirects are not followed, so a signed body never travels to a host nobody configured.
 *
 * @example
 * ```ts
 * const { status } = await postPage({ channel: "PagerDuty", url, body: JSON.stringify(event) });
 * ```
 */
export async function postPage(post: PagePost): Promise<{ status: number; text: string }> {
  const now = post.now ?? (() => new Date());
  const timeoutMs = post.timeoutMs ?? defaultTimeoutMs;
  let url: URL;
  try {
    url = new URL(post.url);
  } catch (cause) {
    throw new PagerError(`${post.channel}: the URL is not valid`, { retryable: false }, { cause });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new PagerError(`${post.channel}: the URL must be http(s), not ${url.protocol}`, { retryable: false });
  }
  const where = `${post.channel} at ${hostOf(url)}`;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "firstreply", ...post.headers },
      body: post.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (cause) {
    const name = (cause as Error).name;
    const code = (cause as { cause?: { code?: string } }).cause?.code;
    const reason = name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : (code ?? name);
    throw new PagerError(`${where} failed: ${reason}`, { retryable: true }, { cause });
  }
  const status = response.status;
  if (status >= 200 && status < 300) return { status, text };
  const retryable = status === 408 || status === 429 || status >= 500;
  throw new PagerError(`${where} answered ${status}: ${text.slice(0, 300)}`, {
    retryable,
    retryAfterMs: retryable ? retryAfterMs(response.headers.get("retry-after"), now()) : undefined,
    status,
  });
}
