import { loadConfig } from "../config/load.ts";
import type { WatchdogTimers } from "../paging/timers.ts";
import type { Watchdog } from "../paging/watchdog.ts";
import { timersOf, watchdogOf } from "./build-watchdog.ts";
import { readRuntimeEnv } from "./env.ts";

// The watchdog's composition root (its timer and its sweep): the config, the stores, the timers and the pagers.

let current: { watchdog: Watchdog; timers: WatchdogTimers } | undefined;

/**
 * The watchdog functions' dependencies, built once per Lambda instance.
 *
 * @example
 * ```ts
 * await watchdog().watchdog.sweep();
 * ```
 */
export function watchdog(): { watchdog: Watchdog; timers: WatchdogTimers } {
  if (current) return current;
  const env = readRuntimeEnv();
  const config = loadConfig();
  current = { watchdog: watchdogOf(env, config, { pages: true }), timers: timersOf(env) };
  return current;
}
