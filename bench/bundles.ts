// Bundle size and cold import time of every Lambda, next to a floor built in the same run: the SQS client plus
// node:crypto, the least a function that verifies and enqueues needs. Bundled as SST bundles them (esbuild, ESM,
// minified, the SDK included, SST's createRequire banner), from the same route table infra deploys.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { httpRoutes, queueSubscribers, schedules } from "../functions/routes.ts";

const repoRoot = resolve(import.meta.dirname, "..");
const banner =
  "import { createRequire as topLevelCreateRequire } from 'module';const require = topLevelCreateRequire(import.meta.url);";
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 9);

const floorSource = `import { createHmac } from "node:crypto";
import { SendMessageBatchCommand, SQSClient } from "@aws-sdk/client-sqs";
const sqs = new SQSClient({});
export const handler = async (event) => {
  const signature = createHmac("sha256", "secret").update(event.body ?? "").digest("hex");
  await sqs.send(new SendMessageBatchCommand({ QueueUrl: "q", Entries: [{ Id: "1", MessageBody: signature }] }));
  return { statusCode: 200 };
};
`;

/** Every function infra deploys, with the handler file it bundles (webhooks: one function per platform). */
export function deployedFunctions(): { name: string; file: string; webhook: boolean }[] {
  const functions = new Map<string, string>();
  for (const { handler, function: name = handler } of httpRoutes) functions.set(name, handler);
  for (const { handler } of [...queueSubscribers, ...schedules]) functions.set(handler, handler);
  return [...functions].map(([name, handler]) => ({
    name: name.replace(/^functions\//, "").replace(/\.handler$/, ""),
    file: resolve(repoRoot, `${handler.slice(0, handler.lastIndexOf("."))}.ts`),
    webhook: name.startsWith("webhooks/") && handler.endsWith("webhooks/receive.handler"),
  }));
}

/** The languages added after the first five: their reply packs and triage lexicons. */
const addedLanguages = ["it", "nl", "ar", "id", "ja", "tr", "sw"];
const addedLanguageFile = new RegExp(
  String.raw`[/\\](?:replies[/\\]packs|triage[/\\]lexicon)[/\\](?:${addedLanguages.join("|")})\.ts$`,
);

/**
 * Builds a bundle as it was with the first five languages only: each added language's pack and lexicon becomes
 * `undefined`, which the code takes as "no such language". (The kind model keeps its size: its weights for the
 * added languages' words stay in.)
 */
const firstFiveOnly: Plugin = {
  name: "first-five-languages",
  setup(build) {
    build.onLoad({ filter: addedLanguageFile }, (args) => {
      const name = args.path.replace(/^.*[/\\]/, "").replace(/\.ts$/, "");
      return { contents: `export const ${name} = undefined;`, loader: "ts" };
    });
  },
};

async function bundle(
  entry: string | { contents: string; resolveDir: string },
  outfile: string,
  plugins: Plugin[] = [],
): Promise<{ bytes: number; top: string }> {
  const result = await build({
    plugins,
    ...(typeof entry === "string" ? { entryPoints: [entry] } : { stdin: { ...entry, loader: "js" as const } }),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node24",
    minify: true,
    banner: { js: banner },
    outfile,
    metafile: true,
    logLevel: "error",
  });
  const output = Object.values(result.metafile.outputs)[0];
  const byPackage = new Map<string, number>();
  for (const [path, input] of Object.entries(output?.inputs ?? {})) {
    const parts = path.split("node_modules/").pop()?.split("/") ?? [path];
    const name = path.includes("node_modules/")
      ? parts[0]?.startsWith("@")
        ? parts.slice(0, 2).join("/")
        : parts[0]
      : "app";
    byPackage.set(name ?? path, (byPackage.get(name ?? path) ?? 0) + input.bytesInOutput);
  }
  const top = [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, bytes]) => `${name} ${Math.round(bytes / 1024)}`)
    .join(", ");
  return { bytes: output?.bytes ?? 0, top };
}

/** One fresh process's time to import a bundle, in ms. */
function importOnce(file: string): number {
  const script = `const t=performance.now();await import(${JSON.stringify(`file://${file}`)});process.stdout.write(String(performance.now()-t));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, AWS_REGION: "us-east-1", HOME: process.env.HOME },
  });
  if (child.status !== 0) throw new Error(`importing ${file} failed: ${child.stderr}`);
  return Number(child.stdout);
}

/**
 * The median cold import of each bundle over `IMPORT_RUNS` rounds, each round importing every bundle once in turn,
 * so that whatever else the machine does falls on the floor and the functions alike.
 */
function coldImports(files: readonly string[]): Map<string, number> {
  const times = new Map<string, number[]>(files.map((file) => [file, []]));
  for (let round = 0; round < IMPORT_RUNS; round++) {
    for (const file of files) times.get(file)?.push(importOnce(file));
  }
  return new Map(
    [...times].map(([file, runs]) => {
      const sorted = runs.toSorted((a, b) => a - b);
      return [file, Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10];
    }),
  );
}

export interface BundleRow {
  name: string;
  kb: number;
  importMs: number;
  top: string;
  /** For webhook functions: within 200 KB of the floor and 1.5x its import time. */
  met?: boolean;
}

/** The router with all twelve languages next to the same build with the first five only: what the seven cost. */
export interface LanguageCost {
  twelve: BundleRow;
  firstFive: BundleRow;
  addedKb: number;
  addedImportMs: number;
}

/**
 * Bundles the floor and every function, then times their cold imports (alternating, so load on the machine falls on
 * both alike).
 */
export async function benchBundles(): Promise<{
  floor: BundleRow;
  functions: BundleRow[];
  languages: LanguageCost;
  targets: string;
}> {
  const dir = mkdtempSync(join(tmpdir(), "firstreply-bundles-"));
  try {
    const floorFile = join(dir, "floor.mjs");
    const floorBundle = await bundle({ contents: floorSource, resolveDir: repoRoot }, floorFile);
    const functions = deployedFunctions();
    const files = new Map<string, { bytes: number; top: string; out: string }>();
    for (const fn of functions) {
      if (files.has(fn.file)) continue;
      const out = join(dir, `${files.size}.mjs`);
      files.set(fn.file, { ...(await bundle(fn.file, out)), out });
    }
    const routerFile = functions.find((fn) => fn.name.startsWith("router/"))?.file;
    if (!routerFile) throw new Error("no router function in functions/routes.ts");
    const firstFiveFile = join(dir, "router-first-five.mjs");
    const firstFive = await bundle(routerFile, firstFiveFile, [firstFiveOnly]);
    const imports = coldImports([floorFile, firstFiveFile, ...[...files.values()].map((built) => built.out)]);
    const floorImport = imports.get(floorFile) ?? 0;
    const importOf = new Map([...files].map(([file, { out }]) => [file, imports.get(out) ?? 0]));
    const floorKb = Math.round(floorBundle.bytes / 1024);
    const rows = functions.map((fn) => {
      const built = files.get(fn.file) as { bytes: number; top: string };
      const kb = Math.round(built.bytes / 1024);
      const importMs = importOf.get(fn.file) ?? 0;
      return {
        name: fn.name,
        kb,
        importMs,
        top: built.top,
        ...(fn.webhook ? { met: kb <= floorKb + 200 && importMs <= floorImport * 1.5 } : {}),
      };
    });
    const twelve = rows.find((row) => row.name.startsWith("router/")) as BundleRow;
    const firstFiveRow: BundleRow = {
      name: "router, first five languages only",
      kb: Math.round(firstFive.bytes / 1024),
      importMs: imports.get(firstFiveFile) ?? 0,
      top: firstFive.top,
    };
    return {
      floor: { name: "floor (SQS client + node:crypto)", kb: floorKb, importMs: floorImport, top: floorBundle.top },
      functions: rows,
      languages: {
        twelve,
        firstFive: firstFiveRow,
        addedKb: twelve.kb - firstFiveRow.kb,
        addedImportMs: Math.round((twelve.importMs - firstFiveRow.importMs) * 10) / 10,
      },
      targets: `webhook functions: at most ${floorKb + 200} KB (floor + 200) and ${Math.round(floorImport * 1.5)} ms (1.5x the floor's cold import)`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const result = await benchBundles();
  for (const row of [result.floor, ...result.functions]) {
    const verdict = row.met === undefined ? "" : row.met ? "  met" : "  NOT MET";
    console.log(
      `${row.name.padEnd(36)} ${String(row.kb).padStart(6)} KB ${String(row.importMs).padStart(7)} ms${verdict}   ${row.top}`,
    );
  }
  console.log(result.targets);
}
