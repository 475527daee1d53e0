import { httpHandler, json } from "#core/http/middleware.ts";
import { webhookRequestOf } from "#core/http/webhook-request.ts";
import { acceptWebhook } from "#core/intake/accept.ts";
import { logger } from "#core/runtime/logger.ts";
import { webhooks } from "#core/runtime/webhooks.ts";

/**
 * `/webhooks/<platform>` for every platform of the registry (one function per platform in AWS, each with its own
 * secrets): the handshake on GET; on POST, the delivery verified over its raw bytes, split into one message per item
 * and answered 200 only once all are on the intake queue (503 otherwise, so the platform retries; duplicates are
 * harmless downstream).
 */
export const handler = httpHandler(async (event) => {
  const source = event.rawPath.split("/")[2] ?? "";
  const outcome = await acceptWebhook(source, webhookRequestOf(event), webhooks());
  if ("handshake" in outcome) {
    return {
      statusCode: 200,
      headers: { "content-type": outcome.handshake.contentType },
      body: outcome.handshake.body,
    };
  }
  logger.info("delivery queued", { platform: outcome.platform, messages: outcome.received });
  return json(200, { received: outcome.received });
});
