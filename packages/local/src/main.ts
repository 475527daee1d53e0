import { loadConfig } from "#core/config/load.ts";
import { readRuntimeEnv } from "#core/runtime/env.ts";
import { startLocalStack } from "./stack.ts";

// stdout carries exactly one line, `ready <url>`, for whoever waits on it; everything else (handler logs included)
// goes to stderr.
const writeStdout = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

try {
  loadConfig();
} catch (error) {
  fail((error as Error).message);
}

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`PORT must be a TCP port number, not "${process.env.PORT}"`);

let stack: Awaited<ReturnType<typeof startLocalStack>>;
try {
  stack = await startLocalStack({
    port,
    dataDir: process.env.DATA_DIR || ".data",
    dynamodbPort: process.env.DYNAMODB_PORT ? Number(process.env.DYNAMODB_PORT) : undefined,
    sqsPort: process.env.SQS_PORT ? Number(process.env.SQS_PORT) : undefined,
    sweepSeconds: process.env.LOCAL_SWEEP_SECONDS ? Number(process.env.LOCAL_SWEEP_SECONDS) : undefined,
    visibilityTimeoutSeconds: process.env.LOCAL_VISIBILITY_TIMEOUT_SECONDS
      ? Number(process.env.LOCAL_VISIBILITY_TIMEOUT_SECONDS)
      : undefined,
  });
} catch (error) {
  fail(`The local stack could not start: ${(error as Error).message}`);
  throw error;
}

const env = readRuntimeEnv();
if (!env.RESPONDER_API_TOKEN) console.error("note: RESPONDER_API_TOKEN is unset, so every /api route answers 401");
if (!env.META_APP_SECRET) console.error("note: META_APP_SECRET is unset, so /webhooks/meta answers 404");
if (env.META_APP_SECRET && !env.META_PAGE_ACCESS_TOKEN) {
  console.error("note: META_PAGE_ACCESS_TOKEN is unset, so cases are made but nothing is replied on Facebook");
}
writeStdout(`ready ${stack.url}\n`);

// One way out, whatever the reason: stop the emulators this process started (a crash that skipped this would leave
// DynamoDB Local running and holding the data files), then exit, within the 5 s the contract promises.
let stopping = false;
const stop = async (reason: string, code: number, error?: unknown) => {
  if (stopping) return;
  stopping = true;
  if (error) console.error(`local: ${reason}, stopping`, error);
  else console.error(`local: ${reason}, stopping`);
  setTimeout(() => process.exit(code), 4500).unref();
  try {
    await stack.stop();
  } catch (failure) {
    console.error("local: could not stop everything cleanly", failure);
  }
  process.exit(code);
};
process.on("SIGINT", () => void stop("SIGINT", 0));
process.on("SIGTERM", () => void stop("SIGTERM", 0));
// Node's default for these is to exit at once, which would orphan the emulators.
process.on("uncaughtException", (error) => void stop("uncaught exception", 1, error));
process.on("unhandledRejection", (error) => void stop("unhandled promise rejection", 1, error));
