import { describe, expect, it } from "vitest";
import type { CaseKind } from "../config/schema.ts";
import { findSensitive } from "../triage/sensitive.ts";
import { firstNameOf, type ReplyPurpose, renderReply, replyLanguages } from "./templates.ts";

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
  it("has wording for the five languages we answer in", () => {
    // Act / Assess
    expect([...replyLanguages].sort()).toEqual([...languages].sort());
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
    const italian = reply("it", "acknowledge", "complaint", "Giulia");
    const unknown = reply("", "acknowledge", "complaint", "Giulia");

    // Assess
    expect(italian).toBe(english);
    expect(unknown).toBe(english);
    expect(italian).toMatch(/^Hi Giulia, .* within 1 hour\. Maximiliane, Tidewell Care Tea$/);
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
