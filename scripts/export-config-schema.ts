// Writes responder.config.schema.json, the JSON Schema of responder.config.json, from the zod schema that validates it
// at start-up. `npm test` checks the committed file is current.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { configJsonSchemaText } from "#core/config/json-schema.ts";

const target = resolve(import.meta.dirname, "../responder.config.schema.json");
writeFileSync(target, configJsonSchemaText());
console.log(`wrote ${target}`);
