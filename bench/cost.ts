// The cost half of `npm run bench`: what 1M complaints would cost on AWS, from the operations the local stack
// counted during the burst (packages/local/src/usage.ts) and list prices. Lambda's billed duration is taken from a
// quiet phase, one complaint at a time: on AWS each invocation has an environment to itself, while the local stack
// interleaves 50 webhooks in one thread, which would bill each for the others' time.
import { schedules } from "../functions/routes.ts";
import type { Usage } from "../packages/local/src/usage.ts";

/** us-east-1 list prices (on-demand, after any free tier), as published on the date below. */
export const prices = {
  date: "2026-12-04",
  region: "us-east-1",
  sources: [
    "https://aws.amazon.com/api-gateway/pricing/",
    "https://aws.amazon.com/lambda/pricing/",
    "https://aws.amazon.com/sqs/pricing/",
    "https://aws.amazon.com/dynamodb/pricing/on-demand/",
  ],
  /** HTTP API, first 300M requests a month, per request of up to 512 KB. */
  apiGatewayPerMillionRequests: 1.0,
  lambdaPerMillionRequests: 0.2,
  /** Arm (Graviton), first 7.5 billion GB-s a month: infra/functions.ts deploys every function on arm64. */
  lambdaArmPerGbSecond: 0.0000133334,
  /** Standard queues, per request of up to 64 KB. */
  sqsPerMillionRequests: 0.4,
  dynamoPerMillionWriteUnits: 0.625,
  dynamoPerMillionReadUnits: 0.125,
} as const;

/** The memory every function is deployed with (infra/functions.ts). */
export const FUNCTION_MEMORY_GB = 0.5;

/** `b - a`, per counter. */
export function usageBetween(a: Usage, b: Usage): Usage {
  const calls: Record<string, number> = {};
  for (const [name, n] of Object.entries(b.calls)) calls[name] = n - (a.calls[name] ?? 0);
  const invocations: Usage["invocations"] = {};
  for (const [name, value] of Object.entries(b.invocations)) {
    const before = a.invocations[name] ?? { count: 0, billedMs: 0 };
    invocations[name] = { count: value.count - before.count, billedMs: value.billedMs - before.billedMs };
  }
  return {
    calls,
    invocations,
    dynamodb: {
      readUnits: b.dynamodb.readUnits - a.dynamodb.readUnits,
      writeUnits: b.dynamodb.writeUnits - a.dynamodb.writeUnits,
    },
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Dollars per 1M complaints. `burst` is what the stack counted while it took `complaints` complaints; `quiet` what it
 * counted while it took `quietComplaints` one at a time (for billed durations).
 */
export function costPerMillion(burst: Usage, complaints: number, quiet: Usage, quietComplaints: number) {
  const perComplaint = (n: number) => n / complaints;
  // A schedule runs every minute whatever comes in (locally every two seconds): a cost per month, not per complaint.
  const scheduled = new Set<string>(schedules.map((schedule) => schedule.handler));
  const functions = Object.keys(burst.invocations).filter((name) => !scheduled.has(name));
  const fixedPerMonth = [...scheduled].map((name) => {
    const run = quiet.invocations[name] ?? burst.invocations[name];
    const msPerRun = run?.count ? run.billedMs / run.count : 0;
    const runs = 43_200; // every minute for 30 days
    return {
      name,
      runsPerMonth: runs,
      billedMsPerRun: round(msPerRun, 1),
      dollarsPerMonth: round(
        runs * (prices.lambdaPerMillionRequests / 1_000_000) +
          runs * (msPerRun / 1000) * FUNCTION_MEMORY_GB * prices.lambdaArmPerGbSecond,
        4,
      ),
    };
  });
  // Invocations per complaint from the burst (batches as they form under load), duration per complaint from the
  // quiet phase (no other invocation sharing the thread), for each function.
  const lambda = functions.map((name) => {
    const counted = burst.invocations[name] ?? { count: 0, billedMs: 0 };
    const quietRun = quiet.invocations[name];
    const msPerComplaint = quietRun?.count ? quietRun.billedMs / quietComplaints : counted.billedMs / complaints;
    return {
      name,
      invocationsPerComplaint: round(perComplaint(counted.count)),
      billedMsPerComplaint: round(msPerComplaint, 1),
      gbSecondsPerComplaint: (msPerComplaint / 1000) * FUNCTION_MEMORY_GB,
    };
  });
  const sqsRequests = sum(
    Object.entries(burst.calls)
      .filter(([name]) => name.startsWith("sqs:") && name !== "sqs:ReceiveMessage (empty)")
      .map(([name, n]) => (name === "sqs:ReceiveMessage" ? n - (burst.calls["sqs:ReceiveMessage (empty)"] ?? 0) : n)),
  );
  const webhooks = sum(
    Object.entries(burst.invocations)
      .filter(([name]) => name.startsWith("webhooks/"))
      .map(([, v]) => v.count),
  );
  const million = 1_000_000;
  const lines = {
    apiGateway: perComplaint(webhooks) * prices.apiGatewayPerMillionRequests,
    lambdaRequests:
      perComplaint(sum(lambda.map((l) => l.invocationsPerComplaint * complaints))) * prices.lambdaPerMillionRequests,
    lambdaDuration: sum(lambda.map((l) => l.gbSecondsPerComplaint)) * million * prices.lambdaArmPerGbSecond,
    sqs: perComplaint(sqsRequests) * prices.sqsPerMillionRequests,
    dynamoWrites: perComplaint(burst.dynamodb.writeUnits) * prices.dynamoPerMillionWriteUnits,
    dynamoReads: perComplaint(burst.dynamodb.readUnits) * prices.dynamoPerMillionReadUnits,
  };
  return {
    prices,
    perComplaint: {
      apiGatewayRequests: round(perComplaint(webhooks)),
      sqsRequests: round(perComplaint(sqsRequests)),
      dynamoWriteUnits: round(perComplaint(burst.dynamodb.writeUnits)),
      dynamoReadUnits: round(perComplaint(burst.dynamodb.readUnits)),
      lambda: lambda.map(({ gbSecondsPerComplaint, ...rest }) => ({
        ...rest,
        gbSecondsPerComplaint: round(gbSecondsPerComplaint, 6),
      })),
      calls: Object.fromEntries(Object.entries(burst.calls).map(([name, n]) => [name, round(perComplaint(n))])),
    },
    dollarsPerMillion: Object.fromEntries(Object.entries(lines).map(([name, value]) => [name, round(value, 2)])),
    totalDollarsPerMillion: round(sum(Object.values(lines)), 2),
    /** Costs that do not grow with complaints (the sweep; the empty 20 s long polls of SQS, about 5 cents a month per poller). */
    fixedPerMonth,
  };
}
