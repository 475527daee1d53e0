// `npm run bench`: the local stack measured end to end, each figure next to its floor, written to bench/results.json.
//
// One machine (its cores are in the results) runs the client, the floors, DynamoDB Local, the SQS emulator and the
// stack, so these are this machine's figures, not AWS's (where every function scales out on its own): what they show
// is how close the product comes to the least that the same work costs here.
//
// 1. Bundles: each function's size and cold import against a floor bundle (the SQS client and node:crypto).
// 2. Intake: COMPLAINTS distinct signed complaints at CONCURRENCY against floor A (node:http, HMAC, JSON), floor B
//    (the same, plus a put on an SQS emulator of its own, persisted), then the local stack, whose router works through
//    the burst while it arrives; each acknowledgement is timed at a loopback Graph API stub.
// 3. Quiet: QUIET complaints one at a time (webhook to acknowledgement with nothing else running; Lambda durations).
// 4. Paging: breach to page (bench/paging.ts).
// 5. Cost per 1M complaints on AWS from the operations counted in the burst and dated list prices (bench/cost.ts).
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import type { Usage } from "../packages/local/src/usage.ts";
import { type RunningStack, startStack } from "../test/support/local-stack.ts";
import { testConfig } from "../test/support/meta.ts";
import { startPlatformStub } from "../test/support/platform-stub.ts";
import { benchBundles } from "./bundles.ts";
import { costPerMillion, usageBetween } from "./cost.ts";
import { benchFloors, deliveries, drive, intakeSummary, SECRET } from "./intake.ts";
import { benchPaging, summary } from "./paging.ts";

const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const QUIET = Number(process.env.BENCH_QUIET_COMPLAINTS ?? 50);
/** How long after the burst's last webhook every acknowledgement must be out. */
const ACK_LAG_TARGET_MS = 10_000;

const bundles = await benchBundles();
const { floorA, floorB } = await benchFloors(COMPLAINTS, CONCURRENCY);

const graph = await startPlatformStub();
// BENCH_CPU_PROFILE=<dir>: a CPU profile of each of the stack's threads (the front, each function worker) and its SQS
// emulator there.
const profileDir = process.env.BENCH_CPU_PROFILE;
const stack = await startStack({
  config: testConfig,
  ...(profileDir ? { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${resolve(profileDir)}`] } : {}),
  env: { META_APP_SECRET: SECRET, META_PAGE_ACCESS_TOKEN: "bench", META_GRAPH_URL: `${graph.url}/v23.0` },
});
const webhookUrl = `${stack.url}/webhooks/meta`;
const acksOf = (prefix: string) => graph.requests.filter((r) => r.path.includes(`/${prefix}_`));
const waitForAcks = async (prefix: string, count: number, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (acksOf(prefix).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return acksOf(prefix);
};
let intake: ReturnType<typeof intakeSummary>;
let burstAcks: ReturnType<typeof ackFigures>;
let quietAcks: ReturnType<typeof ackFigures>;
let burstUsage: Usage;
let quietUsage: Usage;
try {
  // Warm-up: the first invocation of each handler loads its modules, as a Lambda cold start would.
  await drive(webhookUrl, deliveries("warm", 20), 5);
  await waitForAcks("warm", 20, 60_000);
  const before = await usageOf(stack);
  const burst = await drive(webhookUrl, deliveries("burst", COMPLAINTS), CONCURRENCY);
  intake = intakeSummary(burst);
  burstAcks = ackFigures(await waitForAcks("burst", COMPLAINTS, 300_000), burst.sentAt, burst.lastAnsweredAt);
  // The last invocations finish their bookkeeping after their acknowledgement: wait until nothing runs any more.
  let afterBurst = await usageOf(stack);
  for (let settled = false; !settled; ) {
    await new Promise((r) => setTimeout(r, 1000));
    const next = await usageOf(stack);
    settled = JSON.stringify(next.invocations) === JSON.stringify(afterBurst.invocations);
    afterBurst = next;
  }
  const quietSent = new Map<string, number>();
  let lastQuiet = 0;
  for (const delivery of deliveries("quiet", QUIET)) {
    const one = await drive(webhookUrl, [delivery], 1);
    quietSent.set(delivery.id, one.sentAt.get(delivery.id) ?? 0);
    lastQuiet = one.lastAnsweredAt;
    await waitForAcks("quiet", quietSent.size, 30_000);
  }
  quietAcks = ackFigures(acksOf("quiet"), quietSent, lastQuiet);
  burstUsage = usageBetween(before, afterBurst);
  quietUsage = usageBetween(afterBurst, await usageOf(stack));
} finally {
  await stack.stop();
  await graph.close();
}
const paging = await benchPaging();
const cost = costPerMillion(burstUsage, COMPLAINTS, quietUsage, QUIET);

const targets = [
  {
    target: "intake p99 at most 2x floor B's",
    value: `${intake.answerMs.p99} ms vs ${2 * floorB.answerMs.p99} ms`,
    met: intake.answerMs.p99 <= 2 * floorB.answerMs.p99,
  },
  {
    target: "intake throughput at least half floor B's",
    value: `${intake.perSecond}/s vs ${Math.round(floorB.perSecond / 2)}/s`,
    met: intake.perSecond >= floorB.perSecond / 2,
  },
  {
    target: `every acknowledgement out within ${ACK_LAG_TARGET_MS / 1000} s of the burst's last webhook, none missing`,
    value: `${burstAcks.sent} of ${COMPLAINTS}, the last ${burstAcks.lastAfterLastWebhookMs} ms after`,
    met: burstAcks.sent === COMPLAINTS && burstAcks.lastAfterLastWebhookMs <= ACK_LAG_TARGET_MS,
  },
  {
    target: "breach to page p95 under 1 s",
    value: `${paging.breachToPageMs.p95} ms`,
    met: paging.breachToPageMs.p95 < 1000,
  },
  {
    target: "cost per 1M complaints under $5",
    value: `$${cost.totalDollarsPerMillion}`,
    met: cost.totalDollarsPerMillion < 5,
  },
  ...bundles.functions
    .filter((row) => row.met !== undefined)
    .map((row) => ({
      target: `${row.name} bundle: ${bundles.targets}`,
      value: `${row.kb} KB / ${row.importMs} ms`,
      met: row.met === true,
    })),
];

const results = {
  machine: { cores: cpus().length, model: cpus()[0]?.model ?? "", node: process.versions.node },
  targets,
  intake: {
    complaints: COMPLAINTS,
    concurrency: CONCURRENCY,
    floorA: intakeSummary(floorA),
    floorB: intakeSummary(floorB),
    stack: intake,
  },
  acknowledgement: { burst: burstAcks, quiet: quietAcks },
  paging,
  cost,
  bundles,
};

const rows: [string, string][] = [];
const fmt = (s: { p50: number; p95: number; p99: number }) => `${s.p50} / ${s.p95} / ${s.p99}`;
rows.push([`intake: ${COMPLAINTS} signed complaints, ${CONCURRENCY} at once`, "p50 / p95 / p99 ms, answers/s"]);
for (const [name, r] of [
  ["floor A (node:http, HMAC, JSON)", intakeSummary(floorA)],
  ["floor B (A + SQS emulator put)", intakeSummary(floorB)],
  ["local stack (router working)", intake],
] as const) {
  rows.push([`  ${name}`, `${fmt(r.answerMs)}, ${r.perSecond}/s ${JSON.stringify(r.statuses)}`]);
}
rows.push(["webhook -> acknowledgement", "p50 / p95 / p99 ms"]);
rows.push([
  `  burst (${burstAcks.sent} sent, ${burstAcks.duplicates} twice)`,
  `${fmt(burstAcks.latencyMs)}; the last ${burstAcks.lastAfterLastWebhookMs} ms after the last webhook`,
]);
rows.push([`  quiet, one at a time (${quietAcks.sent} sent)`, fmt(quietAcks.latencyMs)]);
rows.push([
  `breach -> page: ${paging.episodes} stale episodes on ${paging.queues} queues`,
  `p50 ${paging.breachToPageMs.p50} / p95 ${paging.breachToPageMs.p95} ms; ${paging.pagesSent} pages, ${paging.resolvesSent} resolves`,
]);
rows.push([
  `cost per 1M complaints (${cost.prices.region} list prices of ${cost.prices.date})`,
  `$${cost.totalDollarsPerMillion}`,
]);
for (const [name, dollars] of Object.entries(cost.dollarsPerMillion)) rows.push([`  ${name}`, `$${dollars}`]);
const per = cost.perComplaint;
rows.push([
  "  per complaint",
  `${per.sqsRequests} SQS requests, ${per.dynamoWriteUnits} write + ${per.dynamoReadUnits} read units, ${per.lambda.map((l) => `${l.name.replace(/^functions\//, "").replace(/\.handler$/, "")} ${l.billedMsPerComplaint} ms`).join(", ")}`,
]);
for (const fixed of cost.fixedPerMonth) {
  rows.push([
    `  and, whatever comes in: ${fixed.name.replace(/^functions\//, "").replace(/\.handler$/, "")} every minute`,
    `$${fixed.dollarsPerMonth} a month (${fixed.billedMsPerRun} ms a run)`,
  ]);
}
rows.push([`bundles (${bundles.targets})`, "KB / cold import ms"]);
for (const row of [bundles.floor, ...bundles.functions]) rows.push([`  ${row.name}`, `${row.kb} / ${row.importMs}`]);
const { languages } = bundles;
rows.push([
  "  router, twelve languages vs the first five",
  `${languages.twelve.kb} / ${languages.twelve.importMs} vs ${languages.firstFive.kb} / ${languages.firstFive.importMs}`,
]);
rows.push(["targets", ""]);
for (const t of targets) rows.push([`  ${t.target}`, `${t.met ? "met" : "NOT MET"}: ${t.value}`]);

const width = Math.max(...rows.map(([k]) => k.length));
console.log(`\n${"metric".padEnd(width)}  value\n${"-".repeat(width)}  -----`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
writeFileSync(resolve(import.meta.dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("\nwrote bench/results.json");
// Speed and cost targets are reported, not enforced; losing or doubling a reply or a page fails the run.
const broken =
  burstAcks.sent !== COMPLAINTS ||
  burstAcks.duplicates > 0 ||
  quietAcks.sent !== QUIET ||
  paging.pagesSent !== paging.episodes ||
  paging.resolvesSent !== paging.episodes;
if (broken) process.exitCode = 1;

/** Latency of each acknowledgement from its webhook, and how long after the last webhook the last one went out. */
function ackFigures(acks: { path: string; at: number }[], sentAt: Map<string, number>, lastWebhookAt: number) {
  const perComment = new Map<string, number>();
  const latencies: number[] = [];
  for (const ack of acks) {
    const id = /\/([a-z]+_\d+)\//.exec(ack.path)?.[1] ?? "";
    perComment.set(id, (perComment.get(id) ?? 0) + 1);
    if ((perComment.get(id) ?? 0) === 1) latencies.push(ack.at - (sentAt.get(id) ?? ack.at));
  }
  return {
    sent: perComment.size,
    duplicates: [...perComment.values()].filter((n) => n > 1).length,
    latencyMs: summary(latencies),
    lastAfterLastWebhookMs: acks.length > 0 ? Math.max(...acks.map((a) => a.at)) - lastWebhookAt : Number.NaN,
  };
}

/** The stack's usage so far: SIGUSR2 makes it print a `local: usage` line (packages/local/src/main.ts). */
async function usageOf(running: RunningStack): Promise<Usage> {
  const lines = () => running.stderr().match(/^local: usage .*$/gm) ?? [];
  const seen = lines().length;
  running.process.kill("SIGUSR2");
  const deadline = Date.now() + 10_000;
  while (lines().length <= seen) {
    if (Date.now() > deadline) throw new Error("bench: the stack printed no usage line");
    await new Promise((r) => setTimeout(r, 20));
  }
  return JSON.parse((lines().at(-1) as string).slice("local: usage ".length)) as Usage;
}
