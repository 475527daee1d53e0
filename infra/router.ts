import { queueSubscribers } from "../functions/routes.ts";
import { intakeQueueDesign, timersQueueDesign } from "../packages/core/src/adapters/queue-design.ts";
import { functionDefaults } from "./functions.ts";
import { intakeQueue, timersQueue } from "./queues.ts";

const queues = {
  intake: { queue: intakeQueue, design: intakeQueueDesign },
  timers: { queue: timersQueue, design: timersQueueDesign },
} as const;

/**
 * The SQS consumers from `functions/routes.ts`: the router (queued platform events to cases) and the watchdog's timer.
 * Partial batch responses mean one bad message is retried (and eventually dead-lettered) alone instead of taking the
 * rest of its batch with it.
 */
export const consumers = queueSubscribers.map((subscriber) => {
  const { queue, design } = queues[subscriber.queue];
  return queue.subscribe(
    {
      handler: subscriber.handler,
      ...functionDefaults({
        secrets: subscriber.secrets,
        timeoutSeconds: design.consumerTimeoutSeconds,
        sendsPages: subscriber.sendsPages,
        uses: subscriber.uses,
      }),
    },
    { batch: { size: design.batchSize, partialResponses: true } },
  );
});
