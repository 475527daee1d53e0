import { EnqueueError } from "#core/adapters/sqs-intake-queue.ts";
import { AppError } from "#core/errors.ts";
import { limitedBody } from "#core/http/limits.ts";
import { httpHandler, json } from "#core/http/middleware.ts";
import { metaEnvelopeSchema, splitMetaDelivery } from "#core/platforms/meta/payload.ts";
import { verifyHandshake, verifySignature } from "#core/platforms/meta/verify.ts";
import { container, runtimeEnv } from "#core/runtime/container.ts";
import { logger } from "#core/runtime/logger.ts";

/**
 * `/webhooks/meta`: Facebook Pages (feed, Messenger), Instagram and WhatsApp. GET answers Meta's handshake; POST
 * verifies the signature over the raw bytes, splits the delivery into one message per change and answers 200 only once
 * all are on the intake queue (503 otherwise, so Meta retries; duplicates are harmless downstream).
 */
export const handler = httpHandler(async (event) => {
  const env = runtimeEnv();
  if (!env.META_APP_SECRET) throw new AppError(404, "platform_disabled", "Meta webhooks are not enabled here");
  const method = event.requestContext.http.method;

  if (method === "GET") {
    if (!env.META_VERIFY_TOKEN) throw new AppError(404, "platform_disabled", "No Meta verify token is set");
    const challenge = verifyHandshake(event.queryStringParameters ?? {}, env.META_VERIFY_TOKEN);
    return { statusCode: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: challenge };
  }
  if (method !== "POST") throw new AppError(405, "method_not_allowed", "Use GET for the handshake or POST for events");

  const body = limitedBody(event);
  verifySignature(body, event.headers["x-hub-signature-256"], env.META_APP_SECRET);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new AppError(400, "malformed_json", "The body is not valid JSON");
  }
  const envelope = metaEnvelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    throw new AppError(
      400,
      "malformed_payload",
      `Not a Meta webhook delivery: ${issue?.path.join(".")} ${issue?.message}`,
    );
  }
  const messages = splitMetaDelivery(envelope.data, new Date().toISOString());
  try {
    await container().intake.enqueue(messages);
  } catch (error) {
    if (error instanceof EnqueueError) {
      logger.error("intake queue unavailable", { error: error.message, messages: messages.length });
      throw new AppError(503, "queue_unavailable", "Events could not be queued; please retry", { cause: error });
    }
    throw error;
  }
  logger.info("meta delivery queued", { object: envelope.data.object, messages: messages.length });
  return json(200, { received: messages.length });
});
