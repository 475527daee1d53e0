import * as z from "zod/mini";
import { OutboundError, send } from "../../http/post.ts";
import { sameText } from "../../text/compare.ts";
import type { ReplyTarget } from "../inbound.ts";
import { MessagingWindowClosed, type ReplySender, type SendContext } from "../platform.ts";

export interface GraphApiOptions {
  /** Base URL including the version, e.g. https://graph.facebook.com/v23.0 */
  graphUrl: string;
  pageAccessToken: string;
  timeoutMs?: number;
}

const HOUR_MS = 3_600_000;
const STANDARD_WINDOW_MS = 24 * HOUR_MS;
const HUMAN_AGENT_WINDOW_MS = 7 * 24 * HOUR_MS;

const targets = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("comment"), commentId: z.string() }),
  z.object({ kind: z.literal("ig-comment"), commentId: z.string() }),
  z.object({ kind: z.literal("private-reply"), commentId: z.string() }),
  z.object({ kind: z.literal("message"), recipientId: z.string() }),
  z.object({ kind: z.literal("whatsapp"), phoneNumberId: z.string(), to: z.string(), quote: z.optional(z.string()) }),
]);

const idOf = (body: unknown): string => {
  const record = (body ?? {}) as Record<string, unknown>;
  const whatsapp = Array.isArray(record.messages)
    ? (record.messages[0] as { id?: unknown } | undefined)?.id
    : undefined;
  const id = record.id ?? record.message_id ?? whatsapp;
  return typeof id === "string" && id ? id : "unknown";
};

/**
 * Graph API error codes that mean "not now" although the status is a 4xx: the app, user or Page is rate limited
 * (4, 17, 32, 613, 80001-80014), or Meta had a passing problem (1, 2). Retried like a 429.
 */
const transientCodes = new Set([1, 2, 4, 17, 32, 341, 613, ...Array.from({ length: 14 }, (_, i) => 80001 + i)]);

/** What Meta says in an error answer: `{ "error": { "message", "code", "is_transient" } }`. */
const graphErrorOf = (answer: string | undefined): { message?: string; code?: number; is_transient?: boolean } => {
  try {
    const parsed = JSON.parse(answer ?? "") as { error?: { message?: string; code?: number; is_transient?: boolean } };
    return parsed.error ?? {};
  } catch {
    return {};
  }
};

/** A Graph API refusal in Meta's terms: a rate limit is retried, an expired token says what to do. */
function graphRefusal(error: OutboundError): OutboundError {
  if (error.status === undefined || error.retryable) return error;
  const graph = graphErrorOf(error.answer);
  if (graph.is_transient === true || (graph.code !== undefined && transientCodes.has(graph.code))) {
    return new OutboundError(`${error.message} (a passing limit: retried)`, {
      delivered: "no",
      retryable: true,
      status: error.status,
      answer: error.answer,
    });
  }
  if (graph.code === 190) {
    return new OutboundError(
      `the Page access token is expired or revoked (Graph API OAuth error 190: ${graph.message ?? "invalid token"}); renew META_PAGE_ACCESS_TOKEN`,
      { delivered: "no", retryable: false, status: error.status, answer: error.answer },
    );
  }
  return error;
}

const ageMs = (context: SendContext) => context.now.getTime() - Date.parse(context.customerWroteAt);

/**
 * Messenger and Instagram DMs: inside 24 hours of the customer's last message a reply is a `RESPONSE`; after that,
 * for 7 days, a person may still answer with the human-agent tag; then the conversation is closed to us.
 */
function messagingTerms(context: SendContext): Record<string, string> {
  const age = ageMs(context);
  if (age <= STANDARD_WINDOW_MS) return { messaging_type: "RESPONSE" };
  if (!context.automatic && age <= HUMAN_AGENT_WINDOW_MS) return { messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" };
  throw new MessagingWindowClosed(
    context.automatic
      ? "the customer wrote over 24 hours ago: only a person may answer now (Meta's human-agent tag, up to 7 days)"
      : "the customer wrote over 7 days ago: Meta no longer lets the Page message them; answer where they write next",
  );
}

/**
 * Replies through the Graph API with the Page token (Facebook Login for business, the Page linked to the Instagram
 * account): Facebook comment replies (`POST /{comment-id}/comments`), Instagram comment replies
 * (`POST /{ig-comment-id}/replies`), private replies to comments and Messenger or Instagram DMs (`POST /me/messages`),
 * and WhatsApp messages (`POST /{phone-number-id}/messages`, quoting the customer's message). The token goes in the
 * Authorization header, never in a URL.
 *
 * @example
 * ```ts
 * const graph = new GraphApiReplies({ graphUrl: "https://graph.facebook.com/v23.0", pageAccessToken: token });
 * await graph.send({ kind: "comment", commentId: "1209913347725510_1034528716402277" }, "Hi Dana, ...", context);
 * ```
 */
export class GraphApiReplies implements ReplySender {
  readonly #options: GraphApiOptions;

  constructor(options: GraphApiOptions) {
    this.#options = options;
  }

  async send(target: ReplyTarget, text: string, context: SendContext): Promise<{ id: string }> {
    const parsed = targets.safeParse(target);
    if (!parsed.success) {
      throw new OutboundError(`Graph API: no way to answer a "${target.kind}"`, { delivered: "no", retryable: false });
    }
    const to = parsed.data;
    switch (to.kind) {
      case "comment":
        return this.#post(`/${encodeURIComponent(to.commentId)}/comments`, { message: text });
      case "ig-comment":
        return this.#post(`/${encodeURIComponent(to.commentId)}/replies`, { message: text });
      case "private-reply":
        if (ageMs(context) > HUMAN_AGENT_WINDOW_MS) {
          throw new MessagingWindowClosed("a private reply to a comment is only possible within 7 days of it");
        }
        return this.#post("/me/messages", { recipient: { comment_id: to.commentId }, message: { text } });
      case "message":
        return this.#post("/me/messages", {
          recipient: { id: to.recipientId },
          ...messagingTerms(context),
          message: { text },
        });
      case "whatsapp":
        if (ageMs(context) > STANDARD_WINDOW_MS) {
          throw new MessagingWindowClosed(
            "outside WhatsApp's 24-hour customer-service window: a free text cannot be sent; answer with an approved template on WhatsApp",
          );
        }
        return this.#post(`/${encodeURIComponent(to.phoneNumberId)}/messages`, {
          messaging_product: "whatsapp",
          recipient_type: "individual",
          to: to.to,
          type: "text",
          text: { body: text, preview_url: false },
          ...(to.quote ? { context: { message_id: to.quote } } : {}),
        });
    }
  }

  canReadBack(target: ReplyTarget): boolean {
    return target.kind === "comment" || target.kind === "ig-comment";
  }

  /**
   * Our reply under a comment, read back: `GET /{comment-id}/comments` (fields `from`, `message`) on Facebook,
   * `GET /{ig-comment-id}/replies` (fields `from`, `text`) on Instagram, looking for the brand account's reply with
   * this text.
   *
   * @throws OutboundError when the Graph API cannot be read now (the caller retries later, sending nothing).
   */
  async readBack(target: ReplyTarget, text: string, accountId: string): Promise<{ id: string } | null> {
    const parsed = targets.safeParse(target);
    if (!parsed.success || (parsed.data.kind !== "comment" && parsed.data.kind !== "ig-comment")) return null;
    const facebook = parsed.data.kind === "comment";
    const edge = facebook ? "comments" : "replies";
    const fields = facebook ? "from,message" : "from,username,text";
    const base = this.#options.graphUrl.replace(/\/+$/, "");
    const answer = await send({
      service: "Graph API",
      method: "GET",
      url: `${base}/${encodeURIComponent(parsed.data.commentId)}/${edge}?fields=${fields}&limit=100`,
      headers: { authorization: `Bearer ${this.#options.pageAccessToken}` },
      timeoutMs: this.#options.timeoutMs,
    });
    const replies = ((answer.json as { data?: unknown }).data ?? []) as {
      id?: string;
      from?: { id?: string };
      message?: string;
      text?: string;
    }[];
    const ours = replies.find(
      (reply) => reply.from?.id === accountId && sameText(facebook ? reply.message : reply.text, text),
    );
    return ours?.id ? { id: ours.id } : null;
  }

  async #post(path: string, body: unknown): Promise<{ id: string }> {
    const base = this.#options.graphUrl.replace(/\/+$/, "");
    try {
      const answer = await send({
        service: "Graph API",
        url: `${base}${path}`,
        body,
        headers: { authorization: `Bearer ${this.#options.pageAccessToken}` },
        timeoutMs: this.#options.timeoutMs,
      });
      return { id: idOf(answer.json) };
    } catch (error) {
      throw error instanceof OutboundError ? graphRefusal(error) : error;
    }
  }
}
