import { DynamoCaseStore } from "../adapters/dynamo-case-store.ts";
import { DynamoPageStore } from "../adapters/dynamo-page-store.ts";
import { SqsWatchdogTimers } from "../adapters/sqs-watchdog-timers.ts";
import { systemClock } from "../clock.ts";
import { resolveResponder } from "../config/credentials.ts";
import { parseDurationMs } from "../config/duration.ts";
import type { ResponderConfig } from "../config/schema.ts";
import { createPager } from "../paging/pagers/index.ts";
import type { Pager } from "../paging/pagers/pager.ts";
import { Watchdog } from "../paging/watchdog.ts";
import { type RuntimeEnv, requireEnv } from "./env.ts";

// The watchdog as the watchdog functions and the API assemble it.

/** The config's `retention` in seconds, for the case store's TTL. */
export const retentionSecondsOf = (config: ResponderConfig): number | undefined =>
  (parseDurationMs(config.retention) ?? 0) / 1000 || undefined;

/** The watchdog's timers: delayed messages on the timers queue. */
export const timersOf = (env: RuntimeEnv) => new SqsWatchdogTimers({ queueUrl: requireEnv(env, "TIMERS_QUEUE_URL") });

/**
 * The watchdog over DynamoDB. `pages: true` for the functions that send pages: their pagers read the responders'
 * credentials (references to the environment, given only to them); others may read and acknowledge pages only.
 *
 * @example
 * ```ts
 * const watchdog = watchdogOf(env, config, { pages: true });
 * ```
 */
export function watchdogOf(env: RuntimeEnv, config: ResponderConfig, options: { pages: boolean }): Watchdog {
  const table = requireEnv(env, "FIRSTREPLY_TABLE");
  const pagers = new Map<string, Pager>();
  return new Watchdog({
    cases: new DynamoCaseStore({
      tableName: table,
      retentionSeconds: retentionSecondsOf(config),
    }),
    pages: new DynamoPageStore({ tableName: table }),
    config,
    clock: systemClock,
    timers: timersOf(env),
    pagerFor: (queue, level) => {
      if (!options.pages) throw new Error("this function does not send pages");
      const key = `${queue.id}#${level}`;
      let pager = pagers.get(key);
      if (!pager) {
        const index = Math.min(level, queue.responders.length - 1);
        const responder = queue.responders[index] as (typeof queue.responders)[number];
        const at = `queues[${config.queues.indexOf(queue)}].responders[${index}]`;
        pager = createPager(resolveResponder(responder, process.env, at), env);
        pagers.set(key, pager);
      }
      return pager;
    },
  });
}
