import { z } from "zod";
import { InvalidRequest } from "#core/http/errors.ts";
import { httpHandler, json } from "#core/http/middleware.ts";
import { validate } from "#core/http/validate.ts";
import { pages } from "#core/runtime/api-pages.ts";
import { operatorAuth } from "./auth.ts";

const DAY_MS = 86_400_000;
const MAX_WINDOW_DAYS = 92;

const querySchema = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

/**
 * `GET /api/metrics?from=&to=`: response rates (any human response, and within target), median and p90 time to
 * acknowledgement and to first human response, breaches and pages, overall, per queue and per platform. The window
 * defaults to the last 7 days and may span up to 92.
 */
export const handler = httpHandler(async (event) => {
  const query = validate(querySchema, event.queryStringParameters ?? {}, "query");
  const to = query.to ? new Date(query.to) : new Date();
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 7 * DAY_MS);
  if (from >= to) throw new InvalidRequest("Invalid query: from must be before to");
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS) {
    throw new InvalidRequest(`Invalid query: the window may span at most ${MAX_WINDOW_DAYS} days`);
  }
  return json(200, await pages().metrics(from, to));
}, operatorAuth());
