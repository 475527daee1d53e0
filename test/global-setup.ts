import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { processesUsing } from "./support/processes.ts";

/**
 * Gives this test run its own data folder for local stacks, and at the end fails the run if any process still uses
 * it: a test that starts a stack must stop it, also when it fails or times out. Leftovers are killed and named.
 */
export default function setup() {
  const root = mkdtempSync(join(tmpdir(), "firstreply-test-"));
  process.env.FIRSTREPLY_TEST_ROOT = root;
  return async () => {
    let left = processesUsing(root);
    for (let wait = 0; left.length > 0 && wait < 50; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = processesUsing(root);
    }
    for (const { pid } of left) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone meanwhile
      }
    }
    rmSync(root, { recursive: true, force: true });
    if (left.length > 0) {
      throw new Error(
        `the tests left ${left.length} process(es) running:\n${left.map((p) => `  ${p.pid} ${p.command}`).join("\n")}`,
      );
    }
  };
}
