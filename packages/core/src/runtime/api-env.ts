import { type RuntimeEnv, readRuntimeEnv } from "./env.ts";

let env: RuntimeEnv | undefined;

/**
 * The environment of the operator API's functions, read once: the token check needs nothing else, so a call without
 * the token builds nothing.
 *
 * @example
 * ```ts
 * apiEnv().RESPONDER_API_TOKEN;
 * ```
 */
export const apiEnv = (): RuntimeEnv => {
  env ??= readRuntimeEnv();
  return env;
};
