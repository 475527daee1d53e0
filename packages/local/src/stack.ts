import { resolve } from "node:path";
import { intakeQueueDesign, timersQueueDesign } from "#core/adapters/queue-design.ts";
import { readRuntimeEnv } from "#core/runtime/env.ts";
import { queueSubscribers, schedules } from "#functions/routes.ts";
import { dynamoMarker, startDynamoDbLocal } from "./dynamodb.ts";
import { startHttpFront } from "./http-front.ts";
import { freePort, PidFile } from "./processes.ts";
import { localRegion, provisionQueue, provisionTable } from "./provision.ts";
import { sqsMarker, startSqsEmulator } from "./sqs.ts";
import { addUsage, meterCalls, type Usage, usageOfThisThread } from "./usage.ts";
import { startFunctionWorker } from "./workers.ts";

const emptyUsage: Usage = { calls: {}, invocations: {}, dynamodb: { readUnits: 0, writeUnits: 0 } };

export interface LocalStackOptions {
  /** HTTP port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Where DynamoDB Local and the SQS emulator keep their data. */
  dataDir: string;
  dynamodbPort?: number;
  sqsPort?: number;
  log?: (line: string) => void;
  /** How long a failed message waits before it is retried (the queues' visibility timeout). */
  visibilityTimeoutSeconds?: number;
  /** How often the watchdog's sweep runs (every minute in AWS). */
  sweepSeconds?: number;
}

const TABLE = "firstreply-local";
const QUEUE_PREFIX = "firstreply-local";
/**
 * Locally a failed message comes back after this, not after AWS's 3 minutes, so a laptop sees retries and the DLQ
 * soon. Handlers here are never cut off by a timeout, so a shorter one only risks a harmless duplicate delivery.
 */
const LOCAL_VISIBILITY_TIMEOUT_SECONDS = 10;
const LOCAL_DYNAMODB_TIMEOUT_MS = 10_000;
/** The sweep catches what timers missed; locally it runs often, so a laptop shows pages and retries promptly. */
const LOCAL_SWEEP_SECONDS = 2;

/**
 * Starts the whole local stack: DynamoDB Local and the SQS emulator as child processes (data under `dataDir`), the
 * table and queues (idempotently), the SQS poller feeding the router, and the HTTP front. The handlers find their
 * resources through the same environment variables SST sets in AWS, plus the SDK's per-service endpoint variables.
 *
 * @example
 * ```ts
 * const stack = await startLocalStack({ port: 3000, dataDir: ".data" });
 * console.log(stack.url);
 * await stack.stop();
 * ```
 */
export async function startLocalStack(options: LocalStackOptions) {
  const log = options.log ?? ((line: string) => console.error(line));
  const dataDir = resolve(options.dataDir);
  const pids = new PidFile(dataDir);
  await pids.reapLeftovers();

  const [dynamoPort, sqsPort] = await Promise.all([options.dynamodbPort ?? freePort(), options.sqsPort ?? freePort()]);
  log(`local: starting DynamoDB Local and the SQS emulator, data in ${dataDir}`);
  meterCalls();
  /** The emulators, stopped last: the functions' last calls still reach them. */
  const emulators: { stop: () => Promise<void> }[] = [];
  const started: { stop: () => Promise<void> }[] = [];
  const usage: Usage[] = [];
  const workers: Awaited<ReturnType<typeof startFunctionWorker>>[] = [];
  let reported = false;
  const stopAll = async () => {
    await Promise.allSettled(started.splice(0).map((part) => part.stop()));
    await Promise.allSettled(emulators.splice(0).map((part) => part.stop()));
    if (reported) return;
    reported = true;
    // What this run would have been billed for on AWS (see usage.ts); `npm run bench` reads this line.
    log(`local: usage ${JSON.stringify(addUsage([usageOfThisThread(), ...usage]))}`);
  };
  try {
    const [dynamo, sqs] = await Promise.all([
      startDynamoDbLocal({
        dataDir: resolve(dataDir, "dynamodb"),
        port: dynamoPort,
        onSpawn: (pid) => pids.record({ pid, marker: dynamoMarker }),
      }).then((d) => {
        emulators.push(d);
        return d;
      }),
      startSqsEmulator({
        dataDir: resolve(dataDir, "sqs"),
        port: sqsPort,
        onSpawn: (pid) => pids.record({ pid, marker: sqsMarker }),
      }).then((s) => {
        emulators.push(s);
        return s;
      }),
    ]);
    log(`local: DynamoDB Local at ${dynamo.endpoint}, SQS emulator at ${sqs.endpoint}`);

    const visibility = options.visibilityTimeoutSeconds ?? LOCAL_VISIBILITY_TIMEOUT_SECONDS;
    const [, intake, timersQueue] = await Promise.all([
      provisionTable(dynamo.endpoint, TABLE),
      provisionQueue(sqs.endpoint, QUEUE_PREFIX, intakeQueueDesign, visibility),
      provisionQueue(sqs.endpoint, QUEUE_PREFIX, timersQueueDesign, visibility),
    ]);
    // DynamoDB answers in milliseconds; DynamoDB Local under a burst, in seconds. The 3 s timeout meant for a stalled
    // table would fail writes that are only queued (a test of a stalled table sets its own).
    process.env.DYNAMODB_REQUEST_TIMEOUT_MS ??= String(LOCAL_DYNAMODB_TIMEOUT_MS);
    Object.assign(process.env, {
      FIRSTREPLY_TABLE: TABLE,
      INTAKE_QUEUE_URL: intake.url,
      INTAKE_DLQ_URL: intake.deadLetterUrl,
      TIMERS_QUEUE_URL: timersQueue.url,
      TIMERS_DLQ_URL: timersQueue.deadLetterUrl,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_SQS: sqs.endpoint,
      AWS_REGION: localRegion,
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
    });

    const designs = { intake: intakeQueueDesign, timers: timersQueueDesign } as const;
    const provisioned = { intake, timers: timersQueue } as const;
    // Each function in its own thread, as each Lambda has its own environment; the HTTP front keeps the main one.
    for (const subscriber of queueSubscribers) {
      const design = designs[subscriber.queue];
      const worker = await startFunctionWorker(subscriber.handler, {
        poller: {
          endpoint: sqs.endpoint,
          queueUrl: provisioned[subscriber.queue].url,
          queueArn: provisioned[subscriber.queue].arn,
          handler: subscriber.handler,
          batchSize: design.batchSize,
          timeoutSeconds: design.consumerTimeoutSeconds,
          // Five batches at once, as Lambda's event source mapping starts. The timers' batches mostly wait for their
          // instant, so more are added while every one is busy; the router's are not: here they would only queue
          // more requests at DynamoDB Local, which takes a few hundred writes a second whatever the concurrency.
          concurrency: 5,
          maxConcurrency: subscriber.queue === "timers" ? 10 : 5,
        },
      });
      workers.push(worker);
      started.push({ stop: async () => void usage.push((await worker.stop()) ?? emptyUsage) });
    }
    if (schedules.length > 0) {
      const worker = await startFunctionWorker("schedules", {
        schedules: {
          handlers: schedules.map((schedule) => schedule.handler),
          everySeconds: options.sweepSeconds ?? LOCAL_SWEEP_SECONDS,
        },
      });
      workers.push(worker);
      started.push({ stop: async () => void usage.push((await worker.stop()) ?? emptyUsage) });
    }
    // A bad environment shows here, not at the first webhook.
    readRuntimeEnv();
    const front = await startHttpFront(options.port);
    started.push(front);
    return {
      url: front.url,
      queues: { intake, timers: timersQueue },
      dynamoEndpoint: dynamo.endpoint,
      sqsEndpoint: sqs.endpoint,
      /** What the run so far would be billed for on AWS, over every thread (see usage.ts). */
      usage: async () =>
        addUsage([
          usageOfThisThread(),
          ...(await Promise.all(workers.map((w) => w.usage()))).map((u) => u ?? emptyUsage),
        ]),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
