import parsePhoneNumber from "libphonenumber-js/min";
import { findSensitiveValues, type SensitiveOptions, type SensitiveValue } from "./sensitive.ts";

const firstCharacter = (text: string) => Array.from(text)[0] ?? "";

const maskEmail = (value: string) => {
  const at = value.lastIndexOf("@");
  const [firstLabel = "", ...rest] = value.slice(at + 1).split(".");
  return [`${firstCharacter(value)}***@${firstCharacter(firstLabel)}***`, ...rest].join(".");
};

const maskPhone = (value: string) => {
  const international = value.startsWith("+");
  const callingCode = international ? parsePhoneNumber(value)?.countryCallingCode : undefined;
  const prefix = callingCode ? `+${callingCode} ` : international ? "+" : "";
  return `${prefix}*** *** **${value.replace(/\D/g, "").slice(-2)}`;
};

const maskCard = (value: string) => `**** **** **** ${value.replace(/\D/g, "").slice(-4)}`;

const maskOrder = (value: string) => {
  // The letters of a code such as "TW-" say which system the number belongs to, not whose it is.
  const prefix = /^(?:[A-Z]{1,4}[-/]?|#)(?=[\d*])/i.exec(value)?.[0] ?? "";
  const digits = value.replace(/\D/g, "");
  // An order pattern from config may match a number masked before: keep its two digits so masking stays idempotent.
  const hint = digits.length >= 4 || (value.includes("***") && digits.length <= 2) ? digits.slice(-2) : "";
  return `${prefix}***${hint}`;
};

const maskers: Record<SensitiveValue["kind"], (value: string) => string> = {
  email: maskEmail,
  phone: maskPhone,
  card: maskCard,
  order: maskOrder,
  address: () => "[address]",
  "national-id": () => "[national id]",
};

/**
 * Masks one sensitive value, keeping only a hint that helps a person recognise it: the first letters of an e-mail
 * address and its top-level domain, the calling code and last two digits of a phone number, the last four digits of a
 * card, the prefix and last two digits of an order number; addresses and national ids keep nothing.
 *
 * @example
 * ```ts
 * maskSensitiveValue({ kind: "email", value: "grace.okafor@example.com" }); // "g***@e***.com"
 * maskSensitiveValue({ kind: "phone", value: "+1 (202) 555-0147" }); // "+1 *** *** **47"
 * maskSensitiveValue({ kind: "order", value: "TW-48213" }); // "TW-***13"
 * ```
 */
export function maskSensitiveValue({ kind, value }: Pick<SensitiveValue, "kind" | "value">): string {
  return maskers[kind](value);
}

const maskOnce = (text: string, options?: SensitiveOptions) => {
  let masked = "";
  let from = 0;
  for (const value of findSensitiveValues(text, options)) {
    masked += text.slice(from, value.start) + maskSensitiveValue(value);
    from = value.end;
  }
  return masked + text.slice(from);
};

/**
 * Replaces every piece of account-sensitive data in a text (see `findSensitiveValues`) with a mask that keeps a hint
 * but no data, for list views and logs. Idempotent: masking masked text changes nothing.
 *
 * @example
 * ```ts
 * maskSensitive("I'm grace@example.com, card 4111 1111 1111 1111, order TW-48213, call +1 (202) 555-0147");
 * // "I'm g***@e***.com, card **** **** **** 1111, order TW-***13, call +1 *** *** **47"
 * maskSensitive("DNI 12345678Z, 221 Baker Street"); // "DNI [national id], [address]"
 * ```
 */
export function maskSensitive(text: string, options?: SensitiveOptions): string {
  // Masking can uncover a reading that an overlapping value hid (or a config pattern may match a mask): mask until
  // nothing is found, so the result is idempotent and holds no full value.
  let masked = text;
  for (let pass = 0; pass < 3; pass += 1) {
    const next = maskOnce(masked, options);
    if (next === masked) break;
    masked = next;
  }
  return masked;
}

/**
 * Masks the card numbers of a text (full, Luhn-valid numbers: "card ending 4242" is not one) and leaves everything
 * else as it is: what a case may store of a customer's message. The other account data stays, for the person who
 * answers; list views mask it all (`maskSensitive`).
 *
 * @example
 * ```ts
 * maskCards("charged twice on 4111 1111 1111 1111, order TW-48213"); // "charged twice on **** **** **** 1111, order TW-48213"
 * ```
 */
export function maskCards(text: string): string {
  let masked = "";
  let from = 0;
  for (const value of findSensitiveValues(text)) {
    if (value.kind !== "card") continue;
    masked += text.slice(from, value.start) + maskSensitiveValue(value);
    from = value.end;
  }
  return masked + text.slice(from);
}
