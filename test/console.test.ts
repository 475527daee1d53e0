import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, chromiumPath, launchChromium, runBrowserTests } from "./support/browser.ts";
import { apiToken, type RunningStack, startStack } from "./support/local-stack.ts";
import { feedComment, PAGE_ID, postMeta } from "./support/meta.ts";
import { startPlatformStub } from "./support/platform-stub.ts";

const SECRET = "console-app-secret";
/** Conditions the console must meet by itself: polls every 2 s; the rest is room for a loaded machine. */
const LIVE = { timeout: 20_000, interval: 100 };

if (!runBrowserTests) {
  console.warn(`console e2e: skipped, no Chromium at ${chromiumPath} (apt-get install chromium; CI installs it)`);
}

describe.skipIf(!runBrowserTests)("the on-call console in Chromium", () => {
  let stack: RunningStack;
  let stub: Awaited<ReturnType<typeof startPlatformStub>>;
  let browser: Browser;
  let desktop: BrowserContext;
  let page: Page;

  const region = (name: string) => page.getByRole("region", { name, exact: true });
  const text = (locator: ReturnType<Page["locator"]>) => locator.innerText({ timeout: 1000 }).catch(() => "");

  beforeAll(async () => {
    if (!browserAvailable) throw new Error(`CI is set but there is no Chromium at ${chromiumPath}`);
    stub = await startPlatformStub();
    stub.answerWith((request) =>
      request.path === "/v2/enqueue"
        ? { status: 202, body: { status: "success", dedup_key: request.body.dedup_key } }
        : { status: 200, body: { id: `reply_${stub.requests.length}` } },
    );
    stack = await startStack({
      config: {
        brand: { name: "Tidewell Goods", signature: "Marco, Tidewell Care", accounts: { facebook: PAGE_ID } },
        queues: [
          {
            id: "fast",
            firstResponseTarget: "PT3S",
            escalateAfter: "PT1H",
            responders: [{ name: "Fast on-call", pagerduty: { routingKey: "R-FAST" } }],
          },
          {
            id: "care",
            firstResponseTarget: "PT1H",
            escalateAfter: "PT1H",
            responders: [{ name: "Care on-call", pagerduty: { routingKey: "R-CARE" } }],
          },
        ],
        routes: [{ match: { keywords: ["parcel"] }, queue: "fast" }],
        defaultQueue: "care",
      },
      env: {
        META_APP_SECRET: SECRET,
        META_PAGE_ACCESS_TOKEN: "page-token",
        META_GRAPH_URL: `${stub.url}/v23.0`,
        PAGERDUTY_EVENTS_URL: `${stub.url}/v2/enqueue`,
      },
    });
    browser = await launchChromium();
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await desktop.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await stub?.close();
  });

  it("walks through a breach: sign in, overdue, paged, a refused reply, a good one, green and resolved", async () => {
    // Prepare: a wrong token first.
    await page.goto(stack.url);
    await page.getByLabel("API token").fill("not-the-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => text(page.getByRole("alert")), LIVE).toMatch(/not accepted/);
    expect(await region("Queues").count()).toBe(0);

    await page.getByLabel("API token").fill(apiToken);
    await page.getByLabel("Your name").fill("Marco");
    await page.getByRole("button", { name: "Sign in" }).click();
    const fast = region("Queues").getByRole("listitem").filter({ hasText: "fast" });
    await expect.poll(() => text(fast), LIVE).toMatch(/overdue 0/);
    expect(await region("Queues").getByRole("listitem").count()).toBe(2);

    // Act: a complaint arrives and nobody answers within the queue's 3 s.
    const complaint = "Still no parcel for my order, this is unacceptable";
    expect((await postMeta(stack.url, feedComment("555_9001", complaint), SECRET)).status).toBe(200);

    // Assess: the queue turns overdue and the page shows, without a reload.
    await expect.poll(() => text(fast), LIVE).toMatch(/overdue 1/);
    const paged = region("Pages").getByRole("listitem").filter({ hasText: "fast" });
    await expect.poll(() => text(paged), LIVE).toMatch(/triggered[\s\S]*Fast on-call/);
    await paged.getByRole("button", { name: "Acknowledge" }).click();
    await expect.poll(() => text(paged), LIVE).toMatch(/acknowledged by Marco/);

    // Act: the operator opens the case.
    await region("Cases").getByRole("link").filter({ hasText: "Still no parcel" }).click();
    await expect.poll(() => text(page.locator("#case")), LIVE).toMatch(/Still no parcel for my order/);
    expect(await text(page.locator("#case"))).toMatch(/Acknowledgement[\s\S]*template/);
    expect(await text(page.locator("#case"))).toMatch(/History[\s\S]*received[\s\S]*classified/);

    // A reply that sends the customer elsewhere: the guard refuses it, with its reason.
    await page.getByRole("textbox", { name: "Reply" }).fill("So sorry! Please call us on +1 202 555 0147. Marco");
    await page.getByRole("button", { name: "Send reply" }).click();
    await expect.poll(() => text(page.locator("#reply-error")), LIVE).toMatch(/guard refused[\s\S]*phone/i);
    expect(await page.getByRole("checkbox", { name: "Send anyway" }).isVisible()).toBe(true);

    // A good one goes out.
    await page.getByRole("textbox", { name: "Reply" }).fill("Ana, your parcel leaves our warehouse today. Marco");
    await page.getByRole("button", { name: "Send reply" }).click();
    await expect.poll(() => text(page.locator("#case-history")), LIVE).toMatch(/reply[\s\S]*responder: Marco/);
    const replies = stub.requests.filter((r) => r.path.includes("/comments"));
    expect(replies.some((r) => JSON.stringify(r.body).includes("leaves our warehouse"))).toBe(true);
    expect(replies.some((r) => JSON.stringify(r.body).includes("call us"))).toBe(false);

    // Send anyway, once: the refused text goes out when forced, and the history records it as forced.
    await page.getByRole("textbox", { name: "Reply" }).fill("Or call us on +1 202 555 0147. Marco");
    await page.getByRole("button", { name: "Send reply" }).click();
    await expect.poll(() => text(page.locator("#reply-error")), LIVE).toMatch(/guard refused/i);
    await page.getByRole("checkbox", { name: "Send anyway" }).check();
    await page.getByRole("button", { name: "Send reply" }).click();
    await expect.poll(() => text(page.locator("#case-history")), LIVE).toMatch(/forced/);

    // Assess: back on the overview, the queue is green and the page resolved.
    await page.getByRole("link", { name: /Back to all cases/ }).click();
    await expect.poll(() => text(fast), LIVE).toMatch(/overdue 0/);
    await expect.poll(() => text(paged), LIVE).toMatch(/resolved/);
    expect(await paged.getByRole("button", { name: "Acknowledge" }).count()).toBe(0);

    // The charts: a series per day, for the queue picked, with today's point once the answer is in.
    const charts = region("Response times per day (last 14 days)");
    await expect.poll(() => charts.getByRole("option", { name: "queue fast" }).count(), LIVE).toBe(1);
    await charts.getByLabel("Show").selectOption("queue:fast");
    const firstResponse = charts.getByRole("img", { name: "Time to first human response, queue fast" });
    await expect.poll(() => firstResponse.locator("circle").count(), LIVE).toBeGreaterThan(0);
    expect(await charts.locator("table").first().locator("tr").count()).toBe(15);
  });

  it("fits a 390 x 844 phone without scrolling sideways, and works by keyboard alone", async () => {
    // Prepare: a phone, signed in (the token lives in the tab's sessionStorage).
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const small = await phone.newPage();
    await small.goto(stack.url);
    // A string: the test's own program has no DOM types.
    const scrollWidth = () => small.evaluate<number>("document.scrollingElement.scrollWidth");
    expect(await scrollWidth()).toBeLessThanOrEqual(390);
    // By keyboard alone: the token field has focus on arrival, Enter signs in.
    await expect.poll(() => small.evaluate<string>("document.activeElement.id"), LIVE).toBe("token");
    await small.keyboard.type(apiToken);
    await small.keyboard.press("Enter");
    const cases = small.getByRole("region", { name: "Cases", exact: true }).getByRole("link");
    await expect.poll(() => cases.count(), LIVE).toBeGreaterThan(0);
    await expect.poll(() => small.locator(".chart").count(), LIVE).toBeGreaterThan(0);

    // Assess: neither view is wider than the screen.
    expect(await scrollWidth()).toBeLessThanOrEqual(390);
    await cases.first().focus();
    await small.keyboard.press("Tab");
    await small.keyboard.press("Shift+Tab");
    // The focused control shows it (the outline of :focus-visible).
    expect(await small.evaluate<string>("getComputedStyle(document.activeElement).outlineStyle")).toBe("solid");
    await small.keyboard.press("Enter");
    await expect.poll(() => small.getByRole("textbox", { name: "Reply" }).count(), LIVE).toBe(1);
    expect(await scrollWidth()).toBeLessThanOrEqual(390);
    await phone.close();
  });
});
