import type { z } from "zod";
import { describeIssues } from "../config/load.ts";
import { InvalidRequest } from "./errors.ts";

/**
 * Validates API input with a zod schema.
 *
 * @throws InvalidRequest naming each bad field.
 * @example
 * ```ts
 * const { text } = validate(respondSchema, jsonBody(event), "body");
 * ```
 */
export function validate<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InvalidRequest(`Invalid ${where}: ${describeIssues(result.error.issues).join("; ")}`);
  }
  return result.data;
}
