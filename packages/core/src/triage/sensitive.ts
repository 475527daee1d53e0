import { findPhoneNumbersInText } from "libphonenumber-js/min";

/** Kinds of account-sensitive data that move a conversation to private. */
export type SensitiveKind = "email" | "phone" | "card" | "national-id" | "order" | "address";

/** One piece of sensitive data found in a text, with its position (`text.slice(start, end) === value`). */
export interface SensitiveValue {
  kind: SensitiveKind;
  value: string;
  start: number;
  end: number;
}

export interface SensitiveOptions {
  /**
   * Order or account number patterns of this brand (from config), tried besides the defaults. A named group `value`
   * marks the number itself (`/\bref\s+(?<value>R\d{6})\b/i`); without one the whole match is the value.
   */
  orderPatterns?: readonly RegExp[];
}

/** The order `findSensitive` reports kinds in. */
const kindOrder: readonly SensitiveKind[] = ["email", "phone", "card", "national-id", "order", "address"];

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const cardCandidate = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g;
const defaultOrderPatterns = [
  /\b(?:order|pedido|commande|bestellung|encomenda|ordine|account|cuenta|compte|konto|conta|(?:bestell(?:ungs)?|auftrags|kunden|konto|rechnungs|order)-?(?:nummer|nr\.?))\s*(?:#|no\.?|n[º°o]\.?|number|número|numéro|nummer|nr\.?)?\s*:?\s*#?(?<value>[A-Z]{0,4}-?\d{4,})\b/iu,
  // Booking, contract, customer, ticket and case references: a code of five or more characters with a digit in it
  // (not a year: "client since 2011"), right after its name, perhaps with a short prefix ("FT 2024/0042").
  /(?<![\p{L}])(?:order|pedido|commande|bestellung|encomenda|booking(?:\s+(?:ref(?:erence)?|code|number|no\.?))?|reservation|res\.?|pnr|confirmation(?:\s+(?:code|number))?|ref(?:erence)?|contract|customer\s+(?:no\.?|number|id)|cust\.?\s*no\.?|client|member(?:ship)?(?:\s+(?:no\.?|number|id))?|ticket|case|claim|invoice|policy|localizador|reserva|contrato|cliente|socio|expediente|factura|p[óo]liza|incidencia|r[ée]servation|contrat|adh[ée]rent|dossier|facture|billet|sinistre|(?:buchungs|vertrags|kunden|mitglieds|rechnungs|auftrags|versicherungs|vorgangs|ticket)-?(?:nummer|nr\.?|code)|buchung|vorgang|rechnung|police|matr[íi]cula|processo|fatura|ap[óo]lice|n[º°o]\.?\s*de\s*(?:cliente|socio|s[óo]cio|contrato|cliente))(?:\s+(?:de|del|de la|da|do|du|der|of)\s+\p{L}+)?(?:\s*(?:#|no\.?|n[º°o]\.?|number|n[úu]mero|num[ée]ro|nummer|nr\.?|code|:|is|es|est|ist|é))*\s*#?(?<value>(?:[A-Z]{1,4}[ -])?(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{3,15}[A-Z0-9])(?![\p{L}\p{N}])/iu,
  // "nº 1002345", "n° 7H2K9Q": a number sign before a long code names a reference.
  /(?<![\p{L}\p{N}])n[º°]\.?\s*(?<value>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,14})(?![\p{L}\p{N}])/iu,
  /\b[A-Z]{2,4}-\d{4,}\b/,
  /#\d{5,}\b/,
];
/** A word of a street name: not a little word or a unit of time ("2 weeks and no way", "3 days in the park"). */
const streetWord = String.raw`(?!(?:and|or|no|not|in|on|at|the|a|an|of|to|for|with|my|your|our|this|that|it|is|was|days?|weeks?|hours?|minutes?|mins?|months?|years?|times?)\s)[\p{L}][\p{L}'-]+\s+`;
const englishStreet = new RegExp(
  String.raw`\b\d{1,5}[a-z]?\s+(?:${streetWord}){1,4}(?:street|st\.?|avenue|ave\.?|road|rd\.?|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|court|ct\.?|way|place|pl\.?|close|crescent|gardens|terrace|square|row|hill|grove|mews|parade|walk|highway|hwy|parkway|pkwy|circle|cir\.?|trail|park)\b`,
  "iu",
);
const addressPattern =
  /\b(?:calle|avenida|rue|avenue|straße|strasse|rua|avenida)\s+[\p{L}' -]{2,40}\s*,?\s*\d{1,5}\b|\b\d{1,5}\s*,?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|calle|avenida|rua|travessa)\s+[\p{L}' -]{2,40}|\b[\p{Lu}][\p{L}-]*(?:straße|strasse|weg|gasse|platz|allee|ring|damm)\s+\d{1,4}[a-z]?\b|(?<![\p{L}\p{N}])(?:C\/|Avda\.|Av\.|Pza\.|Pl\.|Pº|plaza|paseo|carrer|praça|praca|largo|estrada)\s*[\p{L}' -]{2,40}\s*,?\s*\d{1,5}\b/iu;

/** Brazil's postcode, said as such: not a phone number, and on its own (an area, not a home) not sensitive. */
const cepPattern = /\bCEP:?\s*\d{5}-?\d{3}\b/giu;

/**
 * More address shapes: flat and unit numbers, street types beyond the common ones, German "Str." and two-word street
 * names, French "bis"/"ter", Portuguese "R." and "nº", and a postcode with its town after a house number or a street. A
 * postcode alone ("do you deliver to 28004?") is an area, not a home.
 */
const moreAddressPatterns = [
  englishStreet,
  /\b(?:flat|apt\.?|apartment|unit|suite)\s*#?\d{1,4}[a-z]?\s*,?\s+\d{1,5}[a-z]?\s+[\p{L}' -]{2,40}/iu,
  /\b[\p{Lu}][\p{L}-]*(?:str\.|str)\s*\d{1,4}[a-z]?\b/u,
  /\b[\p{Lu}][\p{L}-]+\s+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee)\s+\d{1,4}[a-z]?\b/u,
  /\b\d{1,5}\s*(?:bis|ter)?\s*,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|allee|impasse|quai|cours|route|square|passage|résidence|residence)\s+[\p{L}' -]{2,40}/iu,
  /(?<![\p{L}\p{N}])(?:R\.|Rua|Av\.|Avenida|Travessa|Alameda|Estrada|Praça|Largo)\s+[\p{L}' .-]{2,40},?\s*(?:n[º°o.]\s*)?\d{1,5}\b/iu,
  /(?<![\p{L}\p{N}])(?:camino|ronda|travesía|travesia|carretera|glorieta|urbanización|urbanizacion|pasaje)\s+[\p{L}' -]{2,40}\s*,?\s*(?:n[º°o.]\s*)?\d{1,5}\b/iu,
  // A house number, then a postcode and a town ("Am Mühlbach 7a, 80331 München", "12, 28004 Madrid").
  /\b\d{1,4}[a-z]?,?\s+\d{5}\s+[\p{Lu}][\p{L}]+/u,
  /(?:street|st\.?|road|rd\.?|avenue|ave\.?|calle|rue|straße|strasse|rua)\b[^\n.]{0,40}?\b\d{5}\s+[\p{Lu}][\p{L}]+/iu,
];

/** Local number formats of the markets whose languages we answer in; international (+..) forms match with any. */
const phoneCountries = ["US", "GB", "ES", "MX", "FR", "DE", "PT", "BR"] as const;

const datePattern = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/;

const digitsOf = (text: string) => text.replace(/\D/g, "");

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

/** Spanish DNI (8 digits) and NIE (X/Y/Z + 7 digits): the letter is the number modulo 23. */
const dniPattern = /(?<![\p{L}\p{N}])(?:\d{8}|[XYZxyz]\d{7})(?:[ -]?[A-Z]|[a-z])(?![\p{L}\p{N}])/gu;
const dniValid = (raw: string): boolean => {
  const id = raw.toUpperCase().replace(/[ -]/g, "");
  const number = Number(id.slice(0, -1).replace(/^[XYZ]/, (prefix) => String("XYZ".indexOf(prefix))));
  return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] === id.at(-1);
};

/**
 * French NIR (sécurité sociale): sex, year, month, département (2A/2B in Corsica), commune, order, then a key that
 * is 97 minus the first 13 digits modulo 97.
 */
const nirPattern =
  /(?<![\p{L}\p{N}])[1-478][ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?(?:\d{2}|2[ABab])[ \u00a0]?\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{2}(?![\p{L}\p{N}])/gu;
const nirValid = (raw: string): boolean => {
  const id = raw.toUpperCase().replace(/[ \u00a0]/g, "");
  const body = Number(id.slice(0, 13).replace("2A", "19").replace("2B", "18"));
  return 97 - (body % 97) === Number(id.slice(13));
};

/** US Social Security number, written ###-##-####; areas 000, 666 and 9xx are never issued. */
const ssnPattern = /(?<![\p{N}-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\p{N}-])/gu;

/**
 * Portuguese NIF: nine digits are too common to take on their own, so only after the words that introduce one.
 * The last digit is 11 minus a weighted sum modulo 11 (0 when that is 10 or 11).
 */
const nifPattern =
  /\b(?:NIF|NIPC|contribuinte|n[úu]mero\s+(?:de\s+identifica[çc][ãa]o\s+)?fiscal)(?:\s*(?:é|e|:|n\.?\s?[º°o]\.?|n[úu]mero))*\s*(?:PT)?(?<value>\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3})(?![\p{L}\p{N}])/giu;
const nifValid = (raw: string): boolean => {
  const digits = digitsOf(raw);
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  const check = 11 - (sum % 11);
  return (check >= 10 ? 0 : check) === Number(digits[8]);
};

/** German Steuer-ID: eleven digits after the words that introduce one, the last an ISO 7064 MOD 11,10 check digit. */
const steuerIdPattern =
  /\b(?:Steuer-?ID(?:-?Nr\.?)?|Steuer-?Identifikationsnummer|(?:steuerliche[nr]?\s+)?Identifikationsnummer|IdNr\.?)(?:\s*(?:ist|lautet|:))*\s*(?<value>[1-9]\d[ \u00a0]?\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3})(?![\p{L}\p{N}])/giu;
const steuerIdValid = (raw: string): boolean => {
  const digits = digitsOf(raw);
  let product = 10;
  for (let i = 0; i < 10; i += 1) {
    const sum = (Number(digits[i]) + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === Number(digits[10]);
};

/** UK National Insurance number (two letters, six digits, A-D; "QQ" is the documentation prefix), spaces or none. */
const ninoPattern = /(?<![\p{L}\p{N}])[A-CEGHJ-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}\p{N}])/gu;

const nationalIds: readonly { pattern: RegExp; valid: (raw: string) => boolean }[] = [
  { pattern: ninoPattern, valid: () => true },
  { pattern: dniPattern, valid: dniValid },
  { pattern: nirPattern, valid: nirValid },
  { pattern: ssnPattern, valid: () => true },
  { pattern: nifPattern, valid: nifValid },
  { pattern: steuerIdPattern, valid: steuerIdValid },
];

/**
 * An identity number introduced by its name ("numéro de sécu", "DNI", "SSN"...) is one, even when its check digits
 * are wrong: a typo does not make it less personal.
 */
const namedIdValue = String.raw`(?![\p{L}])[^\p{N}\n]{0,15}?(?<value>[XYZxyzA-Z]?\d[\dA-Z .-]{5,22}[\dA-Z])(?![\p{L}\p{N}])`;
const namedIdPatterns = [
  new RegExp(
    String.raw`(?<![\p{L}])(?:num(?:[ée]ro)?\.? de s[ée]cu(?:rit[ée] sociale)?|s[ée]curit[ée] sociale|social security(?: number)?|NI number|national insurance(?: number)?|contribuinte|Steuer-?ID|Steueridentifikationsnummer|IdNr|Sozialversicherungsnummer|Personalausweis(?:nummer)?|Ausweisnummer|Reisepass(?:nummer)?|passport(?: number| no\.?)?|pasaporte|passeport|passaporte|carte d'identit[ée]|cart[ãa]o de cidad[ãa]o)${namedIdValue}`,
    "giu",
  ),
  // Acronyms in capitals only: "nie" is German for "never", "nir" and "nif" are words too.
  new RegExp(String.raw`(?<![\p{L}])(?:NIR|DNI|NIE|SSN|NIF|CPF)${namedIdValue}`, "gu"),
];

/**
 * A number the customer gives to be reached on is a phone number whether or not the numbering plan knows it (the
 * fictional 555 ones included): an international "+" number, or digits right after "call me", "WhatsApp", "llamadme",
 * "Handy" and the like.
 */
const contactPhonePatterns = [
  /(?<![\p{L}\p{N}+])(?<value>\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5})(?![\p{N}])/gu,
  /(?<![\p{L}])(?:call|phone|tel|tlf|tfno|telf|mobile|cell|number|whats ?app|sms|text|texted|text me|reach me|ring me|ll[aá]m\p{L}*|tel[ée]fono|m[óo]vil|celular|appel\p{L}*|portable|t[ée]l[ée]phone|num[ée]ro|anruf\p{L}*|ruf\p{L}* mich|handy|telefon|nummer|lig\p{L}*|telefone|telem[óo]vel|n[úu]mero)\b[^\d+\n]{0,30}(?<value>\+?\d[\d\s().-]{5,18}\d)(?![\p{N}])/giu,
];
const looksLikePhone = (value: string) => {
  const digits = digitsOf(value).length;
  return digits >= 7 && digits <= 15 && !datePattern.test(value.trim());
};

interface Span {
  value: string;
  start: number;
  end: number;
}

/**
 * Phone numbers as people write them: at least eight digits (shorter runs are house, order or ticket numbers, which
 * some countries' numbering plans would also accept), not a date, and not glued to a code such as "TW-48213".
 */
const phoneSpans = (text: string): Span[] =>
  phoneCountries
    .flatMap((country) => findPhoneNumbersInText(text, { defaultCountry: country }))
    .map(({ startsAt, endsAt }) => {
      const raw = text.slice(startsAt, endsAt);
      const value = raw.trim();
      const start = startsAt + raw.indexOf(value);
      return { value, start, end: start + value.length };
    })
    .filter(({ value, start }) => {
      const before = text.slice(Math.max(0, start - 2), start);
      return digitsOf(value).length >= 8 && !datePattern.test(value) && !/(?:[\p{L}\p{N}][-/]?|#\s?)$/u.test(before);
    })
    // Countries read the same digits differently: the longest reading of a number wins.
    .sort((a, b) => a.start - b.start || b.end - a.end);

/**
 * Finds account-sensitive data in a message with its position: e-mail addresses, national identity numbers (Spanish
 * DNI/NIE, French NIR, US SSN, Portuguese NIF, German Steuer-ID, check digits verified), payment card numbers
 * (Luhn-checked), order or account numbers (the defaults plus `options.orderPatterns`), phone numbers (international
 * and local forms) and street addresses.
 *
 * Values never overlap: where two readings compete, the more specific wins (a card number also parses as a phone
 * number, a DNI contains one).
 *
 * @returns the values in the order they appear in the text; empty when none.
 * @example
 * ```ts
 * findSensitiveValues("I'm grace@example.com, order TW-48213");
 * // [{ kind: "email", value: "grace@example.com", start: 4, end: 21 },
 * //  { kind: "order", value: "TW-48213", start: 29, end: 37 }]
 * findSensitiveValues("ref R123456", { orderPatterns: [/\bR\d{6}\b/] });
 * // [{ kind: "order", value: "R123456", start: 4, end: 11 }]
 * ```
 */
export function findSensitiveValues(text: string, options: SensitiveOptions = {}): SensitiveValue[] {
  const found: SensitiveValue[] = [];
  const accept = (kind: SensitiveKind, span: Span, valid: (value: string, start: number) => boolean): boolean => {
    if (
      !span.value ||
      found.some(({ start, end }) => span.start < end && start < span.end) ||
      !valid(span.value, span.start)
    ) {
      return false;
    }
    found.push({ kind, ...span });
    return true;
  };
  const claim = (
    kind: SensitiveKind,
    pattern: RegExp,
    valid: (value: string, start: number) => boolean = () => true,
  ) => {
    // With or without `g` from config; a named group `value` narrows the match.
    const matcher = new RegExp(pattern.source, `${pattern.flags.replace(/[gyd]/g, "")}gd`);
    for (let match = matcher.exec(text); match; match = matcher.exec(text)) {
      const [from, to] = match.indices?.groups?.value ?? match.indices?.[0] ?? [0, 0];
      const raw = text.slice(from, to);
      const value = raw.trim();
      const start = from + raw.indexOf(value);
      // A match taken by another kind or failing its check may hide a good one that starts inside it: look again.
      if (!accept(kind, { value, start, end: start + value.length }, valid)) matcher.lastIndex = match.index + 1;
      else if (match[0] === "") matcher.lastIndex += 1;
    }
  };

  /**
   * Card numbers are written in one run or in groups of four (Amex 4-6-5): digits after a "+" or "00" country code, or
   * grouped like a phone ("+55 21 99876-5432", "0044 20 7946 0958"), are a phone number even when they pass Luhn.
   */
  const phoneShaped = (value: string, start: number): boolean => {
    if (/(?:\+|\(\s*)$/.test(text.slice(Math.max(0, start - 2), start)) || /^00[1-9]/.test(value)) return true;
    const groups = value.split(/[ -]+/);
    return groups.length > 1 && (groups[0] as string).length !== 4;
  };

  claim("email", emailPattern);
  for (const { pattern, valid } of nationalIds) claim("national-id", pattern, valid);
  for (const pattern of namedIdPatterns) claim("national-id", pattern, (value) => digitsOf(value).length >= 7);
  claim("card", cardCandidate, (value, start) => {
    const digits = digitsOf(value);
    return digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && !phoneShaped(value, start);
  });
  for (const pattern of [...defaultOrderPatterns, ...(options.orderPatterns ?? [])]) claim("order", pattern);
  // Card numbers, ids and order numbers are digit runs that also parse as phone numbers: look for phones in the rest.
  let rest = text;
  for (const { start, end } of found) rest = rest.slice(0, start) + " ".repeat(end - start) + rest.slice(end);
  rest = rest.replace(cepPattern, (postcode) => " ".repeat(postcode.length));
  for (const span of phoneSpans(rest)) accept("phone", span, () => true);
  for (const pattern of contactPhonePatterns) claim("phone", pattern, looksLikePhone);
  for (const pattern of [addressPattern, ...moreAddressPatterns]) claim("address", pattern);

  return found.sort((a, b) => a.start - b.start);
}

/**
 * Finds which kinds of account-sensitive data a message holds (see `findSensitiveValues` for what counts).
 *
 * @returns the kinds found, in a stable order; empty when none.
 * @example
 * ```ts
 * findSensitive("I'm grace@example.com, order TW-48213"); // ["email", "order"]
 * findSensitive("DNI 12345678Z"); // ["national-id"]
 * ```
 */
export function findSensitive(text: string, options?: SensitiveOptions): SensitiveKind[] {
  const kinds = new Set(findSensitiveValues(text, options).map(({ kind }) => kind));
  return kindOrder.filter((kind) => kinds.has(kind));
}
