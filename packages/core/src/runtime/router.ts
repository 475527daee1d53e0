import { CaseService } from "../cases/service.ts";
import { loadConfig } from "../config/load.ts";
import type { PlatformName } from "../platforms/names.ts";
import type { NormalizeContext } from "../platforms/platform.ts";
import { caseDepsOf } from "./build-cases.ts";
import { readRuntimeEnv } from "./env.ts";

// The router's composition root: the config, the case service (triage, routing, acknowledgements) and what the
// platforms need to read their messages.

let current: { cases: CaseService; context: NormalizeContext } | undefined;

/**
 * The router's dependencies, built once per Lambda instance.
 *
 * @example
 * ```ts
 * const { cases, context } = router();
 * ```
 */
export function router(): { cases: CaseService; context: NormalizeContext } {
  if (current) return current;
  const env = readRuntimeEnv();
  const config = loadConfig();
  const accounts = new Map<string, ReadonlySet<string>>(
    Object.entries(config.brand.accounts).map(([platform, ids]) => [platform, new Set([ids].flat())]),
  );
  const none: ReadonlySet<string> = new Set();
  current = {
    cases: new CaseService(caseDepsOf(env, config)),
    context: { brandAccounts: (platform: PlatformName) => accounts.get(platform) ?? none },
  };
  return current;
}
