import { RouteNotFound } from "#core/http/errors.ts";
import { httpHandler } from "#core/http/middleware.ts";
import { operatorAuth } from "./auth.ts";

/** Any other `/api/*` path: 401 without the token (nothing is revealed), else 404. */
export const handler = httpHandler(async (event) => {
  throw new RouteNotFound(`No route ${event.requestContext.http.method} ${event.rawPath}`);
}, operatorAuth());
