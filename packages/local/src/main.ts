import { checkCredentials } from "#core/config/credentials.ts";
import { loadConfig } from "#core/config/load.ts";
import { readRuntimeEnv } from "#core/runtime/env.ts";
import { killTrackedChildren, stopTrackedChildren } from "./processes.ts";
import { startLocalStack } from "./stack.ts";

/** The contract's bound: from the signal to the last process gone. */
const STOP_WITHIN_MS = 4500;
/** How long the stack's own parts (pollers, schedules, the HTTP front) may take before the emulators are stopped. */
const STACK_STOP_MS = 2500;
/** How often to check that the process that started this one (npm, a supervisor, a test) is still there. */
const PARENT_CHECK_MS = 500;

/**
 * `npm start`: the local stack, with one way out whatever the reason (SIGINT, SIGTERM, a crash, the parent gone), at
 * any moment, start-up included. Every child process is stopped before this one exits: a stop during start-up stops
 * the emulators already spawned without waiting for them to answer.
 *
 * @param takeOverSignals installs the handler SIGINT and SIGTERM call from now on (start.mjs installed its own
 *   handlers before anything else, so no signal finds none).
 */
export async function main(takeOverSignals: (handler: (signal: NodeJS.Signals) => void) => void): Promise<void> {
  // stdout carries exactly one line, `ready <url>`, for whoever waits on it; everything else (handler logs included)
  // goes to stderr.
  const writeStdout = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

  let stack: Awaited<ReturnType<typeof startLocalStack>> | undefined;
  let stopping = false;
  const stop = async (reason: string, code: number, error?: unknown) => {
    if (stopping) return;
    stopping = true;
    if (error) console.error(`local: ${reason}, stopping`, error);
    else console.error(`local: ${reason}, stopping`);
    setTimeout(() => {
      killTrackedChildren();
      process.exit(code);
    }, STOP_WITHIN_MS).unref();
    try {
      if (stack) await Promise.race([stack.stop(), new Promise((r) => setTimeout(r, STACK_STOP_MS).unref())]);
      await stopTrackedChildren(1500);
    } catch (failure) {
      console.error("local: could not stop everything cleanly", failure);
      killTrackedChildren();
    }
    process.exit(code);
  };
  takeOverSignals((signal) => void stop(signal, 0));
  // Node's default for these is to exit at once, which would orphan the emulators.
  process.on("uncaughtException", (error) => void stop("uncaught exception", 1, error));
  process.on("unhandledRejection", (error) => void stop("unhandled promise rejection", 1, error));
  // A parent that dies (npm killed hard, a supervisor gone) leaves this process to init: stop rather than serve on.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop(`the parent process ${parent} is gone`, 0);
  }, PARENT_CHECK_MS).unref();

  const fail = (message: string) => {
    console.error(message);
    return stop("start-up failed", 1);
  };

  try {
    checkCredentials(loadConfig(), process.env);
  } catch (error) {
    return fail((error as Error).message);
  }

  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return fail(`PORT must be a TCP port number, not "${process.env.PORT}"`);
  }

  try {
    const started = await startLocalStack({
      port,
      dataDir: process.env.DATA_DIR || ".data",
      dynamodbPort: process.env.DYNAMODB_PORT ? Number(process.env.DYNAMODB_PORT) : undefined,
      sqsPort: process.env.SQS_PORT ? Number(process.env.SQS_PORT) : undefined,
      sweepSeconds: process.env.LOCAL_SWEEP_SECONDS ? Number(process.env.LOCAL_SWEEP_SECONDS) : undefined,
      visibilityTimeoutSeconds: process.env.LOCAL_VISIBILITY_TIMEOUT_SECONDS
        ? Number(process.env.LOCAL_VISIBILITY_TIMEOUT_SECONDS)
        : undefined,
    });
    if (stopping) {
      // A signal came while the stack was starting: the stop already ended its processes; end the rest.
      await started.stop();
      return;
    }
    stack = started;
  } catch (error) {
    if (stopping) return; // start-up failing because its emulators were stopped under it
    return fail(`The local stack could not start: ${(error as Error).message}`);
  }

  const env = readRuntimeEnv();
  if (!env.RESPONDER_API_TOKEN) console.error("note: RESPONDER_API_TOKEN is unset, so every /api route answers 401");
  if (!env.META_APP_SECRET) console.error("note: META_APP_SECRET is unset, so /webhooks/meta answers 404");
  if (env.META_APP_SECRET && !env.META_PAGE_ACCESS_TOKEN) {
    console.error("note: META_PAGE_ACCESS_TOKEN is unset, so cases are made but nothing is replied on Facebook");
  }
  // `kill -USR2 <pid>` prints what the run so far would be billed for on AWS (`npm run bench` uses it).
  const running = stack;
  process.on("SIGUSR2", () => {
    void running.usage().then((usage) => console.error(`local: usage ${JSON.stringify(usage)}`));
  });
  writeStdout(`ready ${stack.url}\n`);
}
