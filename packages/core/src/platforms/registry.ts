import type { ZodMiniType } from "zod/mini";
import * as z from "zod/mini";
import { generic } from "./generic/index.ts";
import { meta } from "./meta/index.ts";
import type { PlatformName } from "./names.ts";
import type { Channels, Platform, PlatformEnv, ReplySender, TextRules } from "./platform.ts";
import { x } from "./x/index.ts";

/**
 * Every platform the product hears. Adding one is its folder under `platforms/` and one line here: the webhook routes,
 * the secrets in `infra/`, the environment schema, the router's dispatch, the reply senders and the 404 of a
 * disabled platform all come from this list (see docs/architecture.md).
 */
export const platforms = [meta, generic, x] as const;

export type RegisteredPlatform = (typeof platforms)[number];
/** A queue message of any platform: discriminated by `source`. */
export type PlatformMessage = {
  [P in RegisteredPlatform as P["source"]]: Parameters<P["normalize"]>[0];
}[RegisteredPlatform["source"]];

const bySource = new Map<string, Platform>(platforms.map((p) => [p.source, p as unknown as Platform]));

/**
 * The platform whose webhook is `/webhooks/<source>`, or undefined.
 *
 * @example
 * ```ts
 * platformOf("meta")?.title; // "Meta (Facebook, Messenger, Instagram, WhatsApp)"
 * ```
 */
export const platformOf = (source: string): Platform | undefined => bySource.get(source);

/** The queue message of every platform, told apart by `source`: what the router reads off the intake queue. */
export const platformMessageSchema = z.discriminatedUnion(
  "source",
  platforms.map((p) => p.message) as never,
) as unknown as ZodMiniType<PlatformMessage>;

/** Every secret variable a platform reads, for the environment schema and infra. */
export const platformSecrets: readonly string[] = [...new Set(platforms.flatMap((p) => p.env.secrets))];

/** Every outbound base URL variable with its default. */
export const platformUrls: Readonly<Record<string, string>> = Object.assign(
  {},
  ...platforms.map((p) => p.env.urls ?? {}),
);

/**
 * The reply senders of every platform whose reply credentials are set, per case platform.
 *
 * @example
 * ```ts
 * replySenders(process.env).facebook?.send(target, text, context);
 * ```
 */
export function replySenders(env: PlatformEnv): Partial<Record<PlatformName, ReplySender>> {
  return Object.assign({}, ...platforms.map((p) => p.replySenders(env)));
}

const channels: Partial<Record<PlatformName, Channels>> = Object.assign({}, ...platforms.map((p) => p.channels));

/**
 * The rules of a case platform's replies: public ones in its thread, private ones in its conversation.
 *
 * @example
 * ```ts
 * channelsOf("facebook").private?.maxLength; // 2000 (Messenger)
 * ```
 */
export const channelsOf = (platform: PlatformName): Channels => channels[platform] ?? {};

/**
 * How long a reply on a platform's channel may be and how it is counted; undefined for a platform or channel no
 * registered platform declares.
 *
 * @example
 * ```ts
 * textRulesOf("facebook", "private")?.maxLength; // 2000: a private reply goes to Messenger
 * ```
 */
export const textRulesOf = (platform: string, channel: "public" | "private"): TextRules | undefined =>
  channels[platform as PlatformName]?.[channel];
