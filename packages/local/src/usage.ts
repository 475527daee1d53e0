import { subscribe } from "node:diagnostics_channel";
import type { ClientRequest } from "node:http";
import { consumedCapacity } from "#core/adapters/dynamo-shared.ts";

/**
 * What a local run would be billed for on AWS, counted in each thread of the stack: every AWS API call by operation
 * (`sqs:SendMessageBatch`, `dynamodb:PutItem`), other outbound HTTP calls, each function's invocations and their
 * billed duration (rounded up to the millisecond, as Lambda bills), and the DynamoDB units the table reported.
 * Printed as one `local: usage {...}` line when the stack stops; `npm run bench` prices it.
 */
export interface Usage {
  calls: Record<string, number>;
  invocations: Record<string, { count: number; billedMs: number }>;
  dynamodb: { readUnits: number; writeUnits: number };
}

const calls: Record<string, number> = {};
const invocations: Record<string, { count: number; billedMs: number }> = {};
let metering = false;

/** Starts counting this thread's outbound HTTP calls (once per thread). */
export function meterCalls(): void {
  if (metering) return;
  metering = true;
  subscribe("http.client.request.start", (message) => {
    const request = (message as { request: ClientRequest }).request;
    const target = request.getHeader("x-amz-target");
    const name =
      typeof target === "string"
        ? target.replace(/^DynamoDB_\d+\./, "dynamodb:").replace(/^AmazonSQS\./, "sqs:")
        : `http:${request.method} ${request.host}`;
    calls[name] = (calls[name] ?? 0) + 1;
  });
}

/** Records one invocation of `name` that took `ms`. */
export function recordInvocation(name: string, ms: number): void {
  const entry = invocations[name] ?? { count: 0, billedMs: 0 };
  entry.count += 1;
  entry.billedMs += Math.max(1, Math.ceil(ms));
  invocations[name] = entry;
}

/**
 * A long poll that came back empty: SQS bills it, but per hour of polling (five pollers in AWS, whatever the traffic),
 * not per complaint, so it is counted apart.
 */
export function recordEmptyReceive(): void {
  calls["sqs:ReceiveMessage (empty)"] = (calls["sqs:ReceiveMessage (empty)"] ?? 0) + 1;
}

/** This thread's usage so far. */
export function usageOfThisThread(): Usage {
  return structuredClone({ calls, invocations, dynamodb: consumedCapacity });
}

/** The sum of several threads' usage. */
export function addUsage(parts: Usage[]): Usage {
  const total: Usage = { calls: {}, invocations: {}, dynamodb: { readUnits: 0, writeUnits: 0 } };
  for (const part of parts) {
    for (const [name, n] of Object.entries(part.calls)) total.calls[name] = (total.calls[name] ?? 0) + n;
    for (const [name, { count, billedMs }] of Object.entries(part.invocations)) {
      const entry = total.invocations[name] ?? { count: 0, billedMs: 0 };
      entry.count += count;
      entry.billedMs += billedMs;
      total.invocations[name] = entry;
    }
    total.dynamodb.readUnits += part.dynamodb.readUnits;
    total.dynamodb.writeUnits += part.dynamodb.writeUnits;
  }
  return total;
}
