import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { httpRoutes, queueSubscribers, type Resource, schedules } from "#functions/routes.ts";

const repoRoot = resolve(import.meta.dirname, "..");
const variableOf: Record<string, Resource> = {
  FIRSTREPLY_TABLE: "table",
  INTAKE_QUEUE_URL: "intake",
  INTAKE_DLQ_URL: "intakeDlq",
  TIMERS_QUEUE_URL: "timers",
  TIMERS_DLQ_URL: "timersDlq",
};

/** The files a file imports (relative and `#core/` / `#functions/` specifiers), resolved. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^"';]*?from\s+["']([^"']+)["']/g)].flatMap(([, spec]) => {
    if (!spec) return [];
    if (spec.startsWith("#core/")) return [resolve(repoRoot, "packages/core/src", spec.slice("#core/".length))];
    if (spec.startsWith("#functions/")) return [resolve(repoRoot, "functions", spec.slice("#functions/".length))];
    return spec.startsWith(".") ? [resolve(dirname(file), spec)] : [];
  });
}

/** Every resource a handler's code can ask for: the `requireEnv` calls in the files it reaches. */
function resourcesReachedFrom(handler: string): Resource[] {
  const seen = new Set<string>();
  const found = new Set<Resource>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Code only: a doc comment's example is not a use.
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    for (const [, name] of code.matchAll(/requireEnv\(\s*\w+,\s*"(\w+)"\s*\)/g)) {
      const resource = variableOf[name as string];
      if (resource) found.add(resource);
    }
    for (const target of importsOf(file)) walk(target);
  };
  walk(resolve(repoRoot, `${handler.slice(0, handler.lastIndexOf("."))}.ts`));
  return [...found].sort();
}

describe("least privilege", () => {
  const functions = [
    ...httpRoutes.map((r) => ({ name: r.function ?? r.route, handler: r.handler, uses: r.uses })),
    ...queueSubscribers.map((s) => ({ name: s.handler, handler: s.handler, uses: s.uses })),
    ...schedules.map((s) => ({ name: s.name, handler: s.handler, uses: s.uses })),
  ];

  it("links each function to exactly the table and queues its code can ask for", () => {
    for (const fn of functions) {
      expect([...fn.uses].sort(), fn.name).toEqual(resourcesReachedFrom(fn.handler));
    }
  });

  it("gives a webhook function its intake queue only, and no function the table it does not read", () => {
    for (const route of httpRoutes.filter((r) => r.handler === "functions/webhooks/receive.handler")) {
      expect(route.uses, route.route).toEqual(["intake"]);
    }
    expect(httpRoutes.find((r) => r.route === "ANY /api/{proxy+}")?.uses).toEqual([]);
  });

  it("has infra link only what a function declares, and secrets only what it reads", () => {
    // Prepare
    const functions = readFileSync(resolve(repoRoot, "infra/functions.ts"), "utf8");
    const secrets = readFileSync(resolve(repoRoot, "infra/secrets.ts"), "utf8");

    // Assess: links and variables come from `uses`, secrets from the declared names and, for the watchdog only,
    // the responder credentials the config refers to.
    expect(functions).toMatch(/link: options\.uses\.map\(/);
    expect(functions).not.toMatch(/link: \[/);
    expect(functions).toMatch(/\.\.\.secretEnvironment\(options\.secrets\)/);
    expect(functions).toMatch(/options\.sendsPages \? responderSecretEnvironment\(\)/);
    expect(secrets).toMatch(/export function secretEnvironment\(names: readonly string\[\]\)/);
    for (const fn of [...queueSubscribers, ...schedules]) {
      expect(fn.sendsPages, fn.handler).toBe(fn.handler.startsWith("functions/watchdog/"));
    }
  });

  it("gives the page and DLQ routes the operator token and nothing else", () => {
    for (const route of httpRoutes.filter((r) => /\/api\/(pages|metrics|dlq)/.test(r.route))) {
      expect(route.secrets, route.route).toEqual(["RESPONDER_API_TOKEN"]);
    }
  });
});
