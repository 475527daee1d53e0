import { DynamoCaseStore } from "../adapters/dynamo-case-store.ts";
import { DynamoPageStore } from "../adapters/dynamo-page-store.ts";
import { type IntakeQueue, SqsIntakeQueue } from "../adapters/sqs-intake-queue.ts";
import { SqsWatchdogTimers } from "../adapters/sqs-watchdog-timers.ts";
import { CaseService } from "../cases/service.ts";
import { systemClock } from "../clock.ts";
import { resolveResponder } from "../config/credentials.ts";
import { loadConfig } from "../config/load.ts";
import type { ResponderConfig } from "../config/schema.ts";
import { createPager } from "../paging/pagers/index.ts";
import type { Pager } from "../paging/pagers/pager.ts";
import type { WatchdogTimers } from "../paging/timers.ts";
import { Watchdog } from "../paging/watchdog.ts";
import { GraphApiReplies } from "../platforms/meta/reply.ts";
import type { PlatformName } from "../platforms/names.ts";
import type { ReplySender } from "../replies/delivery.ts";
import { type RuntimeEnv, readRuntimeEnv } from "./env.ts";

export interface Container {
  env: RuntimeEnv;
  config: ResponderConfig;
  intake: IntakeQueue;
  cases: CaseService;
  watchdog: Watchdog;
  timers: WatchdogTimers;
  /** Ids of the brand's own accounts, from `brand.accounts`. */
  brandAccounts: ReadonlySet<string>;
}

let current: Container | undefined;

/**
 * Builds the handlers' dependencies once per Lambda instance (on first use, so a cold start that only answers a
 * handshake does not load the config), from the environment and the config file.
 *
 * @example
 * ```ts
 * const { cases } = container();
 * ```
 */
export function container(): Container {
  if (current) return current;
  const env = readRuntimeEnv();
  const config = loadConfig();
  const senders: Partial<Record<PlatformName, ReplySender>> = {};
  if (env.META_PAGE_ACCESS_TOKEN) {
    const graph = new GraphApiReplies({ graphUrl: env.META_GRAPH_URL, pageAccessToken: env.META_PAGE_ACCESS_TOKEN });
    senders.facebook = graph;
    senders.messenger = graph;
  }
  const brandAccounts = new Set(Object.values(config.brand.accounts).flat());
  const caseStore = new DynamoCaseStore({ tableName: env.FIRSTREPLY_TABLE });
  const timers = new SqsWatchdogTimers({ queueUrl: env.TIMERS_QUEUE_URL });
  const pagers = new Map<string, Pager>();
  current = {
    env,
    config,
    brandAccounts,
    timers,
    intake: new SqsIntakeQueue({ queueUrl: env.INTAKE_QUEUE_URL }),
    cases: new CaseService({
      store: caseStore,
      config,
      clock: systemClock,
      senders,
      timers,
      ackLeaseMs: env.ACK_LEASE_SECONDS * 1000,
    }),
    watchdog: new Watchdog({
      cases: caseStore,
      pages: new DynamoPageStore({ tableName: env.FIRSTREPLY_TABLE }),
      config,
      clock: systemClock,
      timers,
      pagerFor: (queue, level) => {
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
    }),
  };
  return current;
}

/** Environment only, without loading the config: what a webhook needs to verify a call. */
export const runtimeEnv = (): RuntimeEnv => current?.env ?? readRuntimeEnv();
