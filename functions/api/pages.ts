import { z } from "zod";
import { RouteNotFound } from "#core/http/errors.ts";
import { httpHandler, json, jsonBody } from "#core/http/middleware.ts";
import { validate } from "#core/http/validate.ts";
import { pages } from "#core/runtime/api-pages.ts";
import { operatorAuth } from "./auth.ts";

const listQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().min(1).optional(),
  })
  .strict();

const ackSchema = z.object({ responder: z.string().trim().min(1, "must name who acknowledges").max(200) }).strict();

/** `/api/pages`, `/api/pages/{id}`, `/api/pages/{id}/ack`. */
export const handler = httpHandler(async (event) => {
  const watchdog = pages();
  const id = event.pathParameters?.id ?? "";
  switch (event.routeKey) {
    case "GET /api/pages":
      return json(200, await watchdog.list(validate(listQuerySchema, event.queryStringParameters ?? {}, "query")));
    case "GET /api/pages/{id}":
      return json(200, await watchdog.get(id));
    case "POST /api/pages/{id}/ack":
      return json(200, await watchdog.acknowledge(id, validate(ackSchema, jsonBody(event), "body").responder));
    default:
      throw new RouteNotFound(`No route ${event.routeKey}`);
  }
}, operatorAuth());
