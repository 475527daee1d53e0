import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { acceptWebhook } from "#core/intake/accept.ts";
import { PlatformDisabled } from "#core/platforms/errors.ts";
import { platforms } from "#core/platforms/registry.ts";
import { readRuntimeEnv, secretNames } from "#core/runtime/env.ts";
import { httpRoutes } from "#functions/routes.ts";

const repoRoot = resolve(import.meta.dirname, "..");
const platformsDir = resolve(repoRoot, "packages/core/src/platforms");

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The files a file imports (relative and `#core/...` specifiers), resolved. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^"']*?from\s+["']([^"']+)["']/g)].flatMap(([, spec]) => {
    if (!spec) return [];
    if (spec.startsWith("#core/")) return [resolve(repoRoot, "packages/core/src", spec.slice("#core/".length))];
    if (spec.startsWith("#functions/")) return [resolve(repoRoot, "functions", spec.slice("#functions/".length))];
    return spec.startsWith(".") ? [resolve(dirname(file), spec)] : [];
  });
}

/** Which platform folder a file is in, if any. */
const platformFolderOf = (file: string) => {
  const inside = relative(platformsDir, file).split("/");
  return inside.length > 1 && inside[0] !== ".." ? inside[0] : undefined;
};

describe("the platform seam", () => {
  it("lets only the registry import a platform's folder: adding one touches its folder and the registry", () => {
    // Prepare
    const files = ["packages", "functions", "infra", "scripts", "bench", "test"].flatMap((dir) =>
      sources(resolve(repoRoot, dir)),
    );

    // Act
    const crossings = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => {
          const folder = platformFolderOf(target);
          return folder !== undefined && folder !== platformFolderOf(file);
        })
        .filter(() => file !== resolve(platformsDir, "registry.ts"))
        .map((target) => `${relative(repoRoot, file)} -> ${relative(repoRoot, target)}`),
    );

    // Assess
    expect(crossings).toEqual([]);
  });

  it("keeps every platform's code lean: no triage, templates, case service, config or runtime in what webhooks load", () => {
    // Prepare: everything the webhook function reaches through the registry.
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of importsOf(file)) walk(target);
    };
    walk(resolve(repoRoot, "functions/webhooks/receive.ts"));

    // Act: each module's errors.ts is a few classes the HTTP edge maps to statuses, and stays.
    const heavy = [...seen]
      .map((file) => relative(resolve(repoRoot, "packages/core/src"), file))
      .filter((file) => !file.endsWith("/errors.ts"))
      .filter(
        (file) =>
          /^(triage|replies|cases|config|routing|sla|metrics)\//.test(file) ||
          /runtime\/(router|api|watchdog|build-)/.test(file),
      );

    // Assess
    expect(heavy).toEqual([]);
    expect(seen.has(resolve(platformsDir, "registry.ts"))).toBe(true);
  });

  it("derives each platform's webhook route, its secrets and its environment from the registry", () => {
    for (const platform of platforms) {
      // Act
      const route = httpRoutes.find((r) => r.route === `ANY /webhooks/${platform.source}`);
      const env = readRuntimeEnv({ ...Object.fromEntries(platform.env.secrets.map((name) => [name, "set"])) });

      // Assess
      expect(route, platform.source).toMatchObject({ handler: "functions/webhooks/receive.handler" });
      expect(route?.secrets).toEqual(platform.env.secrets);
      for (const name of platform.env.secrets) {
        expect(secretNames).toContain(name);
        expect(env[name]).toBe("set");
      }
      for (const [name, fallback] of Object.entries(platform.env.urls ?? {})) {
        expect(readRuntimeEnv({})[name]).toBe(fallback);
      }
    }
  });

  it("answers 404 for a registered platform whose secret is unset, and queues nothing", async () => {
    for (const platform of platforms) {
      // Prepare
      const queued: unknown[] = [];
      const request = {
        method: "POST",
        query: {},
        headers: {},
        body: Buffer.from("{}"),
        receivedAt: new Date().toISOString(),
      };

      // Act
      const outcome = acceptWebhook(platform.source, request, {
        env: {},
        intake: { enqueue: async (messages) => void queued.push(...messages) },
      });

      // Assess
      await expect(outcome).rejects.toBeInstanceOf(PlatformDisabled);
      expect(queued).toEqual([]);
    }
  });
});
