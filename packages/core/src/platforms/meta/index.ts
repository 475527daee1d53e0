import { PlatformDisabled } from "../errors.ts";
import { definePlatform, type PlatformEnv } from "../platform.ts";
import { normalizeMetaMessage } from "./normalize.ts";
import { GraphApiReplies } from "./reply.ts";
import { metaHandshake, metaMessageSchema, splitMetaDelivery, verifySignature } from "./webhook.ts";

const defaultGraphUrl = "https://graph.facebook.com/v23.0";
const graphUrl = (env: PlatformEnv) => env.META_GRAPH_URL || defaultGraphUrl;

/**
 * Meta: Facebook Pages (feed comments and visitor posts), Messenger, Instagram (comments and DMs) and WhatsApp, all
 * on `/webhooks/meta`, signed with the app secret, answered through the Graph API with the Page token.
 */
export const meta = definePlatform({
  source: "meta",
  title: "Meta (Facebook, Messenger, Instagram, WhatsApp)",
  env: {
    secrets: ["META_APP_SECRET", "META_VERIFY_TOKEN", "META_PAGE_ACCESS_TOKEN"],
    urls: { META_GRAPH_URL: defaultGraphUrl },
  },
  enabled: (env) => Boolean(env.META_APP_SECRET),
  handshake: (request, env) => {
    if (!env.META_VERIFY_TOKEN) throw new PlatformDisabled("Meta (no verify token is set)");
    return metaHandshake(request, env.META_VERIFY_TOKEN);
  },
  verify: (request, env) =>
    verifySignature(request.body, request.headers["x-hub-signature-256"], env.META_APP_SECRET ?? ""),
  split: splitMetaDelivery,
  message: metaMessageSchema,
  normalize: normalizeMetaMessage,
  replySenders: (env) => {
    if (!env.META_PAGE_ACCESS_TOKEN) return {};
    const graph = new GraphApiReplies({ graphUrl: graphUrl(env), pageAccessToken: env.META_PAGE_ACCESS_TOKEN });
    return { facebook: graph, messenger: graph, instagram: graph, whatsapp: graph };
  },
  channels: {
    // A comment on a Page's post; its private replies go to Messenger.
    facebook: { public: { maxLength: 8000 }, private: { maxLength: 2000 } },
    messenger: { private: { maxLength: 2000 } },
    instagram: { public: { maxLength: 2200 }, private: { maxLength: 1000 } },
    whatsapp: { private: { maxLength: 4096 } },
  },
});
