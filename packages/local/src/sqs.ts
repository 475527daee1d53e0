import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { stopChild, trackChild } from "./processes.ts";

/** The marker in the emulator's command line, used to recognise leftovers. */
export const sqsMarker = "sqs-emulator.ts";

/**
 * Starts the fauxqs SQS emulator as a child process with SQLite persistence under `dataDir`.
 *
 * @example
 * ```ts
 * const sqs = await startSqsEmulator({ dataDir: "/abs/.data/sqs", port: 0 });
 * ```
 */
export async function startSqsEmulator(options: {
  dataDir: string;
  port: number;
  /** Called the moment the process exists, before it answers. */
  onSpawn?: (pid: number) => void;
}) {
  mkdirSync(options.dataDir, { recursive: true });
  const script = fileURLToPath(new URL("./sqs-emulator.ts", import.meta.url));
  // The data directory is also an argument, so that `ps` tells which stack an emulator belongs to.
  const child = trackChild(
    // A stack run with `--cpu-prof` (BENCH_CPU_PROFILE) profiles the emulator too.
    spawn(process.execPath, [...profilerFlags(), "--disable-warning=ExperimentalWarning", script, options.dataDir], {
      env: { ...process.env, FAUXQS_PORT: String(options.port), FAUXQS_DATA_DIR: options.dataDir },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    }),
  );
  if (child.pid) options.onSpawn?.(child.pid);
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`The SQS emulator exited (${code}):\n${errors}`)));
    setTimeout(() => reject(new Error(`The SQS emulator did not start within 30 s:\n${errors}`)), 30_000).unref();
  });
  return { endpoint: `http://127.0.0.1:${port}`, pid: child.pid ?? 0, stop: () => stopChild(child) };
}

const profilerFlags = () => process.execArgv.filter((flag) => flag.startsWith("--cpu-prof"));
