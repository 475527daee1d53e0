import { z } from "zod";
import { caseStatuses } from "#core/cases/schema.ts";
import { RouteNotFound } from "#core/http/errors.ts";
import { httpHandler, json, jsonBody } from "#core/http/middleware.ts";
import { validate } from "#core/http/validate.ts";
import { api } from "#core/runtime/api.ts";
import { operatorAuth } from "./auth.ts";

const listQuerySchema = z
  .object({
    queue: z.string().min(1).optional(),
    status: z.enum(caseStatuses).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().min(1).optional(),
  })
  .strict();

const respondSchema = z
  .object({
    text: z.string().trim().min(1, "must not be empty").max(8000, "must be at most 8000 characters"),
    responder: z.string().trim().min(1, "must name who responds").max(200),
    /** Send even though the guard refused it; recorded in the history. */
    force: z.boolean().optional(),
  })
  .strict();

/** Who did it and why: for close, wait and resume. */
const closeSchema = z
  .object({ responder: z.string().trim().min(1).max(200).optional(), reason: z.string().trim().max(500).optional() })
  .strict();

/** `/api/cases`, `/api/cases/{id}`, `/api/cases/{id}/respond`, `/api/cases/{id}/close`. */
export const handler = httpHandler(async (event) => {
  const { cases } = api();
  const id = event.pathParameters?.id ?? "";
  switch (event.routeKey) {
    case "GET /api/cases":
      return json(200, await cases.list(validate(listQuerySchema, event.queryStringParameters ?? {}, "query")));
    case "GET /api/cases/{id}":
      return json(200, await cases.get(id));
    case "POST /api/cases/{id}/respond":
      return json(200, await cases.respond(id, validate(respondSchema, jsonBody(event), "body")));
    case "POST /api/cases/{id}/close":
      return json(200, await cases.close(id, validate(closeSchema, jsonBody(event), "body")));
    case "POST /api/cases/{id}/wait":
      return json(200, await cases.wait(id, validate(closeSchema, jsonBody(event), "body")));
    case "POST /api/cases/{id}/resume":
      return json(200, await cases.resume(id, validate(closeSchema, jsonBody(event), "body")));
    default:
      throw new RouteNotFound(`No route ${event.routeKey}`);
  }
}, operatorAuth());
