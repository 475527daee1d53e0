import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from "@aws-sdk/client-sqs";
import { intakeQueueDesign } from "#core/adapters/queue-design.ts";
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
        Projection: { ProjectionType: "ALL" },
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

/**
 * Creates the intake queue and its DLQ (redrive after `maxReceiveCount`), or finds them; returns both URLs.
 *
 * @example
 * ```ts
 * const { intakeUrl, deadLetterUrl } = await provisionQueues("http://127.0.0.1:4566", "local", 30);
 * ```
 */
export async function provisionQueues(endpoint: string, prefix: string, visibilityTimeoutSeconds: number) {
  // fauxqs names queues sqs.<region>.localhost, which needs DNS help; the same queue answers at its path on our endpoint.
  const onEndpoint = (url: string | undefined) => `${endpoint}${new URL(url ?? "").pathname}`;
  const sqs = new SQSClient({ endpoint, region: localRegion, credentials: localCredentials });
  const dlq = await sqs.send(
    new CreateQueueCommand({
      QueueName: `${prefix}-${intakeQueueDesign.deadLetterName}`,
      Attributes: { MessageRetentionPeriod: String(intakeQueueDesign.deadLetterRetentionSeconds) },
    }),
  );
  const deadLetterUrl = onEndpoint(dlq.QueueUrl);
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: deadLetterUrl, AttributeNames: ["QueueArn"] }),
  );
  const intake = await sqs.send(
    new CreateQueueCommand({
      QueueName: `${prefix}-${intakeQueueDesign.name}`,
      Attributes: {
        VisibilityTimeout: String(visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: Attributes?.QueueArn,
          maxReceiveCount: intakeQueueDesign.maxReceiveCount,
        }),
      },
    }),
  );
  const intakeUrl = onEndpoint(intake.QueueUrl);
  const intakeAttributes = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: intakeUrl, AttributeNames: ["QueueArn"] }),
  );
  sqs.destroy();
  return { intakeUrl, intakeArn: intakeAttributes.Attributes?.QueueArn ?? "", deadLetterUrl };
}
