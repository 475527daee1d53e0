import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { stopChild } from "#local/processes.ts";

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
 * Where this run's stacks keep their data: one folder per test run (set by test/global-setup.ts, which checks at the
 * end that no process still uses it), so that runs side by side never mistake each other's processes for leftovers.
 */
export const testDataRoot = () => {
  const root = process.env.FIRSTREPLY_TEST_ROOT ?? join(tmpdir(), "firstreply-test");
  mkdirSync(root, { recursive: true });
  return root;
};

export interface LaunchedStack {
  process: ChildProcess;
  dataDir: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once stdout or stderr has a line matching `pattern`; rejects if the process ends first. */
  line: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpExecArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `npm start`'s entry (packages/local/bin/start.mjs) on a free port with its own data directory, or `npm start`
 * itself with `via: "npm"`, without waiting for anything.
 */
export function launchStack(
  options: {
    env?: Record<string, string>;
    dataDir?: string;
    config?: unknown;
    via?: "node" | "npm";
    /** Node options for the stack's process (`npm run bench` with BENCH_CPU_PROFILE: `--cpu-prof`). */
    nodeArgs?: string[];
  } = {},
): LaunchedStack {
  const dataDir = options.dataDir ?? mkdtempSync(join(testDataRoot(), "stack-"));
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
  const npm = process.env.npm_execpath;
  const [command, args] =
    options.via === "npm"
      ? npm
        ? [process.execPath, [npm, "start", "--silent"]]
        : ["npm", ["start", "--silent"]]
      : [process.execPath, [...(options.nodeArgs ?? []), "packages/local/bin/start.mjs"]];
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const waiting = new Set<() => void>();
  const onData = (append: (text: string) => void) => (chunk: Buffer) => {
    append(chunk.toString());
    for (const check of waiting) check();
  };
  child.stdout?.on(
    "data",
    onData((text) => {
      stdout += text;
    }),
  );
  child.stderr?.on(
    "data",
    onData((text) => {
      stderr += text;
    }),
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolvePromise) =>
    child.once("exit", (code, signal) => resolvePromise({ code, signal })),
  );
  const line = (pattern: RegExp, timeoutMs = 90_000) =>
    new Promise<RegExpExecArray>((resolvePromise, reject) => {
      const multiline = new RegExp(pattern.source, `${pattern.flags.replace("m", "")}m`);
      const done = () => {
        clearTimeout(timer);
        waiting.delete(check);
      };
      const check = () => {
        const match = multiline.exec(stdout) ?? multiline.exec(stderr);
        if (match) {
          done();
          resolvePromise(match);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no line matching ${pattern} within ${timeoutMs / 1000} s:\n${stderr}`));
      }, timeoutMs);
      waiting.add(check);
      check();
      void exited.then((how) => {
        if (!waiting.has(check)) return;
        done();
        reject(new Error(`npm start ended (${JSON.stringify(how)}) before a line matching ${pattern}:\n${stderr}`));
      });
    });
  return { process: child, dataDir, stdout: () => stdout, stderr: () => stderr, line, exited };
}

/**
 * Starts the local stack exactly as `npm start` does, on a free port, and waits for its `ready <url>` line. If it
 * never comes, the process is stopped before the error is thrown, so a failed start leaves nothing running.
 */
export async function startStack(options: {
  env?: Record<string, string>;
  dataDir?: string;
  config?: unknown;
  nodeArgs?: string[];
}) {
  const launched = launchStack(options);
  const child = launched.process;
  let url: string;
  try {
    const ready = await launched.line(/^ready (http:\/\/127\.0\.0\.1:\d+)$/);
    if (!ready[1]) throw new Error("a ready line without a URL");
    url = ready[1];
  } catch (error) {
    await stopChild(child, 5000);
    throw error;
  }
  const endpoints = /DynamoDB Local at (\S+), SQS emulator at (\S+)$/m.exec(launched.stderr());
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void launched.exited.then((how) => {
    exit = how;
  });
  const stack: RunningStack = {
    url,
    dataDir: launched.dataDir,
    dynamoEndpoint: endpoints?.[1] ?? "",
    sqsEndpoint: endpoints?.[2] ?? "",
    process: child,
    stderr: launched.stderr,
    exit: () => exit,
    stop: async (signal = "SIGTERM") => {
      const started = Date.now();
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await launched.exited;
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
