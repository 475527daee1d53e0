import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { AppError } from "../errors.ts";
import { rawBody } from "./middleware.ts";

/** Webhook bodies above this are refused with 413 (contract: "body over 1 MiB"). */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

/**
 * The raw body of a webhook call, refused when over the limit.
 *
 * @throws AppError 413 when larger than 1 MiB.
 * @example
 * ```ts
 * const body = limitedBody(event);
 * ```
 */
export function limitedBody(event: APIGatewayProxyEventV2): Buffer {
  const declared = Number(event.headers?.["content-length"] ?? 0);
  if (declared > MAX_WEBHOOK_BYTES) throw tooLarge();
  const body = rawBody(event);
  if (body.length > MAX_WEBHOOK_BYTES) throw tooLarge();
  return body;
}

const tooLarge = () => new AppError(413, "payload_too_large", `The body is over ${MAX_WEBHOOK_BYTES} bytes`);
