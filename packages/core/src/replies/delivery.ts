import type { ReplyTarget } from "../platforms/inbound.ts";

/**
 * Why a reply did not go out. `delivered` says whether the platform may have posted it anyway: "no" when it
 * answered with an error or the connection was refused; "unknown" when the request may have reached it (a timeout or
 * a connection cut after sending). The acknowledgement logic never resends an "unknown" one, so nobody gets two.
 */
export class DeliveryError extends Error {
  readonly delivered: "no" | "unknown";
  readonly retryable: boolean;
  readonly status: number | undefined;

  constructor(
    message: string,
    details: { delivered: "no" | "unknown"; retryable: boolean; status?: number },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DeliveryError";
    this.delivered = details.delivered;
    this.retryable = details.retryable;
    this.status = details.status;
  }
}

/**
 * Sends a text to a platform, publicly in a thread or privately in a conversation.
 *
 * @example
 * ```ts
 * const { id } = await sender.send({ kind: "comment", commentId: "1_2" }, "Hi Dana, ...");
 * ```
 */
export interface ReplySender {
  send(target: ReplyTarget, text: string): Promise<{ id: string }>;
}

const refusedCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);

/**
 * POSTs JSON and returns the parsed answer; maps every failure to a DeliveryError that says whether the request may
 * have been delivered.
 *
 * @example
 * ```ts
 * const body = await postJson("https://graph.facebook.com/v23.0/me/messages", payload, { Authorization: "Bearer t" });
 * ```
 */
export async function postJson(
  url: string,
  payload: unknown,
  headers: Record<string, string>,
  timeoutMs = 5000,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (cause) {
    const code = (cause as { cause?: { code?: string } }).cause?.code;
    const refused = code !== undefined && refusedCodes.has(code);
    throw new DeliveryError(
      `POST ${new URL(url).pathname} failed: ${code ?? (cause as Error).name}`,
      { delivered: refused ? "no" : "unknown", retryable: true },
      { cause },
    );
  }
  const text = await response.text();
  if (!response.ok) {
    const retryable = response.status === 429 || response.status >= 500;
    throw new DeliveryError(`POST ${new URL(url).pathname} answered ${response.status}: ${text.slice(0, 300)}`, {
      delivered: "no",
      retryable,
      status: response.status,
    });
  }
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return {};
  }
}
