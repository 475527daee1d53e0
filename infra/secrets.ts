import { credentialReferences } from "../packages/core/src/config/credentials.ts";
import { loadConfig } from "../packages/core/src/config/load.ts";
import { secretNames } from "../packages/core/src/runtime/env.ts";
import { componentName } from "./naming.ts";

/**
 * Optional secret: the "" placeholder lets a stage deploy before every platform is configured, and the app treats an
 * empty value as unset, so that platform stays disabled (its webhook answers 404) until
 * `npx sst secret set <Name> <value> --stage <stage>` fills it in.
 */
const optionalSecret = (name: string) => new sst.Secret(name, "");

/**
 * Every secret the app reads (`secretNames`: the product's own and every registered platform's), keyed by the
 * environment variable it is read from; the SST secret is its PascalCase (`META_APP_SECRET` is `MetaAppSecret`).
 */
export const secrets: Record<string, sst.Secret> = Object.fromEntries(
  secretNames.map((name) => [
    name,
    // No placeholder for the API token: without it every /api/* route would be open, so a deploy must fail until set.
    name === "RESPONDER_API_TOKEN" ? new sst.Secret(componentName(name)) : optionalSecret(componentName(name)),
  ]),
);

/**
 * The `environment` entries that hand a function the secrets it reads, under the variable names the app expects.
 * Throws on a name not declared above, so a typo in `functions/routes.ts` stops the deploy instead of silently
 * disabling a platform.
 *
 * @example
 * ```ts
 * new sst.aws.Function("WebhooksMeta", {
 *   handler: "functions/webhooks/receive.handler",
 *   environment: secretEnvironment(["META_APP_SECRET", "META_VERIFY_TOKEN"]),
 * });
 * ```
 */
export function secretEnvironment(names: readonly string[]): Record<string, $util.Output<string>> {
  const environment: Record<string, $util.Output<string>> = {};
  for (const name of names) {
    if (!Object.hasOwn(secrets, name)) {
      throw new Error(`Unknown secret "${name}": declare it in a platform's env, or fix functions/routes.ts.`);
    }
    environment[name] = (secrets[name] as sst.Secret).value;
  }
  return environment;
}

/**
 * The SST secret that holds a responder credential the config refers to as `{ "env": "NAME" }`: named `NAME` when
 * SST accepts it (a capital letter, then letters and digits), else its PascalCase (`PD_BILLING_KEY` is
 * `PdBillingKey`): `npx sst secret set <that name> <value>`.
 *
 * @example
 * ```ts
 * responderSecretName("PD_BILLING_KEY"); // "PdBillingKey"
 * ```
 */
export const responderSecretName = (env: string): string =>
  /^[A-Z][A-Za-z0-9]*$/.test(env) ? env : componentName(env);

/**
 * One secret per `{ "env": "NAME" }` reference in the responder config shipped with the functions, with no
 * placeholder: a deploy fails until each is set, rather than a page failing when a queue goes stale.
 */
const responderSecrets = new Map(
  [...new Set(credentialReferences(loadConfig("responder.config.json")).map((ref) => ref.env))].map((env) => [
    env,
    new sst.Secret(responderSecretName(env)),
  ]),
);

/**
 * The environment that gives the functions which send pages (the watchdog's) the responder credentials, under the
 * variable names the config refers to. No other function gets them.
 *
 * @example
 * ```ts
 * environment: { ...responderSecretEnvironment() }
 * ```
 */
export function responderSecretEnvironment(): Record<string, $util.Output<string>> {
  return Object.fromEntries([...responderSecrets].map(([env, secret]) => [env, secret.value]));
}
