import { readdirSync, readFileSync } from "node:fs";

/**
 * The processes whose command line or environment names `path` (a stack's data directory: DynamoDB Local has it in
 * its `-dbPath`, the SQS emulator as an argument, `npm start` in `DATA_DIR`), other than this one. Linux only (/proc).
 *
 * @example
 * ```ts
 * expect(processesUsing(stack.dataDir)).toEqual([]);
 * ```
 */
export function processesUsing(path: string): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = [];
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      const dataDir = readFileSync(`/proc/${pid}/environ`, "utf8")
        .split("\0")
        .find((entry) => entry.startsWith("DATA_DIR="))
        ?.slice("DATA_DIR=".length);
      // A zombie (exited, not yet reaped by its parent) is gone for every purpose but the process table.
      const state = /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, "utf8"))?.[1];
      if (state === "Z" || command === "") continue;
      if (command.includes(path) || dataDir?.startsWith(path)) found.push({ pid, command: command.slice(0, 200) });
    } catch {
      // the process ended while we looked, or is not ours to read
    }
  }
  return found;
}
