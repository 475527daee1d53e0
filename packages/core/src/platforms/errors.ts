// What can go wrong with a webhook call, in the platform's own words. The HTTP edge (http/statuses.ts) decides the
// status of each; nothing here knows about HTTP.

import { DomainError } from "../errors.ts";

/** Base of every refusal of a webhook call: nothing is stored or queued for it. */
export class WebhookRefused extends DomainError {}

/** No signature, or not in the platform's format. */
export class MissingSignature extends WebhookRefused {
  constructor(message: string) {
    super("missing_signature", message);
  }
}

/** A signature that does not match the body: forged, tampered with, or signed with another secret. */
export class BadSignature extends WebhookRefused {
  constructor(message: string) {
    super("bad_signature", message);
  }
}

/** Signed too long ago (or in the future): a replay. */
export class StaleDelivery extends WebhookRefused {
  constructor(message: string) {
    super("stale_timestamp", message);
  }
}

/** A handshake with the wrong verify token. */
export class WrongVerifyToken extends WebhookRefused {
  constructor(message = "The verify token does not match") {
    super("wrong_verify_token", message);
  }
}

/** A GET that is not the platform's handshake. */
export class BadHandshake extends WebhookRefused {
  constructor(message: string) {
    super("bad_handshake", message);
  }
}

/** A genuine call whose body is not JSON, or not the platform's delivery. */
export class MalformedDelivery extends WebhookRefused {
  constructor(code: "malformed_json" | "malformed_payload" | "bad_pagerduty_event", message: string) {
    super(code, message);
  }
}

/** The platform is known but its secrets are unset here. */
export class PlatformDisabled extends WebhookRefused {
  constructor(platform: string) {
    super("platform_disabled", `Webhooks for ${platform} are not enabled here`);
  }
}

/** No platform of that name. */
export class UnknownPlatform extends WebhookRefused {
  constructor(name: string) {
    super("unknown_platform", `There is no webhook for "${name}"`);
  }
}

/** A method the platform's webhook does not take (it has no handshake, say). */
export class MethodNotAllowed extends WebhookRefused {
  constructor(message: string) {
    super("method_not_allowed", message);
  }
}

/** A body over the limit, refused before it is read. */
export class DeliveryTooLarge extends WebhookRefused {
  constructor(limitBytes: number) {
    super("payload_too_large", `The body is over ${limitBytes} bytes`);
  }
}
