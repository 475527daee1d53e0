import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { BadSignature, MissingSignature, StaleDelivery, type WebhookRefused } from "./errors.ts";
import type { WebhookRequest } from "./platform.ts";

// Standard Webhooks (standardwebhooks.com), the scheme our generic webhook takes in and our signed-webhook pager sends
// out, both through the `standardwebhooks` library.

/** The headers a Standard Webhooks sender signs with, in the order the spec lists them. */
const signedHeaders = ["webhook-id", "webhook-timestamp", "webhook-signature"] as const;

/**
 * Our refusal for what the library reports. It tells its failures apart by message only; a message we do not know
 * (a newer library wording) still refuses the call as a bad signature rather than letting it through.
 */
function refusalOf(error: WebhookVerificationError, headers: WebhookRequest["headers"]): WebhookRefused {
  const { message } = error;
  if (message === "Missing required headers") {
    const missing = signedHeaders.filter((name) => !headers[name]);
    return new MissingSignature(`Standard Webhooks headers missing: ${missing.join(", ")}`);
  }
  if (message === "Invalid Signature Headers") return new MissingSignature("webhook-timestamp is not unix seconds");
  if (/too old/.test(message)) return new StaleDelivery("webhook-timestamp is more than 5 minutes in the past");
  if (/too new/.test(message)) return new StaleDelivery("webhook-timestamp is more than 5 minutes in the future");
  return new BadSignature("No signature in webhook-signature matches the body");
}

/**
 * Checks a Standard Webhooks delivery with the `standardwebhooks` library: `webhook-id`, `webhook-timestamp` (unix
 * seconds, within 5 minutes of our clock either way) and `webhook-signature`, a space-separated list of
 * `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` where any one matching (compared in constant time) passes, so a
 * sender can rotate its secret without a gap.
 *
 * @param secret `whsec_` followed by the base64 of the key, as the sender shows it.
 * @throws MissingSignature when a header is missing or unreadable, StaleDelivery when the timestamp is outside the
 *   tolerance, BadSignature when no signature matches; an Error (a 500: our configuration, not the sender) when the
 *   secret itself is not `whsec_` base64.
 * @example
 * ```ts
 * verifyStandardWebhook(request, process.env.STANDARD_WEBHOOKS_SECRET!);
 * ```
 */
export function verifyStandardWebhook(request: Pick<WebhookRequest, "headers" | "body">, secret: string): void {
  let receiver: Webhook;
  try {
    receiver = new Webhook(secret);
  } catch (cause) {
    // Never the secret itself in the message: it ends up in the logs.
    throw new Error("STANDARD_WEBHOOKS_SECRET is not whsec_ followed by base64", { cause });
  }
  const { headers } = request;
  const signed: Record<string, string> = {};
  for (const name of signedHeaders) signed[name] = headers[name] ?? "";
  try {
    // The body is parsed (and refused as malformed) by the split, after the signature has passed.
    receiver.verify(request.body, signed, { jsonParse: false });
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw refusalOf(error, headers);
    throw error;
  }
}
