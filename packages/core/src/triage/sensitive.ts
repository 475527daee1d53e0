import { findPhoneNumbersInText } from "libphonenumber-js/min";

/** Kinds of account-sensitive data that move a conversation to private. */
export type SensitiveKind = "email" | "phone" | "card" | "order" | "address";

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const cardCandidate = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g;
const orderPatterns = [
  /\b(?:order|pedido|commande|bestellung|encomenda|ordine|account|cuenta|compte|konto|conta)\s*(?:#|no\.?|n[º°o]\.?|number|número|numéro|nummer|nr\.?)?\s*:?\s*#?[A-Z]{0,4}-?\d{4,}\b/iu,
  /\b[A-Z]{2,4}-\d{4,}\b/,
  /#\d{5,}\b/,
];
const addressPattern =
  /\b\d{1,5}\s+(?:[\p{Lu}][\p{L}'-]+\s+){1,4}(?:street|st\.?|avenue|ave\.?|road|rd\.?|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|court|ct\.?|way|place|pl\.?)\b|\b(?:calle|avenida|rue|avenue|straße|strasse|rua|avenida)\s+[\p{L}' -]{2,40}\s*,?\s*\d{1,5}\b|\b\d{1,5}\s*,?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|calle|avenida|rua|travessa)\s+[\p{L}' -]{2,40}|\b[\p{Lu}][\p{L}-]*(?:straße|strasse|weg|gasse|platz|allee|ring|damm)\s+\d{1,4}[a-z]?\b/iu;

/** Local number formats of the markets whose languages we answer in; international (+..) forms match with any. */
const phoneCountries = ["US", "GB", "ES", "MX", "FR", "DE", "PT", "BR"] as const;

const datePattern = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/;

/**
 * Phone numbers as people write them: at least eight digits (shorter runs are house, order or ticket numbers, which
 * some countries' numbering plans would also accept), not a date, and not glued to a code such as "TW-48213".
 */
const findPhones = (text: string, country: (typeof phoneCountries)[number]): boolean =>
  findPhoneNumbersInText(text, { defaultCountry: country }).some(({ startsAt, endsAt }) => {
    const raw = text.slice(startsAt, endsAt).trim();
    const before = text.slice(Math.max(0, startsAt - 2), startsAt);
    return raw.replace(/\D/g, "").length >= 8 && !datePattern.test(raw) && !/(?:[\p{L}\p{N}][-/]?|#\s?)$/u.test(before);
  });

const luhnValid = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
};

/**
 * Finds account-sensitive data in a message: e-mail addresses, phone numbers (international and local forms),
 * payment card numbers (Luhn-checked), order or account numbers, and street addresses.
 *
 * @returns the kinds found, in a stable order; empty when none.
 * @example
 * ```ts
 * findSensitive("I'm grace@example.com, order TW-48213"); // ["email", "order"]
 * ```
 */
export function findSensitive(text: string): SensitiveKind[] {
  const found = new Set<SensitiveKind>();
  if (emailPattern.test(text)) found.add("email");
  for (const match of text.matchAll(cardCandidate)) {
    const digits = match[0].replace(/\D/g, "");
    if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) found.add("card");
  }
  // Card numbers are long digit runs that also parse as phone numbers: look for phones in what is left.
  const withoutCards = text.replace(cardCandidate, (run) => (luhnValid(run.replace(/\D/g, "")) ? " " : run));
  if (phoneCountries.some((country) => findPhones(withoutCards, country))) found.add("phone");
  if (orderPatterns.some((pattern) => pattern.test(text))) found.add("order");
  if (addressPattern.test(text)) found.add("address");
  const order: SensitiveKind[] = ["email", "phone", "card", "order", "address"];
  return order.filter((kind) => found.has(kind));
}
