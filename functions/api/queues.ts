import { httpHandler, json } from "#core/http/middleware.ts";
import { api } from "#core/runtime/api.ts";
import { operatorAuth } from "./auth.ts";

/** `GET /api/queues`: each team queue's backlog of cases waiting for a human response, and its open page. */
export const handler = httpHandler(async () => {
  const { cases, watchdog } = api();
  const { items } = await cases.queues();
  const withPaging = await Promise.all(
    items.map(async (queue) => {
      const page = await watchdog.current(queue.id);
      return {
        ...queue,
        paging: page
          ? {
              pageId: page.id,
              status: page.status,
              level: page.level,
              responder: page.responder,
              triggeredAt: page.triggeredAt,
            }
          : null,
      };
    }),
  );
  return json(200, { items: withPaging });
}, operatorAuth());
