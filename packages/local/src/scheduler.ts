import type { ScheduledEvent } from "aws-lambda";
import { loadHandler } from "./handlers.ts";
import { lambdaContext } from "./lambda-context.ts";
import { recordInvocation } from "./usage.ts";

type ScheduledHandler = (event: ScheduledEvent, context: ReturnType<typeof lambdaContext>) => Promise<unknown>;

/**
 * Runs a scheduled handler every `everySeconds`, with the EventBridge event it gets in AWS. A run never overlaps the
 * previous one, as a slow sweep must not pile up.
 *
 * @example
 * ```ts
 * const sweep = await startSchedule("functions/watchdog/sweep.handler", 2, console.error);
 * await sweep.stop();
 * ```
 */
export async function startSchedule(spec: string, everySeconds: number, log: (line: string) => void) {
  const handler = await loadHandler<ScheduledHandler>(spec);
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = (async () => {
      const now = new Date();
      const event: ScheduledEvent = {
        version: "0",
        id: crypto.randomUUID(),
        "detail-type": "Scheduled Event",
        source: "aws.events",
        account: "000000000000",
        time: now.toISOString(),
        region: "us-east-1",
        resources: [`arn:aws:events:us-east-1:000000000000:rule/${spec}`],
        detail: {},
      };
      const started = performance.now();
      try {
        await handler(event, lambdaContext(spec, 60));
      } catch (error) {
        log(`local schedule ${spec} failed: ${(error as Error).message}`);
      } finally {
        recordInvocation(spec, performance.now() - started);
      }
    })();
  };
  const timer = setInterval(() => {
    if (!stopped) void running.then(tick);
  }, everySeconds * 1000);
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
