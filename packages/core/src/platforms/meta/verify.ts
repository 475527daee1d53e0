import { AppError } from "../../errors.ts";
import { hmac, safeEqual } from "../signature.ts";

/**
 * Answers Meta's subscription handshake: `GET ?hub.mode=subscribe&hub.verify_token=...&hub.challenge=...`.
 *
 * @returns the challenge, to be sent back as the body of a 200.
 * @throws AppError 400 when the request is not a handshake, 403 when the verify token is wrong.
 * @example
 * ```ts
 * verifyHandshake({ "hub.mode": "subscribe", "hub.verify_token": "t", "hub.challenge": "42" }, "t"); // "42"
 * ```
 */
export function verifyHandshake(query: Record<string, string | undefined>, verifyToken: string): string {
  const mode = query["hub.mode"];
  const token = query["hub.verify_token"];
  const challenge = query["hub.challenge"];
  if (mode !== "subscribe" || challenge === undefined || challenge === "" || token === undefined) {
    throw new AppError(400, "bad_handshake", "Expected hub.mode=subscribe with hub.verify_token and hub.challenge");
  }
  if (!safeEqual(verifyToken, token)) {
    throw new AppError(403, "wrong_verify_token", "The verify token does not match");
  }
  return challenge;
}

const headerPattern = /^sha256=([0-9a-f]{64})$/i;

/**
 * Checks `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed with the app secret>` in constant time.
 *
 * @throws AppError 401 when the header is missing, malformed or wrong.
 * @example
 * ```ts
 * verifySignature(rawBody, event.headers["x-hub-signature-256"], process.env.META_APP_SECRET!);
 * ```
 */
export function verifySignature(rawBody: Buffer, header: string | undefined, appSecret: string): void {
  const match = header ? headerPattern.exec(header.trim()) : null;
  if (!match?.[1]) {
    throw new AppError(401, "missing_signature", "X-Hub-Signature-256 is missing or not sha256=<hex>");
  }
  const expected = hmac("sha256", appSecret, rawBody);
  if (!safeEqual(expected, Buffer.from(match[1], "hex"))) {
    throw new AppError(401, "bad_signature", "X-Hub-Signature-256 does not match the body");
  }
}
