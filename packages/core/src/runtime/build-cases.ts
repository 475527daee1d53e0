import { DynamoCaseStore } from "../adapters/dynamo-case-store.ts";
import { CaseService } from "../cases/service.ts";
import { systemClock } from "../clock.ts";
import type { ResponderConfig } from "../config/schema.ts";
import { channelsOf, replySenders } from "../platforms/registry.ts";
import { retentionSecondsOf, timersOf } from "./build-watchdog.ts";
import { platformEnvOf, type RuntimeEnv, requireEnv } from "./env.ts";

// The case service as the router and the API assemble it (the watchdog functions do not load it: triage and
// templates stay out of their bundles).

/**
 * The case service over DynamoDB, with the reply senders of every platform whose credentials are set.
 *
 * @example
 * ```ts
 * const cases = caseServiceOf(env, config);
 * ```
 */
export function caseServiceOf(env: RuntimeEnv, config: ResponderConfig): CaseService {
  return new CaseService({
    store: new DynamoCaseStore({
      tableName: requireEnv(env, "FIRSTREPLY_TABLE"),
      retentionSeconds: retentionSecondsOf(config),
    }),
    config,
    clock: systemClock,
    senders: replySenders(platformEnvOf(env)),
    channels: channelsOf,
    timers: timersOf(env),
    ackLeaseMs: env.ACK_LEASE_SECONDS * 1000,
  });
}
