/**
 * Characters a message body may not carry as they are. SQS accepts only `#x9 #xA #xD #x20-#xD7FF #xE000-#xFFFD
 * #x10000-#x10FFFF`, so it refuses U+FFFE and U+FFFF; the local emulator also refuses everything outside the Basic
 * Multilingual Plane (every emoji). `JSON.stringify` already escapes C0 controls and lone surrogates, so what is left
 * are these two and the UTF-16 halves of astral characters (here only ever in well-formed pairs).
 */
const NOT_SAFE_FOR_SQS = /[\uD800-\uDFFF\uFFFE\uFFFF]/g;

const escapeUnit = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * A value as a JSON message body that every SQS (and the local emulator) accepts whatever text it holds: the JSON
 * with every character SQS could refuse written as a `\uXXXX` escape. `JSON.parse` gives back exactly the value.
 *
 * @example
 * ```ts
 * encodeSqsBody({ text: "Thanks a lot 🙄" }); // '{"text":"Thanks a lot \\ud83d\\ude44"}'
 * JSON.parse(encodeSqsBody({ text: "🙄" })).text === "🙄"; // true
 * ```
 */
export function encodeSqsBody(value: unknown): string {
  return JSON.stringify(value).replace(NOT_SAFE_FOR_SQS, escapeUnit);
}
