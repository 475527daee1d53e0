import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, launchStack, type RunningStack, startStack } from "./support/local-stack.ts";
import { feedComment, postMeta, testConfig } from "./support/meta.ts";
import { startPlatformStub } from "./support/platform-stub.ts";
import { processesUsing } from "./support/processes.ts";

const SECRET = "restart-secret";
const repoRoot = resolve(import.meta.dirname, "..");

describe("npm start", () => {
  let graph: Awaited<ReturnType<typeof startPlatformStub>>;
  const running: RunningStack[] = [];
  const start = async (options: Parameters<typeof startStack>[0]) => {
    const stack = await startStack(options);
    running.push(stack);
    return stack;
  };

  beforeAll(async () => {
    graph = await startPlatformStub();
  });

  afterAll(async () => {
    // SIGTERM, the way an operator stops it (each test also stops its own stacks).
    await Promise.all(running.map((stack) => stack.stop()));
    await graph?.close();
  });

  it("keeps cases across a hard kill and a new start on the same data directory", async () => {
    // Prepare
    const env = { META_APP_SECRET: SECRET, META_PAGE_ACCESS_TOKEN: "t", META_GRAPH_URL: `${graph.url}/v23.0` };
    const first = await start({ config: testConfig, env });
    await postMeta(first.url, feedComment("888_1", "My order is lost, this is unacceptable"), SECRET);
    const before = await eventually(async () => {
      const items = (await first.api("/api/cases")).body.items as any[];
      return items.find((c) => c.externalId === "888_1" && c.acknowledgedAt);
    });

    // Act: kill it without a chance to clean up, then start again on the same data.
    await first.stop("SIGKILL");
    const second = await start({ config: testConfig, env, dataDir: first.dataDir });

    // Assess: the case is there, and a redelivery of the same comment still changes nothing.
    const after = (await second.api(`/api/cases/${before.id}`)).body;
    expect(after).toMatchObject({ id: before.id, status: "acknowledged", acknowledgedAt: before.acknowledgedAt });
    const acks = graph.requests.length;
    await postMeta(second.url, feedComment("888_1", "My order is lost, this is unacceptable"), SECRET);
    await new Promise((r) => setTimeout(r, 1500));
    expect(graph.requests.length).toBe(acks);
    expect((await second.api("/api/cases")).body.items).toHaveLength(1);
  });

  it("tells what the run would be billed for on AWS, on SIGUSR2 and when it stops", async () => {
    // Prepare
    const env = { META_APP_SECRET: SECRET, META_PAGE_ACCESS_TOKEN: "t", META_GRAPH_URL: `${graph.url}/v23.0` };
    const stack = await start({ config: testConfig, env });
    const usageLines = () => (stack.stderr().match(/^local: usage .*$/gm) ?? []).map((l) => JSON.parse(l.slice(13)));
    for (const id of ["bill_1", "bill_2", "bill_3"]) {
      await postMeta(stack.url, feedComment(id, `Order ${id} never came, 😡 unacceptable`), SECRET);
    }
    await eventually(async () => graph.requests.filter((r) => r.path.includes("/bill_")).length === 3 || undefined);

    // Act: ask until the router's invocation has ended too (it records the acknowledgement after sending it).
    const running = await eventually(async () => {
      const seen = usageLines().length;
      stack.process.kill("SIGUSR2");
      const line = await eventually(async () => usageLines()[seen]);
      return line.invocations["functions/router/route.handler"] ? line : undefined;
    });
    const asked = usageLines().length;
    await stack.stop();

    // Assess: each thread's share is in (the webhook on the main one, the router in its worker, the table's units).
    expect(running.invocations["webhooks/meta"].count).toBe(3);
    expect(running.invocations["functions/router/route.handler"].count).toBeGreaterThanOrEqual(1);
    expect(running.calls["sqs:SendMessageBatch"]).toBeGreaterThanOrEqual(4);
    expect(running.calls["dynamodb:TransactWriteItems"]).toBeGreaterThanOrEqual(6);
    expect(running.dynamodb.writeUnits).toBeGreaterThan(0);
    const final = usageLines().at(-1);
    expect(usageLines()).toHaveLength(asked + 1);
    expect(final.invocations["webhooks/meta"].count).toBe(3);
    expect(final.calls["sqs:DeleteMessageBatch"]).toBeGreaterThanOrEqual(running.calls["sqs:DeleteMessageBatch"]);
  });

  it("answers 404 on the webhook of a platform whose secret is unset", async () => {
    const stack = await start({ config: testConfig, env: { META_APP_SECRET: "" } });
    const body = feedComment("888_2", "Hello?");

    const post = await postMeta(stack.url, body, "anything");
    const handshake = await fetch(`${stack.url}/webhooks/meta?hub.mode=subscribe&hub.challenge=1&hub.verify_token=x`);
    const unknown = await fetch(`${stack.url}/webhooks/myspace`, { method: "POST", body: "{}" });
    const later = await fetch(`${stack.url}/webhooks/x`, { method: "POST", body: "{}" });

    expect([post.status, handshake.status, unknown.status, later.status]).toEqual([404, 404, 404, 404]);
    expect(((await unknown.json()) as any).error.code).toBe("unknown_platform");
    expect((await stack.api("/api/cases")).body.items).toHaveLength(0);
    await stack.stop();
  });

  it("refuses to start on an invalid config, naming the bad field", () => {
    const dir = mkdtempSync(join(tmpdir(), "firstreply-bad-config-"));
    const path = join(dir, "responder.config.json");
    const bad = structuredClone(testConfig) as any;
    bad.queues[1].firstResponseTarget = "one hour";
    bad.routes[0].queue = "refunds";
    writeFileSync(path, JSON.stringify(bad));

    const result = spawnSync(process.execPath, ["packages/local/bin/start.mjs"], {
      cwd: repoRoot,
      env: { ...process.env, RESPONDER_CONFIG: path, DATA_DIR: dir, PORT: "0" },
      encoding: "utf8",
      timeout: 30_000,
    });

    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/ready/);
    expect(result.stderr).toContain("queues[1].firstResponseTarget: must be a positive ISO 8601 duration");
    expect(result.stderr).toContain('routes[0].queue: names no queue: "refunds"');
  });

  it("refuses to start when the config refers to an unset environment variable, naming the field and the variable", () => {
    const dir = mkdtempSync(join(tmpdir(), "firstreply-bad-config-"));
    const path = join(dir, "responder.config.json");
    const referring = structuredClone(testConfig) as any;
    referring.queues[0].responders[0].pagerduty.routingKey = { env: "FIRSTREPLY_TEST_UNSET_KEY" };
    writeFileSync(path, JSON.stringify(referring));

    const result = spawnSync(process.execPath, ["packages/local/bin/start.mjs"], {
      cwd: repoRoot,
      env: { ...process.env, RESPONDER_CONFIG: path, DATA_DIR: dir, PORT: "0", FIRSTREPLY_TEST_UNSET_KEY: "" },
      encoding: "utf8",
      timeout: 30_000,
    });

    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/ready/);
    expect(result.stderr).toContain(
      "queues[0].responders[0].pagerduty.routingKey: the environment variable FIRSTREPLY_TEST_UNSET_KEY is unset",
    );
  });

  it("refuses to run on a Node other than 24, with a clear message", () => {
    const result = spawnSync("/usr/bin/node", ["packages/local/bin/start.mjs"], { cwd: repoRoot, encoding: "utf8" });
    if (!result.error && !process.versions.node.startsWith("24")) return;
    const systemMajor = spawnSync("/usr/bin/node", ["-p", "process.versions.node"], { encoding: "utf8" }).stdout;
    if (result.error || systemMajor.startsWith("24")) return; // no other Node on this machine to try

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("firstreply needs Node 24");
  });
});

/**
 * A signal may come at any moment: while Node loads the modules, while the emulators boot, while the table and queues
 * are made, once ready. Each moment, sent to the `npm start` process or to its node child, must end in a clean exit
 * within 5 s with no process left that uses the stack's data directory.
 */
describe("npm start, stopped by a signal at any moment", () => {
  type Moment = { ms: number } | { line: RegExp; plusMs?: number };
  const cases: { via: "node" | "npm"; signal: "SIGTERM" | "SIGINT"; at: Moment; what: string }[] = [
    { via: "node", signal: "SIGTERM", at: { ms: 0 }, what: "as the process starts" },
    { via: "node", signal: "SIGINT", at: { ms: 40 }, what: "while Node starts" },
    { via: "node", signal: "SIGTERM", at: { ms: 200 }, what: "while the modules load" },
    { via: "node", signal: "SIGINT", at: { line: /^local: starting/ }, what: "as the emulators are spawned" },
    { via: "node", signal: "SIGTERM", at: { line: /^local: starting/, plusMs: 700 }, what: "while the emulators boot" },
    { via: "node", signal: "SIGINT", at: { line: /^local: DynamoDB Local at/ }, what: "while the table is made" },
    { via: "node", signal: "SIGTERM", at: { line: /^ready / }, what: "once ready" },
    { via: "node", signal: "SIGINT", at: { line: /^ready / }, what: "once ready" },
    { via: "npm", signal: "SIGTERM", at: { line: /^local: starting/, plusMs: 300 }, what: "while the emulators boot" },
    { via: "npm", signal: "SIGTERM", at: { line: /^ready / }, what: "once ready" },
    { via: "npm", signal: "SIGINT", at: { line: /^ready / }, what: "once ready" },
  ];

  it.each(cases)("$signal to the $via process $what", async ({ via, signal, at }) => {
    // Prepare
    const launched = launchStack({ config: testConfig, via });
    try {
      if ("ms" in at) await new Promise((r) => setTimeout(r, at.ms));
      else {
        await launched.line(at.line);
        await new Promise((r) => setTimeout(r, at.plusMs ?? 0));
      }

      // Act
      const sent = Date.now();
      launched.process.kill(signal);
      const how = await launched.exited;
      const took = Date.now() - sent;
      const left = await eventually(async () => processesUsing(launched.dataDir).length === 0, 5000 - took).catch(() =>
        processesUsing(launched.dataDir),
      );

      // Assess
      const log = `npm start's stderr:\n${launched.stderr().slice(-3000)}`;
      if (how.signal !== null && "ms" in at && at.ms <= 40) {
        // A signal before Node has run a line of JavaScript (its own start-up takes tens of milliseconds, more on a
        // loaded machine) meets no handler: the default ends the process, which is as clean as it gets when nothing
        // has been started yet. What must hold then is that nothing was.
        expect(how.signal).toBe(signal);
        expect(launched.stderr()).toBe("");
      } else {
        expect(how.signal, log).toBeNull();
        expect([0, 130, 143], log).toContain(how.code);
      }
      expect(took, log).toBeLessThan(5000);
      expect(left, log).toBe(true);
    } finally {
      for (const { pid } of processesUsing(launched.dataDir)) process.kill(pid, "SIGKILL");
    }
  });

  it("leaves nothing behind when npm start itself is killed hard", async () => {
    // Prepare
    const launched = launchStack({ config: testConfig });
    try {
      await launched.line(/^ready /);

      // Act: SIGKILL gives npm start no chance to stop its children.
      launched.process.kill("SIGKILL");
      await launched.exited;

      // Assess: the emulators notice their parent is gone and end.
      const left = await eventually(async () => processesUsing(launched.dataDir).length === 0, 5000).catch(() =>
        processesUsing(launched.dataDir),
      );
      expect(left).toBe(true);
    } finally {
      for (const { pid } of processesUsing(launched.dataDir)) process.kill(pid, "SIGKILL");
    }
  });
});
