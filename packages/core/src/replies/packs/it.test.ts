import { describe, expect, it as test } from "vitest";
import type { CaseKind } from "../../config/schema.ts";
import { checkOutgoing, countCharacters } from "../guard.ts";
import {
  type RenderedReply,
  type ReplyPurpose,
  renderReply,
  renderTemplate,
  type TemplateInput,
} from "../templates.ts";
import { it as italian } from "./it.ts";
import type { DefaultTemplate } from "./pack.ts";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const signature = "Maximiliane, Tidewell Care Tea"; // 30 characters, the longest we expect
const longName = "Maximiliane";
const monday0830Utc = new Date("2026-03-02T08:30:00Z"); // 9:30 in Rome and in Lugano
const mondayMidnightUtc = new Date("2026-03-02T00:00:00Z"); // 1:00 in Rome

const purposes: { purpose: ReplyPurpose; kind: CaseKind; statesTime: boolean }[] = [
  { purpose: "acknowledge", kind: "complaint", statesTime: true },
  { purpose: "acknowledge", kind: "question", statesTime: true },
  { purpose: "invite-private", kind: "complaint", statesTime: true },
  { purpose: "private-next-step", kind: "complaint", statesTime: true },
  { purpose: "thank", kind: "praise", statesTime: false },
];

const caseIds = Array.from({ length: 200 }, (_, i) => `c_it_${i}`);

type Scope = { purpose: ReplyPurpose; kind: CaseKind };

const render = (input: Scope & Partial<TemplateInput>): RenderedReply =>
  renderTemplate({
    language: "it",
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

const templateOf = ({ purpose, kind }: Scope): DefaultTemplate =>
  purpose === "acknowledge" ? (kind === "question" ? "acknowledge-question" : "acknowledge-complaint") : purpose;

const deflected = (text: string) =>
  checkOutgoing(text, { platform: "facebook" }).problems.some(({ code }) => code === "deflection");

describe("Italian pack: answer times", () => {
  const table: [string, number, string][] = [
    ["1 minute", minute, "entro 1 minuto"],
    ["30 minutes", 30 * minute, "entro 30 minuti"],
    ["1 hour", hour, "entro 1 ora"],
    ["2 hours", 2 * hour, "entro 2 ore"],
    ["5 hours", 5 * hour, "entro 5 ore"],
    ["11 hours", 11 * hour, "entro 11 ore"],
    ["23 hours", 23 * hour, "entro 23 ore"],
    ["2 days", 2 * day, "entro 2 giorni"],
    ["3 days", 3 * day, "entro 3 giorni"],
    ["11 days", 11 * day, "entro 11 giorni"],
  ];

  for (const [name, ms, expected] of table) {
    test(`says "${expected}" for ${name}, in the reply too`, () => {
      // Act
      const phrase = italian.within(ms);
      const text = renderReply({
        purpose: "acknowledge",
        kind: "complaint",
        language: "it",
        firstName: "Giulia",
        signature,
        answerWithinMs: ms,
      });

      // Assess
      expect(phrase).toBe(expected);
      expect(text).toContain(` ${expected}.`);
    });
  }

  test('says "entro lunedì alle 9:30" when the queue is closed, in Rome and in Lugano', () => {
    // Act
    const rome = render({
      purpose: "acknowledge",
      kind: "complaint",
      answerBy: monday0830Utc,
      timeZone: "Europe/Rome",
    });
    const lugano = render({
      purpose: "acknowledge",
      kind: "question",
      answerBy: monday0830Utc,
      timeZone: "Europe/Zurich",
    });

    // Assess
    expect(rome.text).toContain(" entro lunedì alle 9:30.");
    expect(lugano.text).toContain(" entro lunedì alle 9:30.");
    expect(rome.text).not.toContain("entro 1 ora");
  });

  test("elides the article before one o'clock (\"all'1:00\") and writes the minutes of a full hour", () => {
    // Act
    const one = italian.by({ weekday: "lunedì", hour: 1, minute: 0 });
    const fourteen = italian.by({ weekday: "venerdì", hour: 14, minute: 0 });
    const rendered = render({
      purpose: "private-next-step",
      kind: "complaint",
      answerBy: mondayMidnightUtc,
      timeZone: "Europe/Rome",
    });

    // Assess
    expect(one).toBe("entro lunedì all'1:00");
    expect(fourteen).toBe("entro venerdì alle 14:00");
    expect(rendered.text).toContain("entro lunedì all'1:00.");
  });
});

describe("Italian pack: every template and variant", () => {
  for (const { purpose, kind, statesTime } of purposes) {
    test(`${purpose} (${kind}): greets with and without a name, states the time, signs, passes the guard`, () => {
      // Prepare
      const seeds = seedPerVariant({ purpose, kind });
      const customerText =
        "Ordine n. 48213 mai arrivato! Sono giulia.ferri@example.com, cell. 347 555 0123, via Garibaldi 12, 20121 Milano";

      // Act
      const replies = seeds.flatMap((seed) => [
        render({ purpose, kind, seed, firstName: "Giulia" }).text,
        render({ purpose, kind, seed }).text,
      ]);

      // Assess
      expect(seeds.filter(Boolean)).toHaveLength(
        (italian.templates[templateOf({ purpose, kind })] as readonly string[]).length,
      );
      replies.forEach((text, index) => {
        const named = index % 2 === 0;
        if (named)
          expect(text).toMatch(/^(?:Ciao Giulia, |Grazie mille, Giulia! |Che bello leggerti, Giulia! )\p{Ll}?/u);
        else expect(text).toMatch(/^(?:Ciao, \p{Ll}|Grazie mille! \p{Lu}|Che bello leggerti! \p{Lu})/u);
        expect(text.endsWith(` ${signature}`)).toBe(true);
        expect(text).not.toMatch(/[{}[\]]|undefined|\s{2}| [,.:!?]|,\s*[,.:!?]|^\s/);
        if (statesTime) expect(text).toContain("entro 1 ora");
        expect(checkOutgoing(text, { platform: "x", customerText })).toEqual({ ok: true, problems: [] });
      });
    });

    test(`${purpose} (${kind}): every variant fits X with a long name, "2 giorni" or a weekday moment`, () => {
      // Prepare
      const seeds = seedPerVariant({ purpose, kind });
      const times: Partial<TemplateInput>[] = [
        { answerWithinMs: 2 * day },
        { answerBy: monday0830Utc, timeZone: "Europe/Rome" },
      ];

      // Act
      const replies = seeds.flatMap((seed) =>
        times.map((time) => render({ purpose, kind, seed, platform: "x", firstName: longName, ...time })),
      );

      // Assess
      for (const reply of replies) {
        expect(reply).toMatchObject({ fits: true, form: "chosen", language: "it" });
        expect(countCharacters(reply.text, "x")).toBeLessThanOrEqual(280);
      }
    });

    test(`${purpose} (${kind}): the compact form still greets, states the time and signs`, () => {
      // Prepare: the shortest signature for which no variant fits X as written.
      const tooLong = (sig: string) => render({ purpose, kind, platform: "x", firstName: longName, signature: sig });
      let sig = "Sam";
      while (tooLong(sig).form !== "compact") sig += " Sam";

      // Act
      const reply = tooLong(sig);

      // Assess
      expect(reply).toMatchObject({ fits: true, form: "compact", language: "it" });
      expect(reply.text).toMatch(/^[^.!?]{0,25}Maximiliane[,!\s]/);
      expect(reply.text.endsWith(` ${sig}`)).toBe(true);
      if (statesTime) expect(reply.text).toContain("entro 1 ora");
      expect(reply.text).not.toMatch(/[{}[\]]| [,.:!]|,[,.:!]/);
    });
  }

  test("says sorry for a complaint and a private conversation, never for praise", () => {
    // Prepare
    const texts = (scope: Scope) => seedPerVariant(scope).map((seed) => render({ ...scope, seed }).text);

    // Act
    const complaint = texts({ purpose: "acknowledge", kind: "complaint" });
    const invite = texts({ purpose: "invite-private", kind: "complaint" });
    const thanks = texts({ purpose: "thank", kind: "praise" });

    // Assess
    for (const text of [...complaint, ...invite]) expect(text).toMatch(/ci dispiace|capiamo/);
    for (const text of invite) expect(text).toMatch(/messaggio privato|in privato/);
    for (const text of thanks) expect(text).not.toMatch(/dispiace|scus/);
  });
});

describe("Italian pack: deflections", () => {
  const refused: Record<string, string[]> = {
    chiamaci: [
      "Ciao Marco, chiamaci quando vuoi e risolviamo insieme.",
      "Chiamateci domani mattina, vi aiutiamo subito.",
      "Per questo tipo di problema puoi chiamarci dalle 9 alle 18.",
      "Gentile cliente, ci chiami pure in orario d'ufficio.",
      "Dacci un colpo di telefono e sistemiamo tutto!",
      "Se preferisci, telefonaci e ne parliamo.",
    ],
    "chiama il servizio clienti": [
      "Ti consigliamo di chiamare il servizio clienti per verificare.",
      "Chiama pure il nostro servizio clienti, ti sapranno aiutare.",
      "Telefona al centralino e chiedi dell'ufficio resi.",
      "Chiami il call center, per favore.",
    ],
    "numero verde": [
      "Puoi contattare il numero verde, è gratuito.",
      "Il nostro numero verde è attivo 24 ore su 24.",
      "Ti basta chiamare il numero gratuito che trovi sulla fattura.",
    ],
    "contattaci per telefono o e-mail": [
      "Contattaci telefonicamente per maggiori dettagli.",
      "Ci contatti via e-mail, così verifichiamo.",
      "Puoi contattarci per email in qualsiasi momento.",
      "Ti chiediamo di contattare il call center.",
    ],
    "scrivici una mail": [
      "Scrivici una mail con i dettagli dell'ordine.",
      "Mandaci un'e-mail e ti rispondiamo in giornata.",
      "Inviaci una mail con la foto del danno.",
      "Ci scriva una e-mail con il numero della pratica.",
      "Scrivi pure una mail al nostro ufficio reclami.",
      "Puoi mandarci via mail lo scontrino?",
    ],
    "scrivici all'indirizzo": ["Scrivici all'indirizzo che trovi in fondo alla pagina."],
    "assistenza telefonica": [
      "Per i guasti è meglio rivolgersi all'assistenza telefonica.",
      "Il call center è aperto fino alle 20.",
      "La nostra linea telefonica dedicata ti aspetta.",
    ],
    "visita il nostro sito": [
      "Visita il nostro sito per tutte le informazioni.",
      "Vai sul sito nella sezione assistenza.",
      "Consulta la sezione FAQ, trovi la risposta lì.",
      "Trovi tutte le risposte sul nostro sito.",
      "Puoi controllare nell'area clienti: visita l'area clienti e segui i passaggi.",
    ],
    "modulo di contatto": [
      "Compila il modulo di contatto e ti ricontattiamo.",
      "Usa il form contatti, per favore.",
      "Ti chiediamo di compilare il modulo online.",
    ],
  };

  for (const [label, sentences] of Object.entries(refused)) {
    test(`refuses "${label}" however it is put`, () => {
      // Act
      const passed = sentences.filter((sentence) => !deflected(sentence));

      // Assess
      expect(passed).toEqual([]);
    });
  }

  test("every phrase of the pack is one the tests above refuse", () => {
    // Act / Assess
    expect(italian.deflections.map(({ label }) => label).sort()).toEqual(Object.keys(refused).sort());
  });

  test("lets through ordinary replies and invitations to a private message on the same platform", () => {
    // Prepare
    const fine = [
      "Ciao Giulia, ti abbiamo scritto in privato: rispondici lì e ci pensiamo noi.",
      "Scrivici pure in privato, ti rispondiamo subito.",
      "Mandaci un messaggio privato con il numero d'ordine, così controlliamo.",
      "Ti abbiamo inviato un DM, ti aspettiamo lì!",
      "Rispondi qui sotto e ti aiutiamo noi.",
      "Ciao Marco, ci dispiace! Abbiamo visto l'ordine che hai fatto sul sito, ora verifichiamo.",
      "Il tecnico ti chiamerà domani mattina per fissare l'appuntamento.",
      "Ti abbiamo appena inviato una conferma in chat.",
      "Ciao Luca, grazie mille! Condivideremo il tuo messaggio con tutto il team.",
    ];

    // Act
    const refusedTexts = fine.filter(deflected);

    // Assess
    expect(refusedTexts).toEqual([]);
  });
});
