import { queueSubscribers } from "../functions/routes.ts";
import { intakeQueueDesign } from "../packages/core/src/adapters/queue-design.ts";
import { functionDefaults } from "./functions.ts";
import { intakeQueue } from "./queues.ts";

const subscriber = queueSubscribers.find(({ queue }) => queue === intakeQueueDesign.name);
if (!subscriber) {
  throw new Error(`functions/routes.ts has no subscriber for the "${intakeQueueDesign.name}" queue.`);
}

/**
 * The router: turns queued platform events into cases. Partial batch responses mean one bad message is retried (and
 * eventually dead-lettered) alone instead of taking the rest of its batch with it.
 */
export const router = intakeQueue.subscribe(
  {
    handler: subscriber.handler,
    ...functionDefaults({ secrets: subscriber.secrets, timeoutSeconds: intakeQueueDesign.consumerTimeoutSeconds }),
  },
  { batch: { size: intakeQueueDesign.batchSize, partialResponses: true } },
);
