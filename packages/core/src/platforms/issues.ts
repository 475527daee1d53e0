import type { ZodMiniType } from "zod/mini";
import { MalformedDelivery } from "./errors.ts";
import type { WebhookRequest } from "./platform.ts";

/** The parts of a zod issue a message needs (zod and zod/mini share them). */
interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly format?: string;
}

/**
 * A zod issue as a short sentence naming the field, without zod's locale tables (which would weigh on the webhook
 * functions): `entry[0].changes: expected an array`.
 *
 * @example
 * ```ts
 * issueText({ code: "invalid_type", expected: "array", path: ["entry"], message: "Invalid input" }); // "entry: expected array"
 * ```
 */
export function issueText(issue: IssueLike): string {
  const where =
    issue.path.reduce<string>(
      (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
      "",
    ) || "(the body)";
  const what =
    issue.code === "invalid_type"
      ? `expected ${String(issue.expected)}`
      : issue.code === "invalid_value" && issue.values
        ? `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`
        : issue.code === "invalid_format" && issue.format
          ? `must be a valid ${issue.format === "url" ? "http(s) URL" : issue.format}`
          : issue.code === "too_small"
            ? "is empty or too short"
            : issue.code === "invalid_union"
              ? "is none of the shapes this webhook takes"
              : issue.message === "Invalid input"
                ? "is not valid"
                : issue.message;
  return `${where}: ${what}`;
}

/**
 * A verified delivery's body, parsed as JSON and checked against the platform's schema.
 *
 * @param what names the delivery in the message: "a Meta webhook delivery".
 * @throws MalformedDelivery `malformed_json` when the body is not JSON, `malformed_payload` naming the first bad field.
 * @example
 * ```ts
 * const envelope = parseDelivery(request, metaEnvelopeSchema, "a Meta webhook delivery");
 * ```
 */
export function parseDelivery<T>(request: Pick<WebhookRequest, "body">, schema: ZodMiniType<T>, what: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body.toString("utf8"));
  } catch {
    throw new MalformedDelivery("malformed_json", "The body is not valid JSON");
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new MalformedDelivery("malformed_payload", `Not ${what}: ${issue ? issueText(issue) : "unreadable"}`);
  }
  return result.data;
}
