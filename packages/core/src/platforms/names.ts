/**
 * Platforms a case can come from. `facebook` is a Page's feed (public comments), `messenger` its inbox.
 *
 * @example
 * ```ts
 * platformNames.includes("facebook"); // true
 * ```
 */
export const platformNames = [
  "facebook",
  "messenger",
  "instagram",
  "whatsapp",
  "x",
  "linkedin",
  "tiktok",
  "youtube",
  "google-business",
  "trustpilot",
  "generic",
] as const;

export type PlatformName = (typeof platformNames)[number];

/**
 * The webhook paths the contract names (`/webhooks/<name>`): a name here that no registered platform serves yet
 * answers 404 "not enabled here", any other "no webhook".
 */
export const webhookNames = [
  "meta",
  "x",
  "linkedin",
  "tiktok",
  "youtube",
  "google-business",
  "trustpilot",
  "generic",
  "pagerduty",
] as const;
