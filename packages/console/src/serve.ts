import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import assets from "../console-assets.json" with { type: "json" };
import type { ConsoleAsset } from "./build.ts";

/**
 * Everything comes from this origin; no inline script or style (the page has none), no framing, no plug-ins. Fetches
 * go to the same origin's `/api`; a favicon of `data:` keeps browsers from asking for /favicon.ico.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = {
  "content-security-policy": contentSecurityPolicy,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "strict-transport-security": "max-age=31536000",
};

const byPath = new Map((assets as ConsoleAsset[]).map((asset) => [asset.path, asset]));

/**
 * The console's answer for a path: the page at `/` (never cached: it names the current script), a fingerprinted
 * asset under `/console/` (cached for a year), or a plain 404.
 *
 * @example
 * ```ts
 * consoleResponse("/").headers?.["content-type"]; // "text/html; charset=utf-8"
 * ```
 */
export function consoleResponse(path: string): APIGatewayProxyStructuredResultV2 {
  const asset = byPath.get(path);
  if (!asset) {
    return {
      statusCode: 404,
      headers: { ...securityHeaders, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      body: "Not found",
    };
  }
  return {
    statusCode: 200,
    headers: {
      ...securityHeaders,
      "content-type": asset.contentType,
      "cache-control": asset.path === "/" ? "no-cache" : "public, max-age=31536000, immutable",
    },
    body: asset.body,
  };
}
