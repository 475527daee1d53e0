import {
  DeleteMessageCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";

/** A queue with its dead-letter queue, by the name operators use (`intake`, `timers`). */
export interface DeadLetterQueue {
  name: string;
  /** Where its messages go back to. */
  queueUrl: string;
  deadLetterUrl: string;
}

export interface DeadLetter {
  queue: string;
  messageId: string;
  /** How many times it was delivered before it landed here (and looked at since). */
  receivedCount: number;
  firstReceivedAt: string | null;
  body: string;
}

/** The most messages a look or a redrive reads per queue: a DLQ larger than this is a fire, not a list. */
const MAX_PER_QUEUE = 500;
/** A look leaves the messages visible (a redrive right after must see them); reads stop after this many bring nothing new. */
const LOOK_ROUNDS_WITHOUT_NEWS = 3;

/**
 * The dead-letter queues, to see what failed for good and send it back once the cause is fixed. Processing is
 * idempotent, so a message sent back twice (a crash between sending it and deleting it here) changes nothing.
 *
 * @example
 * ```ts
 * const dlq = new SqsDeadLetters([{ name: "intake", queueUrl, deadLetterUrl }]);
 * await dlq.list(); await dlq.redrive({ queue: "intake" });
 * ```
 */
export class SqsDeadLetters {
  readonly #queues: readonly DeadLetterQueue[];
  readonly #sqs: SQSClient;

  constructor(queues: readonly DeadLetterQueue[], client?: SQSClient) {
    this.#queues = queues;
    this.#sqs =
      client ??
      new SQSClient({
        maxAttempts: 2,
        requestHandler: { requestTimeout: 5000, connectionTimeout: 1000, throwOnRequestTimeout: true },
      });
  }

  /** What sits in each dead-letter queue (or in one), oldest first. */
  async list(only?: string): Promise<DeadLetter[]> {
    const found: DeadLetter[] = [];
    for (const queue of this.#select(only)) {
      const messages = await this.#read(queue, 0);
      found.push(
        ...messages.map((message) => ({
          queue: queue.name,
          messageId: message.MessageId ?? "",
          receivedCount: Number(message.Attributes?.ApproximateReceiveCount ?? 0),
          firstReceivedAt: epochToIso(message.Attributes?.ApproximateFirstReceiveTimestamp),
          body: message.Body ?? "",
        })),
      );
    }
    return found.sort((a, b) => (a.firstReceivedAt ?? "").localeCompare(b.firstReceivedAt ?? ""));
  }

  /**
   * Sends messages back to their source queue and deletes them here: all of them, or those of one queue, or those
   * with the ids given.
   *
   * @returns how many moved.
   */
  async redrive(options: { queue?: string; messageIds?: readonly string[] } = {}): Promise<{ moved: number }> {
    const wanted = options.messageIds ? new Set(options.messageIds) : undefined;
    let moved = 0;
    for (const queue of this.#select(options.queue)) {
      // Hidden long enough to send each one on and delete it.
      for (const message of await this.#read(queue, 30)) {
        if (wanted && !wanted.has(message.MessageId ?? "")) continue;
        await this.#sqs.send(new SendMessageCommand({ QueueUrl: queue.queueUrl, MessageBody: message.Body ?? "" }));
        await this.#sqs.send(
          new DeleteMessageCommand({ QueueUrl: queue.deadLetterUrl, ReceiptHandle: message.ReceiptHandle }),
        );
        moved += 1;
      }
    }
    return { moved };
  }

  #select(only?: string): readonly DeadLetterQueue[] {
    return only ? this.#queues.filter((queue) => queue.name === only) : this.#queues;
  }

  /** Reads up to MAX_PER_QUEUE messages, hiding them `hideSeconds` (0: a look that leaves them visible). */
  async #read(queue: DeadLetterQueue, hideSeconds: number): Promise<Message[]> {
    const seen = new Map<string, Message>();
    let roundsWithoutNews = 0;
    while (seen.size < MAX_PER_QUEUE && roundsWithoutNews < (hideSeconds === 0 ? LOOK_ROUNDS_WITHOUT_NEWS : 1)) {
      const { Messages = [] } = await this.#sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queue.deadLetterUrl,
          MaxNumberOfMessages: 10,
          VisibilityTimeout: hideSeconds,
          WaitTimeSeconds: 0,
          MessageSystemAttributeNames: ["All"],
        }),
      );
      const fresh = Messages.filter((m) => m.MessageId && !seen.has(m.MessageId));
      roundsWithoutNews = fresh.length === 0 ? roundsWithoutNews + 1 : 0;
      for (const message of fresh) seen.set(message.MessageId as string, message);
    }
    return [...seen.values()];
  }
}

const epochToIso = (millis: string | undefined): string | null =>
  millis && /^\d+$/.test(millis) ? new Date(Number(millis)).toISOString() : null;
