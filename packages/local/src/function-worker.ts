// One worker thread of the local stack: the SQS consumers and schedules of one function, each thread with its own
// module instances and event loop, as each Lambda has its own environment. The HTTP front stays on the main thread,
// so a router busy with a burst does not hold up the answers to the webhooks that make the burst.
import { parentPort, workerData } from "node:worker_threads";
import { type PollerOptions, startPoller } from "./poller.ts";
import { startSchedule } from "./scheduler.ts";
import { meterCalls, usageOfThisThread } from "./usage.ts";

export interface FunctionWorkerData {
  poller?: Omit<PollerOptions, "onError">;
  schedules?: { handlers: string[]; everySeconds: number };
}

// stdout carries only the stack's `ready` line (main.ts): whatever a function prints goes to stderr.
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
meterCalls();

const data = workerData as FunctionWorkerData;
const log = (line: string) => console.error(line);
const parts: { stop: () => Promise<void> }[] = [];
if (data.poller) {
  parts.push(
    await startPoller({
      ...data.poller,
      onError: (message, error) => log(`${message}: ${(error as Error)?.message ?? error}`),
    }),
  );
}
for (const handler of data.schedules?.handlers ?? []) {
  parts.push(await startSchedule(handler, data.schedules?.everySeconds ?? 60, log));
}
parentPort?.on("message", async (message: { type: string }) => {
  if (message.type === "usage") parentPort?.postMessage({ type: "usage", usage: usageOfThisThread() });
  if (message.type !== "stop") return;
  await Promise.allSettled(parts.map((part) => part.stop()));
  parentPort?.postMessage({ type: "stopped", usage: usageOfThisThread() });
  parentPort?.close();
});
parentPort?.postMessage({ type: "ready" });
