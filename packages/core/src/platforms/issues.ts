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

/** No platform nests its payloads anywhere near this deep; deeper is an attack on whatever walks the value later. */
export const MAX_JSON_DEPTH = 64;

/**
 * How deeply a JSON text nests arrays and objects, read without parsing it (strings skipped, escapes honoured), and
 * stopping as soon as it passes `limit`.
 *
 * @example
 * ```ts
 * jsonDepth(Buffer.from('{"a":[1,{"b":2}]}')); // 3
 * ```
 */
export function jsonDepth(bytes: Uint8Array, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // backslash: skip the escaped character
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return deepest;
}

/**
 * A verified delivery's body, parsed as JSON and checked against the platform's schema.
 *
 * @param what names the delivery in the message: "a Meta webhook delivery".
 * @throws MalformedDelivery `malformed_json` when the body is not JSON or nests deeper than MAX_JSON_DEPTH (checked
 *   before parsing), `malformed_payload` naming the first bad field.
 * @example
 * ```ts
 * const envelope = parseDelivery(request, metaEnvelopeSchema, "a Meta webhook delivery");
 * ```
 */
export function parseDelivery<T>(request: Pick<WebhookRequest, "body">, schema: ZodMiniType<T>, what: string): T {
  if (jsonDepth(request.body) > MAX_JSON_DEPTH) {
    throw new MalformedDelivery("malformed_json", `The body nests deeper than ${MAX_JSON_DEPTH} levels`);
  }
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
