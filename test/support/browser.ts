import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium; `.ci/run` installs it with apt where it is absent (no browser download: see TOOLCHAIN.md). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Browser tests run where Chromium is installed, and always in CI (where its absence is a failure, not a skip). */
export const browserAvailable = existsSync(chromiumPath);
export const runBrowserTests = browserAvailable || Boolean(process.env.CI);

/**
 * Launches headless Chromium with the flags measured to work on these machines.
 *
 * @example
 * ```ts
 * const browser = await launchChromium();
 * const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
 * ```
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}
