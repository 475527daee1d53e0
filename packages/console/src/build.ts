import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "esbuild";

const client = resolve(import.meta.dirname, "client");

/** One file the console serves: its path on the site, content type and body. */
export interface ConsoleAsset {
  path: string;
  contentType: string;
  body: string;
}

const fingerprint = (body: string) => createHash("sha256").update(body).digest("hex").slice(0, 12);

/**
 * Bundles and minifies the console (`client/app.ts` and what it imports, `client/console.css`) into the files the
 * product serves: `/` (the page) and fingerprinted `/console/app.<hash>.js` and `/console/app.<hash>.css`, which can
 * be cached for good. The result is committed (`console-assets.json`), so neither Lambda nor the local stack builds
 * anything at run time; a test checks that it matches the sources.
 *
 * @example
 * ```ts
 * const assets = await buildConsole();
 * assets.map((a) => a.path); // ["/", "/console/app.1a2b3c4d5e6f.js", "/console/app.0f9e8d7c6b5a.css"]
 * ```
 */
export async function buildConsole(): Promise<ConsoleAsset[]> {
  const [script, style] = await Promise.all([
    build({
      entryPoints: [resolve(client, "app.ts")],
      bundle: true,
      minify: true,
      format: "esm",
      target: "es2022",
      write: false,
      legalComments: "none",
    }),
    build({ entryPoints: [resolve(client, "console.css")], bundle: true, minify: true, write: false }),
  ]);
  const js = script.outputFiles[0]?.text ?? "";
  const css = style.outputFiles[0]?.text ?? "";
  const jsPath = `/console/app.${fingerprint(js)}.js`;
  const cssPath = `/console/app.${fingerprint(css)}.css`;
  const html = readFileSync(resolve(client, "index.html"), "utf8")
    .replace("{{js}}", jsPath)
    .replace("{{css}}", cssPath)
    .replace(/\n\s*/g, "\n");
  return [
    { path: "/", contentType: "text/html; charset=utf-8", body: html },
    { path: jsPath, contentType: "text/javascript; charset=utf-8", body: js },
    { path: cssPath, contentType: "text/css; charset=utf-8", body: css },
  ];
}
