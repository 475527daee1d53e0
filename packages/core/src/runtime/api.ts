import type { CaseService } from "../cases/service.ts";
import { loadConfig } from "../config/load.ts";
import type { Watchdog } from "../paging/watchdog.ts";
import { caseServiceOf } from "./build-cases.ts";
import { watchdogOf } from "./build-watchdog.ts";
import { type RuntimeEnv, readRuntimeEnv } from "./env.ts";

// The operator API's composition root: cases (reads, responses through the platforms) and pages (reads, acks).

let current: { cases: CaseService; watchdog: Watchdog } | undefined;
let env: RuntimeEnv | undefined;

/**
 * The API functions' dependencies, built once per Lambda instance (on first use: a call without the token never
 * loads the config).
 *
 * @example
 * ```ts
 * const { cases } = api();
 * ```
 */
export function api(): { cases: CaseService; watchdog: Watchdog } {
  if (current) return current;
  const config = loadConfig();
  current = { cases: caseServiceOf(apiEnv(), config), watchdog: watchdogOf(apiEnv(), config, { pages: false }) };
  return current;
}

/** The environment only, for the token check before anything else is built. */
export const apiEnv = (): RuntimeEnv => {
  env ??= readRuntimeEnv();
  return env;
};
