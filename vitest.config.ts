import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/**/*.test.ts", "functions/**/*.test.ts", "test/**/*.test.ts"],
    // Integration tests start DynamoDB Local (Java) and the SQS emulator: give start-up room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Each run's stacks keep their data in one folder; at the end the run fails if a process still uses it.
    globalSetup: ["test/global-setup.ts"],
  },
});
