import type { Resource } from "../functions/routes.ts";
import { intakeDeadLetterQueue, intakeQueue, timersDeadLetterQueue, timersQueue } from "./queues.ts";
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

/** Each resource a function may use: the component it is linked to (IAM follows) and the variable naming it. */
const resources = {
  table: { component: table, env: { FIRSTREPLY_TABLE: table.name } },
  intake: { component: intakeQueue, env: { INTAKE_QUEUE_URL: intakeQueue.url } },
  intakeDlq: { component: intakeDeadLetterQueue, env: { INTAKE_DLQ_URL: intakeDeadLetterQueue.url } },
  timers: { component: timersQueue, env: { TIMERS_QUEUE_URL: timersQueue.url } },
  timersDlq: { component: timersDeadLetterQueue, env: { TIMERS_DLQ_URL: timersDeadLetterQueue.url } },
} satisfies Record<Resource, { component: unknown; env: Record<string, unknown> }>;

export interface FunctionOptions {
  /** Secret names (from `infra/secrets.ts`) the handler reads. */
  secrets: readonly string[];
  /** The table and queues its code uses (`functions/routes.ts`): it is linked to these and nothing else. */
  uses: readonly Resource[];
  timeoutSeconds: number;
  /** The function sends pages: it gets the responder credentials the config refers to. */
  sendsPages?: boolean;
}

/**
 * What every firstreply Lambda shares: runtime and size, the responder config shipped next to the bundle; and what it
 * alone gets: links (so IAM follows) and variables for the resources it uses, its secrets.
 *
 * @example
 * ```ts
 * new sst.aws.Function("WebhooksMeta", {
 *   handler: "functions/webhooks/receive.handler",
 *   ...functionDefaults({ secrets: ["META_APP_SECRET"], uses: ["intake"], timeoutSeconds: 10 }),
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
    link: options.uses.map((name) => resources[name].component),
    environment: {
      ...Object.assign({}, ...options.uses.map((name) => resources[name].env)),
      // Relative to the Lambda working directory (/var/task), where copyFiles puts it.
      RESPONDER_CONFIG: "responder.config.json",
      POWERTOOLS_SERVICE_NAME: "firstreply",
      FIRSTREPLY_STAGE: $app.stage,
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
