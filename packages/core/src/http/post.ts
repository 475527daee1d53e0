/**
 * Why an outbound call (a reply to a platform, a page to a pager) did not succeed, in the words every caller needs:
 * - `delivered`: "no" when the other side surely did not act on it (it answered with an error, or the connection was
 *   refused); "unknown" when it may have (a timeout, or a connection cut after the request was written). A reply that
 *   is "unknown" is never resent blindly, so nobody gets it twice.
 * - `retryable`: whether the same request may succeed later (429, 408, 5xx, network trouble), as opposed to a refusal
 *   for good (an expired token, a deleted comment, a missing permission).
 * - `retryAfterMs`: how long the other side asked us to wait (`Retry-After`), when it said.
 */
export class OutboundError extends Error {
  readonly delivered: "no" | "unknown";
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** The start of the answer's body (never a request body: those hold customers' words). */
  readonly answer: string | undefined;

  constructor(
    message: string,
    details: {
      delivered: "no" | "unknown";
      retryable: boolean;
      status?: number;
      retryAfterMs?: number;
      answer?: string;
    },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "OutboundError";
    this.delivered = details.delivered;
    this.retryable = details.retryable;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.answer = details.answer;
  }
}

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

/**
 * The wait the other side asked for: `Retry-After`, or, from X, `x-rate-limit-reset` (the unix second its limit
 * resets).
 */
function waitAskedFor(headers: { get(name: string): string | null }, now: Date): number | undefined {
  const asked = retryAfterMs(headers.get("retry-after"), now);
  if (asked !== undefined) return asked;
  const reset = headers.get("x-rate-limit-reset")?.trim();
  return reset && /^\d+$/.test(reset) ? Math.max(0, Number(reset) * 1000 - now.getTime()) : undefined;
}

/** Connection failures that happen before a request is written: the other side cannot have acted on it. */
const neverSentCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);

export interface OutboundRequest {
  /** Names the other side in error messages ("Graph API", "PagerDuty", "Slack"). */
  service: string;
  url: string;
  method?: "POST" | "PUT" | "GET";
  /** JSON to send (serialized here), or the exact text to send (a signed webhook signs these very bytes). */
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
  now?: () => Date;
}

export interface OutboundAnswer {
  status: number;
  text: string;
  /** The answer as JSON, or `{}` when it is empty or not JSON. */
  json: unknown;
}

const defaultTimeoutMs = 5000;

/**
 * The one HTTP client for calls out of the product: replies to platforms and pages to pagers. 2xx is success; every
 * failure is an `OutboundError` that says whether it may have been delivered, whether to retry, and how long the other
 * side asked to wait. 408, 429 and 5xx are retryable, other 4xx are not. Redirects are not followed, so a signed body
 * never travels to a host nobody configured. Error messages name the service, the method and the host only: URLs
 * can hold secrets (a Slack webhook's path) and bodies personal data.
 *
 * @example
 * ```ts
 * const { json } = await send({ service: "Graph API", url: `${graph}/me/messages`, body: payload, headers });
 * ```
 */
export async function send(request: OutboundRequest): Promise<OutboundAnswer> {
  const now = request.now ?? (() => new Date());
  const timeoutMs = request.timeoutMs ?? defaultTimeoutMs;
  const method = request.method ?? "POST";
  const url = URL.canParse(request.url) ? new URL(request.url) : undefined;
  if (!url) throw new OutboundError(`${request.service}: the URL is not valid`, { delivered: "no", retryable: false });
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new OutboundError(`${request.service}: the URL must be http(s), not ${url.protocol}`, {
      delivered: "no",
      retryable: false,
    });
  }
  const where = `${request.service} (${method} ${url.host})`;
  const body =
    request.body === undefined
      ? undefined
      : typeof request.body === "string"
        ? request.body
        : JSON.stringify(request.body);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url.href, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        "user-agent": "firstreply",
        ...request.headers,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (cause) {
    const name = (cause as Error).name;
    const code = (cause as { cause?: { code?: string } }).cause?.code;
    const neverSent = code !== undefined && neverSentCodes.has(code);
    const reason = name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : (code ?? name);
    throw new OutboundError(
      `${where} failed: ${reason}`,
      { delivered: neverSent ? "no" : "unknown", retryable: true },
      { cause },
    );
  }
  const status = response.status;
  if (status >= 200 && status < 300) {
    let json: unknown = {};
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      // not JSON: callers that need an id read it from `text` or go without
    }
    return { status, text, json };
  }
  const retryable = status === 408 || status === 429 || status >= 500;
  throw new OutboundError(`${where} answered ${status}: ${text.slice(0, 300)}`, {
    delivered: "no",
    retryable,
    status,
    retryAfterMs: retryable ? waitAskedFor(response.headers, now()) : undefined,
    answer: text.slice(0, 2000),
  });
}
