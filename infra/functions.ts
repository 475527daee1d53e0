import { intakeQueue, timersQueue } from "./queues.ts";
import { responderSecretEnvironment, secretEnvironment } from "./secrets.ts";
import { table } from "./storage.ts";

/**
 * Outbound base URLs the contract lets an operator change (an EU PagerDuty account, a newer Graph API version):
 * taken from the deploy's environment when set there, else the app's defaults (the real services).
 */
const outboundUrlVariables = [
  "META_GRAPH_URL",
  "X_API_URL",
  "LINKEDIN_API_URL",
  "YOUTUBE_API_URL",
  "GOOGLE_BUSINESS_API_URL",
  "TRUSTPILOT_API_URL",
  "PAGERDUTY_EVENTS_URL",
  "GOOGLE_JWKS_URL",
] as const;

const outboundUrls = Object.fromEntries(
  outboundUrlVariables.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
);

export interface FunctionOptions {
  /** Secret names (from `infra/secrets.ts`) the handler reads. */
  secrets: readonly string[];
  timeoutSeconds: number;
  /** The function sends pages: it gets the responder credentials the config refers to. */
  sendsPages?: boolean;
}

/**
 * What every firstreply Lambda shares: runtime, size, the table and intake queue (linked, so IAM follows), the
 * environment the app reads, and the responder config shipped next to the bundle.
 *
 * @example
 * ```ts
 * new sst.aws.Function("WebhooksMeta", {
 *   handler: "functions/webhooks/receive.handler",
 *   ...functionDefaults({ secrets: ["META_APP_SECRET"], timeoutSeconds: 10 }),
 * });
 * ```
 */
export function functionDefaults(options: FunctionOptions): Omit<sst.aws.FunctionArgs, "handler"> {
  return {
    // Matches the Node version the project pins for local runs and tests.
    runtime: "nodejs24.x",
    architecture: "arm64",
    memory: "512 MB",
    timeout: `${options.timeoutSeconds} seconds`,
    link: [table, intakeQueue, timersQueue],
    environment: {
      FIRSTREPLY_TABLE: table.name,
      INTAKE_QUEUE_URL: intakeQueue.url,
      TIMERS_QUEUE_URL: timersQueue.url,
      // Relative to the Lambda working directory (/var/task), where copyFiles puts it.
      RESPONDER_CONFIG: "responder.config.json",
      POWERTOOLS_SERVICE_NAME: "firstreply",
      ...outboundUrls,
      ...secretEnvironment(options.secrets),
      ...(options.sendsPages ? responderSecretEnvironment() : {}),
    },
    copyFiles: [{ from: "responder.config.json" }],
    // ESM already gets SST's own createRequire banner (`const require = ...`); adding ours would declare
    // `require` twice and the bundle would fail to load.
    nodejs: { format: "esm" },
  };
}
