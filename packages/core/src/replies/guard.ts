import { codePoints } from "../platforms/platform.ts";
import { textRulesOf } from "../platforms/registry.ts";
import { linksIn } from "../text/links.ts";
import { foldLetters } from "../triage/fold.ts";
import { maskSensitiveValue } from "../triage/mask.ts";
import { findSensitiveValues, type SensitiveKind, type SensitiveValue } from "../triage/sensitive.ts";
import { allDeflections } from "./packs/index.ts";

/** Why an outgoing reply must not be sent as it is. */
export type OutgoingProblemCode =
  | "empty"
  | "too_long"
  | "unfilled_variable"
  | "phone_number"
  | "email_address"
  | "link"
  | "echoes_customer_data"
  | "deflection";

export interface OutgoingProblem {
  code: OutgoingProblemCode;
  /** For the person who wrote the reply; personal data in it is masked. */
  message: string;
}

export interface OutgoingCheck {
  ok: boolean;
  problems: OutgoingProblem[];
}

export interface OutgoingContext {
  /** What the customer wrote, so the reply does not repeat their account data. */
  customerText?: string;
  platform: string;
  /** Domains the brand links to; their subdomains are allowed too. No links are allowed without them. */
  allowedDomains?: readonly string[];
  /** Where it goes: the platform's limits differ between its public replies and its private messages. */
  channel?: "public" | "private";
  /** Overrides the platform's limit. */
  maxLength?: number;
  /** The brand's order or account number patterns (see `findSensitiveValues`). */
  orderPatterns?: readonly RegExp[];
}

/** The host of a link or of an allowed-domain entry, lower-case and in punycode so both compare alike. */
const hostOf = (link: string): string => {
  const host = link
    .replace(/^[a-z]+:\/\//i, "")
    .replace(/^\*?\./, "")
    .replace(/^[^/?#]*@/, "")
    .split(/[/:?#]/)[0]
    ?.replace(/\.$/, "");
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return (host ?? "").toLowerCase();
  }
};

/**
 * Counts a reply's characters as the platform counts them on that channel (X: weighted, links 23; elsewhere code
 * points, so an emoji counts once and not as the two UTF-16 units of `string.length`).
 *
 * @example
 * ```ts
 * countCharacters("Hi Dana 👋", "facebook"); // 9
 * ```
 */
export function countCharacters(text: string, platform: string, channel: "public" | "private" = "public"): number {
  return (textRulesOf(platform, channel)?.countCharacters ?? codePoints)(text);
}

// Placeholders of the template syntaxes agents paste from: {firstName}, {{ name }}, ${name}, {0}, %s, %1$s,
// %(name)s, [NAME], [first name], <name>. A bracket followed by "(" is a Markdown link, reported as a link.
const placeholderPatterns = [
  /\$?\{\{?\s*[\p{L}\p{N}_][\p{L}\p{N}_.\- ]{0,40}\}\}?/gu,
  /%(?:\d+\$)?[sd@](?![\p{L}\p{N}])/gu,
  /%\([\p{L}_]+\)[sd]/gu,
  /\[\s*[\p{L}_][\p{L}\p{N}_ .-]{0,40}\](?!\()/gu,
  /<\s*[\p{L}_][\p{L}\p{N}_ .-]{0,40}>/gu,
];

/** Lower case without accents, hyphens or apostrophe variants, ß as ss and "e-mail" as "email": spellings compare alike. */
const foldForPhrases = (text: string) =>
  foldLetters(text)
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[‐‑–—-]/g, " ")
    .replace(/\be ?mail/g, "email")
    .replace(/[’‘`´]/g, "'");

/** Scripts written without spaces between words: a phrase in them may stand anywhere. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

// Every pack's phrases, whatever the reply's language: a person may answer in any language. Their letters are folded
// as the text is (Japanese voiced marks, Arabic hamza and tatweel), so they are written as a person would write them.
const deflections = allDeflections.map(({ label, pattern }) => {
  const source = foldLetters(pattern).replaceAll(" ", "\\s+");
  return {
    label,
    pattern: new RegExp(
      unspaced.test(pattern) ? `(?:${source})` : `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`,
      "u",
    ),
  };
});

const kindNames: Record<SensitiveKind, string> = {
  email: "e-mail address",
  phone: "phone number",
  card: "card number",
  "national-id": "national id number",
  order: "order or account number",
  address: "address",
};

/** Runs of digits as people format them ("+1 (202) 555-0147", "48 213"), reduced to their digits. */
const digitRuns = (text: string) =>
  Array.from(text.matchAll(/\d(?:[\s\-./()#]{0,2}\d)*/g), ([run]) => run.replace(/\D/g, ""));
const alphanumerics = (text: string) => foldForPhrases(text).replace(/[^\p{L}\p{N}]+/gu, "");

/** Whether the reply repeats a value, however it is formatted. */
const echoes = (reply: string, { kind, value }: SensitiveValue): boolean => {
  const digits = value.replace(/\D/g, "");
  switch (kind) {
    case "email":
      return reply.toLowerCase().includes(value.toLowerCase());
    case "address":
      // An address match can run on past the street name; its first words are what identifies it.
      return alphanumerics(reply).includes(alphanumerics(value.split(/\s+/).slice(0, 4).join(" ")));
    case "phone": {
      // "+44 20 7946 0958" comes back as "020 7946 0958": compare the subscriber part, without country or trunk code.
      const subscriber = digits.slice(-8);
      return digitRuns(reply).some((run) => run.includes(subscriber));
    }
    default:
      return digits.length >= 4
        ? digitRuns(reply).some((run) => run.includes(digits))
        : alphanumerics(reply).includes(alphanumerics(value));
  }
};

const problem = (code: OutgoingProblemCode, message: string): OutgoingProblem => ({ code, message });

function lengthProblems(text: string, { platform, channel, maxLength }: OutgoingContext): OutgoingProblem[] {
  const limit = maxLength ?? textRulesOf(platform, channel ?? "public")?.maxLength;
  const length = countCharacters(text, platform, channel);
  if (limit === undefined || length <= limit) return [];
  const how = maxLength === undefined ? `${platform} allows ${limit}` : `the limit is ${limit}`;
  return [problem("too_long", `The reply is ${length} characters long as ${platform} counts them; ${how}.`)];
}

function placeholderProblems(text: string): OutgoingProblem[] {
  const matches = placeholderPatterns.flatMap((pattern) => Array.from(text.matchAll(pattern)));
  const found = new Set(matches.sort((a, b) => a.index - b.index).map(([placeholder]) => placeholder));
  return [...found].map((placeholder) =>
    problem(
      "unfilled_variable",
      `The reply still holds the template variable "${placeholder}": fill it in or remove it.`,
    ),
  );
}

function contactProblems(values: readonly SensitiveValue[], platform: string): OutgoingProblem[] {
  return values.flatMap((value) => {
    if (value.kind !== "phone" && value.kind !== "email") return [];
    const [code, what] =
      value.kind === "phone"
        ? (["phone_number", "a phone number"] as const)
        : (["email_address", "an e-mail address"] as const);
    return [
      problem(
        code,
        `The reply gives ${what} (${maskSensitiveValue(value)}): keep the conversation on ${platform} instead of sending the customer elsewhere.`,
      ),
    ];
  });
}

function linkProblems(text: string, allowedDomains: readonly string[]): OutgoingProblem[] {
  const allowed = allowedDomains.map(hostOf).filter(Boolean);
  const hosts = new Set(linksIn(text).map(hostOf));
  return [...hosts]
    .filter((host) => !allowed.some((domain) => host === domain || host.endsWith(`.${domain}`)))
    .map((host) =>
      problem(
        "link",
        allowed.length > 0
          ? `The reply links to ${host}, which is not one of the allowed domains (${allowed.join(", ")}).`
          : `The reply links to ${host}; no domains are allowed for links.`,
      ),
    );
}

function echoProblems(text: string, { customerText, orderPatterns }: OutgoingContext): OutgoingProblem[] {
  if (!customerText) return [];
  const reported = new Set<string>();
  return findSensitiveValues(customerText, { orderPatterns }).flatMap((value) => {
    const masked = maskSensitiveValue(value);
    if (reported.has(masked) || !echoes(text, value)) return [];
    reported.add(masked);
    return [
      problem(
        "echoes_customer_data",
        `The reply repeats the customer's ${kindNames[value.kind]} (${masked}): refer to it without repeating it, or continue in private.`,
      ),
    ];
  });
}

function deflectionProblems(text: string, platform: string): OutgoingProblem[] {
  const folded = foldForPhrases(text);
  return deflections
    .filter(({ pattern }) => pattern.test(folded))
    .map(({ label }) =>
      problem(
        "deflection",
        `The reply sends the customer to another channel ("${label}"): keep the conversation on ${platform}, in private if needed.`,
      ),
    );
}

/**
 * Checks a reply before it is sent: it must not be empty or longer than the platform accepts, hold an unfilled
 * template variable, give a phone number or e-mail address, link outside the allowed domains, repeat account data the
 * customer wrote (however it is formatted), or send the customer to another channel ("call us", "llámanos",
 * "rufen Sie uns an"); inviting them to a private message on the same platform is fine.
 *
 * @returns `ok` when nothing is wrong, otherwise one problem a finding, each with a stable `code`.
 * @example
 * ```ts
 * checkOutgoing("Hi Dana, sorry! We've sent you a private message. Sam", { platform: "x" });
 * // { ok: true, problems: [] }
 * checkOutgoing("Hi {firstName}, please call us on +1 202 555 0147", {
 *   platform: "facebook",
 *   customerText: "my order TW-48213 never came",
 * });
 * // { ok: false, problems: [{ code: "unfilled_variable", ... }, { code: "phone_number", ... },
 * //   { code: "deflection", ... }] }
 * ```
 */
export function checkOutgoing(text: string, context: OutgoingContext): OutgoingCheck {
  if (/^[\s\p{Cf}]*$/u.test(text)) {
    return { ok: false, problems: [problem("empty", "The reply is empty.")] };
  }
  const values = findSensitiveValues(text, { orderPatterns: context.orderPatterns });
  const problems = [
    ...lengthProblems(text, context),
    ...placeholderProblems(text),
    ...contactProblems(values, context.platform),
    ...linkProblems(text, context.allowedDomains ?? []),
    ...echoProblems(text, context),
    ...deflectionProblems(text, context.platform),
  ];
  return { ok: problems.length === 0, problems };
}
