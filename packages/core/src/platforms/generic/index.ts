import { definePlatform } from "../platform.ts";
import { verifyStandardWebhook } from "../standard-webhooks.ts";
import { normalizeGenericMessage } from "./normalize.ts";
import { genericMessageSchema, splitGenericDelivery } from "./webhook.ts";

/** Our replies are not posted anywhere: the sender's own tool is where a person answers. */
const textRules = { maxLength: 10_000 };

/**
 * Our own complaint events from any care tool, web form or inbox that speaks Standard Webhooks, on
 * `/webhooks/generic`. There is no reply API behind them, so every complaint becomes a case for a person.
 */
export const generic = definePlatform({
  source: "generic",
  title: "Generic (Standard Webhooks)",
  env: { secrets: ["STANDARD_WEBHOOKS_SECRET"] },
  enabled: (env) => Boolean(env.STANDARD_WEBHOOKS_SECRET),
  verify: (request, env) => verifyStandardWebhook(request, env.STANDARD_WEBHOOKS_SECRET ?? ""),
  split: splitGenericDelivery,
  message: genericMessageSchema,
  normalize: normalizeGenericMessage,
  replySenders: () => ({}),
  channels: {
    generic: {
      noReplyApi: "generic has no reply API: answer the customer on the channel they wrote from",
      public: textRules,
      private: textRules,
    },
  },
});
