import { z } from "zod";
import { responderConfigSchema } from "./schema.ts";

/**
 * The JSON Schema of the responder configuration (what editors use to check `responder.config.json`), as text.
 *
 * @example
 * ```ts
 * writeFileSync("responder.config.schema.json", configJsonSchemaText());
 * ```
 */
export function configJsonSchemaText(): string {
  const schema = z.toJSONSchema(responderConfigSchema, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "firstreply responder configuration" }, null, 2)}\n`;
}
