import type { ZodMiniType } from "zod/mini";
import { OutboundError } from "../http/post.ts";
import type { InboundItem, ReplyTarget } from "./inbound.ts";
import type { PlatformName } from "./names.ts";

/** The environment a platform reads: its secrets and outbound base URLs (strings, or unset). */
export type PlatformEnv = Readonly<Record<string, string | undefined>>;

/** A webhook call as every platform sees it, whatever carried it (API Gateway, the local front). */
export interface WebhookRequest {
  method: string;
  /** Query parameters, decoded. */
  query: Readonly<Record<string, string | undefined>>;
  /** Headers, names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The exact bytes the sender signed. */
  body: Buffer;
  /** When our webhook received it (our clock): the start of the SLA clock. */
  receivedAt: string;
}

/** The answer to a handshake GET, exactly as the platform documents it. */
export interface HandshakeAnswer {
  contentType: string;
  body: string;
}

/** What normalizing one queued message gives: an item for the router, or why it needs nothing from us. */
export type Normalized = { item: InboundItem } | { skip: string };

export interface NormalizeContext {
  /** The brand's own account ids on a platform (`brand.accounts` of the config). */
  brandAccounts(platform: PlatformName): ReadonlySet<string>;
}

/** How long a reply may be, and how the platform counts it. */
export interface TextRules {
  maxLength: number;
  /** Characters as the platform counts them (default: code points after NFC). */
  countCharacters?: (text: string) => number;
}

/** The rules of a case platform's public replies and of its private messages. */
export interface Channels {
  public?: TextRules;
  private?: TextRules;
  /** Set when the platform has no reply API at all: why a person must answer, for the case. */
  noReplyApi?: string;
}

/** What a sender knows of the conversation when it answers: messaging windows count from the customer's last word. */
export interface SendContext {
  /** When the customer last wrote in this conversation. */
  customerWroteAt: string;
  now: Date;
  /** An automatic acknowledgement, not a person's reply: a window that only a person may use is closed to it. */
  automatic: boolean;
}

/**
 * The platform no longer lets us write freely in this conversation (Messenger and Instagram: 24 hours after the
 * customer's last message, 7 days for a person with the human-agent tag; WhatsApp: 24 hours). Nothing was sent, and
 * sending again will not help: a person must answer another way, as `message` says.
 */
export class MessagingWindowClosed extends OutboundError {
  constructor(message: string) {
    super(message, { delivered: "no", retryable: false });
    this.name = "MessagingWindowClosed";
  }
}

/**
 * Sends a text to a platform, publicly in a thread or privately in a conversation. Failures are `OutboundError`s
 * (`http/post.ts`); a closed messaging window is a `MessagingWindowClosed`.
 *
 * @example
 * ```ts
 * const { id } = await sender.send({ kind: "comment", commentId: "1_2" }, "Hi Dana, ...", context);
 * ```
 */
export interface ReplySender {
  send(target: ReplyTarget, text: string, context: SendContext): Promise<{ id: string }>;
  /**
   * Where the platform lets us read a thread back (Facebook and Instagram comments): our reply with this text under
   * the target, posted by the brand account `accountId`, or null when it is not there. Used after a crash between
   * posting and recording, to send only if it did not go out.
   */
  readBack?(target: ReplyTarget, text: string, accountId: string): Promise<{ id: string } | null>;
  /** Whether `readBack` can read this target's thread (a comment can; a private conversation cannot). */
  canReadBack?(target: ReplyTarget): boolean;
}

/**
 * One platform, everything about it: what it reads from the environment, its webhook (handshake, verification,
 * splitting a delivery into queue messages), how the router reads those messages, how to answer, and the limits of
 * its replies. Central code dispatches on the registry (`registry.ts`) and never names a platform.
 *
 * Everything here is imported by the webhook function too, so a platform's modules use `zod/mini` and the shared
 * HTTP poster only: never triage, templates or the case service.
 */
export interface Platform<Message extends { source: string } = { source: string }> {
  /** The webhook path segment (`/webhooks/<source>`) and the `source` of every message it queues. */
  readonly source: Message["source"];
  /** Who it is, for messages: "Meta (Facebook, Messenger, Instagram, WhatsApp)". */
  readonly title: string;
  /** Environment variables it reads: secrets (SST secrets in AWS) and outbound base URLs with their defaults. */
  readonly env: { readonly secrets: readonly string[]; readonly urls?: Readonly<Record<string, string>> };
  /** Whether its webhook is on: the secret it verifies calls with is set. Off, the webhook answers 404. */
  enabled(env: PlatformEnv): boolean;
  /** GET: the platform's subscription handshake. Without one, GET answers 405. */
  handshake?(request: WebhookRequest, env: PlatformEnv): HandshakeAnswer;
  /** POST: checks the call is genuine. @throws a `WebhookRefused` (errors.ts). */
  verify(request: WebhookRequest, env: PlatformEnv): void;
  /** A verified delivery as queue messages, one per item. @throws MalformedDelivery. */
  split(request: WebhookRequest): Message[];
  /** The queue message, as the router validates it. */
  readonly message: ZodMiniType<Message>;
  /** One queued message as an item for the router. */
  normalize(message: Message, context: NormalizeContext): Normalized;
  /** Senders per case platform, when the platform's reply credentials are set. */
  replySenders(env: PlatformEnv): Partial<Record<PlatformName, ReplySender>>;
  /** Per case platform it produces: the rules of public replies and private messages. */
  readonly channels: Partial<Record<PlatformName, Channels>>;
}

/**
 * Declares a platform with its message type checked against its schema.
 *
 * @example
 * ```ts
 * export const meta = definePlatform({ source: "meta", title: "Meta", ... });
 * ```
 */
export const definePlatform = <Message extends { source: string }>(platform: Platform<Message>): Platform<Message> =>
  platform;

/** Code points after NFC: an emoji counts once, not as the two UTF-16 units of `string.length`. */
export const codePoints = (text: string): number => Array.from(text.normalize("NFC")).length;
