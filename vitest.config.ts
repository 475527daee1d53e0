import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/**/*.test.ts", "functions/**/*.test.ts", "test/**/*.test.ts"],
    // Integration tests start DynamoDB Local (Java) and the SQS emulator: give start-up room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
