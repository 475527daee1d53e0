import { consoleResponse } from "#console/serve.ts";
import { httpHandler } from "#core/http/middleware.ts";

/**
 * `GET /` and `GET /console/{asset}`: the on-call console, a static page and its script and style, served from the
 * API's own origin so it calls `/api` with no CORS and loads nothing from any other host. It reads no secret, table or
 * queue: signing in is the API's token check, from the browser.
 */
export const handler = httpHandler(async (event) => consoleResponse(event.rawPath));
