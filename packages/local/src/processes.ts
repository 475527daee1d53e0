import { type ChildProcess, execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/**
 * A free TCP port on 127.0.0.1, chosen by the OS.
 *
 * @example
 * ```ts
 * const port = await freePort();
 * ```
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Waits until `probe` resolves true, polling; throws after `timeoutMs`. */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null || !child.pid;

/** Stops a child: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 2000): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

const running = new Set<ChildProcess>();
/** Set by the first stop: a child spawned after it (by a start-up step still under way) is stopped at once. */
let closing = false;

/**
 * Remembers a child process from the moment it is spawned until it exits, so that a stop at any moment (a signal in
 * the middle of start-up included) can end it without waiting for the start-up step that spawned it.
 *
 * @example
 * ```ts
 * const child = trackChild(spawn("java", args));
 * ```
 */
export function trackChild<T extends ChildProcess>(child: T): T {
  if (hasExited(child)) return child;
  if (closing) {
    child.kill("SIGTERM");
    return child;
  }
  running.add(child);
  child.once("exit", () => running.delete(child));
  child.once("error", () => running.delete(child));
  return child;
}

/**
 * Stops every child `trackChild` knows of that is still running: SIGTERM, then SIGKILL after `graceMs`.
 *
 * @example
 * ```ts
 * await stopTrackedChildren(1500);
 * ```
 */
export async function stopTrackedChildren(graceMs = 2000): Promise<void> {
  closing = true;
  await Promise.all([...running].map((child) => stopChild(child, graceMs)));
}

/** Kills every tracked child at once (the last resort when a stop ran out of time). */
export function killTrackedChildren(): void {
  for (const child of running) if (!hasExited(child)) child.kill("SIGKILL");
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const commandOf = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    try {
      return execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
    } catch {
      return "";
    }
  }
};

/**
 * Remembers the emulators a stack started in `<dataDir>/pids.json`. If the previous `npm start` was killed hard
 * (SIGKILL gives it no chance to stop its children), the emulators it left behind still hold the data files; the next
 * start stops them first. Only processes whose command line still names the emulator are touched.
 */
export class PidFile {
  readonly #path: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.#path = join(dataDir, "pids.json");
  }

  async reapLeftovers(): Promise<void> {
    let entries: { pid: number; marker: string }[] = [];
    try {
      entries = JSON.parse(readFileSync(this.#path, "utf8"));
    } catch {
      return;
    }
    for (const { pid, marker } of entries) {
      if (!isAlive(pid) || !commandOf(pid).includes(marker)) continue;
      process.kill(pid, "SIGKILL");
      await waitFor(`leftover process ${pid} to exit`, async () => !isAlive(pid), 5000);
    }
    writeFileSync(this.#path, "[]");
  }

  /** Adds a process the moment it is spawned, so that even a start-up killed hard leaves a record of it. */
  record(entry: { pid: number; marker: string }): void {
    let entries: { pid: number; marker: string }[] = [];
    try {
      entries = JSON.parse(readFileSync(this.#path, "utf8"));
    } catch {
      // no file yet, or a torn one: start a new list
    }
    writeFileSync(this.#path, JSON.stringify([...entries, entry]));
  }
}
