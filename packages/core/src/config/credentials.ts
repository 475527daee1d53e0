import { z } from "zod";
import { ConfigError } from "../errors.ts";

/** An environment variable's name, as a shell would take it. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A credential kept out of the config file: `{ "env": "NAME" }` reads the environment variable `NAME` (locally), or
 * the SST secret infra declares for it (in AWS).
 */
export const envReferenceSchema = z
  .object({ env: z.string().regex(ENV_NAME, "must be an environment variable's name, such as PAGERDUTY_KEY") })
  .strict()
  .meta({ description: 'Read from the environment variable of this name, e.g. { "env": "PAGERDUTY_BILLING_KEY" }' });

export type EnvReference = z.infer<typeof envReferenceSchema>;

/** A literal (for tests and demos) or a reference to the environment. */
export type Credential = string | EnvReference;

/**
 * A credential field of the config: the literal `value` validates, or an `{ "env": "NAME" }` reference, checked
 * against `value` once it is read (see `resolveCredential`).
 *
 * @example
 * ```ts
 * const routingKey = credential(z.string().min(1));
 * ```
 */
export const credential = <T extends z.ZodType<string>>(value: T) =>
  z.union([value, envReferenceSchema], {
    error: (issue) =>
      issue.code === "invalid_union" && typeof issue.input === "object" && issue.input !== null
        ? 'must be { "env": "NAME" } with the name of an environment variable'
        : 'must be a text or { "env": "NAME" }',
  });

/** What a credential field of a responder must hold once read, for the check after resolving a reference. */
export const credentialFormats = {
  routingKey: z.string().min(1),
  webhookUrl: z.url({ protocol: /^https?$/ }),
  secret: z.string().regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, "must be whsec_ followed by base64"),
} as const;

/**
 * A credential's value: the literal itself, or the environment variable a reference names, checked against `format`.
 *
 * @param field where it sits in the config, for the message (`queues[0].responders[1].slack.webhookUrl`).
 * @throws ConfigError naming the field and the variable when the variable is unset or its value is not valid.
 * @example
 * ```ts
 * resolveCredential({ env: "PD_KEY" }, process.env, "queues[0].responders[0].pagerduty.routingKey");
 * ```
 */
export function resolveCredential(
  value: Credential,
  env: NodeJS.ProcessEnv,
  field: string,
  format: z.ZodType<string> = z.string().min(1),
): string {
  if (typeof value === "string") return value;
  const read = env[value.env];
  if (read === undefined || read === "") {
    throw new ConfigError(`${field}: the environment variable ${value.env} is unset`);
  }
  const checked = format.safeParse(read);
  if (!checked.success) {
    // Never the value itself: it is a secret.
    throw new ConfigError(`${field}: the environment variable ${value.env} ${checked.error.issues[0]?.message}`);
  }
  return checked.data;
}

/** A responder as the config declares it: each credential a literal or a reference. */
export interface ConfiguredResponder {
  name: string;
  pagerduty?: { routingKey: Credential };
  slack?: { webhookUrl: Credential };
  webhook?: { url: string; secret: Credential };
}

/** The same responder with every credential read. */
export interface ResolvedResponder {
  name: string;
  pagerduty?: { routingKey: string };
  slack?: { webhookUrl: string };
  webhook?: { url: string; secret: string };
}

/**
 * Reads a responder's credentials.
 *
 * @param field where the responder sits in the config, for messages (`queues[0].responders[1]`).
 * @throws ConfigError naming the field and the variable of a reference that is unset or invalid.
 * @example
 * ```ts
 * resolveResponder({ name: "On-call", pagerduty: { routingKey: { env: "PD_KEY" } } }, process.env, "queues[0].responders[0]");
 * ```
 */
export function resolveResponder(
  responder: ConfiguredResponder,
  env: NodeJS.ProcessEnv,
  field: string,
): ResolvedResponder {
  const { pagerduty, slack, webhook } = responder;
  return {
    name: responder.name,
    ...(pagerduty && {
      pagerduty: {
        routingKey: resolveCredential(
          pagerduty.routingKey,
          env,
          `${field}.pagerduty.routingKey`,
          credentialFormats.routingKey,
        ),
      },
    }),
    ...(slack && {
      slack: {
        webhookUrl: resolveCredential(slack.webhookUrl, env, `${field}.slack.webhookUrl`, credentialFormats.webhookUrl),
      },
    }),
    ...(webhook && {
      webhook: {
        url: webhook.url,
        secret: resolveCredential(webhook.secret, env, `${field}.webhook.secret`, credentialFormats.secret),
      },
    }),
  };
}

/**
 * Every environment reference in the responders of a config, with the field that holds it: what infra turns into
 * SST secrets, and what start-up checks.
 *
 * @example
 * ```ts
 * credentialReferences(config); // [{ field: "queues[0].responders[0].pagerduty.routingKey", env: "PD_KEY" }]
 * ```
 */
export function credentialReferences(config: {
  queues: readonly { responders: readonly ConfiguredResponder[] }[];
}): { field: string; env: string }[] {
  const found: { field: string; env: string }[] = [];
  config.queues.forEach((queue, q) => {
    queue.responders.forEach((responder, r) => {
      const at = `queues[${q}].responders[${r}]`;
      const fields: [string, Credential | undefined][] = [
        [`${at}.pagerduty.routingKey`, responder.pagerduty?.routingKey],
        [`${at}.slack.webhookUrl`, responder.slack?.webhookUrl],
        [`${at}.webhook.secret`, responder.webhook?.secret],
      ];
      for (const [field, value] of fields) {
        if (value !== undefined && typeof value !== "string") found.push({ field, env: value.env });
      }
    });
  });
  return found;
}

/**
 * Checks that every responder's credentials can be read from `env`, so that start-up stops on an unset variable
 * instead of a page failing at 3 a.m.
 *
 * @throws ConfigError naming each field and variable that is unset or invalid.
 * @example
 * ```ts
 * checkCredentials(loadConfig(), process.env);
 * ```
 */
export function checkCredentials(
  config: { queues: readonly { responders: readonly ConfiguredResponder[] }[] },
  env: NodeJS.ProcessEnv,
): void {
  const problems: string[] = [];
  config.queues.forEach((queue, q) => {
    queue.responders.forEach((responder, r) => {
      try {
        resolveResponder(responder, env, `queues[${q}].responders[${r}]`);
      } catch (error) {
        problems.push((error as Error).message);
      }
    });
  });
  if (problems.length > 0) {
    throw new ConfigError(`The responder config refers to the environment:\n  ${problems.join("\n  ")}`);
  }
}
