// What a language pack holds: the built-in reply wording of one language, and the phrases of that language that send
// a customer to another channel (the guard refuses them in any reply, automatic or human).

/** The built-in templates: one per purpose, the acknowledgement split by complaint and question. */
export type DefaultTemplate =
  | "acknowledge-complaint"
  | "acknowledge-question"
  | "acknowledge-message"
  | "invite-private"
  | "private-next-step"
  | "thank";

/** The templates every pack has: all of them. */
export type RequiredTemplate = DefaultTemplate;

/** A moment in the queue's time zone: the weekday in the pack's language, and the time of day. */
export interface ZonedMoment {
  weekday: string;
  hour: number;
  minute: number;
}

/**
 * A phrase that sends the customer elsewhere ("call us", "llámanos"), as a regular-expression source over folded text:
 * lower case, accents and other combining marks removed, hyphens as spaces, "e-mail" as "email" (see guard.ts). A
 * space matches any run of white space. The phrase must stand as whole words, except in scripts written without
 * spaces (Japanese), where it may stand anywhere.
 */
export interface Deflection {
  /** How the phrase reads, quoted in the guard's message. */
  label: string;
  pattern: string;
}

export interface LanguagePack {
  /** The locale for `Intl` (weekday names, plural rules). */
  locale: string;
  /** Right-to-left scripts: names, signatures and references in another script are isolated so they cannot reorder. */
  direction?: "rtl";
  /** "within 1 hour": the answer time as a duration from the queue's target. */
  within: (ms: number) => string;
  /** "by Monday 09:30": the answer time as a moment, when the queue is closed now. */
  by: (at: ZonedMoment) => string;
  /** How a greeting reads without a name, where dropping the name alone would not do ("Hi there,"). */
  nameless?: readonly (readonly [RegExp, string])[];
  /** What `{nextStep}` says for each template; may use `{answerTime}`. */
  nextSteps: Readonly<Record<DefaultTemplate, string>>;
  /**
   * Several variants per template, so repeated replies do not read as a bot. `[...]` marks an optional phrase.
   * `acknowledge-message` answers a message in a language triage cannot read (so not known to be a complaint or a
   * question): it thanks for the message and says a person will answer, nothing more.
   */
  templates: Readonly<Record<DefaultTemplate, readonly string[]>>;
  /** This language's ways of sending a customer to another channel, refused by the guard in every reply. */
  deflections: readonly Deflection[];
}

export type Unit = "minute" | "hour" | "day";

/**
 * How long until a person answers, as people round it: minutes under an hour, hours under two days, then days
 * (always rounded up, never "0 minutes").
 *
 * @example
 * ```ts
 * answerAmount(90 * 60_000); // { value: 2, unit: "hour" }
 * ```
 */
export function answerAmount(ms: number): { value: number; unit: Unit } {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return { value: minutes, unit: "minute" };
  const hours = Math.ceil(minutes / 60);
  if (hours < 48) return { value: hours, unit: "hour" };
  return { value: Math.ceil(hours / 24), unit: "day" };
}

/** The forms of a word per plural category of the language (`Intl.PluralRules`); `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The form of a word for a number, by the language's plural rules: Arabic has six categories, Japanese one.
 *
 * @example
 * ```ts
 * plural("ar", 2, { one: "ساعة", two: "ساعتين", few: "ساعات", other: "ساعة" }); // "ساعتين"
 * ```
 */
export function plural(locale: string, value: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return forms[rules.select(value)] ?? forms.other;
}

/**
 * "3 hours": the amount and the unit's plural form, number first (the common order; packs that put the unit first
 * write their own).
 *
 * @example
 * ```ts
 * unitText("en", 90 * 60_000, { minute: { one: "minute", other: "minutes" }, hour: { one: "hour", other: "hours" },
 *   day: { one: "day", other: "days" } }); // "2 hours"
 * ```
 */
export function unitText(locale: string, ms: number, units: Record<Unit, PluralForms>): string {
  const { value, unit } = answerAmount(ms);
  return `${value} ${plural(locale, value, units[unit])}`;
}

export const twoDigits = (n: number): string => String(n).padStart(2, "0");
