// The paging half of `npm run bench`: breach-to-page latency on the local stack.
//
// QUEUES queues with a 3-second first-response target run EPISODES stale episodes each, in parallel: per episode,
// CASES_PER_EPISODE complaints arrive a random 0-1.5 s apart; nobody answers, so the queue goes stale when its oldest
// case falls due; we time the PagerDuty stub's trigger against that due time, answer every case, wait for the
// resolve, and start the next episode. Pages sent must equal episodes: one page per episode, never two.
import { caseIdFor } from "../packages/core/src/cases/ids.ts";
import { type RunningStack, startStack } from "../test/support/local-stack.ts";
import { feedComment, PAGE_ID, postMeta } from "../test/support/meta.ts";
import { type StubRequest, startPlatformStub } from "../test/support/platform-stub.ts";

const QUEUES = Number(process.env.BENCH_PAGING_QUEUES ?? 8);
const EPISODES = Number(process.env.BENCH_PAGING_EPISODES ?? 13);
const CASES_PER_EPISODE = 2;
const SECRET = "bench-paging-secret";

export async function benchPaging() {
  const stub = await startPlatformStub();
  stub.answerWith((request: StubRequest) =>
    request.path === "/v2/enqueue"
      ? { status: 202, body: { status: "success", dedup_key: request.body.dedup_key } }
      : { status: 200, body: { id: `r_${Math.random().toString(36).slice(2)}` } },
  );
  const queueIds = Array.from({ length: QUEUES }, (_, i) => `q${i}`);
  const stack = await startStack({
    config: {
      brand: { name: "Bench", signature: "Sam, Bench Care", accounts: { facebook: PAGE_ID } },
      queues: queueIds.map((id) => ({
        id,
        firstResponseTarget: "PT3S",
        escalateAfter: "PT1H",
        responders: [{ name: `${id} on-call`, pagerduty: { routingKey: `R-${id}` } }],
      })),
      routes: queueIds.map((id) => ({ match: { keywords: [`topic${id}`] }, queue: id })),
      defaultQueue: "q0",
    },
    env: {
      META_APP_SECRET: SECRET,
      META_PAGE_ACCESS_TOKEN: "bench",
      META_GRAPH_URL: `${stub.url}/v23.0`,
      PAGERDUTY_EVENTS_URL: `${stub.url}/v2/enqueue`,
    },
  });
  const latencies: number[] = [];
  let episodes = 0;
  let cases = 0;
  try {
    await Promise.all(queueIds.map((queue) => runQueue(stack, stub, queue)));
  } finally {
    await stack.stop();
    await stub.close();
  }
  const triggers = stub.requests.filter((r) => r.path === "/v2/enqueue" && r.body.event_action === "trigger");
  const resolves = stub.requests.filter((r) => r.path === "/v2/enqueue" && r.body.event_action === "resolve");
  return {
    queues: QUEUES,
    episodes,
    cases,
    pagesSent: triggers.length,
    resolvesSent: resolves.length,
    duplicateDedupKeys: triggers.length - new Set(triggers.map((r) => r.body.dedup_key)).size,
    breachToPageMs: summary(latencies),
  };

  async function runQueue(stack: RunningStack, stub: Awaited<ReturnType<typeof startPlatformStub>>, queue: string) {
    for (let episode = 0; episode < EPISODES; episode += 1) {
      const ids: string[] = [];
      for (let i = 0; i < CASES_PER_EPISODE; i += 1) {
        if (i > 0) await sleep(Math.random() * 1500);
        const commentId = `${queue}_${episode}_${i}`;
        await postMeta(stack.url, feedComment(commentId, `My order never came, topic${queue}, unacceptable`), SECRET);
        ids.push(commentId);
        cases += 1;
      }
      // Each case by its id, as a responder's link opens it: polling the queue's list this often (every 25 ms on
      // every queue) would be a load of its own on the table, which no console makes (it polls every 2 s).
      const created = await waitFor(async () => {
        const found = await Promise.all(ids.map((id) => stack.api(`/api/cases/${caseIdFor("facebook", id)}`)));
        return found.every((r) => r.status === 200) ? found.map((r) => r.body) : undefined;
      });
      const firstDue = Math.min(...created.map((c: any) => Date.parse(c.firstResponseDueAt)));
      const trigger = await waitFor(async () =>
        stub.requests.find(
          (r) =>
            r.path === "/v2/enqueue" &&
            r.body.routing_key === `R-${queue}` &&
            r.body.event_action === "trigger" &&
            !r.body.counted,
        ),
      );
      trigger.body.counted = true;
      episodes += 1;
      latencies.push(trigger.at - firstDue);
      for (const c of created) {
        await stack.api(`/api/cases/${c.id}/respond`, {
          method: "POST",
          body: JSON.stringify({ text: "Sorted, thank you for your patience. Sam", responder: "bench" }),
        });
      }
      await waitFor(async () =>
        stub.requests.find(
          (r: StubRequest) =>
            r.path === "/v2/enqueue" &&
            r.body.event_action === "resolve" &&
            r.body.dedup_key === trigger.body.dedup_key,
        ),
      );
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(25);
  }
  throw new Error(`bench: condition not met within ${timeoutMs} ms`);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

export const summary = (values: number[]) => ({
  count: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
  max: Math.max(...values),
});
