import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAlive } from "#local/processes.ts";
import { eventually, type RunningStack, startStack } from "./support/local-stack.ts";
import { feedComment, postMeta, testConfig } from "./support/meta.ts";
import { startPlatformStub } from "./support/platform-stub.ts";

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
    // SIGTERM, so each stack stops its emulators (a SIGKILL would leave DynamoDB Local running).
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

  it("stops everything it started within 5 seconds of SIGTERM or SIGINT", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const stack = await start({ config: testConfig, env: {} });
      const pids = JSON.parse(readFileSync(join(stack.dataDir, "pids.json"), "utf8")) as {
        pid: number;
        marker: string;
      }[];

      const took = await stack.stop(signal);

      console.info(`${signal}: npm start was gone ${took} ms later`);
      const log = `npm start's stderr ended with:\n${stack.stderr().slice(-3000)}`;
      expect(stack.exit(), log).toEqual({ code: 0, signal: null });
      expect(took).toBeLessThan(5000);
      for (const { pid, marker } of pids) {
        const gone = await eventually(async () => !isAlive(pid), 5000).catch(() => false);
        expect(gone, `${marker} (pid ${pid}) still runs 5 s after npm start exited; ${log}`).toBe(true);
      }
    }
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

  it("refuses to run on a Node other than 24, with a clear message", () => {
    const result = spawnSync("/usr/bin/node", ["packages/local/bin/start.mjs"], { cwd: repoRoot, encoding: "utf8" });
    if (!result.error && !process.versions.node.startsWith("24")) return;
    const systemMajor = spawnSync("/usr/bin/node", ["-p", "process.versions.node"], { encoding: "utf8" }).stdout;
    if (result.error || systemMajor.startsWith("24")) return; // no other Node on this machine to try

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("firstreply needs Node 24");
  });
});
