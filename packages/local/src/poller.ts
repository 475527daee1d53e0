import { DeleteMessageBatchCommand, type Message, ReceiveMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { loadHandler } from "./handlers.ts";
import { lambdaContext } from "./lambda-context.ts";
import { localRegion } from "./provision.ts";
import { recordEmptyReceive, recordInvocation } from "./usage.ts";

type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>;

export interface PollerOptions {
  endpoint: string;
  queueUrl: string;
  queueArn: string;
  handler: string;
  batchSize: number;
  timeoutSeconds: number;
  /**
   * Batches in flight at once when the queue is quiet: Lambda's event source mapping starts with five. While every
   * poller is busy with a batch and messages keep coming, another is added, up to `maxConcurrency` (Lambda adds up to
   * 300 a minute, to the function's limit); an added one stops after a receive that finds nothing.
   */
  concurrency?: number;
  maxConcurrency?: number;
  onError?: (message: string, error: unknown) => void;
}

const toRecord = (message: Message, queueArn: string): SQSRecord => ({
  messageId: message.MessageId ?? "",
  receiptHandle: message.ReceiptHandle ?? "",
  body: message.Body ?? "",
  attributes: {
    ApproximateReceiveCount: message.Attributes?.ApproximateReceiveCount ?? "1",
    SentTimestamp: message.Attributes?.SentTimestamp ?? String(Date.now()),
    SenderId: message.Attributes?.SenderId ?? "local",
    ApproximateFirstReceiveTimestamp: message.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
  },
  messageAttributes: {},
  md5OfBody: message.MD5OfBody ?? "",
  eventSource: "aws:sqs",
  eventSourceARN: queueArn,
  awsRegion: localRegion,
});

/**
 * Feeds SQS batches to an SQS handler the way Lambda's event source mapping does: long polling, batches of up to
 * `batchSize`, deleting what succeeded and leaving reported partial batch failures (or a whole batch whose invocation
 * threw) on the queue, to come back after the queue's visibility timeout; after `maxReceiveCount` receives the
 * queue's redrive policy moves them to the DLQ.
 *
 * @example
 * ```ts
 * const poller = await startPoller({ endpoint, queueUrl, queueArn, handler: "functions/router/route.handler",
 *   batchSize: 10, timeoutSeconds: 30 });
 * await poller.stop();
 * ```
 */
export async function startPoller(options: PollerOptions) {
  const handler = await loadHandler<SqsHandler>(options.handler);
  const sqs = new SQSClient({
    endpoint: options.endpoint,
    region: localRegion,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const report = options.onError ?? ((message, error) => console.error(message, error));
  let running = true;

  const settle = async (messages: Message[], failed: Set<string>) => {
    const done = messages.filter((m) => !failed.has(m.MessageId ?? ""));
    if (done.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: options.queueUrl,
          Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
        }),
      );
    }
    // Failed messages are left in flight, as Lambda's event source mapping does: they come back once the queue's
    // visibility timeout has passed, and after maxReceiveCount receives the redrive policy moves them to the DLQ.
  };

  const least = options.concurrency ?? 5;
  const most = Math.max(least, options.maxConcurrency ?? least * 2);
  const loops = new Set<Promise<void>>();
  let active = 0;
  let busy = 0;
  const addLoop = () => {
    active += 1;
    const task = loop().finally(() => loops.delete(task));
    loops.add(task);
  };

  const loop = async () => {
    while (running) {
      let messages: Message[] = [];
      try {
        const received = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: options.queueUrl,
            MaxNumberOfMessages: options.batchSize,
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ["All"],
          }),
        );
        messages = received.Messages ?? [];
      } catch (error) {
        if (!running) break;
        report("local poller: receive failed", error);
        await new Promise((resolve) => setTimeout(resolve, 500));
        continue;
      }
      if (messages.length === 0) {
        recordEmptyReceive();
        if (active > least) {
          active -= 1;
          return;
        }
        continue;
      }
      busy += 1;
      if (busy === active && active < most) addLoop();
      let failed: Set<string>;
      try {
        const event: SQSEvent = { Records: messages.map((m) => toRecord(m, options.queueArn)) };
        // Lambda ends an invocation at its timeout and the batch comes back: so does the local stack (the handler may
        // run on here, as a Lambda's would not, but its messages are treated as failed).
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`timed out after ${options.timeoutSeconds} s`)),
            options.timeoutSeconds * 1000,
          );
        });
        const started = performance.now();
        const result = await Promise.race([
          handler(event, lambdaContext(options.handler, options.timeoutSeconds)),
          timedOut,
        ]).finally(() => {
          clearTimeout(timer);
          recordInvocation(options.handler, performance.now() - started);
        });
        failed = new Set((result?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      } catch (error) {
        report("local poller: the invocation failed; the whole batch will be retried", error);
        failed = new Set(messages.map((m) => m.MessageId ?? ""));
      }
      try {
        await settle(messages, failed);
      } catch (error) {
        report("local poller: could not settle a batch; it will be redelivered", error);
      }
      busy -= 1;
    }
  };

  for (let i = 0; i < least; i += 1) addLoop();
  return {
    stop: async () => {
      running = false;
      while (loops.size > 0) await Promise.all([...loops]);
      sqs.destroy();
    },
  };
}
