import { z } from "zod";
import { describeIssues } from "../config/load.ts";
import { ConfigError } from "../errors.ts";

// SST passes an unset secret as "", which means the same as absent: that platform is disabled.
const optionalSecret = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const url = (fallback: string) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.url({ protocol: /^https?$/ }).default(fallback));

const runtimeEnvSchema = z.object({
  FIRSTREPLY_TABLE: z.string().min(1),
  INTAKE_QUEUE_URL: z.string().min(1),
  TIMERS_QUEUE_URL: z.string().min(1),
  RESPONDER_API_TOKEN: optionalSecret,
  META_APP_SECRET: optionalSecret,
  META_VERIFY_TOKEN: optionalSecret,
  META_PAGE_ACCESS_TOKEN: optionalSecret,
  META_GRAPH_URL: url("https://graph.facebook.com/v23.0"),
  PAGERDUTY_EVENTS_URL: url("https://events.pagerduty.com/v2/enqueue"),
  /** Comma-separated to accept the old and the new secret while rotating. */
  PAGERDUTY_WEBHOOK_SECRET: optionalSecret,
  ACK_LEASE_SECONDS: z.coerce.number().positive().default(60),
});

export type RuntimeEnv = z.infer<typeof runtimeEnvSchema>;

/**
 * Reads what the handlers need from the environment: resource names (set by SST, or by the local stack), secrets and
 * outbound base URLs.
 *
 * @throws ConfigError naming each missing or invalid variable.
 * @example
 * ```ts
 * const env = readRuntimeEnv(); // env.META_APP_SECRET is undefined when Meta is disabled
 * ```
 */
export function readRuntimeEnv(source: NodeJS.ProcessEnv = process.env): RuntimeEnv {
  const result = runtimeEnvSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(`Invalid environment:\n  ${describeIssues(result.error.issues).join("\n  ")}`);
  }
  return result.data;
}
