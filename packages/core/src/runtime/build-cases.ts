import { DynamoCaseStore } from "../adapters/dynamo-case-store.ts";
import type { CaseServiceDeps } from "../cases/context.ts";
import { CaseOperations } from "../cases/operations.ts";
import { systemClock } from "../clock.ts";
import type { ResponderConfig } from "../config/schema.ts";
import { channelsOf, replySenders } from "../platforms/registry.ts";
import { retentionSecondsOf, timersOf } from "./build-watchdog.ts";
import { platformEnvOf, type RuntimeEnv, requireEnv } from "./env.ts";

// The case service's dependencies as the router and the API assemble them. The API builds `CaseOperations` here; the
// router builds the full `CaseService` (with intake, triage and the templates) in router.ts, so that they stay out of
// the API's and the watchdog's bundles.

/**
 * Operators' commands and views over DynamoDB, without intake (the operator API: triage stays out of its bundle).
 *
 * @example
 * ```ts
 * const cases = caseOperationsOf(env, config);
 * ```
 */
export function caseOperationsOf(env: RuntimeEnv, config: ResponderConfig): CaseOperations {
  return new CaseOperations(caseDepsOf(env, config));
}

/** What the case service needs over DynamoDB, with the reply senders of every platform whose credentials are set. */
export function caseDepsOf(env: RuntimeEnv, config: ResponderConfig): CaseServiceDeps {
  return {
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
  };
}
