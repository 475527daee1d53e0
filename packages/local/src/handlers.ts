import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const repoRoot = resolve(import.meta.dirname, "../../..");

/**
 * Loads a handler the way SST names it (`functions/webhooks/receive.handler`): the module's file without `.ts`, a dot,
 * the export. The local stack runs the very modules SST deploys.
 *
 * @example
 * ```ts
 * const handler = await loadHandler("functions/router/route.handler");
 * ```
 */
export async function loadHandler<T = (...args: never[]) => Promise<unknown>>(spec: string): Promise<T> {
  const dot = spec.lastIndexOf(".");
  const file = resolve(repoRoot, `${spec.slice(0, dot)}.ts`);
  const exported = spec.slice(dot + 1);
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const handler = module[exported];
  if (typeof handler !== "function") throw new Error(`${spec}: ${file} exports no function "${exported}"`);
  return handler as T;
}
