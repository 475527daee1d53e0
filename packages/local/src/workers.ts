import { Worker } from "node:worker_threads";
import type { FunctionWorkerData } from "./function-worker.ts";
import type { Usage } from "./usage.ts";

/** How long a worker may take to finish its batch in progress when the stack stops, before it is terminated. */
const STOP_WAIT_MS = 2000;

/**
 * Starts a function's consumers or schedules in a worker thread (`function-worker.ts`) and waits until they run. A
 * worker that crashes ends the stack as a crash of the main thread would (main.ts stops everything). `stop` stops its
 * pollers and schedules, letting a batch in progress finish, and gives back the worker's usage.
 *
 * @example
 * ```ts
 * const router = await startFunctionWorker("router", { poller: { endpoint, queueUrl, queueArn, handler, batchSize: 10, timeoutSeconds: 30 } });
 * const usage = await router.stop();
 * ```
 */
export async function startFunctionWorker(name: string, data: FunctionWorkerData) {
  const worker = new Worker(new URL("./function-worker.ts", import.meta.url), { workerData: data, name });
  let stopping = false;
  await new Promise<void>((resolve, reject) => {
    const onMessage = (message: { type: string }) => {
      if (message.type !== "ready") return;
      worker.off("error", reject);
      worker.off("message", onMessage);
      resolve();
    };
    worker.on("message", onMessage);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the ${name} worker exited (${code}) before it was ready`)));
  });
  worker.on("error", (error) => {
    if (stopping) return;
    // Like an uncaught exception on the main thread: main.ts stops the whole stack.
    setImmediate(() => {
      throw new Error(`local: the ${name} worker crashed: ${error.message}`, { cause: error });
    });
  });
  return {
    /** The worker's usage so far (nothing once it has stopped). */
    usage: () =>
      new Promise<Usage | undefined>((resolve) => {
        if (stopping) return resolve(undefined);
        const onMessage = (message: { type: string; usage?: Usage }) => {
          if (message.type !== "usage") return;
          worker.off("message", onMessage);
          resolve(message.usage);
        };
        worker.on("message", onMessage);
        worker.postMessage({ type: "usage" });
      }),
    stop: async (): Promise<Usage | undefined> => {
      stopping = true;
      const stopped = new Promise<Usage | undefined>((resolve) => {
        worker.on("message", (message: { type: string; usage?: Usage }) => {
          if (message.type === "stopped") resolve(message.usage);
        });
        worker.once("exit", () => resolve(undefined));
      });
      worker.postMessage({ type: "stop" });
      // A batch stuck on a stalled table must not hold the stop (main.ts has 4.5 s for everything).
      const usage = await Promise.race([
        stopped,
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), STOP_WAIT_MS).unref()),
      ]);
      await worker.terminate();
      return usage;
    },
  };
}
