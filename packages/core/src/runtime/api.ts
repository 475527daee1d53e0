import type { CaseOperations } from "../cases/operations.ts";
import { loadConfig } from "../config/load.ts";
import type { ResponderConfig } from "../config/schema.ts";
import type { Watchdog } from "../paging/watchdog.ts";
import { apiEnv } from "./api-env.ts";
import { caseOperationsOf } from "./build-cases.ts";
import { watchdogOf } from "./build-watchdog.ts";

// The operator API's composition root for cases (reads, responses through the platforms, the queues' backlog). Routes
// that only read pages use `api-pages.ts`, which does not load the case service (nor triage with it).

let config: ResponderConfig | undefined;
let cases: CaseOperations | undefined;
let pages: Watchdog | undefined;

/** The config, read once (on first use: a call without the token never loads it). */
export const apiConfig = (): ResponderConfig => {
  config ??= loadConfig();
  return config;
};

/**
 * The case routes' dependencies, built once per Lambda instance.
 *
 * @example
 * ```ts
 * const { cases, watchdog } = api();
 * ```
 */
export function api(): { cases: CaseOperations; watchdog: Watchdog } {
  cases ??= caseOperationsOf(apiEnv(), apiConfig());
  pages ??= watchdogOf(apiEnv(), apiConfig(), { pages: false });
  return { cases, watchdog: pages };
}
