// Type-checks the SST infrastructure (sst.config.ts, infra/**) offline. The types it checks against are SST's
// platform sources, which only `sst install` writes (there is no types-only package), so a fresh clone generates
// them first. The environment variables keep `sst install` offline: without them it tries to download Pulumi and Bun.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const localBin = (name) => join(root, "node_modules", ".bin", name);

/** Runs a command from the repo root with inherited stdio; returns its exit status (1 if killed by a signal). */
function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...extraEnv } });
  if (result.error) {
    console.error(`check-infra: could not start ${command}: ${result.error.message} (did \`npm ci\` run?)`);
    process.exit(1);
  }
  return result.status ?? 1;
}

const platformTypes = join(root, ".sst", "platform", "config.d.ts");
if (!existsSync(platformTypes)) {
  console.error("check-infra: .sst/platform is missing; generating SST platform types (sst install --stage local)");
  const status = run(localBin("sst"), ["install", "--stage", "local"], {
    SST_NO_BUN: "1",
    SST_SKIP_DEPENDENCY_CHECK: "1",
    SST_TELEMETRY_DISABLED: "1",
  });
  if (status !== 0 || !existsSync(platformTypes)) {
    console.error(
      `check-infra: \`sst install\` failed (exit ${status}); cannot type-check infra without .sst/platform.`,
    );
    process.exit(status === 0 ? 1 : status);
  }
}

process.exit(run(localBin("tsc"), ["--noEmit", "-p", "tsconfig.infra.json"]));
