import { describe, expect, it } from "vitest";
import { describeIssues } from "../config/load.ts";
import { repliesConfigSchema, templateVariables } from "./template-config.ts";
import { defaultReplyTemplates } from "./templates.ts";

const valid = "Hi {firstName}, sorry about the charge. {nextStep} {signature}";

/** The config error lines for a `replies` section, as start-up would print them (under `replies.`). */
const problemsWith = (replies: unknown): string[] => {
  const result = repliesConfigSchema.safeParse(replies);
  if (result.success) throw new Error("expected a config error, the section was accepted");
  return describeIssues(result.error.issues);
};

const oneTemplate = (variant: string, scope: Record<string, string> = { language: "en" }) => ({
  templates: [{ ...scope, purpose: "acknowledge", variants: [valid, variant] }],
});

describe("repliesConfigSchema", () => {
  it("thanks praise by default and needs no templates", () => {
    // Act
    const leftOut = repliesConfigSchema.parse(undefined);
    const empty = repliesConfigSchema.parse({});

    // Assess
    expect(leftOut).toEqual({ praise: "thank" });
    expect(empty).toEqual({ praise: "thank" });
  });

  it("accepts templates per queue, kind and language, with every variable and optional phrases", () => {
    // Prepare
    const section = {
      praise: "none",
      templates: [
        {
          queue: "billing",
          kind: "complaint",
          language: "en",
          purpose: "acknowledge",
          variants: [
            "Hi {firstName}, sorry about the charge[, we know it's annoying]. {nextStep} {signature}",
            "Hey {firstName}, that's not fun. Billing will reply here {answerTime} (case {caseRef}). {signature}",
          ],
        },
        { purpose: "thank", variants: ["Thanks, {firstName}! {signature}"] },
      ],
    };

    // Act
    const replies = repliesConfigSchema.parse(section);

    // Assess
    expect(replies.praise).toBe("none");
    expect(replies.templates).toHaveLength(2);
    expect(templateVariables).toEqual(["firstName", "nextStep", "caseRef", "signature", "answerTime"]);
  });

  it("holds the built-in templates to the same rules as configured ones", () => {
    // Prepare: every built-in variant as a configured template of its language and purpose.
    const scopes = {
      "acknowledge-complaint": { purpose: "acknowledge", kind: "complaint" },
      "acknowledge-question": { purpose: "acknowledge", kind: "question" },
      "acknowledge-message": { purpose: "acknowledge" },
      "invite-private": { purpose: "invite-private" },
      "private-next-step": { purpose: "private-next-step" },
      thank: { purpose: "thank" },
    } as const;
    const templates = Object.entries(defaultReplyTemplates).flatMap(([language, byTemplate]) =>
      Object.entries(byTemplate).map(([key, variants]) => ({
        ...scopes[key as keyof typeof scopes],
        language,
        variants: [...variants],
      })),
    );

    // Act
    const result = repliesConfigSchema.safeParse({ templates });

    // Assess
    expect(result.success ? [] : describeIssues(result.error.issues)).toEqual([]);
    expect(templates.length).toBeGreaterThanOrEqual(5 * Object.keys(defaultReplyTemplates).length);
  });

  it("rejects an unknown variable, naming the template, the variant and the variable", () => {
    // Act
    const problems = problemsWith(
      oneTemplate("Hi {firstname}, sorry. {nextStep} {signature}", { queue: "billing", language: "en" }),
    );

    // Assess
    expect(problems).toEqual([
      'templates[0].variants[1]: the "acknowledge" template for queue "billing", language "en" uses {firstname}, ' +
        "which is not a template variable (did you mean {firstName}?); the variables are {firstName}, {nextStep}, " +
        "{caseRef}, {signature}, {answerTime}",
    ]);
  });

  it("rejects a variable it has never heard of, and a brace that encloses nothing", () => {
    // Act
    const unknown = problemsWith(oneTemplate("Hi {firstName}, your order {orderId} is late. {signature}"));
    const stray = problemsWith(oneTemplate("Hi {firstName}, sorry :-{ {nextStep} {signature}"));

    // Assess
    expect(unknown).toEqual([expect.stringContaining('"acknowledge" template for language "en" uses {orderId}')]);
    expect(unknown[0]).not.toContain("did you mean");
    expect(stray).toEqual([expect.stringContaining('has a "{" or "}" that does not enclose a variable name')]);
  });

  it.each([
    ["an e-mail address", "Hi {firstName}, write to care@acme.example.com. {signature}"],
    ["a phone number", "Hi {firstName}, call us on +1 415 555 0132. {signature}"],
    ["a phone number", "Hi {firstName}, ring 0800 123 4567 any time. {signature}"],
    ["a link", "Hi {firstName}, see https://help.acme.example/refunds. {signature}"],
    ["a link", "Hi {firstName}, see www.acme.example for updates. {signature}"],
    ["a link", "Hi {firstName}, check acme.com/status for updates. {signature}"],
    ["an @handle of another account", "Hi {firstName}, please DM @AcmeHelp. {signature}"],
  ])("rejects a variant with %s: it would send the customer elsewhere", (found, variant) => {
    // Act
    const problems = problemsWith(oneTemplate(variant));

    // Assess
    expect(problems).toEqual([
      `templates[0].variants[1]: the "acknowledge" template for language "en" contains ${found}: a reply keeps the conversation where the customer started it`,
    ]);
  });

  it("accepts ordinary words that only look a little like contact details", () => {
    // Act
    const result = repliesConfigSchema.safeParse(
      oneTemplate("Hi {firstName}, sorry, e.g. a late parcel at 9.30 is no fun. {nextStep} {signature}"),
    );

    // Assess
    expect(result.success).toBe(true);
  });

  it("requires every variant to end with the signature, which is never optional", () => {
    // Act
    const unsigned = problemsWith(oneTemplate("Hi {firstName}, sorry. {nextStep}"));
    const optionalSignature = problemsWith(oneTemplate("Hi {firstName}, sorry. {nextStep}[ {signature}]"));

    // Assess
    expect(unsigned).toEqual([expect.stringContaining("must end with {signature}")]);
    expect(optionalSignature).toEqual([expect.stringContaining("must end with {signature}")]);
    expect(problemsWith(oneTemplate("Hi {firstName}, sorry. [{nextStep} {signature}] {signature}"))).toEqual([
      expect.stringContaining("puts {signature} in an optional phrase"),
    ]);
  });

  it("rejects unbalanced or nested optional phrases, and a variant that is all optional", () => {
    // Act
    const unbalanced = problemsWith(oneTemplate("Hi {firstName}, sorry[, truly. {nextStep} {signature}"));
    const nested = problemsWith(oneTemplate("Hi {firstName}, sorry[, [truly]]. {nextStep} {signature}"));
    const allOptional = problemsWith(oneTemplate("[Hi {firstName}, sorry.] {signature}"));

    // Assess
    expect(unbalanced).toEqual([expect.stringContaining('unmatched or nested "[" or "]"')]);
    expect(nested).toEqual([expect.stringContaining('unmatched or nested "[" or "]"')]);
    expect(allOptional).toEqual([expect.stringContaining("no words of its own outside its optional phrases")]);
  });

  it("rejects empty variants, a template without variants and an unknown field", () => {
    // Act
    const blank = problemsWith({ templates: [{ purpose: "thank", variants: ["   "] }] });
    const none = problemsWith({ templates: [{ purpose: "thank", variants: [] }] });
    const typo = problemsWith({ templates: [{ purpose: "thank", variant: ["Thanks! {signature}"] }] });

    // Assess
    expect(blank).toEqual(["templates[0].variants[0]: must not be empty"]);
    expect(none).toEqual([expect.stringMatching(/^templates\[0\]\.variants: /)]);
    expect(typo.join("\n")).toMatch(/variant/);
  });

  it("lets a language without built-in wording use {answerTime} but not {nextStep}", () => {
    // Act
    const polish = repliesConfigSchema.safeParse({
      templates: [
        {
          language: "pl",
          purpose: "acknowledge",
          variants: ["Cześć {firstName}, przykro nam! Odpowiemy tutaj w ciągu {answerTime}. {signature}"],
        },
      ],
    });
    const problems = problemsWith({
      templates: [
        {
          language: "pl",
          purpose: "acknowledge",
          variants: ["Cześć {firstName}, przykro nam! {nextStep} {signature}"],
        },
      ],
    });

    // Assess
    expect(polish.success).toBe(true);
    expect(problems).toEqual([expect.stringContaining('uses {nextStep}, which has no built-in wording in "pl"')]);
  });

  it("rejects a second template for the same purpose, queue, kind and language", () => {
    // Act
    const problems = problemsWith({
      templates: [
        { purpose: "thank", language: "en", variants: ["Thanks! {signature}"] },
        { purpose: "thank", language: "en", variants: ["Cheers! {signature}"] },
      ],
    });

    // Assess
    expect(problems).toEqual([
      'templates[1]: the "thank" template for language "en" is already defined by templates[0]: put all its variants in one entry',
    ]);
  });
});
