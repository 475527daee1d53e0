// `npm run build:console`: rebuilds packages/console/console-assets.json from packages/console/src/client and prints
// the page weight (raw and gzip). Run it after changing the console; `npm test` fails while the two disagree.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildConsole } from "#console/build.ts";

const assets = await buildConsole();
writeFileSync(resolve(import.meta.dirname, "../packages/console/console-assets.json"), `${JSON.stringify(assets)}\n`);
let raw = 0;
let gzip = 0;
for (const asset of assets) {
  const size = Buffer.byteLength(asset.body);
  const zipped = gzipSync(asset.body).length;
  raw += size;
  gzip += zipped;
  console.log(`${asset.path.padEnd(32)} ${String(size).padStart(7)} B  ${String(zipped).padStart(6)} B gzip`);
}
console.log(`${"page weight".padEnd(32)} ${String(raw).padStart(7)} B  ${String(gzip).padStart(6)} B gzip`);
