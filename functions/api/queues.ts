import { httpHandler, json } from "#core/http/middleware.ts";
import { container } from "#core/runtime/container.ts";
import { operatorAuth } from "./auth.ts";

/** `GET /api/queues`: each team queue's backlog of cases waiting for a human response. */
export const handler = httpHandler(async () => json(200, await container().cases.queues()), operatorAuth());
