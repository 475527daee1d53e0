import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { httpRoutes, queueSubscribers } from "#functions/routes.ts";

const repoRoot = resolve(import.meta.dirname, "..");

/** Every `functions/...` handler string that appears in the infra code or the route table. */
function handlerStrings(): string[] {
  const infraFiles = execFileSync("git", ["ls-files", "infra", "sst.config.ts"], { cwd: repoRoot, encoding: "utf8" })
    .split("\n")
    .filter(Boolean);
  const inInfra = infraFiles
    .flatMap((file) =>
      [...readFileSync(resolve(repoRoot, file), "utf8").matchAll(/["'`](functions\/[\w/-]+\.\w+)["'`]/g)].map(
        (m) => m[1] as string,
      ),
    )
    .filter((spec) => !spec.endsWith(".ts"));
  return [...new Set([...httpRoutes.map((r) => r.handler), ...queueSubscribers.map((s) => s.handler), ...inInfra])];
}

describe("the deployed handlers", () => {
  it("each handler path SST deploys resolves to an exported function", async () => {
    // Prepare: importing a handler must not need the environment or the config.
    const handlers = handlerStrings();
    expect(handlers.length).toBeGreaterThanOrEqual(6);

    for (const spec of handlers) {
      // Act
      const dot = spec.lastIndexOf(".");
      const module = await import(resolve(repoRoot, `${spec.slice(0, dot)}.ts`));

      // Assess
      expect(typeof module[spec.slice(dot + 1)], spec).toBe("function");
    }
  });

  it("serves every route of the contract", () => {
    const routes = httpRoutes.map((r) => r.route);
    for (const route of [
      "GET /webhooks/meta",
      "POST /webhooks/meta",
      "GET /api/queues",
      "GET /api/cases",
      "GET /api/cases/{id}",
      "POST /api/cases/{id}/respond",
      "POST /api/cases/{id}/close",
    ]) {
      expect(routes).toContain(route);
    }
  });
});
