import { createHash } from "node:crypto";
import type { CaseKind } from "../config/schema.ts";
import { codePoints } from "../platforms/platform.ts";
import { textRulesOf } from "../platforms/registry.ts";
import { type DefaultTemplate, type LanguagePack, packOf, packs, type ZonedMoment } from "./packs/index.ts";
import type {
  defaultReplyLanguages,
  RepliesConfig,
  ReplyPurpose,
  ReplyTemplateConfig,
  TemplateVariable,
} from "./template-config.ts";

export type { ReplyPurpose } from "./template-config.ts";

/** Languages with their own reply wording; others are answered in the brand's default language. */
export const replyLanguages: string[] = Object.keys(packs);

/**
 * The built-in templates per language, read-only: what a reply says when no configured template matches.
 *
 * @example
 * ```ts
 * defaultReplyTemplates.en?.["acknowledge-complaint"].length; // 4 variants
 * ```
 */
export const defaultReplyTemplates: Readonly<
  Partial<Record<(typeof defaultReplyLanguages)[number], Readonly<Record<DefaultTemplate, readonly string[]>>>>
> = Object.fromEntries(Object.entries(packs).map(([language, pack]) => [language, pack.templates]));

/** The language replies fall back to when neither the brand nor the case names one we write. */
export const fallbackReplyLanguage = "en";

/** The primary subtag of a language tag, lower case: "pt-BR" is "pt". */
const primaryLanguage = (language: string): string => language.trim().toLowerCase().split(/[-_]/)[0] ?? "";

/**
 * The language an automatic reply is written in: the customer's when we have wording for it (built in, or a
 * configured template in that language), otherwise the brand's default language, never a third one.
 *
 * @example
 * ```ts
 * replyLanguageFor("it", { defaultLanguage: "en" }); // "it"
 * replyLanguageFor("pl", { defaultLanguage: "de" }); // "de"
 * ```
 */
export function replyLanguageFor(
  language: string,
  options: { defaultLanguage?: string | undefined; templates?: RepliesConfig["templates"] } = {},
): string {
  const requested = primaryLanguage(language);
  const configured = (templates: RepliesConfig["templates"], code: string) =>
    (templates ?? []).some((template) => template.language === code);
  if (packOf(requested) || configured(options.templates, requested)) return requested;
  const fallback = primaryLanguage(options.defaultLanguage ?? fallbackReplyLanguage);
  return packOf(fallback) || configured(options.templates, fallback) ? fallback : fallbackReplyLanguage;
}

/** A platform with no known limit (or an unknown one) gets X's: we do not know where it goes, so it stays short. */
const defaultLimit = 280;

const caseRefAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ"; // no 0/O, 1/I/L or U: read aloud and typed without doubt

/**
 * A short reference for a case, the same every time for the same case id: "#" and four characters that cannot be
 * mistaken for one another.
 *
 * @example
 * ```ts
 * caseRefOf("c_5f1c0e2a9b7d4c3e8f6a1b2c"); // e.g. "#A7K2"
 * ```
 */
export function caseRefOf(caseId: string): string {
  let value = createHash("sha256").update(caseId).digest().readUInt32BE(0);
  let ref = "";
  for (let i = 0; i < 4; i += 1) {
    ref += caseRefAlphabet[value % caseRefAlphabet.length];
    value = Math.floor(value / caseRefAlphabet.length);
  }
  return `#${ref}`;
}

/** The same seed always picks the same variant, so a retried reply is the same text. */
const variantFor = (seed: string, count: number): number =>
  createHash("sha256").update(seed).digest().readUInt32BE(0) % count;

function zonedMoment(at: Date, timeZone: string, locale: string): ZonedMoment | undefined {
  try {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone }).format(at);
    const parts = new Intl.DateTimeFormat("en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    }).formatToParts(at);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return { weekday, hour: part("hour"), minute: part("minute") };
  } catch {
    // An unknown time zone or an invalid date: the duration is still true.
    return undefined;
  }
}

/** For a language configured templates bring without built-in phrases: the bare duration or moment, from Intl. */
function intlAnswerTime(language: string, ms: number, moment: Date | undefined, timeZone: string): string {
  try {
    if (moment) {
      return new Intl.DateTimeFormat(language, {
        weekday: "long",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone,
      }).format(moment);
    }
  } catch {
    // fall through to the duration
  }
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const hours = Math.ceil(minutes / 60);
  const [value, unit] =
    minutes < 60 ? [minutes, "minute"] : hours < 48 ? [hours, "hour"] : [Math.ceil(hours / 24), "day"];
  return new Intl.NumberFormat(language, { style: "unit", unit, unitDisplay: "long" }).format(value);
}

function answerTimeIn(
  language: string,
  input: { answerWithinMs: number; answerBy?: Date | undefined; timeZone?: string | undefined },
): string {
  const timeZone = input.timeZone ?? "UTC";
  const pack = packOf(language);
  if (!pack) return intlAnswerTime(language, input.answerWithinMs, input.answerBy, timeZone);
  const moment = input.answerBy ? zonedMoment(input.answerBy, timeZone, pack.locale) : undefined;
  return moment ? pack.by(moment) : pack.within(input.answerWithinMs);
}

const defaultTemplateFor = (purpose: ReplyPurpose, kind: CaseKind, unread = false): DefaultTemplate =>
  purpose === "acknowledge"
    ? unread
      ? "acknowledge-message"
      : kind === "question"
        ? "acknowledge-question"
        : "acknowledge-complaint"
    : purpose;

/** Drops the name from a greeting or thanks, so it never reads "Hi ,": "Hola, {firstName}:" becomes "Hola:". */
function withoutFirstName(template: string, pack: LanguagePack | undefined): string {
  let text = template;
  for (const [pattern, replacement] of pack?.nameless ?? []) text = text.replace(pattern, replacement);
  return text
    .replace(/^\s*\{firstName\}[,:!]?\s*(.?)/u, (_whole, next: string) => next.toUpperCase())
    .replace(/,[ \u00a0]*\{firstName\}(?=,)/g, "")
    .replace(/,?[ \u00a0]*\{firstName\}/g, "");
}

interface Values {
  firstName?: string | undefined;
  values: Record<Exclude<TemplateVariable, "firstName">, string>;
}

function fill(template: string, form: "full" | "compact", pack: LanguagePack | undefined, values: Values): string {
  const phrased = form === "full" ? template.replace(/\[([^[\]]*)\]/g, "$1") : template.replace(/\[[^[\]]*\]/g, "");
  const named = values.firstName ? phrased : withoutFirstName(phrased, pack);
  return named
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name === "firstName" ? (values.firstName ?? "") : (values.values[name as keyof Values["values"]] ?? whole),
    )
    .replace(/ {2,}/g, " ")
    .trim();
}

interface ResolvedTemplate {
  id: string;
  variants: readonly string[];
  language: string;
}

const specificity = (template: ReplyTemplateConfig): number =>
  // More fields win; between equally specific templates, the customer's language matters most, then the queue.
  ((template.queue === undefined ? 0 : 1) +
    (template.kind === undefined ? 0 : 1) +
    (template.language === undefined ? 0 : 1)) *
    8 +
  (template.language === undefined ? 0 : 4) +
  (template.queue === undefined ? 0 : 2) +
  (template.kind === undefined ? 0 : 1);

function resolveTemplate(
  input: {
    purpose: ReplyPurpose;
    kind: CaseKind;
    language: string;
    queue?: string | undefined;
    defaultLanguage?: string | undefined;
    unread?: boolean | undefined;
  },
  templates: RepliesConfig["templates"],
): ResolvedTemplate {
  const key = defaultTemplateFor(input.purpose, input.kind, input.unread);
  const inLanguage = (language: string): ResolvedTemplate | undefined => {
    const candidates = (templates ?? [])
      .map((template, index) => ({ template, index }))
      .filter(
        ({ template }) =>
          template.purpose === input.purpose &&
          (template.queue === undefined || template.queue === input.queue) &&
          (template.kind === undefined || template.kind === input.kind) &&
          (template.language === undefined || template.language === language),
      );
    const best = candidates.reduce<(typeof candidates)[number] | undefined>(
      (chosen, candidate) =>
        !chosen || specificity(candidate.template) > specificity(chosen.template) ? candidate : chosen,
      undefined,
    );
    if (best) return { id: `replies.templates[${best.index}]`, variants: best.template.variants, language };
    const pack = packOf(language);
    return pack ? { id: `default:${language}:${key}`, variants: pack.templates[key], language } : undefined;
  };
  // The customer's language, else the brand's default, else English: never a third language.
  const language = replyLanguageFor(input.language, { defaultLanguage: input.defaultLanguage, templates });
  const fallback = replyLanguageFor(input.defaultLanguage ?? fallbackReplyLanguage, { templates });
  return (inLanguage(language) ?? inLanguage(fallback) ?? inLanguage(fallbackReplyLanguage)) as ResolvedTemplate;
}

export interface TemplateInput {
  purpose: ReplyPurpose;
  kind: CaseKind;
  /** The message's language (ISO 639-1); answered in `defaultLanguage` when neither a template nor a pack has it. */
  language: string;
  /** The brand's language for customers whose language we do not write (`brand.defaultLanguage`; English if unset). */
  defaultLanguage?: string | undefined;
  /**
   * The message is in a language triage cannot read, so its kind is a guess: the acknowledgement only thanks for
   * the message and says a person will answer.
   */
  unread?: boolean | undefined;
  /** The case's queue id, to match queue-specific templates. */
  queue: string;
  /** Where the reply is posted: decides the length limit (X: 280). */
  platform: string;
  /** In the platform's public thread, or its private conversation (their limits differ). */
  channel?: "public" | "private";
  /** Picks the variant; the case id, so a retry renders the same text. */
  seed: string;
  /** The author's first name, if the platform gave one. */
  firstName?: string | undefined;
  /** The named person of the care team who signs, e.g. "Sam, Acme Care". */
  signature: string;
  /** How long until a person answers, from the queue's first-response target. */
  answerWithinMs: number;
  /** When a person will answer, given when the queue is closed now: rendered as a weekday and time. */
  answerBy?: Date | undefined;
  /** The queue's time zone, for `answerBy` (UTC when absent). */
  timeZone?: string | undefined;
  /** The case id, for `{caseRef}`. */
  caseId: string;
  /** Configured templates (`replies.templates`); the built-in ones answer when none matches. */
  templates?: RepliesConfig["templates"];
}

export interface RenderedReply {
  text: string;
  /** `replies.templates[3]` for a configured template, `default:en:acknowledge-complaint` for a built-in one. */
  templateId: string;
  /** Index of the variant used within the template. */
  variant: number;
  /** The language the text is written in. */
  language: string;
  /** False when even the compact form is too long for the platform: hand the case to a person. */
  fits: boolean;
  /** chosen: the seed's variant; shortest: the shortest variant; compact: optional phrases dropped. */
  form: "chosen" | "shortest" | "compact";
}

/** A character of neither a right-to-left script nor neutral: a Latin letter, a digit. */
const foreignToRtl = /[^\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\s\p{P}\p{S}]/u;

function render(input: Omit<TemplateInput, "seed" | "caseId"> & { seed?: string; caseId?: string }): RenderedReply {
  const template = resolveTemplate(input, input.templates);
  const pack = packOf(template.language);
  const answerTime = answerTimeIn(template.language, input);
  const nextStep = (pack ?? (packOf(fallbackReplyLanguage) as LanguagePack)).nextSteps[
    defaultTemplateFor(input.purpose, input.kind, input.unread)
  ].replace("{answerTime}", answerTime);
  const caseRefSource = input.caseId ?? input.seed;
  // In a right-to-left text, a name, signature or reference in a left-to-right script is isolated, so the bidi
  // algorithm cannot carry the punctuation around it to the wrong side ("Dana, Acme Care" stays one run).
  const isolated = (value: string) =>
    pack?.direction === "rtl" && foreignToRtl.test(value) ? `\u2068${value}\u2069` : value;
  const firstName = input.firstName?.trim() || undefined;
  const values: Values = {
    firstName: firstName === undefined ? undefined : isolated(firstName),
    values: {
      answerTime,
      nextStep,
      caseRef: caseRefSource ? isolated(caseRefOf(caseRefSource)) : "",
      signature: isolated(input.signature.trim()),
    },
  };
  // The same limits and counting as the guard that checks every outgoing text (guard.ts).
  const rules = textRulesOf(input.platform, input.channel ?? "public");
  const limit = rules?.maxLength ?? defaultLimit;
  const measure = rules?.countCharacters ?? codePoints;
  const result = (text: string, variant: number, form: RenderedReply["form"]): RenderedReply => ({
    text,
    templateId: template.id,
    variant,
    language: template.language,
    fits: measure(text) <= limit,
    form,
  });
  const shortest = (texts: string[]) =>
    texts.reduce((best, text, index) => (measure(text) < measure(texts[best] as string) ? index : best), 0);

  const full = template.variants.map((variant) => fill(variant, "full", pack, values));
  const chosen = input.seed === undefined ? 0 : variantFor(input.seed, full.length);
  const chosenText = full[chosen] as string;
  if (measure(chosenText) <= limit) return result(chosenText, chosen, "chosen");
  const shortestFull = shortest(full);
  if (measure(full[shortestFull] as string) <= limit)
    return result(full[shortestFull] as string, shortestFull, "shortest");
  // Never cut: what is left when the optional phrases go still greets, empathises, gives the next step and signs.
  const compact = template.variants.map((variant) => fill(variant, "compact", pack, values));
  const shortestCompact = shortest(compact);
  return result(compact[shortestCompact] as string, shortestCompact, "compact");
}

/**
 * Writes an automatic reply from the most specific configured template for the queue, kind and language, or from
 * the built-in wording. The seed picks one of several variants, always the same for the same seed; when the text
 * is too long for the platform it falls back to the shortest variant, then to a compact form without the optional
 * phrases, and never cuts a word. `fits: false` means even that is too long: a person should answer.
 *
 * @example
 * ```ts
 * renderTemplate({ purpose: "acknowledge", kind: "complaint", language: "en", queue: "billing", platform: "x",
 *   seed: caseId, caseId, firstName: "Dana", signature: "Sam, Acme Care", answerWithinMs: 3_600_000 });
 * // { text: "Hi Dana, sorry to hear this, ... within 1 hour. Sam, Acme Care",
 * //   templateId: "default:en:acknowledge-complaint", variant: 0, language: "en", fits: true, form: "chosen" }
 * ```
 */
export function renderTemplate(input: TemplateInput): RenderedReply {
  return render(input);
}

export interface ReplyInput {
  purpose: ReplyPurpose;
  kind: CaseKind;
  language: string;
  /** The brand's language for customers whose language we do not write (English if unset). */
  defaultLanguage?: string | undefined;
  /** The author's first name, if the platform gave one. */
  firstName?: string | undefined;
  signature: string;
  /** How long until a person answers, from the queue's first-response target. */
  answerWithinMs: number;
  /** Picks the variant (the case id); without one the first variant is used. */
  seed?: string | undefined;
  /** The case id, for `{caseRef}` in configured templates. */
  caseId?: string | undefined;
  queue?: string | undefined;
  /** Where the reply goes; without one the text is kept within X's 280 characters. */
  platform?: string | undefined;
  answerBy?: Date | undefined;
  timeZone?: string | undefined;
  templates?: RepliesConfig["templates"];
}

/**
 * Writes an automatic reply in the customer's language (the brand's default language when we have no wording for it),
 * signed by the brand.
 * The text of {@link renderTemplate}, for callers that need only that.
 *
 * @example
 * ```ts
 * renderReply({ purpose: "acknowledge", kind: "complaint", language: "en", firstName: "Dana",
 *   signature: "Sam, Acme Care", answerWithinMs: 3_600_000 });
 * // "Hi Dana, sorry to hear this, ... within 1 hour. Sam, Acme Care"
 * ```
 */
export function renderReply(input: ReplyInput): string {
  return render({ ...input, queue: input.queue ?? "", platform: input.platform ?? "" }).text;
}

/**
 * The first word of a display name, when it looks like a name (not a handle or a company).
 *
 * @example
 * ```ts
 * firstNameOf("Dana Whitlock"); // "Dana"
 * firstNameOf("@tidewell"); // undefined
 * ```
 */
export function firstNameOf(displayName: string | undefined | null): string | undefined {
  const first = displayName?.trim().split(/\s+/)[0];
  // A capital first (Latin, Greek, Cyrillic...), or a letter of a script without case (Arabic, Japanese); a handle or
  // a lower-case word is not a name.
  if (!first || first.length > 30 || !/^(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'-]+$/u.test(first)) return undefined;
  return first;
}
