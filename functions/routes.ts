import { platforms } from "#core/platforms/registry.ts";

/**
 * Every HTTP route and the handler that serves it: the one table that both `infra/api.ts` (API Gateway v2 in AWS) and
 * the local stack's HTTP front (`packages/local`) read, so a laptop runs exactly the routes that deploy.
 * `handler` is `<file without .ts>.<export>`, relative to the repo root, as SST expects.
 *
 * @example
 * ```ts
 * import { httpRoutes } from "#functions/routes.ts";
 * httpRoutes.find((r) => r.route === "ANY /webhooks/meta")?.handler; // "functions/webhooks/receive.handler"
 * ```
 */
export interface HttpRoute {
  /** API Gateway v2 route key: `METHOD /path/{param}`. */
  route: string;
  handler: string;
  /**
   * The Lambda that serves it, when not one per handler: each platform's webhook is its own function (same handler),
   * so each holds only its platform's secrets.
   */
  function?: string;
  /** Which secrets the handler reads (names from `#core/runtime/env.ts`'s `secretNames`). */
  secrets: readonly string[];
  /** The table and queues its code uses: it is linked (and given access) to these only. */
  uses: readonly Resource[];
}

/**
 * What a function can be linked to. `test/least-privilege.test.ts` checks that each function's list is exactly what
 * its code can ask for (`requireEnv`).
 */
export type Resource = "table" | "intake" | "intakeDlq" | "timers" | "timersDlq";

/** Every platform's secrets: the router and the API answer on every platform. */
const replySecrets = platforms.flatMap((platform) => platform.env.secrets);
const apiSecrets = ["RESPONDER_API_TOKEN", ...replySecrets];
const token = ["RESPONDER_API_TOKEN"];
const cases: readonly Resource[] = ["table", "timers"];

/** `/webhooks/<source>` of every registered platform. */
const webhookRoutes: HttpRoute[] = platforms.map((platform) => ({
  route: `ANY /webhooks/${platform.source}`,
  handler: "functions/webhooks/receive.handler",
  function: `webhooks/${platform.source}`,
  secrets: platform.env.secrets,
  uses: ["intake"],
}));

export const httpRoutes: readonly HttpRoute[] = [
  ...webhookRoutes,
  { route: "ANY /webhooks/{platform}", handler: "functions/webhooks/unavailable.handler", secrets: [], uses: [] },
  { route: "GET /api/queues", handler: "functions/api/queues.handler", secrets: apiSecrets, uses: cases },
  { route: "GET /api/cases", handler: "functions/api/cases.handler", secrets: apiSecrets, uses: cases },
  { route: "GET /api/cases/{id}", handler: "functions/api/cases.handler", secrets: apiSecrets, uses: cases },
  { route: "POST /api/cases/{id}/respond", handler: "functions/api/cases.handler", secrets: apiSecrets, uses: cases },
  { route: "POST /api/cases/{id}/close", handler: "functions/api/cases.handler", secrets: apiSecrets, uses: cases },
  { route: "POST /api/cases/{id}/wait", handler: "functions/api/cases.handler", secrets: apiSecrets, uses: cases },
  { route: "POST /api/cases/{id}/resume", handler: "functions/api/cases.handler", secrets: apiSecrets, uses: cases },
  { route: "GET /api/pages", handler: "functions/api/pages.handler", secrets: token, uses: cases },
  { route: "GET /api/pages/{id}", handler: "functions/api/pages.handler", secrets: token, uses: cases },
  { route: "POST /api/pages/{id}/ack", handler: "functions/api/pages.handler", secrets: token, uses: cases },
  {
    route: "POST /webhooks/pagerduty",
    handler: "functions/webhooks/pagerduty.handler",
    secrets: ["PAGERDUTY_WEBHOOK_SECRET"],
    uses: cases,
  },
  { route: "GET /api/metrics", handler: "functions/api/metrics.handler", secrets: token, uses: cases },
  {
    route: "GET /api/dlq",
    handler: "functions/api/dlq.handler",
    secrets: token,
    uses: ["intake", "intakeDlq", "timers", "timersDlq"],
  },
  {
    route: "POST /api/dlq/redrive",
    handler: "functions/api/dlq.handler",
    secrets: token,
    uses: ["intake", "intakeDlq", "timers", "timersDlq"],
  },
  { route: "ANY /api/{proxy+}", handler: "functions/api/not-found.handler", secrets: token, uses: [] },
  // The on-call console: a static page and its assets on the API's own origin; it signs in against `/api` from the
  // browser, so its function holds no secret and reaches no table or queue.
  { route: "GET /", handler: "functions/console/page.handler", secrets: [], uses: [] },
  { route: "GET /console/{asset}", handler: "functions/console/page.handler", secrets: [], uses: [] },
];

/** SQS consumers: the queue (from `#core/adapters/queue-design.ts`) and the handler subscribed to it. */
export const queueSubscribers = [
  {
    queue: "intake",
    handler: "functions/router/route.handler",
    secrets: replySecrets,
    sendsPages: false,
    uses: ["table", "timers"] as readonly Resource[],
  },
  {
    queue: "timers",
    handler: "functions/watchdog/timer.handler",
    secrets: [],
    sendsPages: true,
    uses: ["table", "timers"] as readonly Resource[],
  },
] as const;

/** Scheduled handlers: the watchdog's sweep (every minute in AWS; the local stack runs it every few seconds). */
export const schedules = [
  {
    name: "WatchdogSweep",
    handler: "functions/watchdog/sweep.handler",
    everyMinutes: 1,
    sendsPages: true,
    uses: ["table", "timers"] as readonly Resource[],
  },
] as const;
