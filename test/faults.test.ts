import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type RunningStack, startStack } from "./support/local-stack.ts";
import { feedComment, postMeta, testConfig } from "./support/meta.ts";
import { startPlatformStub } from "./support/platform-stub.ts";

const SECRET = "faults-app-secret";

/** The pid of one of the stack's emulators, from its pid file. */
const pidOf = (stack: RunningStack, marker: string): number => {
  const pids = JSON.parse(readFileSync(join(stack.dataDir, "pids.json"), "utf8")) as { pid: number; marker: string }[];
  const found = pids.findLast((p) => p.marker.includes(marker));
  if (!found) throw new Error(`no ${marker} in ${stack.dataDir}/pids.json`);
  return found.pid;
};

describe("faults of the parts the product stands on", () => {
  let stack: RunningStack;
  let graph: Awaited<ReturnType<typeof startPlatformStub>>;
  const stopped: number[] = [];
  const freeze = (pid: number) => {
    process.kill(pid, "SIGSTOP");
    stopped.push(pid);
  };
  const thaw = (pid: number) => {
    process.kill(pid, "SIGCONT");
    stopped.splice(stopped.indexOf(pid), 1);
  };
  const caseOf = async (externalId: string) =>
    ((await stack.api("/api/cases?limit=100")).body.items as any[]).filter((c) => c.externalId === externalId);

  beforeAll(async () => {
    graph = await startPlatformStub();
    stack = await startStack({
      config: testConfig,
      env: {
        META_APP_SECRET: SECRET,
        META_PAGE_ACCESS_TOKEN: "t",
        META_GRAPH_URL: `${graph.url}/v23.0`,
        LOCAL_VISIBILITY_TIMEOUT_SECONDS: "1",
        DYNAMODB_REQUEST_TIMEOUT_MS: "400",
      },
    });
  });

  afterAll(async () => {
    for (const pid of stopped) process.kill(pid, "SIGCONT");
    await stack?.stop();
    await graph?.close();
  });

  it("answers 503 within seconds when the queue hangs, and the platform's retry makes one case", async () => {
    // Prepare: the SQS emulator stops answering (not gone: hanging).
    const sqs = pidOf(stack, "sqs-emulator");
    freeze(sqs);

    // Act
    const started = Date.now();
    const response = await postMeta(stack.url, feedComment("555_f1", "Where is my order? Unacceptable."), SECRET);
    const took = Date.now() - started;
    thaw(sqs);

    // Assess: within the platforms' deadline (10 s), so they retry.
    console.info(`a hanging queue: 503 after ${took} ms`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as any).error.code).toBe("queue_unavailable");
    expect(took).toBeLessThan(10_000);
    // The request given up on may still be taken by the queue once it wakes (an abandoned call cannot be taken
    // back): then the platform's retry finds the case made, and nothing happens twice.
    const retry = await postMeta(stack.url, feedComment("555_f1", "Where is my order? Unacceptable."), SECRET);
    expect(retry.status).toBe(200);
    const cases = await eventually(async () => {
      const found = await caseOf("555_f1");
      return found[0]?.acknowledgedAt ? found : undefined;
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await caseOf("555_f1")).toHaveLength(1);
    expect(cases).toHaveLength(1);
    expect(graph.requests.filter((r) => r.path.includes("555_f1"))).toHaveLength(1);
  });

  it("brings a message back while the table is stalled, then leaves it in the DLQ, from where it recovers once", async () => {
    // Prepare: DynamoDB Local stops answering; the webhook still queues the complaint.
    const dynamo = pidOf(stack, "DynamoDBLocal");
    const response = await (async () => {
      freeze(dynamo);
      return postMeta(stack.url, feedComment("555_f2", "My parcel is lost and nobody answers. Terrible."), SECRET);
    })();
    expect(response.status).toBe(200);

    // Act: every delivery times out on the table; after maxReceiveCount (5) the message moves to the DLQ.
    const dead = await eventually(async () => {
      const items = (await stack.api("/api/dlq?queue=intake").catch(() => ({ body: { items: [] } }))).body.items as
        | any[]
        | undefined;
      return items?.find((item) => item.body.includes("555_f2"));
    }, 60_000).catch(() => undefined);
    thaw(dynamo);

    // Assess: it is in the DLQ (the API itself read it while the table was stalled: it needs only SQS), and once the
    // table is back a redrive makes one case, acknowledged once.
    expect(dead?.receivedCount).toBeGreaterThanOrEqual(5);
    const redriven = await stack.api("/api/dlq/redrive", { method: "POST", body: JSON.stringify({ queue: "intake" }) });
    expect(redriven.body.moved).toBeGreaterThanOrEqual(1);
    const cases = await eventually(async () => {
      const found = await caseOf("555_f2");
      return found[0]?.acknowledgedAt ? found : undefined;
    }, 20_000);
    expect(cases).toHaveLength(1);
    expect(graph.requests.filter((r) => r.path.includes("555_f2"))).toHaveLength(1);
  });
});
