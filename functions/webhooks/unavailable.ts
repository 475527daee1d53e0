import { AppError } from "#core/errors.ts";
import { httpHandler } from "#core/http/middleware.ts";
import { platformNames } from "#core/platforms/names.ts";

const webhookPlatforms = new Set<string>([...platformNames, "meta", "pagerduty"]);

/** `/webhooks/{platform}` for platforms that are not enabled (or do not exist): 404, nothing stored. */
export const handler = httpHandler(async (event) => {
  const platform = event.pathParameters?.platform ?? "";
  if (webhookPlatforms.has(platform)) {
    throw new AppError(404, "platform_disabled", `Webhooks for ${platform} are not enabled here`);
  }
  throw new AppError(404, "unknown_platform", `There is no webhook for "${platform}"`);
});
