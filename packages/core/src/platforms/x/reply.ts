import * as z from "zod/mini";
import { OutboundError, send } from "../../http/post.ts";
import type { ReplyTarget } from "../inbound.ts";
import type { ReplySender, SendContext } from "../platform.ts";

export interface XApiOptions {
  /** Base URL without the version, e.g. https://api.x.com */
  apiUrl: string;
  /** OAuth 2.0 user-context token of the brand's account (scopes tweet.write and dm.write). */
  accessToken: string;
  timeoutMs?: number;
}

const targets = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("tweet"), tweetId: z.string().check(z.minLength(1)) }),
  z.object({ kind: z.literal("dm"), participantId: z.string().check(z.minLength(1)) }),
]);

const answer = z.looseObject({
  data: z.optional(z.looseObject({ id: z.optional(z.string()), dm_event_id: z.optional(z.string()) })),
  errors: z.optional(z.array(z.unknown())),
});

/**
 * Replies through the X API v2 as the brand's account: in the thread (`POST /2/tweets` with
 * `reply.in_reply_to_tweet_id`) or in the DM conversation with the customer
 * (`POST /2/dm_conversations/with/{participant_id}/messages`). The token goes in the Authorization header.
 *
 * @example
 * ```ts
 * const api = new XApiReplies({ apiUrl: "https://api.x.com", accessToken: token });
 * await api.send({ kind: "tweet", tweetId: "1899823487121046593" }, "Hi Dana, ...", context);
 * ```
 */
export class XApiReplies implements ReplySender {
  readonly #options: XApiOptions;

  constructor(options: XApiOptions) {
    this.#options = options;
  }

  // X documents no messaging window for DMs: whether the customer accepts them is X's answer to give (a 403).
  async send(target: ReplyTarget, text: string, _context?: SendContext): Promise<{ id: string }> {
    const parsed = targets.safeParse(target);
    if (!parsed.success) {
      throw new OutboundError(`X API: no way to answer a "${target.kind}"`, { delivered: "no", retryable: false });
    }
    const to = parsed.data;
    switch (to.kind) {
      case "tweet":
        return this.#post("/2/tweets", { text, reply: { in_reply_to_tweet_id: to.tweetId } }, "id");
      case "dm":
        return this.#post(
          `/2/dm_conversations/with/${encodeURIComponent(to.participantId)}/messages`,
          { text },
          "dm_event_id",
        );
    }
  }

  async #post(path: string, body: unknown, idField: "id" | "dm_event_id"): Promise<{ id: string }> {
    const base = this.#options.apiUrl.replace(/\/+$/, "");
    const response = await send({
      service: "X API",
      url: `${base}${path}`,
      body,
      headers: { authorization: `Bearer ${this.#options.accessToken}` },
      timeoutMs: this.#options.timeoutMs,
    });
    const parsed = answer.safeParse(response.json);
    const id = parsed.success ? parsed.data.data?.[idField] : undefined;
    if (id) return { id };
    // A 2xx with errors and no data: X did not post it.
    if (parsed.success && parsed.data.errors?.length) {
      throw new OutboundError(
        `X API answered ${response.status} with errors and no ${idField}: ${response.text.slice(0, 300)}`,
        {
          delivered: "no",
          retryable: false,
          status: response.status,
          answer: response.text.slice(0, 2000),
        },
      );
    }
    return { id: "unknown" };
  }
}
