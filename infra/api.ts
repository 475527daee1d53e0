import { httpRoutes, type Resource } from "../functions/routes.ts";
import { functionDefaults } from "./functions.ts";
import { componentName } from "./naming.ts";

/** Webhooks must answer fast so platforms do not retry; the operator API is just as small. */
const httpTimeoutSeconds = 10;

/** The HTTP API: every route in `functions/routes.ts`, the same route list the local stack serves. */
export const api = new sst.aws.ApiGatewayV2("Api");

/**
 * One Lambda per function of the route table: per handler, except each platform's webhook, which is a function of
 * its own (same handler) so that it holds only its platform's secrets. Routes sharing a function (the four case
 * routes) share warm instances, and the function gets the union of their secrets.
 */
const functions = new Map<string, { handler: string; secrets: Set<string>; uses: Set<Resource> }>();
for (const { handler, function: name = handler, secrets, uses } of httpRoutes) {
  const entry = functions.get(name) ?? { handler, secrets: new Set<string>(), uses: new Set<Resource>() };
  for (const secret of secrets) entry.secrets.add(secret);
  for (const resource of uses) entry.uses.add(resource);
  functions.set(name, entry);
}

const built = new Map(
  [...functions].map(([name, { handler, secrets, uses }]) => [
    name,
    new sst.aws.Function(componentName(name.replace(/^functions\//, "").replace(/\.handler$/, "")), {
      handler,
      description: `firstreply ${name}`,
      ...functionDefaults({ secrets: [...secrets], uses: [...uses], timeoutSeconds: httpTimeoutSeconds }),
    }),
  ]),
);

for (const { route, handler, function: name = handler } of httpRoutes) {
  const fn = built.get(name);
  if (!fn) throw new Error(`No function built for ${name}`);
  // A stable, readable route name (e.g. ApiRouteGetApiCasesId) instead of a hash of the route key.
  api.route(route, fn.arn, { name: componentName(route) });
}
