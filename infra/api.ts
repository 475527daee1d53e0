import { httpRoutes } from "../functions/routes.ts";
import { functionDefaults } from "./functions.ts";
import { componentName } from "./naming.ts";

/** Webhooks must answer fast so platforms do not retry; the operator API is just as small. */
const httpTimeoutSeconds = 10;

/** The HTTP API: every route in `functions/routes.ts`, the same route list the local stack serves. */
export const api = new sst.aws.ApiGatewayV2("Api");

/**
 * One Lambda per handler, not per route: routes sharing a handler (the four case routes, Meta's GET handshake and
 * POST delivery) share warm instances, and the handler needs the union of their secrets.
 */
const secretsByHandler = new Map<string, Set<string>>();
for (const { handler, secrets } of httpRoutes) {
  secretsByHandler.set(handler, new Set([...(secretsByHandler.get(handler) ?? []), ...secrets]));
}

const handlerFunctions = new Map(
  [...secretsByHandler].map(([handler, secrets]) => [
    handler,
    new sst.aws.Function(componentName(handler.replace(/^functions\//, "").replace(/\.handler$/, "")), {
      handler,
      description: `firstreply ${handler}`,
      ...functionDefaults({ secrets: [...secrets], timeoutSeconds: httpTimeoutSeconds }),
    }),
  ]),
);

for (const { route, handler } of httpRoutes) {
  const fn = handlerFunctions.get(handler);
  if (!fn) throw new Error(`No function built for ${handler}`);
  // A stable, readable route name (e.g. ApiRouteGetApiCasesId) instead of a hash of the route key.
  api.route(route, fn.arn, { name: componentName(route) });
}
