import { loadConfig } from "../config/load.ts";
import type { Watchdog } from "../paging/watchdog.ts";
import { apiEnv } from "./api-env.ts";
import { watchdogOf } from "./build-watchdog.ts";

// The composition root of the routes that read and acknowledge pages (`/api/pages`, `/api/metrics`, PagerDuty's
// webhook): the watchdog over the stores, without pagers and without the case service.

let current: Watchdog | undefined;

/**
 * The watchdog, to list, read and acknowledge pages and compute metrics; it sends no pages.
 *
 * @example
 * ```ts
 * await pages().acknowledge(id, "Sam");
 * ```
 */
export function pages(): Watchdog {
  current ??= watchdogOf(apiEnv(), loadConfig(), { pages: false });
  return current;
}
