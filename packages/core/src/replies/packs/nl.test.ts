import { describe, expect, it } from "vitest";
import type { CaseKind } from "../../config/schema.ts";
import { detectLanguageOf } from "../../triage/classify.ts";
import { checkOutgoing, countCharacters } from "../guard.ts";
import {
  type RenderedReply,
  type ReplyPurpose,
  renderReply,
  renderTemplate,
  type TemplateInput,
} from "../templates.ts";
import { nl } from "./nl.ts";
import type { DefaultTemplate } from "./pack.ts";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const signature = "Maximiliane, Tidewell Care Tea"; // 30 characters, the longest we expect
const longName = "Maximiliane";
const monday0830Utc = new Date("2026-03-02T08:30:00Z"); // 09:30 in Amsterdam and Brussels (UTC+1)
const wednesday1700Utc = new Date("2026-03-04T17:00:00Z"); // 18:00 in Amsterdam

type Scope = { purpose: ReplyPurpose; kind: CaseKind; unread?: boolean };

const purposes: (Scope & { statesTime: boolean })[] = [
  { purpose: "acknowledge", kind: "complaint", statesTime: true },
  { purpose: "acknowledge", kind: "question", statesTime: true },
  { purpose: "acknowledge", kind: "complaint", unread: true, statesTime: true },
  { purpose: "invite-private", kind: "complaint", statesTime: true },
  { purpose: "private-next-step", kind: "complaint", statesTime: true },
  { purpose: "thank", kind: "praise", statesTime: false },
];

const caseIds = Array.from({ length: 200 }, (_, i) => `c_nl_${i}`);

const render = (input: Scope & Partial<TemplateInput>): RenderedReply =>
  renderTemplate({
    language: "nl",
    queue: "care",
    platform: "facebook",
    seed: caseIds[0] as string,
    caseId: caseIds[0] as string,
    signature,
    answerWithinMs: hour,
    ...input,
  });

/** One seed per variant, so a test sees every variant of a template. */
const seedPerVariant = (scope: Scope): string[] => {
  const seeds: string[] = [];
  for (const seed of caseIds) seeds[render({ ...scope, seed }).variant] ??= seed;
  return seeds;
};

const templateOf = ({ purpose, kind, unread }: Scope): DefaultTemplate =>
  purpose === "acknowledge"
    ? unread
      ? "acknowledge-message"
      : kind === "question"
        ? "acknowledge-question"
        : "acknowledge-complaint"
    : purpose;

const nameOf = (scope: Scope) => `${templateOf(scope)} (${scope.kind})`;

const deflected = (text: string) =>
  checkOutgoing(text, { platform: "facebook" }).problems.some(({ code }) => code === "deflection");

describe("Dutch pack: answer times", () => {
  const table: [string, number, string][] = [
    ["1 minute", minute, "binnen 1 minuut"],
    ["2 minutes", 2 * minute, "binnen 2 minuten"],
    ["30 minutes", 30 * minute, "binnen 30 minuten"],
    ["1 hour", hour, "binnen 1 uur"],
    ["90 minutes, rounded up", 90 * minute, "binnen 2 uur"],
    ["2 hours", 2 * hour, "binnen 2 uur"],
    ["24 hours", 24 * hour, "binnen 24 uur"],
    ["2 days", 2 * day, "binnen 2 dagen"],
    ["11 days", 11 * day, "binnen 11 dagen"],
  ];

  for (const [name, ms, expected] of table) {
    it(`says "${expected}" for ${name}, in the reply too`, () => {
      // Act
      const phrase = nl.within(ms);
      const text = renderReply({
        purpose: "acknowledge",
        kind: "complaint",
        language: "nl",
        firstName: "Sanne",
        signature,
        answerWithinMs: ms,
      });

      // Assess
      expect(phrase).toBe(expected);
      expect(text).toContain(` ${expected}`);
    });
  }

  it('never writes "uren" after a number, nor "1 minuten" or "1 dagen"', () => {
    // Act
    const phrases = [1, 2, 3, 5, 12, 47].flatMap((n) => [nl.within(n * hour), nl.within(n * minute)]);

    // Assess
    for (const phrase of phrases) expect(phrase).not.toMatch(/\buren\b|\b1 minuten\b|\b1 dagen\b/);
  });

  it("gives the weekday from Intl in lower case: maandag to zondag", () => {
    // Prepare
    const week = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 2, 2 + i, 9)));

    // Act
    const names = week.map((date) =>
      new Intl.DateTimeFormat(nl.locale, { weekday: "long", timeZone: "Europe/Amsterdam" }).format(date),
    );

    // Assess
    expect(names).toEqual(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]);
  });

  it('says "uiterlijk maandag om 9.30 uur" when the queue is closed, in Amsterdam and Brussels', () => {
    // Act
    const amsterdam = render({
      purpose: "acknowledge",
      kind: "complaint",
      answerBy: monday0830Utc,
      timeZone: "Europe/Amsterdam",
    });
    const brussels = render({
      purpose: "acknowledge",
      kind: "question",
      answerBy: monday0830Utc,
      timeZone: "Europe/Brussels",
    });
    const evening = render({
      purpose: "private-next-step",
      kind: "complaint",
      answerBy: wednesday1700Utc,
      timeZone: "Europe/Amsterdam",
    });

    // Assess
    expect(amsterdam.text).toContain(" uiterlijk maandag om 9.30 uur");
    expect(brussels.text).toContain(" uiterlijk maandag om 9.30 uur");
    expect(evening.text).toContain(" uiterlijk woensdag om 18.00 uur");
    expect(amsterdam.text).not.toContain("binnen");
  });

  it("writes the hour without a leading zero and the minutes with two digits", () => {
    // Act / Assess
    expect(nl.by({ weekday: "dinsdag", hour: 8, minute: 5 })).toBe("uiterlijk dinsdag om 8.05 uur");
    expect(nl.by({ weekday: "vrijdag", hour: 0, minute: 0 })).toBe("uiterlijk vrijdag om 0.00 uur");
    expect(nl.by({ weekday: "zaterdag", hour: 23, minute: 45 })).toBe("uiterlijk zaterdag om 23.45 uur");
  });
});

describe("Dutch pack: every template and variant", () => {
  for (const scope of purposes) {
    const { statesTime } = scope;
    const name = nameOf(scope);

    it(`${name}: greets with and without a name, states the time, signs, passes the guard, reads as Dutch`, () => {
      // Prepare
      const seeds = seedPerVariant(scope);
      const customerText =
        "Bestelling 48213 is nooit aangekomen! Ik ben sanne.jansen@example.com, 06-12345678, Kerkstraat 14, 1017 GC Amsterdam.";

      // Act
      const replies = seeds.flatMap((seed) => [
        render({ ...scope, seed, firstName: "Sanne" }).text,
        render({ ...scope, seed }).text,
      ]);

      // Assess
      expect(seeds.filter(Boolean)).toHaveLength((nl.templates[templateOf(scope)] as readonly string[]).length);
      replies.forEach((text, index) => {
        const named = index % 2 === 0;
        if (named) expect(text).toMatch(/^(?:Hallo Sanne, \p{Ll}|(?:Dank je wel|Wat fijn|Super bedankt), Sanne[,!] )/u);
        else expect(text).toMatch(/^(?:Hallo, \p{Ll}|(?:Dank je wel|Wat fijn|Super bedankt)[,!] )/u);
        expect(text.endsWith(` ${signature}`)).toBe(true);
        expect(text).not.toMatch(/[{}[\]]|undefined|\s{2}| [,.:;!?]|,\s*[,.:;!?]|^\s/);
        // One register: "je", never the formal "u" / "uw" in the same reply.
        expect(text).not.toMatch(/\b(?:u|uw|uzelf)\b/);
        if (statesTime) expect(text).toContain("binnen 1 uur");
        expect(checkOutgoing(text, { platform: "x", customerText })).toEqual({ ok: true, problems: [] });
        expect(detectLanguageOf(text).language).toBe("nl");
      });
    });

    it(`${name}: every variant fits X with a long name, "2 dagen" or a weekday moment`, () => {
      // Prepare
      const seeds = seedPerVariant(scope);
      const times: Partial<TemplateInput>[] = [
        { answerWithinMs: 2 * day },
        { answerWithinMs: 30 * minute },
        { answerBy: monday0830Utc, timeZone: "Europe/Amsterdam" },
        { answerBy: wednesday1700Utc, timeZone: "Europe/Brussels" },
      ];

      // Act
      const replies = seeds.flatMap((seed) =>
        times.map((time) => render({ ...scope, seed, platform: "x", firstName: longName, ...time })),
      );

      // Assess
      for (const reply of replies) {
        expect(reply).toMatchObject({ fits: true, form: "chosen", language: "nl" });
        expect(countCharacters(reply.text, "x")).toBeLessThanOrEqual(280);
      }
    });

    it(`${name}: the compact form still greets, states the time and signs`, () => {
      // Prepare: the shortest signature for which no variant fits X as written.
      const tooLong = (sig: string) => render({ ...scope, platform: "x", firstName: longName, signature: sig });
      let sig = "Sam";
      while (tooLong(sig).form !== "compact") sig += " Sam";

      // Act
      const reply = tooLong(sig);

      // Assess
      expect(reply).toMatchObject({ fits: true, form: "compact", language: "nl" });
      expect(reply.text).toMatch(/^(?:Hallo Maximiliane, |(?:Dank je wel|Wat fijn|Super bedankt), Maximiliane[,!] )/);
      expect(reply.text.endsWith(` ${sig}`)).toBe(true);
      if (statesTime) expect(reply.text).toContain("binnen 1 uur");
      expect(reply.text).not.toMatch(/[{}[\]]| [,.:;!]|,[,.:;!]/);
    });
  }

  it("shows empathy for a complaint and a private conversation, never for praise, and never admits fault", () => {
    // Prepare
    const texts = (scope: Scope) => seedPerVariant(scope).map((seed) => render({ ...scope, seed }).text);

    // Act
    const complaint = texts({ purpose: "acknowledge", kind: "complaint" });
    const invite = texts({ purpose: "invite-private", kind: "complaint" });
    const privately = texts({ purpose: "private-next-step", kind: "complaint" });
    const thanks = texts({ purpose: "thank", kind: "praise" });
    const unread = texts({ purpose: "acknowledge", kind: "complaint", unread: true });

    // Assess
    for (const text of [...complaint, ...invite, ...privately]) {
      expect(text).toMatch(/vervelend|balen|sorry|wat naar/);
      expect(text).not.toMatch(/onze fout|onze schuld|door ons|hebben wij fout/);
    }
    for (const text of invite) expect(text).toMatch(/privébericht|\bDM\b/);
    for (const text of [...thanks, ...unread]) expect(text).not.toMatch(/sorry|excuses|vervelend|balen|wat naar/);
    for (const text of unread) expect(text).toMatch(/bericht|van je laat horen/);
  });
});

describe("Dutch pack: deflections", () => {
  const refused: Record<string, string[]> = {
    "bel ons": [
      "Bel ons gerust even, dan kijken we samen mee.",
      "Je kunt ons het beste even bellen.",
      "Bel even met de klantenservice, die kan je verder helpen.",
      "Bel naar 088 555 0100 en kies optie 2.",
      "Bel gratis 0800-1234 voor een snelle oplossing.",
      "Geef ons een belletje als je thuis bent.",
      "Belt u ons tijdens kantooruren?",
      "Bellen naar onze servicedesk kan van 8 tot 20 uur.",
    ],
    "mail ons": [
      "Mail ons even je bonnetje, dan regelen we het.",
      "Mail gerust naar klantenservice@example.com.",
      "Stuur ons een e-mail met een foto van de schade.",
      "Stuur even een mailtje naar de afdeling retouren.",
      "Je kunt ons altijd e-mailen.",
      "E-mail ons met je ordernummer.",
    ],
    "per e-mail of telefoon": [
      "We helpen je graag verder per e-mail.",
      "Dat kunnen we alleen via de telefoon regelen.",
      "Onze collega's zijn telefonisch bereikbaar tot 17.00 uur.",
      "Ons e-mailadres vind je onderaan de factuur.",
      "Het mailadres van de klantenservice staat in je account.",
    ],
    "stuur ons een WhatsApp": [
      "App ons even op het nummer in je bevestiging.",
      "Stuur ons een WhatsApp, dan kijken we het na.",
      "Stuur een sms'je met de tekst STOP.",
      "We zijn ook bereikbaar via WhatsApp.",
      "Whatsapp ons gerust, ook in het weekend.",
    ],
    "neem contact op met de klantenservice": [
      "Neem contact op met de klantenservice voor een retourlabel.",
      "Neem gerust contact met ons op als het niet lukt.",
      "Neemt u contact op met onze klantendienst?",
      "Je kunt het beste contact opnemen met onze afdeling facturatie.",
      "Contacteer onze klantendienst, zij helpen u verder.",
    ],
    "ons telefoonnummer": [
      "Ons telefoonnummer staat op de website.",
      "Het telefoonnummer van de klantenservice vind je op de factuur.",
      "Onze klantenlijn is 24/7 open.",
      "Onze hulplijn helpt je meteen verder.",
      "Dat regelt de 0900-lijn voor je.",
    ],
    "via ons contactformulier": [
      "Vul het contactformulier in, dan nemen we het op.",
      "Via ons webformulier kun je een klacht indienen.",
      "Vul even het formulier op de site in.",
      "Dien je klacht in via het klachtenformulier.",
    ],
    "kijk op onze website": [
      "Kijk even op onze website voor de openingstijden.",
      "Ga naar de servicepagina en kies 'retour'.",
      "Bezoek onze website voor meer informatie.",
      "Check de FAQ, daar staat het antwoord.",
      "Op onze site vind je alle voorwaarden.",
    ],
    "kom langs in de winkel": [
      "Kom gerust even langs met je bon.",
      "Ga met je legitimatie naar een vestiging bij jou in de buurt.",
      "Loop even naar de servicebalie in de winkel.",
    ],
  };

  for (const [label, sentences] of Object.entries(refused)) {
    it(`refuses "${label}" however it is put`, () => {
      // Act
      const passed = sentences.filter((sentence) => !deflected(sentence));

      // Assess
      expect(passed).toEqual([]);
    });
  }

  it("every phrase of the pack is one the tests above refuse", () => {
    // Act / Assess
    expect(nl.deflections.map(({ label }) => label).sort()).toEqual(Object.keys(refused).sort());
  });

  it("lets through ordinary replies, a private message on the same platform, and the brand calling the customer", () => {
    // Prepare
    const fine = [
      "Hallo Sanne, we hebben je een privébericht gestuurd: reageer daar, dan helpen we je verder.",
      "Stuur ons gerust een DM met je bestelnummer, dan kijken we mee.",
      "Stuur ons een privébericht, dan zoeken we het voor je uit.",
      "Stuur ons een PB met je postcode en huisnummer.",
      "Reageer gewoon op dit bericht, dan pakt ons team het op.",
      "De monteur belt je morgenochtend om een tijd af te spreken.",
      "We bellen je morgen tussen 9.00 en 12.00 uur terug.",
      "De bezorger neemt contact met je op voordat hij komt.",
      "Fijn dat je contact met ons opneemt!",
      "De monteur komt langs op donderdag.",
      "We hebben de bestelling in de app gezien en kijken er nu naar.",
      "Je hebt de bevestiging al in je mailbox ontvangen, toch?",
      "Hallo Jan, wat vervelend om dit te lezen. Iemand van onze klantenservice reageert hier binnen 1 uur.",
      "Dank je wel, Emma! Wat leuk om te lezen. We delen je compliment met het hele team.",
    ];

    // Act
    const refusedTexts = fine.filter(deflected);

    // Assess
    expect(refusedTexts).toEqual([]);
  });
});
