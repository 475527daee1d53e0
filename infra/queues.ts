import { intakeQueueDesign, timersQueueDesign } from "../packages/core/src/adapters/queue-design.ts";
import { componentName } from "./naming.ts";

type Design = typeof intakeQueueDesign | typeof timersQueueDesign;

/** A queue and the DLQ its messages go to after `maxReceiveCount` failed deliveries; `alarms.ts` watches the DLQ. */
function queueWithDeadLetters(design: Design) {
  const deadLetters = new sst.aws.Queue(componentName(design.deadLetterName), {
    // The Queue component has no retention argument, so it is set on the underlying aws.sqs.Queue.
    transform: { queue: { messageRetentionSeconds: design.deadLetterRetentionSeconds } },
  });
  const queue = new sst.aws.Queue(componentName(design.name), {
    visibilityTimeout: `${design.visibilityTimeoutSeconds} seconds`,
    dlq: { queue: deadLetters.arn, retry: design.maxReceiveCount },
  });
  return { queue, deadLetters };
}

const intake = queueWithDeadLetters(intakeQueueDesign);
const timers = queueWithDeadLetters(timersQueueDesign);

/** Webhooks put verified platform events here before answering; the router turns them into cases. */
export const intakeQueue = intake.queue;
export const intakeDeadLetterQueue = intake.deadLetters;
/** The watchdog's timers: delayed "look at this queue at this time" messages. */
export const timersQueue = timers.queue;
export const timersDeadLetterQueue = timers.deadLetters;
