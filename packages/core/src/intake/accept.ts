import type { IntakeQueue } from "../adapters/sqs-intake-queue.ts";
import { MethodNotAllowed, PlatformDisabled, UnknownPlatform } from "../platforms/errors.ts";
import type { HandshakeAnswer, PlatformEnv, WebhookRequest } from "../platforms/platform.ts";
import { platformOf } from "../platforms/registry.ts";

export interface AcceptDeps {
  env: PlatformEnv;
  intake: IntakeQueue;
}

/**
 * A webhook call to `/webhooks/<source>`, from the platform's first byte to the queue: the handshake (GET), or the
 * verification of a delivery, its split into one queue message per item and those messages durably queued (POST).
 * Nothing is written anywhere before every check has passed; a delivery counts as received only once all its messages
 * are on the queue.
 *
 * @throws UnknownPlatform, PlatformDisabled, MethodNotAllowed, the platform's own refusals
 *   (platforms/errors.ts), QueueUnavailable.
 * @example
 * ```ts
 * const outcome = await acceptWebhook("meta", request, { env, intake });
 * if ("received" in outcome) console.log(outcome.received); // messages queued
 * ```
 */
export async function acceptWebhook(
  source: string,
  request: WebhookRequest,
  deps: AcceptDeps,
): Promise<{ handshake: HandshakeAnswer } | { received: number; platform: string }> {
  const platform = platformOf(source);
  if (!platform) throw new UnknownPlatform(source);
  if (!platform.enabled(deps.env)) throw new PlatformDisabled(platform.title);
  if (request.method === "GET") {
    if (!platform.handshake) throw new MethodNotAllowed(`${platform.title} has no GET handshake; POST events here`);
    return { handshake: platform.handshake(request, deps.env) };
  }
  if (request.method !== "POST") {
    throw new MethodNotAllowed(`Use ${platform.handshake ? "GET for the handshake or " : ""}POST for events`);
  }
  platform.verify(request, deps.env);
  const messages = platform.split(request);
  await deps.intake.enqueue(messages);
  return { received: messages.length, platform: platform.source };
}
