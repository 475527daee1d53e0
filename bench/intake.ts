// The intake half of `npm run bench`: N distinct signed Facebook complaints at concurrency C, posted by one client
// over keep-alive connections (as platforms deliver), against two floors and the local stack, each in its own
// process on this machine: floor A (node:http, HMAC, JSON), floor B (the same plus an SQS emulator put, the emulator
// in its own process persisting to disk like the local stack's) and the stack (`npm start`), whose router works
// through the burst while it arrives. For the stack, each complaint's acknowledgement is timed at a loopback Graph
// API stub.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CreateQueueCommand, SQSClient } from "@aws-sdk/client-sqs";
import { stopChild } from "../packages/local/src/processes.ts";
import { startSqsEmulator } from "../packages/local/src/sqs.ts";
import { feedComment } from "../test/support/meta.ts";
import { sign } from "../test/support/sign.mjs";
import { summary } from "./paging.ts";

export const SECRET = "bench-secret";

/** Complaints in several of the twelve languages, with emoji and other non-ASCII text; `i` makes each distinct. */
const templates = [
  (i: number) => `Order ${i} never arrived and nobody answers my messages. Unacceptable!`,
  (i: number) => `Mi pedido ${i} nunca llegó y nadie responde. ¡Es una vergüenza! 😡`,
  (i: number) => `Ma commande ${i} n'est jamais arrivée, et personne ne répond. Inadmissible.`,
  (i: number) => `Meine Bestellung ${i} ist nie angekommen und niemand antwortet. Eine Frechheit!`,
  (i: number) => `Meu pedido ${i} nunca chegou e ninguém responde, que absurdo 😤`,
  (i: number) => `注文${i}がまだ届きません。問い合わせにも返事がありません。ひどい対応です。`,
  (i: number) => `طلبي رقم ${i} لم يصل أبدا ولا أحد يرد على رسائلي. هذا غير مقبول!`,
  (i: number) => `${i} numaralı siparişim hiç gelmedi ve kimse cevap vermiyor. Rezalet! 👎`,
];

export interface Delivery {
  id: string;
  body: Buffer;
  headers: Record<string, string>;
}

/** `count` distinct complaints, signed ahead of time so that signing is not timed. */
export function deliveries(prefix: string, count: number, secret = SECRET): Delivery[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `${prefix}_${i}`;
    const body = feedComment(id, (templates[i % templates.length] as (i: number) => string)(i));
    return {
      id,
      body,
      headers: { "content-type": "application/json", ...Object.fromEntries(sign("meta", secret, body)) },
    };
  });
}

export interface DriveResult {
  requests: number;
  concurrency: number;
  statuses: Record<string, number>;
  answerMs: ReturnType<typeof summary>;
  perSecond: number;
  /** Epoch ms at which each delivery was sent and answered. */
  sentAt: Map<string, number>;
  lastAnsweredAt: number;
}

/** Posts every delivery to `url` with at most `concurrency` in flight, and times each answer. */
export async function drive(url: string, list: Delivery[], concurrency: number): Promise<DriveResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const statuses: Record<string, number> = {};
  const answered: number[] = [];
  const sentAt = new Map<string, number>();
  let next = 0;
  let lastAnsweredAt = 0;
  const one = (delivery: Delivery) =>
    new Promise<number>((resolvePromise, reject) => {
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: "POST",
          headers: { ...delivery.headers, "content-length": String(delivery.body.length) },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolvePromise(res.statusCode ?? 0));
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(delivery.body);
    });
  const started = performance.now();
  const worker = async () => {
    while (next < list.length) {
      const delivery = list[next++] as Delivery;
      const t0 = performance.now();
      sentAt.set(delivery.id, Date.now());
      const status = await one(delivery).catch(() => 0);
      answered.push(performance.now() - t0);
      lastAnsweredAt = Date.now();
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requests: list.length,
    concurrency,
    statuses,
    answerMs: rounded(summary(answered)),
    perSecond: Math.round(list.length / seconds),
    sentAt,
    lastAnsweredAt,
  };
}

const rounded = (s: ReturnType<typeof summary>) => ({
  count: s.count,
  p50: Math.round(s.p50 * 10) / 10,
  p95: Math.round(s.p95 * 10) / 10,
  p99: Math.round(s.p99 * 10) / 10,
  max: Math.round(s.max * 10) / 10,
});

/** Starts a floor server (B when `queue` is given) in its own process. */
async function startFloor(env: Record<string, string>) {
  const script = resolve(import.meta.dirname, "floor-server.ts");
  const child = spawn(process.execPath, ["--disable-warning=ExperimentalWarning", script], {
    env: { ...process.env, FLOOR_SECRET: SECRET, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolvePromise, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) resolvePromise(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`the floor server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}/webhooks/meta`, stop: () => stopChild(child) };
}

/** Floor A, then floor B (with its own persisted SQS emulator), each driven with the same kind of deliveries. */
export async function benchFloors(count: number, concurrency: number) {
  const floorA = await startFloor({});
  let a: DriveResult;
  try {
    await drive(floorA.url, deliveries("warmA", 200), concurrency);
    a = await drive(floorA.url, deliveries("floorA", count), concurrency);
  } finally {
    await floorA.stop();
  }
  const dataDir = mkdtempSync(join(tmpdir(), "firstreply-bench-floor-"));
  const sqs = await startSqsEmulator({ dataDir: join(dataDir, "sqs"), port: 0 });
  let b: DriveResult;
  try {
    const client = new SQSClient({
      endpoint: sqs.endpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const { QueueUrl } = await client.send(new CreateQueueCommand({ QueueName: "floor-intake" }));
    client.destroy();
    const floorB = await startFloor({ FLOOR_QUEUE_URL: QueueUrl ?? "", FLOOR_SQS_ENDPOINT: sqs.endpoint });
    try {
      await drive(floorB.url, deliveries("warmB", 200), concurrency);
      b = await drive(floorB.url, deliveries("floorB", count), concurrency);
    } finally {
      await floorB.stop();
    }
  } finally {
    await sqs.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { floorA: a, floorB: b };
}

export const intakeSummary = (r: DriveResult) => ({
  requests: r.requests,
  concurrency: r.concurrency,
  statuses: r.statuses,
  answerMs: r.answerMs,
  perSecond: r.perSecond,
});
