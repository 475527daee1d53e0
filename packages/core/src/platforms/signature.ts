import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Compares two secrets or digests in constant time (for equal lengths; a length mismatch is rejected at once, which
 * leaks only the length).
 *
 * @example
 * ```ts
 * safeEqual("sha256=abc", header);
 * ```
 */
export function safeEqual(expected: string | Buffer, actual: string | Buffer): boolean {
  const a = typeof expected === "string" ? Buffer.from(expected) : expected;
  const b = typeof actual === "string" ? Buffer.from(actual) : actual;
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * HMAC of the given parts, as raw bytes.
 *
 * @example
 * ```ts
 * hmac("sha256", secret, rawBody).toString("hex");
 * ```
 */
export function hmac(algorithm: "sha1" | "sha256", key: string | Buffer, ...parts: (string | Buffer)[]): Buffer {
  const mac = createHmac(algorithm, key);
  for (const part of parts) mac.update(part);
  return mac.digest();
}
