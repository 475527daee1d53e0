// Posts a sample Meta webhook to the local stack, signed with $META_APP_SECRET as Meta would sign it.
//
//   npm run send-sample                                  # a Facebook complaint (test/fixtures/meta-page/feed-comment-add.json)
//   npm run send-sample -- messenger-message.json        # any file in test/fixtures/meta-page, or a path
//   npm run send-sample -- --text "Where is my refund?"  # a new comment with your own text
//
// Options: --url (default http://127.0.0.1:${PORT:-3000}).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { hmac } from "#core/platforms/signature.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: "string" }, text: { type: "string" } },
});
const secret = process.env.META_APP_SECRET;
if (!secret) {
  console.error("Set META_APP_SECRET to the same value the local stack runs with.");
  process.exit(1);
}
const base = values.url ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

let body: Buffer;
if (values.text) {
  const commentId = `555_${Date.now()}`;
  body = Buffer.from(
    JSON.stringify({
      object: "page",
      entry: [
        {
          id: "118204355731962",
          time: Math.floor(Date.now() / 1000),
          changes: [
            {
              field: "feed",
              value: {
                from: { id: "7719032845120936", name: "Dana Whitlock" },
                item: "comment",
                verb: "add",
                comment_id: commentId,
                post_id: "118204355731962_555",
                parent_id: "118204355731962_555",
                message: values.text,
                created_time: Math.floor(Date.now() / 1000),
              },
            },
          ],
        },
      ],
    }),
  );
} else {
  const name = positionals[0] ?? "feed-comment-add.json";
  const inFixtures = resolve(import.meta.dirname, "../test/fixtures/meta-page", name);
  const file = existsSync(inFixtures) ? inFixtures : resolve(name);
  body = readFileSync(file);
}

const response = await fetch(`${base}/webhooks/meta`, {
  method: "POST",
  headers: {
    "content-type": "application/json",
    "x-hub-signature-256": `sha256=${hmac("sha256", secret, body).toString("hex")}`,
  },
  body,
});
console.log(`${response.status} ${await response.text()}`);
process.exit(response.ok ? 0 : 1);
