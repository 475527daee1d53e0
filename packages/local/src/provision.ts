import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  QueueDoesNotExist,
  SetQueueAttributesCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { keyAttributes, tableDesign } from "#core/adapters/table-design.ts";

const localCredentials = { accessKeyId: "local", secretAccessKey: "local" };
export const localRegion = "us-east-1";

/**
 * Creates the table (with every index and TTL) unless it exists: the same design SST deploys.
 *
 * @example
 * ```ts
 * await provisionTable("http://127.0.0.1:8000", "firstreply-local");
 * ```
 */
export async function provisionTable(endpoint: string, tableName: string): Promise<void> {
  const db = new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials });
  try {
    await db.send(new DescribeTableCommand({ TableName: tableName }));
    db.destroy();
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await db.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: keyAttributes().map((name) => ({ AttributeName: name, AttributeType: "S" })),
      KeySchema: [
        { AttributeName: tableDesign.hashKey, KeyType: "HASH" },
        { AttributeName: tableDesign.rangeKey, KeyType: "RANGE" },
      ],
      GlobalSecondaryIndexes: Object.entries(tableDesign.indexes).map(([name, index]) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: index.hashKey, KeyType: "HASH" },
          { AttributeName: index.rangeKey, KeyType: "RANGE" },
        ],
        Projection:
          index.projection === "keys-only"
            ? { ProjectionType: "KEYS_ONLY" as const }
            : { ProjectionType: "INCLUDE" as const, NonKeyAttributes: [...index.projection] },
      })),
    }),
  );
  await db.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: tableDesign.ttlAttribute, Enabled: true },
    }),
  );
  db.destroy();
}

interface QueueDesign {
  name: string;
  deadLetterName: string;
  maxReceiveCount: number;
  deadLetterRetentionSeconds: number;
}

/**
 * Creates a queue and its DLQ (redrive after `maxReceiveCount`), or finds them and sets their attributes; returns
 * both URLs and the queue's ARN.
 *
 * @example
 * ```ts
 * const intake = await provisionQueue("http://127.0.0.1:4566", "local", intakeQueueDesign, 10);
 * ```
 */
export async function provisionQueue(
  endpoint: string,
  prefix: string,
  design: QueueDesign,
  visibilityTimeoutSeconds: number,
) {
  const sqs = new SQSClient({ endpoint, region: localRegion, credentials: localCredentials });
  // fauxqs names queues sqs.<region>.localhost, which needs DNS help; the same queue answers at its path on our endpoint.
  const onEndpoint = (url: string | undefined) => `${endpoint}${new URL(url ?? "").pathname}`;
  // Get or create, then set the attributes: CreateQueue refuses an existing queue whose attributes differ.
  const ensure = async (name: string, attributes: Record<string, string>) => {
    let url: string;
    try {
      url = onEndpoint((await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl);
    } catch (error) {
      if (!(error instanceof QueueDoesNotExist)) throw error;
      url = onEndpoint((await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }))).QueueUrl);
    }
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: attributes }));
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["QueueArn"] }),
    );
    return { url, arn: Attributes?.QueueArn ?? "" };
  };
  const dlq = await ensure(`${prefix}-${design.deadLetterName}`, {
    MessageRetentionPeriod: String(design.deadLetterRetentionSeconds),
  });
  const queue = await ensure(`${prefix}-${design.name}`, {
    VisibilityTimeout: String(visibilityTimeoutSeconds),
    RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: design.maxReceiveCount }),
  });
  sqs.destroy();
  return { url: queue.url, arn: queue.arn, deadLetterUrl: dlq.url };
}
