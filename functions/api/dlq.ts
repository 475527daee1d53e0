import { z } from "zod";
import { RouteNotFound } from "#core/http/errors.ts";
import { httpHandler, json, jsonBody } from "#core/http/middleware.ts";
import { validate } from "#core/http/validate.ts";
import { deadLetters } from "#core/runtime/api-dlq.ts";
import { maskSensitive } from "#core/triage/mask.ts";
import { operatorAuth } from "./auth.ts";

const queueName = z.enum(["intake", "timers"]);
const listQuerySchema = z.object({ queue: queueName.optional() }).strict();
const redriveSchema = z
  .object({ queue: queueName.optional(), messageIds: z.array(z.string().min(1)).min(1).max(500).optional() })
  .strict();

/**
 * `GET /api/dlq`: what landed in the intake and timers dead-letter queues (bodies masked like list views);
 * `POST /api/dlq/redrive` `{ queue?, messageIds? }`: sends them (default: all) back to their source queue.
 */
export const handler = httpHandler(async (event) => {
  switch (event.routeKey) {
    case "GET /api/dlq": {
      const { queue } = validate(listQuerySchema, event.queryStringParameters ?? {}, "query");
      const items = await deadLetters().list(queue);
      return json(200, { items: items.map((item) => ({ ...item, body: maskSensitive(item.body) })) });
    }
    case "POST /api/dlq/redrive":
      return json(200, await deadLetters().redrive(validate(redriveSchema, jsonBody(event), "body")));
    default:
      throw new RouteNotFound(`No route ${event.routeKey}`);
  }
}, operatorAuth());
