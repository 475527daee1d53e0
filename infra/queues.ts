import { intakeQueueDesign } from "../packages/core/src/adapters/queue-design.ts";
import { componentName } from "./naming.ts";

/** Where intake messages go after `maxReceiveCount` failed deliveries; `alarms.ts` pages on anything in it. */
export const intakeDeadLetterQueue = new sst.aws.Queue(componentName(intakeQueueDesign.deadLetterName), {
  // The Queue component has no retention argument, so it is set on the underlying aws.sqs.Queue.
  transform: { queue: { messageRetentionSeconds: intakeQueueDesign.deadLetterRetentionSeconds } },
});

/** Webhooks put verified platform events here before answering; the router (`router.ts`) turns them into cases. */
export const intakeQueue = new sst.aws.Queue(componentName(intakeQueueDesign.name), {
  visibilityTimeout: `${intakeQueueDesign.visibilityTimeoutSeconds} seconds`,
  dlq: { queue: intakeDeadLetterQueue.arn, retry: intakeQueueDesign.maxReceiveCount },
});
