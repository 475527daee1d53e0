import { z } from "zod";
// Types only: config/schema.ts may import this module to plug the section in, and a value import back would make
// a cycle whose constants are not yet initialised when zod reads them.
import type { CaseKind } from "../config/schema.ts";
import { hasLink } from "../text/links.ts";
import { findSensitive } from "../triage/sensitive.ts";

/** The situations an automatic reply is written for. */
export const replyPurposes = [
  "acknowledge", // public or private acknowledgement of a complaint or question, answered where it was asked
  "invite-private", // public reply to a message with personal data: we continue privately, nothing repeated
  "private-next-step", // the private message that opens that conversation
  "thank", // short thanks for praise
] as const;

export type ReplyPurpose = (typeof replyPurposes)[number];

/**
 * What a template may say, written `{name}`:
 * - `firstName`: the author's first name; when there is none the greeting adapts ("Hi there,", "Hola:", "Bonjour,").
 * - `nextStep`: the built-in sentence saying what happens next for the purpose, with the answer time in it.
 * - `caseRef`: a short reference derived from the case id, such as "#A7K2".
 * - `signature`: the named person of the care team who signs; every template ends with it.
 * - `answerTime`: when a person answers: "within 1 hour", or "by Monday 09:30" when the queue is closed now.
 */
export const templateVariables = ["firstName", "nextStep", "caseRef", "signature", "answerTime"] as const;

export type TemplateVariable = (typeof templateVariables)[number];

/** Languages with built-in templates and phrases; a configured template may use any other two-letter language. */
export const defaultReplyLanguages = ["en", "es", "fr", "de", "pt", "it", "nl", "ar", "id", "ja", "tr", "sw"] as const;

const caseKindSet = { complaint: true, question: true, praise: true, spam: true, other: true } satisfies Record<
  CaseKind,
  true
>;
const caseKinds = Object.keys(caseKindSet) as [CaseKind, ...CaseKind[]];

const variablePattern = /\{([^{}]*)\}/g;
const optionalPhrasePattern = /\[[^[\]]*\]/g;
const handlePattern = /(?:^|[^\p{L}\p{N}_.@])@[A-Za-z0-9_]{2,}/u;

/**
 * Contact details in a template's own words (variables left out): each one would send the customer to another
 * channel, which a reply must never do.
 */
function contactDetailsIn(text: string): string[] {
  const words = text.replace(variablePattern, " ");
  const sensitive = findSensitive(words);
  const found: string[] = [];
  if (sensitive.includes("email")) found.push("an e-mail address");
  if (sensitive.includes("phone")) found.push("a phone number");
  if (hasLink(words)) found.push("a link");
  if (!sensitive.includes("email") && handlePattern.test(words)) found.push("an @handle of another account");
  return found;
}

interface TemplateScope {
  purpose: ReplyPurpose;
  queue?: string | undefined;
  kind?: CaseKind | undefined;
  language?: string | undefined;
}

/** Names a configured template the way its author wrote it, e.g. `the "acknowledge" template for queue "billing"`. */
function describeTemplate(scope: TemplateScope): string {
  const parts = [
    scope.queue === undefined ? undefined : `queue "${scope.queue}"`,
    scope.kind === undefined ? undefined : `kind "${scope.kind}"`,
    scope.language === undefined ? undefined : `language "${scope.language}"`,
  ].filter((part) => part !== undefined);
  return `the "${scope.purpose}" template${parts.length > 0 ? ` for ${parts.join(", ")}` : ""}`;
}

const knownVariables = templateVariables.map((name) => `{${name}}`).join(", ");

/** Everything wrong with one variant of a template, as sentences that name the template; empty when it is usable. */
function problemsWithVariant(variant: string, scope: TemplateScope): string[] {
  if (variant.trim() === "") return []; // reported as empty already
  const template = describeTemplate(scope);
  const problems: string[] = [];
  for (const [, name = ""] of variant.matchAll(variablePattern)) {
    if ((templateVariables as readonly string[]).includes(name)) continue;
    const twin = templateVariables.find((known) => known.toLowerCase() === name.trim().toLowerCase());
    problems.push(
      `${template} uses {${name}}, which is not a template variable${twin ? ` (did you mean {${twin}}?)` : ""}; the variables are ${knownVariables}`,
    );
  }
  if (/[{}]/.test(variant.replace(variablePattern, ""))) {
    problems.push(`${template} has a "{" or "}" that does not enclose a variable name`);
  }
  const withoutOptional = variant.replace(optionalPhrasePattern, "");
  if (/[[\]]/.test(withoutOptional)) {
    problems.push(
      `${template} has an unmatched or nested "[" or "]": square brackets mark one optional phrase, as in "sorry to hear this[, we know it's frustrating]"`,
    );
  }
  const optional = variant.match(optionalPhrasePattern) ?? [];
  if (!variant.trim().endsWith("{signature}")) {
    problems.push(`${template} must end with {signature}: every reply is signed by a named person of the care team`);
  } else if (optional.some((phrase) => phrase.includes("{signature}"))) {
    problems.push(`${template} puts {signature} in an optional phrase: the signature is never left out`);
  }
  if (withoutOptional.replace(variablePattern, "").trim() === "") {
    problems.push(`${template} has no words of its own outside its optional phrases`);
  }
  const language = scope.language;
  if (
    language !== undefined &&
    !(defaultReplyLanguages as readonly string[]).includes(language) &&
    variant.includes("{nextStep}")
  ) {
    problems.push(
      `${template} uses {nextStep}, which has no built-in wording in "${language}": write the next step out (it may use {answerTime})`,
    );
  }
  const contacts = contactDetailsIn(variant);
  if (contacts.length > 0) {
    problems.push(
      `${template} contains ${contacts.join(" and ")}: a reply keeps the conversation where the customer started it`,
    );
  }
  return problems;
}

/**
 * One configured template: the variants written for a purpose, optionally narrowed to a queue, a kind and a language.
 * The most specific match wins (queue + kind + language first), then the built-in defaults.
 *
 * @example
 * ```ts
 * replyTemplateSchema.parse({ queue: "billing", language: "en", purpose: "acknowledge",
 *   variants: ["Hi {firstName}, sorry about the charge. Billing will reply here {answerTime}. {signature}"] });
 * ```
 */
export const replyTemplateSchema = z
  .object({
    queue: z.string().min(1).optional().meta({ description: "Only for cases in this queue (a queue id)" }),
    kind: z.enum(caseKinds).optional().meta({ description: "Only for cases of this kind" }),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 code")
      .optional()
      .meta({
        description:
          "Only for messages in this language. Without it the template answers every language: write one per language",
      }),
    purpose: z.enum(replyPurposes),
    variants: z
      .array(z.string().trim().min(1, "must not be empty"))
      .min(1)
      .meta({
        description:
          "Texts chosen from by case, so repeated replies differ. Variables: {firstName}, {nextStep}, {caseRef}, " +
          "{signature}, {answerTime}. [Square brackets] mark an optional phrase, left out when the platform's length " +
          "limit needs it. Each ends with {signature} and holds no e-mail address, phone number, link or @handle.",
        examples: [["Hi {firstName}, sorry to hear this[, we know it's frustrating]. {nextStep} {signature}"]],
      }),
  })
  .strict()
  .superRefine((template, ctx) => {
    template.variants.forEach((variant, index) => {
      for (const message of problemsWithVariant(variant, template)) {
        ctx.addIssue({ code: "custom", path: ["variants", index], message });
      }
    });
  });

/**
 * The list of configured templates, each scope (purpose, queue, kind, language) at most once. Exported on its own so
 * the responder configuration can add it to a `replies` section that holds other settings too.
 *
 * @example
 * ```ts
 * replyTemplatesSchema.parse([{ purpose: "thank", variants: ["Thanks, {firstName}! {signature}"] }]);
 * ```
 */
export const replyTemplatesSchema = z
  .array(replyTemplateSchema)
  .superRefine((templates, ctx) => {
    const seen = new Map<string, number>();
    templates.forEach((template, index) => {
      const key = JSON.stringify([template.purpose, template.queue, template.kind, template.language]);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        return;
      }
      ctx.addIssue({
        code: "custom",
        path: [index],
        message: `${describeTemplate(template)} is already defined by templates[${first}]: put all its variants in one entry`,
      });
    });
  })
  .meta({ description: "Reply templates per queue, kind and language; the most specific match wins" });

/**
 * The optional `replies` section of the responder configuration: whether praise gets an automatic thanks, and
 * templates that replace the built-in wording.
 *
 * @example
 * ```ts
 * const replies = repliesConfigSchema.parse({
 *   templates: [{ purpose: "thank", language: "en", variants: ["Thanks a ton, {firstName}! {signature}"] }],
 * });
 * replies.praise; // "thank"
 * ```
 */
export const repliesConfigSchema = z
  .object({
    praise: z
      .enum(["thank", "none"])
      .default("thank")
      .meta({ description: "thank: a short automatic thanks closes the case; none: praise waits for a human" }),
    templates: replyTemplatesSchema.optional(),
  })
  .strict()
  .default({ praise: "thank" });

export type RepliesConfig = z.infer<typeof repliesConfigSchema>;
export type ReplyTemplateConfig = z.infer<typeof replyTemplateSchema>;
