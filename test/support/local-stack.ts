import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repoRoot = resolve(import.meta.dirname, "../..");

export interface RunningStack {
  url: string;
  dataDir: string;
  sqsEndpoint: string;
  dynamoEndpoint: string;
  process: ChildProcess;
  stderr: () => string;
  /** Sends a signal and resolves with how long the process took to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<number>;
  /** How the process ended (undefined while it runs). */
  exit: () => { code: number | null; signal: NodeJS.Signals | null } | undefined;
  api: (path: string, init?: RequestInit & { token?: string | null }) => Promise<{ status: number; body: any }>;
}

export const apiToken = "test-operator-token";

/**
 * Starts the local stack exactly as `npm start` does (packages/local/bin/start.mjs), on a free port, and waits for its
 * `ready <url>` line.
 */
export async function startStack(options: { env?: Record<string, string>; dataDir?: string; config?: unknown }) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "firstreply-test-"));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: "0",
    DATA_DIR: dataDir,
    RESPONDER_API_TOKEN: apiToken,
    ...options.env,
  };
  if (options.config) {
    const configPath = join(dataDir, "responder.config.json");
    writeFileSync(configPath, JSON.stringify(options.config));
    env.RESPONDER_CONFIG = configPath;
  }
  const child = spawn(process.execPath, ["packages/local/bin/start.mjs"], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 90 s:\n${stderr}`)), 90_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^ready (http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before ready:\n${stderr}`));
    });
  });
  const endpoints = /DynamoDB Local at (\S+), SQS emulator at (\S+),/.exec(stderr);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<void>((resolvePromise) =>
    child.once("exit", (code, signal) => {
      exit = { code, signal };
      resolvePromise();
    }),
  );
  const stack: RunningStack = {
    url,
    dataDir,
    dynamoEndpoint: endpoints?.[1] ?? "",
    sqsEndpoint: endpoints?.[2] ?? "",
    process: child,
    stderr: () => stderr,
    exit: () => exit,
    stop: async (signal = "SIGTERM") => {
      const started = Date.now();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
      return Date.now() - started;
    },
    api: async (path, init = {}) => {
      const { token = apiToken, ...rest } = init;
      const response = await fetch(`${url}${path}`, {
        ...rest,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(rest.body ? { "content-type": "application/json" } : {}),
          ...(rest.headers as Record<string, string> | undefined),
        },
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body };
    },
  };
  return stack;
}

/** Polls until `probe` returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${(last as Error).message}` : ""}`);
}
