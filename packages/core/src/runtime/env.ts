import * as z from "zod/mini";
import { ConfigError } from "../errors.ts";
import { issueText } from "../platforms/issues.ts";
import { platformSecrets, platformUrls } from "../platforms/registry.ts";

// SST passes an unset secret as "", which means the same as absent: that platform is disabled.
const unsetIfEmpty = (v: unknown) => (v === "" ? undefined : v);
const optionalSecret = z.pipe(z.transform(unsetIfEmpty), z.optional(z.string()));
const httpUrl = (fallback: string) =>
  z.pipe(z.transform(unsetIfEmpty), z._default(z.optional(z.url({ protocol: /^https?$/ })), fallback));
const optionalName = z.optional(z.string().check(z.minLength(1)));

/** Secrets and outbound URLs that belong to no platform: the operator API's token, and PagerDuty's. */
const productSecrets = ["RESPONDER_API_TOKEN", "PAGERDUTY_WEBHOOK_SECRET"] as const;
const productUrls = { PAGERDUTY_EVENTS_URL: "https://events.pagerduty.com/v2/enqueue" } as const;

/**
 * Every secret variable the product reads: the platforms' (from the registry) and its own. `infra/secrets.ts` makes
 * one SST secret of each.
 */
export const secretNames: readonly string[] = [...productSecrets, ...platformSecrets];

const runtimeEnvSchema = z.object({
  // Resources, set by SST (or the local stack); each function family requires the ones it uses (`requireEnv`).
  FIRSTREPLY_TABLE: optionalName,
  INTAKE_QUEUE_URL: optionalName,
  INTAKE_DLQ_URL: optionalName,
  TIMERS_QUEUE_URL: optionalName,
  TIMERS_DLQ_URL: optionalName,
  ACK_LEASE_SECONDS: z._default(z.pipe(z.transform(Number), z.number().check(z.positive())), 60),
  ...Object.fromEntries(secretNames.map((name) => [name, optionalSecret])),
  ...Object.fromEntries(
    Object.entries({ ...productUrls, ...platformUrls }).map(([name, fallback]) => [name, httpUrl(fallback)]),
  ),
});

/** What the handlers read from the environment: resources, secrets (unset when empty) and outbound base URLs. */
export type RuntimeEnv = {
  readonly FIRSTREPLY_TABLE?: string;
  readonly INTAKE_QUEUE_URL?: string;
  readonly INTAKE_DLQ_URL?: string;
  readonly TIMERS_QUEUE_URL?: string;
  readonly TIMERS_DLQ_URL?: string;
  readonly ACK_LEASE_SECONDS: number;
  readonly RESPONDER_API_TOKEN?: string;
  readonly PAGERDUTY_WEBHOOK_SECRET?: string;
  readonly PAGERDUTY_EVENTS_URL: string;
} & Readonly<Record<string, string | number | undefined>>;

/**
 * Reads what the handlers need from the environment: resource names (set by SST, or by the local stack), secrets and
 * outbound base URLs. Variables of every registered platform are read; an empty secret counts as unset.
 *
 * @throws ConfigError naming each invalid variable.
 * @example
 * ```ts
 * const env = readRuntimeEnv(); // env.META_APP_SECRET is undefined when Meta is disabled
 * ```
 */
export function readRuntimeEnv(source: NodeJS.ProcessEnv = process.env): RuntimeEnv {
  const result = runtimeEnvSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(`Invalid environment:\n  ${result.error.issues.map(issueText).join("\n  ")}`);
  }
  return result.data as RuntimeEnv;
}

/**
 * A resource variable a function family cannot run without.
 *
 * @throws ConfigError naming it when it is unset.
 * @example
 * ```ts
 * const table = requireEnv(env, "FIRSTREPLY_TABLE");
 * ```
 */
export function requireEnv(
  env: RuntimeEnv,
  name: "FIRSTREPLY_TABLE" | "INTAKE_QUEUE_URL" | "INTAKE_DLQ_URL" | "TIMERS_QUEUE_URL" | "TIMERS_DLQ_URL",
): string {
  const value = env[name];
  if (!value) throw new ConfigError(`Invalid environment: ${name} is required`);
  return value;
}

/** The secrets and URLs as plain strings, for the platforms' own reading (`PlatformEnv`). */
export const platformEnvOf = (env: RuntimeEnv): Readonly<Record<string, string | undefined>> =>
  Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
