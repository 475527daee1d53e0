import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type RunningStack, startStack } from "./support/local-stack.ts";
import { feedComment, postMeta, testConfig } from "./support/meta.ts";
import { startPlatformStub } from "./support/platform-stub.ts";

const SECRET = "text-fidelity-secret";

// 5,000 characters (code points) of a comment that mixes scripts, emoji and marks.
const long = Array.from("My order 🙄 never came, 注文が届かない، طلبي لم يصل 👩‍👩‍👧 Zoë Ñ ").join("").repeat(200);
const fiveThousand = Array.from(long).slice(0, 5000).join("");

/** What customers write, and what the platform sends as text: each must come out exactly as it went in. */
const texts: Record<string, string> = {
  emoji: "Thanks a lot Acme 🙄",
  "ZWJ sequences": "My family 👩‍👩‍👧‍👦 waited 3 weeks 🧑🏽‍💻 and nothing 🏳️‍🌈",
  flags: "Shipping to 🇳🇬 and 🇧🇷 is broken, my parcel is lost 🇪🇺",
  "astral CJK": "我的订单在哪里？𠀋𡈁𢌞𤭢 still not delivered",
  "right to left": "طلبي لم يصل بعد، هذا غير مقبول! ההזמנה שלי לא הגיעה",
  "combining marks": "Cafe\u0301 order broken: N\u0303 Z̤͔ͧ̑̓ a\u0308\u0301 🙅🏿‍♀️",
  "U+FFFE and U+FFFF": "My order is broken \uFFFE and \uFFFF again",
  "NUL and control characters":
    "Broken\u0000 parcel\u0007 bell\u001b escape\u007f del\u0085 nel\u2028 ls\t tab\r\n end",
  "lone surrogates": "Lone \uD800 high and \uDC00 low surrogates, my order is lost",
  "5,000 characters": fiveThousand,
};

describe("any text a platform sends is queued, stored and shown exactly", () => {
  let stack: RunningStack;
  let graph: Awaited<ReturnType<typeof startPlatformStub>>;

  beforeAll(async () => {
    graph = await startPlatformStub();
    stack = await startStack({
      config: testConfig,
      env: { META_APP_SECRET: SECRET, META_PAGE_ACCESS_TOKEN: "t", META_GRAPH_URL: `${graph.url}/v23.0` },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await graph?.close();
  });

  it.each(Object.entries(texts))("%s", async (name, text) => {
    // Prepare: JSON.stringify writes NUL, controls and lone surrogates as \u escapes, and U+FFFE, U+FFFF and emoji
    // raw, as Meta does.
    const commentId = `777_${Buffer.from(name).toString("hex").slice(0, 20)}`;
    const author = { id: `a_${commentId}`, name: "Zoë 🌸 Okafor" };
    const body = feedComment(commentId, text, { from: author });

    // Act
    const response = await postMeta(stack.url, body, SECRET);

    // Assess: 200, and the case holds the text (a lone surrogate may only become U+FFFD).
    expect(response.status, await response.clone().text()).toBe(200);
    const found = await eventually(async () => {
      const items = (await stack.api("/api/cases?limit=100")).body.items as any[];
      return items.find((c) => c.externalId === commentId);
    });
    const detail = (await stack.api(`/api/cases/${found.id}`)).body;
    expect(detail.text).toBe(text.toWellFormed());
    expect(detail.author.name).toBe(author.name);
  });
});
