import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { z } from "zod";
import { ConfigError } from "../errors.ts";
import { type ResponderConfig, responderConfigSchema } from "./schema.ts";

/** Where the configuration is read from: `RESPONDER_CONFIG`, else `responder.config.json` in the working directory. */
export const configPath = (env: NodeJS.ProcessEnv = process.env): string =>
  resolve(env.RESPONDER_CONFIG || "responder.config.json");

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  ) || "(root)";

/**
 * Turns zod issues into lines that name the bad field, e.g. `queues[0].firstResponseTarget: must be ...`.
 *
 * @example
 * ```ts
 * describeIssues(result.error.issues).join("\n");
 * ```
 */
export const describeIssues = (issues: readonly z.core.$ZodIssue[]): string[] =>
  issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);

/**
 * Validates a parsed configuration object.
 *
 * @throws ConfigError naming each bad field.
 * @example
 * ```ts
 * const config = parseConfig(JSON.parse(text), "responder.config.json");
 * ```
 */
export function parseConfig(value: unknown, source = "configuration"): ResponderConfig {
  const result = responderConfigSchema.safeParse(value);
  if (!result.success) {
    throw new ConfigError(`Invalid ${source}:\n  ${describeIssues(result.error.issues).join("\n  ")}`);
  }
  return result.data;
}

/**
 * Reads and validates the configuration file.
 *
 * @throws ConfigError when the file is missing, is not JSON, or is invalid; the message names the bad field.
 * @example
 * ```ts
 * const config = loadConfig(); // responder.config.json or $RESPONDER_CONFIG
 * ```
 */
export function loadConfig(path = configPath()): ResponderConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new ConfigError(`Cannot read the responder config ${path}: ${(cause as Error).message}`, { cause });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`The responder config ${path} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  return parseConfig(value, `responder config ${path}`);
}
