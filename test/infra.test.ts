import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { httpRoutes, queueSubscribers } from "#functions/routes.ts";
import { isPermanentStage } from "../infra/stage.ts";

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
      "ANY /webhooks/meta",
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

describe("which stages keep their data", () => {
  /** sst.config.ts's `app()`, evaluated as SST does (it calls `await mod.app({ stage })`). */
  async function appFor(stage: string) {
    (globalThis as { $config?: unknown }).$config = (config: unknown) => config;
    // A computed path, so that the type check does not follow it into SST's platform types.
    const { default: config } = (await import(resolve(repoRoot, "sst.config.ts"))) as {
      default: { app: (input: { stage: string }) => Promise<{ removal: string; protect: boolean }> };
    };
    return config.app({ stage });
  }

  it("protects and retains the stage the README deploys, and removes a developer's", async () => {
    // Prepare: every stage the README tells an operator to deploy.
    const readme = readFileSync(resolve(repoRoot, "README.md"), "utf8");
    const deployed = new Set([...readme.matchAll(/sst deploy[^\n]*--stage ([\w-]+)/g)].map((m) => m[1] as string));
    expect(deployed.size).toBeGreaterThan(0);

    for (const stage of deployed) {
      // Act
      const app = await appFor(stage);

      // Assess
      expect(isPermanentStage(stage), stage).toBe(true);
      expect(app, stage).toMatchObject({ removal: "retain", protect: true });
    }
    expect(await appFor("production")).toMatchObject({ removal: "retain", protect: true });
    expect(await appFor("dana-dev")).toMatchObject({ removal: "remove", protect: false });
    expect(isPermanentStage("pr-42")).toBe(false);
  });

  it("decides it in infra/stage.ts only: no other infra file compares a stage name", () => {
    const files = execFileSync("git", ["ls-files", "infra", "sst.config.ts"], { cwd: repoRoot, encoding: "utf8" })
      .split("\n")
      .filter((file) => file && file !== "infra/stage.ts");
    for (const file of files) {
      const source = readFileSync(resolve(repoRoot, file), "utf8");
      expect(source, file).not.toMatch(/stage\s*[!=]==?\s*["'`]|["'`]\s*[!=]==?\s*\S*stage\b|\.includes\(\S*stage\)/);
    }
  });
});
