import { sign } from "./sign.mjs";

export const PAGE_ID = "118204355731962";

/** A Page feed comment delivery with our own ids, so tests do not depend on the shared fixtures alone. */
export function feedComment(
  commentId: string,
  message: string,
  options: { from?: { id: string; name: string }; parent?: string; verb?: string; pageId?: string } = {},
): Buffer {
  const pageId = options.pageId ?? PAGE_ID;
  return Buffer.from(
    JSON.stringify({
      object: "page",
      entry: [
        {
          id: pageId,
          time: 1_767_000_000,
          changes: [
            {
              field: "feed",
              value: {
                // Each comment its own author unless a test says otherwise: one author's comments on a post group.
                from: options.from ?? { id: `author_${commentId}`, name: "Ana Souza" },
                item: "comment",
                verb: options.verb ?? "add",
                comment_id: commentId,
                post_id: `${pageId}_555`,
                parent_id: options.parent ?? `${pageId}_555`,
                message,
                created_time: 1_767_000_000,
                post: { permalink_url: `https://www.facebook.com/${pageId}/posts/555` },
              },
            },
          ],
        },
      ],
    }),
  );
}

/** POSTs a body to /webhooks/meta, signed with `secret` unless headers are given. */
export function postMeta(baseUrl: string, body: Buffer, secret: string, headers?: Record<string, string>) {
  return fetch(`${baseUrl}/webhooks/meta`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(headers ?? Object.fromEntries(sign("meta", secret, body))) },
    body,
  });
}

/** A config with two queues and a keyword route, as the tests use it. */
export const testConfig = {
  brand: {
    name: "Tidewell Goods",
    signature: "Marco, Tidewell Care",
    accounts: { facebook: [PAGE_ID, "120577309814455"] },
  },
  queues: [
    {
      id: "billing",
      firstResponseTarget: "PT30M",
      escalateAfter: "PT10M",
      responders: [{ name: "Billing on-call", pagerduty: { routingKey: "R1" } }],
    },
    {
      id: "care",
      firstResponseTarget: "PT1H",
      escalateAfter: "PT10M",
      responders: [{ name: "Care on-call", pagerduty: { routingKey: "R2" } }],
    },
  ],
  routes: [{ match: { keywords: ["refund", "charged"] }, queue: "billing" }],
  defaultQueue: "care",
};
