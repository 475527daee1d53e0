import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { buildConsole } from "#console/build.ts";
import { httpRoutes } from "#functions/routes.ts";
import { handler } from "./page.ts";

const get = (path: string) =>
  handler(
    {
      rawPath: path,
      routeKey: path === "/" ? "GET /" : "GET /console/{asset}",
      headers: {},
      requestContext: { http: { method: "GET", path } },
    } as unknown as APIGatewayProxyEventV2,
    { functionName: "console", awsRequestId: "test" } as Context,
  );

/** Script and stylesheet the page names. */
const assetsOf = (html: string) => [...html.matchAll(/(?:src|href)="(\/console\/[^"]+)"/g)].map((m) => m[1] as string);

describe("the console page", () => {
  it("serves the page at / as HTML, with a strict Content-Security-Policy and no external URL", async () => {
    // Act
    const response = await get("/");

    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.headers?.["content-type"]).toBe("text/html; charset=utf-8");
    const csp = String(response.headers?.["content-security-policy"]);
    expect(csp).toMatch(/^default-src 'self'(;|$)/);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(response.headers?.["x-content-type-options"]).toBe("nosniff");
    expect(response.headers?.["x-frame-options"]).toBe("DENY");
    expect(response.headers?.["referrer-policy"]).toBe("no-referrer");
    expect(response.headers?.["cache-control"]).toBe("no-cache");
    const html = String(response.body);
    expect(html).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/<style|\sstyle=/);
    expect(html).toMatch(/<label for="token">API token<\/label>/);
    expect(assetsOf(html)).toHaveLength(2);
  });

  it("serves the script and stylesheet the page names, cacheable for good, and 404 for anything else", async () => {
    // Prepare
    const html = String((await get("/")).body);

    // Act
    const paths = assetsOf(html);
    const [script, style] = await Promise.all(
      [paths.find((p) => p.endsWith(".js")), paths.find((p) => p.endsWith(".css"))].map((p) => get(p ?? "")),
    );
    const missing = await get("/console/app.000000000000.js");

    // Assess: the script asks nothing of another host (the only URL is SVG's namespace, which is a name, not a request).
    expect(script?.statusCode).toBe(200);
    expect(script?.headers?.["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(script?.headers?.["cache-control"]).toMatch(/immutable/);
    expect(String(script?.body).replaceAll("http://www.w3.org/2000/svg", "")).not.toMatch(/https?:\/\//);
    expect(style?.statusCode).toBe(200);
    expect(style?.headers?.["content-type"]).toBe("text/css; charset=utf-8");
    expect(String(style?.body)).not.toMatch(/url\(|@import|https?:/);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers?.["content-security-policy"]).toMatch(/^default-src 'self'/);
  });

  it("is built from the sources as committed, and stays small", async () => {
    // Prepare
    const committed = JSON.parse(
      readFileSync(resolve(import.meta.dirname, "../../packages/console/console-assets.json"), "utf8"),
    );

    // Act
    const fresh = await buildConsole();

    // Assess: run `npm run build:console` after changing packages/console/src/client.
    expect(committed, "console-assets.json is stale: run npm run build:console").toEqual(fresh);
    const gzip = fresh.reduce((sum, asset) => sum + gzipSync(asset.body).length, 0);
    expect(gzip).toBeLessThan(20_000);
  });

  it("runs as a function with no secret, table or queue", () => {
    const routes = httpRoutes.filter((r) => r.handler === "functions/console/page.handler");
    expect(routes.map((r) => r.route).sort()).toEqual(["GET /", "GET /console/{asset}"]);
    for (const route of routes) expect(route).toMatchObject({ secrets: [], uses: [] });
  });
});
