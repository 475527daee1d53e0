import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { DeliveryTooLarge } from "../platforms/errors.ts";
import type { WebhookRequest } from "../platforms/platform.ts";
import { rawBody } from "./middleware.ts";

/** Webhook bodies above this are refused before they are read (contract: "body over 1 MiB"). */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

/**
 * A webhook call as the platforms see it: method, query, headers in lower case, the exact bytes signed, and when we
 * received it. A body over the limit is refused before anything reads it.
 *
 * @throws DeliveryTooLarge when the body (or its declared length) is over 1 MiB.
 * @example
 * ```ts
 * const request = webhookRequestOf(event);
 * ```
 */
export function webhookRequestOf(event: APIGatewayProxyEventV2, now = new Date()): WebhookRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) headers[name.toLowerCase()] = value;
  if (Number(headers["content-length"] ?? 0) > MAX_WEBHOOK_BYTES) throw new DeliveryTooLarge(MAX_WEBHOOK_BYTES);
  const body = rawBody(event);
  if (body.length > MAX_WEBHOOK_BYTES) throw new DeliveryTooLarge(MAX_WEBHOOK_BYTES);
  return {
    method: event.requestContext.http.method,
    query: event.queryStringParameters ?? {},
    headers,
    body,
    receivedAt: now.toISOString(),
  };
}
