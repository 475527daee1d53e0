import { httpHandler } from "#core/http/middleware.ts";
import { PlatformDisabled, UnknownPlatform } from "#core/platforms/errors.ts";
import { webhookNames } from "#core/platforms/names.ts";

/** `/webhooks/{platform}` for platforms not built here yet (or that do not exist): 404, nothing stored. */
export const handler = httpHandler(async (event) => {
  const platform = event.pathParameters?.platform ?? "";
  if ((webhookNames as readonly string[]).includes(platform)) throw new PlatformDisabled(platform);
  throw new UnknownPlatform(platform);
});
