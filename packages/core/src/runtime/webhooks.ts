import { type IntakeQueue, SqsIntakeQueue } from "../adapters/sqs-intake-queue.ts";
import type { PlatformEnv } from "../platforms/platform.ts";
import { platformEnvOf, readRuntimeEnv, requireEnv } from "./env.ts";

// The webhook functions' composition root: the environment and the intake queue, nothing else. Their bundles stay
// close to the SQS client alone (`npm run bench` measures it): no config, no triage, no case service.

let current: { env: PlatformEnv; intake: IntakeQueue } | undefined;

/**
 * What a webhook function needs: the platforms' secrets and the intake queue (its client is built on first use, so a
 * handshake or a disabled platform never builds it).
 *
 * @example
 * ```ts
 * const { env, intake } = webhooks();
 * ```
 */
export function webhooks(): { env: PlatformEnv; intake: IntakeQueue } {
  if (current) return current;
  const runtime = readRuntimeEnv();
  let queue: IntakeQueue | undefined;
  current = {
    env: platformEnvOf(runtime),
    get intake() {
      queue ??= new SqsIntakeQueue({ queueUrl: requireEnv(runtime, "INTAKE_QUEUE_URL") });
      return queue;
    },
  };
  return current;
}
