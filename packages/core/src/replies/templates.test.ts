import { describe, expect, it } from "vitest";
import { caseIdFor } from "../cases/ids.ts";
import type { CaseKind } from "../config/schema.ts";
import { detectLanguageOf } from "../triage/classify.ts";
import { findSensitive } from "../triage/sensitive.ts";
import { checkOutgoing, countCharacters } from "./guard.ts";
import type { DefaultTemplate } from "./packs/index.ts";
import { type RepliesConfig, repliesConfigSchema } from "./template-config.ts";
import {
  caseRefOf,
  defaultReplyTemplates,
  firstNameOf,
  type RenderedReply,
  type ReplyPurpose,
  renderReply,
  renderTemplate,
  replyLanguages,
  type TemplateInput,
} from "./templates.ts";

// X allows 280 characters; a 30-character signature is a realistic upper bound for "Name, Brand Care".
const signature = "Maximiliane, Tidewell Care Tea";
const minutes30 = 30 * 60_000;
const hour1 = 60 * 60_000;
const days2 = 2 * 24 * 60 * 60_000;

const languages = ["en", "es", "fr", "de", "pt"] as const;
type Language = (typeof languages)[number];

const purposes: { name: string; purpose: ReplyPurpose; kind: CaseKind; statesTime: boolean }[] = [
  { name: "acknowledge a complaint", purpose: "acknowledge", kind: "complaint", statesTime: true },
  { name: "acknowledge a question", purpose: "acknowledge", kind: "question", statesTime: true },
  { name: "invite to a private conversation", purpose: "invite-private", kind: "complaint", statesTime: false },
  { name: "open the private conversation", purpose: "private-next-step", kind: "complaint", statesTime: true },
  { name: "thank for praise", purpose: "thank", kind: "praise", statesTime: false },
];

// How each language states "within 30 minutes / 1 hour / 2 days".
const answerTimes: Record<Language, [string, string, string]> = {
  en: ["within 30 minutes", "within 1 hour", "within 2 days"],
  es: ["en menos de 30 minutos", "en menos de 1 hora", "en menos de 2 días"],
  fr: ["d'ici 30 minutes", "d'ici 1 heure", "d'ici 2 jours"],
  de: ["innerhalb von 30 Minuten", "innerhalb von 1 Stunde", "innerhalb von 2 Tagen"],
  pt: ["em até 30 minutos", "em até 1 hora", "em até 2 dias"],
};

// A neutral greeting for an author without a usable name.
const neutralGreetings: Record<Language, string> = {
  en: "Hi there,",
  es: "Hola:",
  fr: "Bonjour,",
  de: "Hallo,",
  pt: "Olá!",
};

const reply = (language: string, purpose: ReplyPurpose, kind: CaseKind, firstName?: string, answerWithinMs = hour1) =>
  renderReply({ purpose, kind, language, firstName, signature, answerWithinMs });

const urlPattern = /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|net|org|io|ly|co)\b/i;

describe("renderReply", () => {
  it("has wording for the twelve languages we answer in", () => {
    // Act / Assess
    expect([...replyLanguages].sort()).toEqual(
      ["en", "es", "fr", "de", "pt", "it", "nl", "ar", "id", "ja", "tr", "sw"].sort(),
    );
  });

  for (const language of languages) {
    describe(`in ${language}`, () => {
      for (const { name, purpose, kind, statesTime } of purposes) {
        it(`${name}: greets Dana by name, ends with the signature, within 280 characters`, () => {
          // Act
          const text = reply(language, purpose, kind, "Dana", days2);

          // Assess
          expect(text).toContain("Dana");
          expect(text.endsWith(` ${signature}`)).toBe(true);
          expect(text.length).toBeLessThanOrEqual(280);
          // French puts a space before ! ? : ; so only commas and full stops are checked.
          expect(text).not.toMatch(/undefined|null|\s{2}|\s[,.]/);
        });

        it(`${name}: greets warmly without a name`, () => {
          // Act
          const text = reply(language, purpose, kind, undefined);

          // Assess
          if (purpose !== "thank") expect(text.startsWith(neutralGreetings[language])).toBe(true);
          expect(text.endsWith(` ${signature}`)).toBe(true);
          expect(text).not.toMatch(/undefined|null|\s{2}|^\s|,\s*[,:!]/);
        });

        it(`${name}: never gives an e-mail address, phone number or link`, () => {
          // Prepare
          const texts = [minutes30, hour1, days2].map((ms) => reply(language, purpose, kind, "Dana", ms));

          // Act
          const leaks = texts.filter((text) => findSensitive(text).length > 0 || urlPattern.test(text));

          // Assess
          expect(leaks).toEqual([]);
        });

        if (statesTime) {
          it(`${name}: says in ${language} when a person will answer (30 min, 1 h, 2 days)`, () => {
            // Act
            const texts = [minutes30, hour1, days2].map((ms) => reply(language, purpose, kind, "Dana", ms));

            // Assess
            texts.forEach((text, index) => {
              expect(text).toContain(answerTimes[language][index]);
            });
          });
        }
      }

      it("writes a different acknowledgement for a complaint than for a question", () => {
        // Act
        const complaint = reply(language, "acknowledge", "complaint", "Dana");
        const question = reply(language, "acknowledge", "question", "Dana");

        // Assess
        expect(complaint).not.toBe(question);
      });
    });
  }

  it("answers a language without wording in English", () => {
    // Prepare
    const english = reply("en", "acknowledge", "complaint", "Giulia");

    // Act
    const polish = reply("pl", "acknowledge", "complaint", "Giulia");
    const unknown = reply("", "acknowledge", "complaint", "Giulia");

    // Assess
    expect(polish).toBe(english);
    expect(unknown).toBe(english);
    expect(polish).toMatch(/^Hi Giulia, .* within 1 hour\. Maximiliane, Tidewell Care Tea$/);
  });

  it("shows empathy when acknowledging a complaint, and says a person is on it", () => {
    // Act
    const text = reply("en", "acknowledge", "complaint", "Dana");

    // Assess
    expect(text).toMatch(/sorry/i);
    expect(text).toMatch(/care team/);
  });

  it("never sends the customer elsewhere: no call, e-mail or website in any reply", () => {
    // Prepare
    const texts = languages.flatMap((language) =>
      purposes.map(({ purpose, kind }) => reply(language, purpose, kind, "Dana")),
    );

    // Act
    const deflecting = texts.filter((text) =>
      /\b(call us|phone us|e-?mail us|our website|llámanos|appelez|rufen sie|ligue para)\b/i.test(text),
    );

    // Assess
    expect(deflecting).toEqual([]);
  });

  it("says a public invitation moved to private, without repeating what the customer wrote", () => {
    // Act
    const text = reply("en", "invite-private", "complaint", "Grace");

    // Assess
    expect(text).toMatch(/private message/);
    expect(findSensitive(text)).toEqual([]);
  });

  it("stays within 280 characters even with the longest first name we accept", () => {
    // Prepare
    const longName = `A${"b".repeat(29)}`;
    expect(firstNameOf(longName)).toBe(longName);

    // Act
    const lengths = languages.flatMap((language) =>
      purposes.flatMap(({ purpose, kind }) =>
        [minutes30, hour1, days2].map((ms) => reply(language, purpose, kind, longName, ms).length),
      ),
    );

    // Assess
    expect(Math.max(...lengths)).toBeLessThanOrEqual(280);
  });

  it("rounds the answer time up and switches units at the hour and at two days", () => {
    // Prepare
    const within = (ms: number) => /within (.+)\./.exec(reply("en", "acknowledge", "complaint", "Dana", ms))?.[1];

    // Act
    const stated = [1, 60_000, 61_000, 59 * 60_000, 61 * 60_000, 47 * hour1, 48 * hour1].map(within);

    // Assess
    expect(stated).toEqual(["1 minute", "1 minute", "2 minutes", "59 minutes", "2 hours", "47 hours", "2 days"]);
  });
});

describe("firstNameOf", () => {
  it("takes the first word of a real name", () => {
    // Act / Assess
    expect(firstNameOf("Dana Whitlock")).toBe("Dana");
    expect(firstNameOf("  Priya   Raman ")).toBe("Priya");
    expect(firstNameOf("Lucía Ferrer")).toBe("Lucía");
    expect(firstNameOf("Jean-Luc Picard")).toBe("Jean-Luc");
    expect(firstNameOf("Zoë")).toBe("Zoë");
  });

  it("gives nothing for handles, lowercase names and missing names", () => {
    // Act / Assess
    expect(firstNameOf("lucía ferrer")).toBeUndefined();
    expect(firstNameOf("@tidewell")).toBeUndefined();
    expect(firstNameOf("dana_w_1987")).toBeUndefined();
    expect(firstNameOf("")).toBeUndefined();
    expect(firstNameOf("   ")).toBeUndefined();
    expect(firstNameOf(undefined)).toBeUndefined();
    expect(firstNameOf(null)).toBeUndefined();
  });
});

// Real case ids, as the seed and the source of {caseRef}.
const caseIds = Array.from({ length: 100 }, (_, i) => caseIdFor("facebook", `1209913347725510_${1000 + i}`));
const firstCaseId = caseIds[0] as string;
const longName = `A${"b".repeat(29)}`;
const allPurposes: ReplyPurpose[] = ["acknowledge", "invite-private", "private-next-step", "thank"];
const allKinds: CaseKind[] = ["complaint", "question", "praise", "spam", "other"];
const monday0830Utc = new Date("2026-03-02T08:30:00Z"); // 09:30 in Madrid, 03:30 in New York

type Scope = Pick<TemplateInput, "purpose" | "kind" | "language">;

const render = (input: Scope & Partial<TemplateInput>): RenderedReply =>
  renderTemplate({
    queue: "care",
    platform: "facebook",
    seed: firstCaseId,
    caseId: firstCaseId,
    signature: "Sam, Acme Care",
    answerWithinMs: hour1,
    ...input,
  });

/** How many variants the built-in template behind a reply has, from its id ("default:en:thank"). */
const variantCount = ({ templateId }: RenderedReply): number => {
  const [, language, key] = templateId.split(":") as [string, Language, DefaultTemplate];
  return defaultReplyTemplates[language]?.[key].length ?? 0;
};

/** A seed that picks each variant, so a test can look at every one of them. */
const seedPerVariant = (scope: Scope): string[] => {
  const seeds: string[] = [];
  for (const seed of caseIds) seeds[render({ ...scope, seed }).variant] ??= seed;
  return seeds;
};

// How the greeting opens without a name: adapted, never "Hi ," or "Hola, :".
const namelessOpenings: Record<Language, RegExp> = {
  en: /^(Hi there, \p{Ll}|Hey there, \p{Ll}|Thank you so much! \p{Lu}|Thanks so much! \p{Lu})/u,
  es: /^(Hola: |¡Hola! |¡Muchísimas gracias! |¡Gracias! )[¡\p{Lu}]/u,
  fr: /^(Bonjour, \p{Ll}|Merci beaucoup\u00a0! \p{Lu}|Un grand merci\u00a0! \p{Lu})/u,
  de: /^(Hallo, \p{Ll}|Vielen herzlichen Dank! \p{Lu}|Danke, das)/u,
  pt: /^(Olá!|Oi!|Muito obrigado!|Obrigado pelo carinho!) \p{Lu}/u,
};
const privateMessage: Record<Language, RegExp> = {
  en: /private message/,
  es: /mensaje privado/,
  fr: /message privé/,
  de: /private Nachricht|privat geschrieben|Direktnachricht/,
  pt: /mensagem privada|no privado/,
};
const empathy: Record<Language, RegExp> = {
  en: /sorry|frustrating/i,
  es: /sentimos|lamentamos/i,
  fr: /désolés|navrés/i,
  de: /leid|ärgerlich/i,
  pt: /sentimos|lamentamos/i,
};
const admitsFault =
  /our (mistake|fault|error)|nuestra culpa|error nuestro|notre faute|notre erreur|unser Fehler|nossa culpa|nosso erro/i;
const deflects =
  /call us|phone us|e-?mail us|our website|llámanos|escríbenos a|appelez|écrivez-nous à|rufen sie|ligue para/i;
const byMonday: Record<Language, string> = {
  en: "by Monday 09:30",
  es: "el lunes antes de las 9:30",
  fr: "lundi avant 9\u00a0h\u00a030",
  de: "bis Montag, 9:30 Uhr",
  pt: "até segunda-feira às 9h30",
};
const needsEmpathy = (purpose: ReplyPurpose, kind: CaseKind) =>
  purpose === "invite-private" || purpose === "private-next-step" || (purpose === "acknowledge" && kind !== "question");

describe("renderTemplate with the built-in templates", () => {
  for (const language of languages) {
    for (const purpose of allPurposes) {
      for (const kind of allKinds) {
        it(`${language} ${purpose} for a ${kind}: every variant greets, says what happens next and signs`, () => {
          // Prepare
          const seeds = seedPerVariant({ purpose, kind, language });

          // Act
          const replies = seeds.map((seed) => ({
            named: render({ purpose, kind, language, seed, firstName: "Dana" }).text,
            nameless: render({ purpose, kind, language, seed }).text,
          }));

          // Assess
          expect(seeds.filter(Boolean)).toHaveLength(variantCount(render({ purpose, kind, language })));
          for (const { named, nameless } of replies) {
            expect(named).toMatch(/^[^.!?]{0,25}Dana[,:!\s]/);
            expect(nameless).toMatch(namelessOpenings[language]);
            for (const text of [named, nameless]) {
              expect(text.endsWith(" Sam, Acme Care")).toBe(true);
              if (purpose !== "thank") expect(text).toContain(answerTimes[language][1]);
              if (purpose === "invite-private") expect(text).toMatch(privateMessage[language]);
              if (needsEmpathy(purpose, kind)) expect(text).toMatch(empathy[language]);
              expect(text).not.toMatch(/[{}[\]]|undefined| [,.:!]|,[,.:!]/);
              expect(text).not.toMatch(admitsFault);
              expect(text).not.toMatch(deflects);
              expect(findSensitive(text)).toEqual([]);
              expect(text).not.toMatch(urlPattern);
            }
          }
        });
      }
    }

    it(`${language}: every variant fits X as written, with a 30-character name and signature`, () => {
      // Prepare
      const answerTimes = [{ answerWithinMs: 59 * 60_000 }, { answerWithinMs: days2 }, { answerBy: monday0830Utc }];
      const scopes = purposes.map(({ purpose, kind }) => ({ purpose, kind, language }));

      // Act
      const replies = scopes.flatMap((scope) =>
        seedPerVariant(scope).flatMap((seed) =>
          answerTimes.map((time) =>
            render({
              ...scope,
              ...time,
              seed,
              platform: "x",
              firstName: longName,
              signature,
              timeZone: "Europe/Madrid",
            }),
          ),
        ),
      );

      // Assess
      expect(replies.filter((reply) => reply.form !== "chosen" || !reply.fits)).toEqual([]);
      expect(Math.max(...replies.map((reply) => reply.text.length))).toBeLessThanOrEqual(280);
    });

    it(`${language}: the same case always gets the same text, and 100 cases use every variant`, () => {
      for (const { purpose, kind } of purposes) {
        // Act
        const replies = caseIds.map((seed) => render({ purpose, kind, language, seed, firstName: "Dana" }));
        const again = caseIds.map((seed) => render({ purpose, kind, language, seed, firstName: "Dana" }));

        // Assess
        expect(again).toEqual(replies);
        const used = new Set(replies.map((reply) => reply.variant));
        expect(used.size).toBe(variantCount(replies[0] as RenderedReply));
        expect(new Set(replies.map((reply) => reply.text)).size).toBe(used.size);
      }
    });

    it(`${language}: says "by Monday 09:30" in the queue's time zone when the queue is closed`, () => {
      // Act
      const madrid = render({
        purpose: "acknowledge",
        kind: "complaint",
        language,
        answerBy: monday0830Utc,
        timeZone: "Europe/Madrid",
      });

      // Assess
      expect(madrid.text).toContain(byMonday[language]);
      expect(madrid.text).not.toContain(answerTimes[language][1]);
    });

    it(`${language}: falls back to a compact form that still greets, empathises, gives the next step and signs`, () => {
      for (const { purpose, kind } of purposes) {
        // Prepare: the shortest signature for which no variant fits X as written.
        const tooLong = (sig: string) =>
          render({ purpose, kind, language, platform: "x", firstName: "Dana", signature: sig });
        let sig = "Sam";
        while (tooLong(sig).form !== "compact") sig += " Sam";

        // Act
        const reply = tooLong(sig);

        // Assess
        expect(reply).toMatchObject({ fits: true, form: "compact", language });
        expect(reply.text).toMatch(/^[^.!?]{0,25}Dana[,:!\s]/);
        expect(reply.text.endsWith(` ${sig}`)).toBe(true);
        if (purpose !== "thank") expect(reply.text).toContain(answerTimes[language][1]);
        if (purpose === "invite-private") expect(reply.text).toMatch(privateMessage[language]);
        if (needsEmpathy(purpose, kind)) expect(reply.text).toMatch(empathy[language]);
        expect(reply.text).not.toMatch(/[{}[\]]| [,.:!]|,[,.:!]/);
      }
    });
  }

  it("drops only the optional phrases in the compact form, never cutting a word", () => {
    // Prepare: a signature that leaves no room for any variant of the English complaint as written.
    const longSignature = "Maximiliane ".repeat(14).trim();

    // Act
    const reply = render({
      purpose: "acknowledge",
      kind: "complaint",
      language: "en",
      platform: "x",
      firstName: "Dana",
      signature: longSignature,
    });

    // Assess
    expect(reply).toEqual({
      text: `Hi Dana, sorry to hear this. Someone from our care team will reply right here within 1 hour. ${longSignature}`,
      templateId: "default:en:acknowledge-complaint",
      variant: 0,
      language: "en",
      fits: true,
      form: "compact",
    });
  });

  it("first falls back to the shortest variant when the seed's variant is too long", () => {
    // Prepare: a seed whose variant is not the shortest, and a signature that only the shortest leaves room for.
    const scope = { purpose: "acknowledge", kind: "complaint", language: "en", platform: "x" } as const;
    const lengths = seedPerVariant(scope).map((seed) => render({ ...scope, seed, signature: "" }).text.length);
    const shortest = lengths.indexOf(Math.min(...lengths));
    const longest = lengths.indexOf(Math.max(...lengths));
    const seed = seedPerVariant(scope)[longest] as string;
    const sig = "S".repeat(280 - 1 - Math.min(...lengths));

    // Act
    const reply = render({ ...scope, seed, signature: sig });

    // Assess
    expect(reply).toMatchObject({ variant: shortest, form: "shortest", fits: true });
    expect(reply.text).toHaveLength(280);
  });

  it("flags a reply that cannot fit even in compact form, for a person to send, without cutting it", () => {
    // Prepare
    const hugeSignature = "Sam ".repeat(80).trim();

    // Act
    const reply = render({
      purpose: "acknowledge",
      kind: "complaint",
      language: "de",
      platform: "x",
      signature: hugeSignature,
    });

    // Assess
    expect(reply).toMatchObject({ fits: false, form: "compact", templateId: "default:de:acknowledge-complaint" });
    expect(reply.text).toMatch(/^Hallo, .* innerhalb von 1 Stunde\. (Sam ){79}Sam$/);
  });

  it("counts characters as X does: most weigh one, emoji and CJK weigh two", () => {
    // Prepare: a signature that makes the compact text exactly 280 characters.
    const scope = {
      purpose: "acknowledge",
      kind: "complaint",
      language: "en",
      platform: "x",
      firstName: "Dana",
    } as const;
    const bare = render({ ...scope, signature: "S".repeat(250) });
    const room = 280 - (bare.text.length - 250);
    const accented = `Zoë ${"é".repeat(room - 4)}`;
    const withEmoji = `Zoë ${"é".repeat(room - 5)}💙`;

    // Act
    const exactly = render({ ...scope, signature: accented });
    const over = render({ ...scope, signature: withEmoji });
    const elsewhere = render({ ...scope, platform: "facebook", signature: withEmoji });

    // Assess
    expect(exactly).toMatchObject({ fits: true, form: "compact" });
    expect(exactly.text).toHaveLength(280);
    expect(over).toMatchObject({ fits: false });
    expect(elsewhere).toMatchObject({ fits: true, form: "chosen" });
  });

  it("keeps to the platform's limit: generous on Facebook, 280 as X counts on X, X's for a platform it does not know", () => {
    // Prepare
    const scope = { purpose: "acknowledge", kind: "complaint", language: "en", firstName: "Dana" } as const;
    const sig = "Maximiliane, Tidewell Care Tea";

    // Act
    const facebook = render({ ...scope, platform: "facebook", signature: sig.repeat(6) });
    const onX = render({ ...scope, platform: "x", signature: sig.repeat(6) });
    const unknown = render({ ...scope, platform: "myspace", signature: sig.repeat(6) });

    // Assess
    expect(facebook.form).toBe("chosen");
    expect(onX).toMatchObject({ fits: true });
    expect(onX.form).not.toBe("chosen");
    expect(countCharacters(onX.text, "x")).toBeLessThanOrEqual(280);
    expect(unknown.form).not.toBe("chosen");
  });

  it("writes the moment in the queue's time zone, on the hour without minutes, and the duration when the zone is unknown", () => {
    // Prepare
    const scope = { purpose: "acknowledge", kind: "complaint", firstName: "Dana" } as const;
    const sundayNightUtc = new Date("2026-03-01T23:00:00Z"); // Monday 08:00 in Tokyo
    const oneOClock = new Date("2026-03-02T00:00:00Z"); // Monday 01:00 in Madrid

    // Act
    const newYork = render({ ...scope, language: "en", answerBy: monday0830Utc, timeZone: "America/New_York" });
    const tokyo = ["en", "fr", "de", "pt"].map(
      (language) => render({ ...scope, language, answerBy: sundayNightUtc, timeZone: "Asia/Tokyo" }).text,
    );
    const spanishOne = render({ ...scope, language: "es", answerBy: oneOClock, timeZone: "Europe/Madrid" });
    const utc = render({ ...scope, language: "en", answerBy: monday0830Utc });
    const nowhere = render({ ...scope, language: "en", answerBy: monday0830Utc, timeZone: "Mars/Olympus_Mons" });

    // Assess
    expect(newYork.text).toContain("by Monday 03:30.");
    expect(tokyo[0]).toContain("by Monday 08:00.");
    expect(tokyo[1]).toContain("lundi avant 8\u00a0h,");
    expect(tokyo[2]).toContain("bis Montag, 8 Uhr.");
    expect(tokyo[3]).toContain("até segunda-feira às 8h.");
    expect(spanishOne.text).toContain("el lunes antes de la 1:00.");
    expect(utc.text).toContain("by Monday 08:30.");
    expect(nowhere.text).toContain("within 1 hour.");
  });

  it("tells which template and variant it used, and answers a language without wording in English", () => {
    // Act
    const polish = render({ purpose: "thank", kind: "praise", language: "pl", firstName: "Giulia" });
    const regional = render({ purpose: "thank", kind: "praise", language: "pt-BR", firstName: "Giulia" });
    const german = render({
      purpose: "thank",
      kind: "praise",
      language: "pl",
      firstName: "Giulia",
      defaultLanguage: "de",
    });

    // Assess
    expect(polish).toMatchObject({ templateId: "default:en:thank", language: "en", fits: true, form: "chosen" });
    expect(polish.text).toMatch(/Giulia/);
    expect(german).toMatchObject({ templateId: "default:de:thank", language: "de" });
    expect(regional).toMatchObject({ templateId: "default:pt:thank", language: "pt" });
  });
});

describe("renderTemplate with configured templates", () => {
  const variant = (label: string) => `Hi {firstName}, ${label} here. {nextStep} {signature}`;
  const templates: RepliesConfig["templates"] = repliesConfigSchema.parse({
    templates: [
      { purpose: "acknowledge", variants: [variant("any")] },
      { purpose: "acknowledge", language: "en", variants: [variant("english")] },
      { purpose: "acknowledge", queue: "billing", variants: [variant("billing")] },
      { purpose: "acknowledge", queue: "billing", kind: "complaint", variants: [variant("billing complaint")] },
      {
        purpose: "acknowledge",
        queue: "billing",
        kind: "complaint",
        language: "en",
        variants: [variant("billing complaint in english")],
      },
      {
        purpose: "acknowledge",
        kind: "question",
        language: "es",
        variants: ["¡Hola, {firstName}! Pregunta. {signature}"],
      },
      {
        purpose: "acknowledge",
        language: "pl",
        variants: ["Cześć {firstName}, przykro nam! Czas odpowiedzi: {answerTime}. {signature}"],
      },
      {
        purpose: "private-next-step",
        language: "en",
        variants: [
          "Hi {firstName}, sorry about this. Your case is {caseRef}: reply here and we'll answer {answerTime}. {signature}",
          "Hey {firstName}, sorry about this. We're on case {caseRef} and will answer {answerTime}. {signature}",
        ],
      },
    ],
  }).templates;

  const configured = (input: Scope & Partial<TemplateInput>) => render({ templates, firstName: "Dana", ...input });

  it("uses the most specific match: queue + kind + language, then fewer, then the built-in wording", () => {
    // Act
    const picked = [
      configured({ purpose: "acknowledge", kind: "complaint", language: "en", queue: "billing" }),
      configured({ purpose: "acknowledge", kind: "complaint", language: "de", queue: "billing" }),
      configured({ purpose: "acknowledge", kind: "question", language: "es", queue: "care" }),
      configured({ purpose: "acknowledge", kind: "complaint", language: "en", queue: "care" }),
      configured({ purpose: "acknowledge", kind: "complaint", language: "fr", queue: "care" }),
      configured({ purpose: "thank", kind: "praise", language: "fr", queue: "billing" }),
    ].map(({ templateId }) => templateId);

    // Assess
    expect(picked).toEqual([
      "replies.templates[4]",
      "replies.templates[3]",
      "replies.templates[5]",
      "replies.templates[1]",
      "replies.templates[0]",
      "default:fr:thank",
    ]);
  });

  it("prefers the customer's language over the queue between equally specific templates", () => {
    // Act
    const reply = configured({ purpose: "acknowledge", kind: "question", language: "en", queue: "billing" });

    // Assess
    expect(reply.templateId).toBe("replies.templates[1]");
    expect(reply.text).toBe(
      "Hi Dana, english here. Someone from our team will answer right here within 1 hour. Sam, Acme Care",
    );
  });

  it("answers in a configured language without built-in wording, with the answer time from Intl", () => {
    // Act
    const polish = configured({ purpose: "acknowledge", kind: "complaint", language: "pl", queue: "care" });
    const nameless = configured({ purpose: "acknowledge", kind: "complaint", language: "pl", firstName: undefined });
    const thanks = configured({ purpose: "thank", kind: "praise", language: "pl", queue: "care" });

    // Assess
    expect(polish).toMatchObject({ templateId: "replies.templates[6]", language: "pl" });
    expect(polish.text).toBe("Cześć Dana, przykro nam! Czas odpowiedzi: 1 godzina. Sam, Acme Care");
    expect(nameless.text).toBe("Cześć, przykro nam! Czas odpowiedzi: 1 godzina. Sam, Acme Care");
    expect(thanks).toMatchObject({ templateId: "default:en:thank", language: "en" });
  });

  it("fills {caseRef} with the case's short reference and picks among the variants by seed", () => {
    // Act
    const replies = caseIds.map((id) =>
      configured({ purpose: "private-next-step", kind: "complaint", language: "en", seed: id, caseId: id }),
    );

    // Assess
    expect(new Set(replies.map((reply) => reply.variant))).toEqual(new Set([0, 1]));
    replies.forEach((reply, index) => {
      expect(reply.text).toContain(` ${caseRefOf(caseIds[index] as string)}`);
      expect(reply.text).toMatch(/^(Hi Dana, sorry about this\. Your case is|Hey Dana, .* on case) #[2-9A-Z]{4}[: ]/);
    });
  });
});

describe("caseRefOf", () => {
  it("gives the same short, unambiguous reference for the same case, and mostly different ones for others", () => {
    // Act
    const refs = caseIds.map(caseRefOf);

    // Assess
    expect(refs[0]).toBe(caseRefOf(firstCaseId));
    for (const ref of refs) expect(ref).toMatch(/^#[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(refs).size).toBeGreaterThan(95);
    expect(refs.filter((ref) => findSensitive(`reference ${ref}`).length > 0)).toEqual([]);
  });
});

describe("renderReply with the new options", () => {
  it("renders renderTemplate's text for the same case, and the first variant without a seed", () => {
    // Prepare
    const scope = { purpose: "acknowledge", kind: "complaint", language: "fr" } as const;
    const input = { ...scope, firstName: "Dana", signature, answerWithinMs: hour1 };
    const seed = caseIds[3] as string;
    const firstVariantSeed = seedPerVariant(scope)[0] as string;

    // Act
    const seeded = renderReply({ ...input, seed, caseId: seed, platform: "x", queue: "care" });
    const unseeded = renderReply(input);

    // Assess
    expect(seeded).toBe(renderTemplate({ ...input, seed, caseId: seed, platform: "x", queue: "care" }).text);
    expect(unseeded).toBe(render({ ...input, seed: firstVariantSeed, platform: "x" }).text);
    expect(unseeded.startsWith("Bonjour Dana, nous sommes désolés d'apprendre cela")).toBe(true);
  });
});

describe("every language pack", () => {
  const twelve = ["en", "es", "fr", "de", "pt", "it", "nl", "ar", "id", "ja", "tr", "sw"];
  const cases = Array.from({ length: 120 }, (_, i) => caseIdFor("facebook", `pack_${i}`));
  const shapes: { purpose: ReplyPurpose; kind: CaseKind; unread?: boolean }[] = [
    { purpose: "acknowledge", kind: "complaint" },
    { purpose: "acknowledge", kind: "question" },
    { purpose: "acknowledge", kind: "question", unread: true },
    { purpose: "invite-private", kind: "complaint" },
    { purpose: "private-next-step", kind: "complaint" },
    { purpose: "thank", kind: "praise" },
  ];
  const name = "Maximiliane";
  const brandSignature = "Sam, Tidewell Care";

  for (const language of twelve) {
    it(`${language}: every variant of every template is in ${language}, signed, and passes the guard`, () => {
      // Prepare
      const variantsSeen = new Map<string, Set<number>>();

      for (const shape of shapes) {
        for (const caseId of cases) {
          for (const firstName of [name, undefined]) {
            // Act
            const reply = renderTemplate({
              ...shape,
              language,
              queue: "care",
              platform: "facebook",
              seed: caseId,
              caseId,
              firstName,
              signature: brandSignature,
              answerWithinMs: 2 * 60 * 60_000,
            });

            // Assess
            const key = `${shape.purpose}:${shape.kind}:${shape.unread ?? false}`;
            variantsSeen.set(key, (variantsSeen.get(key) ?? new Set()).add(reply.variant));
            expect(reply.language).toBe(language);
            expect(reply.templateId).toBe(
              `default:${language}:${shape.unread ? "acknowledge-message" : shape.purpose === "acknowledge" ? `acknowledge-${shape.kind}` : shape.purpose}`,
            );
            expect(reply.text.replace(/[\u2068\u2069]/g, "").endsWith(brandSignature)).toBe(true);
            if (firstName) expect(reply.text).toContain(name);
            expect(reply.text).not.toMatch(/undefined|null|[{}[\]]|\s{2}|^\s|\s$/);
            expect(checkOutgoing(reply.text, { platform: "facebook" })).toEqual({ ok: true, problems: [] });
          }
        }
      }
      for (const [key, seen] of variantsSeen) expect(seen.size, key).toBeGreaterThanOrEqual(3);
    });

    it(`${language}: an acknowledgement reads back as ${language} to the language detector`, () => {
      // Act
      const detected = shapes
        .filter(({ purpose }) => purpose !== "thank")
        .map((shape) => {
          const text = renderReply({ ...shape, language, signature: brandSignature, answerWithinMs: 60 * 60_000 });
          return detectLanguageOf(text.replace(brandSignature, "")).language;
        });

      // Assess
      expect(detected).toEqual(detected.map(() => language));
    });
  }
});
