// `npm run screenshots`: starts the local stack with a demo config, makes a breach happen (complaints, a question,
// a card number), and saves the console's main views, phone and desktop, as docs/console/*.png for the README.
// Not part of `npm test`; needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium } from "../test/support/browser.ts";
import { apiToken, eventually, startStack } from "../test/support/local-stack.ts";
import { feedComment, PAGE_ID, postMeta } from "../test/support/meta.ts";
import { startPlatformStub } from "../test/support/platform-stub.ts";

const SECRET = "screenshot-app-secret";
const out = resolve(import.meta.dirname, "../docs/console");
mkdirSync(out, { recursive: true });

const stub = await startPlatformStub();
stub.answerWith((request) =>
  request.path === "/v2/enqueue"
    ? { status: 202, body: { status: "success", dedup_key: request.body.dedup_key } }
    : { status: 200, body: { id: `reply_${stub.requests.length}` } },
);
const stack = await startStack({
  config: {
    brand: { name: "Tidewell Goods", signature: "Marco, Tidewell Care", accounts: { facebook: PAGE_ID } },
    queues: [
      {
        id: "delivery",
        firstResponseTarget: "PT5S",
        escalateAfter: "PT1H",
        responders: [{ name: "Delivery on-call", pagerduty: { routingKey: "R-DEL" } }],
      },
      {
        id: "billing",
        firstResponseTarget: "PT30M",
        escalateAfter: "PT10M",
        responders: [{ name: "Billing on-call", pagerduty: { routingKey: "R-BILL" } }],
      },
      {
        id: "care",
        firstResponseTarget: "PT1H",
        escalateAfter: "PT10M",
        responders: [{ name: "Care on-call", pagerduty: { routingKey: "R-CARE" } }],
      },
    ],
    routes: [
      { match: { keywords: ["parcel", "delivery"] }, queue: "delivery" },
      { match: { keywords: ["refund", "charged"] }, queue: "billing" },
    ],
    defaultQueue: "care",
  },
  env: {
    META_APP_SECRET: SECRET,
    META_PAGE_ACCESS_TOKEN: "page-token",
    META_GRAPH_URL: `${stub.url}/v23.0`,
    PAGERDUTY_EVENTS_URL: `${stub.url}/v2/enqueue`,
  },
});
const browser = await launchChromium();
try {
  const comments: [string, string, string][] = [
    ["555_8001", "Still no parcel for my order TW-48213, this is unacceptable", "Ana Souza"],
    ["555_8002", "I was charged twice for one order, I want a refund now", "Dev Patel"],
    ["555_8003", "Do you ship to Norway? Thinking of ordering the rain jacket", "Ingrid Berg"],
    ["555_8004", "Love the new jacket, fits perfectly!", "Lea Martin"],
  ];
  for (const [id, message, name] of comments) {
    await postMeta(stack.url, feedComment(id, message, { from: { id: `author_${id}`, name } }), SECRET);
  }
  await eventually(async () => {
    const queues = (await stack.api("/api/queues")).body.items as { id: string; overdue: number }[];
    return queues.find((q) => q.id === "delivery" && q.overdue > 0);
  }, 30_000);
  await eventually(async () => ((await stack.api("/api/pages")).body.items as unknown[]).length > 0, 30_000);

  const shoot = async (name: string, width: number, height: number, steps: (page: Page) => Promise<void>) => {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: width < 500 ? 2 : 1 });
    const page = await context.newPage();
    await page.goto(stack.url);
    await steps(page);
    await page.screenshot({ path: resolve(out, `${name}.png`), fullPage: width >= 500 });
    await context.close();
    console.log(`docs/console/${name}.png`);
  };
  const signIn = async (page: Page) => {
    await page.getByLabel("API token").fill(apiToken);
    await page.getByLabel("Your name").fill("Marco");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.locator(".chart").first().waitFor();
    await page.getByRole("region", { name: "Pages" }).getByRole("listitem").first().waitFor();
  };
  const openCase = async (page: Page) => {
    await signIn(page);
    await page.getByRole("link").filter({ hasText: "Still no parcel" }).click();
    await page.getByRole("textbox", { name: "Reply" }).fill("So sorry! Please call us on +1 202 555 0147. Marco");
    await page.getByRole("button", { name: "Send reply" }).click();
    await page.getByRole("checkbox", { name: "Send anyway" }).waitFor();
  };
  await shoot("phone-sign-in", 390, 844, async () => {});
  await shoot("phone-overview", 390, 844, signIn);
  await shoot("phone-case", 390, 844, openCase);
  await shoot("desktop-overview", 1280, 900, signIn);
  await shoot("desktop-case", 1280, 900, openCase);
} finally {
  await browser.close();
  await stack.stop();
  await stub.close();
}
