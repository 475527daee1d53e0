import { PlatformDisabled } from "../errors.ts";
import { definePlatform, type PlatformEnv } from "../platform.ts";
import { X_POST_LIMIT, xLength } from "./characters.ts";
import { normalizeXMessage } from "./normalize.ts";
import { XApiReplies } from "./reply.ts";
import { splitXDelivery, verifyXSignature, xHandshake, xMessageSchema } from "./webhook.ts";

const defaultApiUrl = "https://api.x.com";
const apiUrl = (env: PlatformEnv) => env.X_API_URL || defaultApiUrl;

/** The consumer secret (API secret key) that signs deliveries and the CRC answer. */
const consumerSecret = (env: PlatformEnv): string => {
  if (!env.X_CONSUMER_SECRET) throw new PlatformDisabled("X (no consumer secret is set)");
  return env.X_CONSUMER_SECRET;
};

/**
 * X: the Account Activity API's posts (mentions of the brand, replies to it, quotes of it, and the brand's own) and
 * DMs on `/webhooks/x`, signed with the app's consumer secret, answered through the X API v2 with the brand
 * account's OAuth 2.0 user-context token.
 */
export const x = definePlatform({
  source: "x",
  title: "X (Account Activity API)",
  env: { secrets: ["X_CONSUMER_SECRET", "X_ACCESS_TOKEN"], urls: { X_API_URL: defaultApiUrl } },
  enabled: (env) => Boolean(env.X_CONSUMER_SECRET),
  handshake: (request, env) => xHandshake(request, consumerSecret(env)),
  verify: (request, env) =>
    verifyXSignature(request.body, request.headers["x-twitter-webhooks-signature"], consumerSecret(env)),
  split: splitXDelivery,
  message: xMessageSchema,
  normalize: normalizeXMessage,
  replySenders: (env) => {
    if (!env.X_ACCESS_TOKEN) return {};
    return { x: new XApiReplies({ apiUrl: apiUrl(env), accessToken: env.X_ACCESS_TOKEN }) };
  },
  channels: {
    // Posts count as X counts them (links 23, emoji and CJK 2); DMs may be 10,000 characters.
    x: { public: { maxLength: X_POST_LIMIT, countCharacters: xLength }, private: { maxLength: 10_000 } },
  },
});
