// `npm run bench`: measures the local stack end to end and writes bench/results.json.
//
// Signed Facebook complaints (distinct comments) are posted to a local stack, first at a steady rate (10/s, a very
// busy Page), then as a burst; for each we time the webhook's answer and the moment its acknowledgement reaches a
// loopback Graph API stub. One machine (2 cores here) runs the client, DynamoDB Local, the SQS emulator and the
// handlers, so the burst measures that machine's ceiling, not AWS's (where the router scales out).
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { startStack } from "../test/support/local-stack.ts";
import { feedComment, postMeta, testConfig } from "../test/support/meta.ts";
import { startPlatformStub } from "../test/support/platform-stub.ts";
import { benchBundles } from "./bundles.ts";
import { benchPaging, summary } from "./paging.ts";

const STEADY_COUNT = Number(process.env.BENCH_STEADY_COMPLAINTS ?? 200);
const STEADY_RATE = Number(process.env.BENCH_STEADY_RATE ?? 10);
const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 300);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 8);
const SECRET = "bench-secret";

// First, with nothing else running: each function's bundle and cold import next to the floor's.
const bundles = await benchBundles();
const graph = await startPlatformStub();
const stack = await startStack({
  config: testConfig,
  env: { META_APP_SECRET: SECRET, META_PAGE_ACCESS_TOKEN: "bench", META_GRAPH_URL: `${graph.url}/v23.0` },
});
try {
  // Warm up: the first invocation of each handler loads its modules, as a Lambda cold start would.
  await postMeta(stack.url, feedComment("warm_0", "Warm-up: my order is late"), SECRET);
  while (!graph.requests.some((r) => r.path.includes("warm_0"))) await new Promise((r) => setTimeout(r, 20));

  const steady = await phase("steady", { count: STEADY_COUNT, perSecond: STEADY_RATE, inFlight: 4 });
  const burst = await phase("burst", { count: COMPLAINTS, perSecond: Number.POSITIVE_INFINITY, inFlight: IN_FLIGHT });
  await stack.stop();
  await graph.close();
  const paging = await benchPaging();
  const results = {
    machine: { cores: cpus().length, node: process.versions.node },
    bundles,
    acknowledgement: { steady, burst },
    paging,
  };

  const rows: [string, string][] = [];
  rows.push([`bundles (${bundles.targets})`, ""]);
  for (const row of [bundles.floor, ...bundles.functions]) {
    const verdict = row.met === undefined ? "" : row.met ? ", met" : ", NOT MET";
    rows.push([`  ${row.name}: KB / cold import ms`, `${row.kb} / ${row.importMs}${verdict}`]);
  }
  const { languages } = bundles;
  rows.push([
    "  router with twelve languages vs the first five only: KB / cold import ms",
    `${languages.twelve.kb} / ${languages.twelve.importMs} vs ${languages.firstFive.kb} / ${languages.firstFive.importMs} (+${languages.addedKb} KB, ${languages.addedImportMs >= 0 ? "+" : ""}${languages.addedImportMs} ms)`,
  ]);
  for (const r of [steady, burst]) {
    const label = `${r.name}: ${r.complaints} complaints, ${Number.isFinite(r.offeredPerSecond) ? `${r.offeredPerSecond}/s offered` : `${r.inFlight} in flight`}`;
    rows.push([label, ""]);
    rows.push(["  webhook answers", JSON.stringify(r.statuses)]);
    rows.push(["  webhook answer p50 / p95 / p99 / max (ms)", fmt(r.webhookAnswerMs)]);
    rows.push(["  webhook -> acknowledgement p50 / p95 / p99 / max (ms)", fmt(r.webhookToAcknowledgementMs)]);
    rows.push(["  acknowledgements sent / duplicates", `${r.acknowledgementsSent} / ${r.duplicateAcknowledgements}`]);
    rows.push(["  complaints acknowledged per second", String(r.acknowledgedPerSecond)]);
  }
  rows.push([`paging: ${paging.queues} queues, ${paging.cases} cases, ${paging.episodes} stale episodes`, ""]);
  rows.push(["  breach -> page p50 / p95 / p99 / max (ms after due)", fmt(paging.breachToPageMs)]);
  rows.push([
    "  pages sent / episodes / duplicates",
    `${paging.pagesSent} / ${paging.episodes} / ${paging.duplicateDedupKeys}`,
  ]);
  rows.push(["  resolves sent", String(paging.resolvesSent)]);
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${"metric".padEnd(width)}  value\n${"-".repeat(width)}  -----`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  writeFileSync(resolve(import.meta.dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("\nwrote bench/results.json");
  const bad =
    bundles.functions.some((row) => row.met === false) ||
    [steady, burst].some((r) => r.acknowledgementsSent !== r.complaints || r.duplicateAcknowledgements > 0) ||
    paging.pagesSent !== paging.episodes ||
    paging.resolvesSent !== paging.episodes;
  if (bad) process.exitCode = 1;
} finally {
  await stack.stop();
  await graph.close();
}

/** Posts `count` distinct signed complaints at `perSecond` (at most `inFlight` at once) and times their acknowledgements. */
async function phase(name: string, options: { count: number; perSecond: number; inFlight: number }) {
  const posted = new Map<string, number>();
  const answered: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < options.count) {
      const i = next++;
      const due = started + (i * 1000) / options.perSecond;
      if (Number.isFinite(due) && due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      const id = `${name}_${i}`;
      const body = feedComment(id, `Order ${i} never arrived and nobody answers my messages. Unacceptable!`);
      const t0 = Date.now();
      posted.set(id, t0);
      const response = await postMeta(stack.url, body, SECRET);
      await response.arrayBuffer();
      answered.push(Date.now() - t0);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: options.inFlight }, worker));
  const mine = () => graph.requests.filter((r) => r.path.includes(`/${name}_`));
  const deadline = Date.now() + 120_000;
  while (mine().length < options.count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const acks = mine();
  const ackLatency = acks.map((r) => r.at - (posted.get(new RegExp(`${name}_\\d+`).exec(r.path)?.[0] ?? "") ?? r.at));
  const perComment = new Map<string, number>();
  for (const r of acks) perComment.set(r.path, (perComment.get(r.path) ?? 0) + 1);
  const lastAck = Math.max(...acks.map((r) => r.at));
  return {
    name,
    complaints: options.count,
    offeredPerSecond: options.perSecond,
    inFlight: options.inFlight,
    statuses,
    webhookAnswerMs: summary(answered),
    webhookToAcknowledgementMs: summary(ackLatency),
    acknowledgementsSent: acks.length,
    duplicateAcknowledgements: [...perComment.values()].filter((n) => n > 1).length,
    acknowledgedPerSecond: Math.round((acks.length / (lastAck - started)) * 1000),
  };
}

function fmt(s: { p50: number; p95: number; p99: number; max: number }) {
  return `${s.p50} / ${s.p95} / ${s.p99} / ${s.max}`;
}
