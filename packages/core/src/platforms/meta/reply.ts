import { DeliveryError, postJson, type ReplySender } from "../../replies/delivery.ts";
import type { ReplyTarget } from "../inbound.ts";

export interface GraphApiOptions {
  /** Base URL including the version, e.g. https://graph.facebook.com/v23.0 */
  graphUrl: string;
  pageAccessToken: string;
  timeoutMs?: number;
}

const idOf = (body: unknown): string => {
  const record = (body ?? {}) as Record<string, unknown>;
  const id = record.id ?? record.message_id;
  return typeof id === "string" && id ? id : "unknown";
};

/**
 * Replies through the Graph API: comment replies (`POST /{comment-id}/comments`), Messenger messages and Facebook
 * private replies to comments (`POST /me/messages`). The Page token goes in the Authorization header, never in a URL.
 *
 * @example
 * ```ts
 * const graph = new GraphApiReplies({ graphUrl: "https://graph.facebook.com/v23.0", pageAccessToken: token });
 * await graph.send({ kind: "comment", commentId: "1209913347725510_1034528716402277" }, "Hi Dana, ...");
 * ```
 */
export class GraphApiReplies implements ReplySender {
  readonly #options: GraphApiOptions;

  constructor(options: GraphApiOptions) {
    this.#options = options;
  }

  async send(target: ReplyTarget, text: string): Promise<{ id: string }> {
    const base = this.#options.graphUrl.replace(/\/+$/, "");
    const headers = { authorization: `Bearer ${this.#options.pageAccessToken}` };
    const post = (path: string, payload: unknown) =>
      postJson(`${base}${path}`, payload, headers, this.#options.timeoutMs).then(idOf);
    switch (target.kind) {
      case "comment":
        return { id: await post(`/${encodeURIComponent(target.commentId)}/comments`, { message: text }) };
      case "private-reply":
        return { id: await post("/me/messages", { recipient: { comment_id: target.commentId }, message: { text } }) };
      case "message":
        return {
          id: await post("/me/messages", {
            recipient: { id: target.recipientId },
            messaging_type: "RESPONSE",
            message: { text },
          }),
        };
      default:
        throw new DeliveryError("Unknown reply target", { delivered: "no", retryable: false });
    }
  }
}
