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
import type { DefaultTemplate } from "./pack.ts";
import { sw } from "./sw.ts";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const signature = "Maximiliane, Tidewell Care Tea"; // 30 characters, the longest we expect
const longName = "Maximiliane";
const monday0630Utc = new Date("2026-03-02T06:30:00Z"); // 09:30 in Nairobi and Dar es Salaam (UTC+3)
const saturday1545Utc = new Date("2026-03-07T15:45:00Z"); // 18:45 in Nairobi

const purposes: { purpose: ReplyPurpose; kind: CaseKind; statesTime: boolean }[] = [
  { purpose: "acknowledge", kind: "complaint", statesTime: true },
  { purpose: "acknowledge", kind: "question", statesTime: true },
  { purpose: "invite-private", kind: "complaint", statesTime: true },
  { purpose: "private-next-step", kind: "complaint", statesTime: true },
  { purpose: "thank", kind: "praise", statesTime: false },
];

const caseIds = Array.from({ length: 200 }, (_, i) => `c_sw_${i}`);

type Scope = { purpose: ReplyPurpose; kind: CaseKind };

const render = (input: Scope & Partial<TemplateInput>): RenderedReply =>
  renderTemplate({
    language: "sw",
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

describe("Swahili pack: answer times", () => {
  const table: [string, number, string][] = [
    ["1 minute", minute, "ndani ya dakika 1"],
    ["30 minutes", 30 * minute, "ndani ya dakika 30"],
    ["1 hour", hour, "ndani ya saa 1"],
    ["2 hours", 2 * hour, "ndani ya saa 2"],
    ["5 hours", 5 * hour, "ndani ya saa 5"],
    ["11 hours", 11 * hour, "ndani ya saa 11"],
    ["23 hours", 23 * hour, "ndani ya saa 23"],
    ["2 days", 2 * day, "ndani ya siku 2"],
    ["3 days", 3 * day, "ndani ya siku 3"],
    ["11 days", 11 * day, "ndani ya siku 11"],
  ];

  for (const [name, ms, expected] of table) {
    it(`says "${expected}" for ${name}, unit first, in the reply too`, () => {
      // Act
      const phrase = sw.within(ms);
      const text = renderReply({
        purpose: "acknowledge",
        kind: "complaint",
        language: "sw",
        firstName: "Amina",
        signature,
        answerWithinMs: ms,
      });

      // Assess
      expect(phrase).toBe(expected);
      expect(text).toContain(` ${expected}.`);
    });
  }

  it("gives the weekday from Intl: Jumatatu to Jumapili", () => {
    // Prepare
    const week = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 2, 2 + i, 9)));

    // Act
    const names = week.map((date) =>
      new Intl.DateTimeFormat(sw.locale, { weekday: "long", timeZone: "Africa/Nairobi" }).format(date),
    );

    // Assess
    expect(names).toEqual(["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]);
  });

  it('says "kabla ya Jumatatu saa tatu na nusu asubuhi (09:30)" when the queue is closed, in Nairobi and Dar', () => {
    // Act
    const nairobi = render({
      purpose: "acknowledge",
      kind: "complaint",
      answerBy: monday0630Utc,
      timeZone: "Africa/Nairobi",
    });
    const dar = render({
      purpose: "acknowledge",
      kind: "question",
      answerBy: monday0630Utc,
      timeZone: "Africa/Dar_es_Salaam",
    });
    const evening = render({
      purpose: "private-next-step",
      kind: "complaint",
      answerBy: saturday1545Utc,
      timeZone: "Africa/Nairobi",
    });

    // Assess
    expect(nairobi.text).toContain(" kabla ya Jumatatu saa tatu na nusu asubuhi (09:30).");
    expect(dar.text).toContain(" kabla ya Jumatatu saa tatu na nusu asubuhi (09:30).");
    expect(evening.text).toContain(" kabla ya Jumamosi saa kumi na mbili na dakika 45 jioni (18:45).");
    expect(nairobi.text).not.toContain("ndani ya");
  });

  // Swahili time for every hour of the 24-hour clock, written out by hand: the hour counted from 06:00 / 18:00, and
  // the part of the day that a Kenyan or Tanzanian reader expects with it.
  const swahiliHours: [number, string][] = [
    [0, "saa sita usiku"],
    [1, "saa saba usiku"],
    [2, "saa nane usiku"],
    [3, "saa tisa usiku"],
    [4, "saa kumi alfajiri"],
    [5, "saa kumi na moja alfajiri"],
    [6, "saa kumi na mbili asubuhi"],
    [7, "saa moja asubuhi"],
    [8, "saa mbili asubuhi"],
    [9, "saa tatu asubuhi"],
    [10, "saa nne asubuhi"],
    [11, "saa tano asubuhi"],
    [12, "saa sita mchana"],
    [13, "saa saba mchana"],
    [14, "saa nane mchana"],
    [15, "saa tisa alasiri"],
    [16, "saa kumi jioni"],
    [17, "saa kumi na moja jioni"],
    [18, "saa kumi na mbili jioni"],
    [19, "saa moja usiku"],
    [20, "saa mbili usiku"],
    [21, "saa tatu usiku"],
    [22, "saa nne usiku"],
    [23, "saa tano usiku"],
  ];
  const minuteWords: [number, string][] = [
    [0, ""],
    [15, " na robo"],
    [30, " na nusu"],
    [45, " na dakika 45"],
  ];

  for (const [h, words] of swahiliHours) {
    it(`writes ${String(h).padStart(2, "0")}:00, :15, :30 and :45 as "${words}…" with the 24-hour time in brackets`, () => {
      // Prepare
      const [saa, ...rest] = words.split(" ");
      const part = rest.pop() as string;
      const hourWord = rest.join(" ");

      // Act
      const moments = minuteWords.map(([m]) => sw.by({ weekday: "Jumatatu", hour: h, minute: m }));

      // Assess
      moments.forEach((moment, index) => {
        const [m, minutePhrase] = minuteWords[index] as [number, string];
        const clock = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        expect(moment).toBe(`kabla ya Jumatatu ${saa} ${hourWord}${minutePhrase} ${part} (${clock})`);
        // Never the ambiguous digits of "saa 3:30": the only digits are the bracketed 24-hour time (and minutes).
        expect(moment.replace(` (${clock})`, "")).not.toMatch(/\d+:\d+/);
      });
    });
  }

  it("reads the same in every variant: nothing between the time and the full stop", () => {
    // Prepare
    const scopes = purposes.filter(({ statesTime }) => statesTime);

    // Act
    const texts = scopes.flatMap((scope) =>
      seedPerVariant(scope).map(
        (seed) => render({ ...scope, seed, answerBy: monday0630Utc, timeZone: "Africa/Nairobi" }).text,
      ),
    );

    // Assess
    for (const text of texts) expect(text).toMatch(/ kabla ya Jumatatu saa tatu na nusu asubuhi \(09:30\)\. /);
  });
});

describe("Swahili pack: every template and variant", () => {
  for (const { purpose, kind, statesTime } of purposes) {
    it(`${purpose} (${kind}): greets with and without a name, states the time, signs, passes the guard`, () => {
      // Prepare
      const seeds = seedPerVariant({ purpose, kind });
      const customerText =
        "Oda namba 48213 haijafika! Mimi ni amina.wanjiru@example.com, simu 0712 555 014, Mtaa wa Moi namba 12, Nairobi. M-Pesa code QGH7X2K9LM";

      // Act
      const replies = seeds.flatMap((seed) => [
        render({ purpose, kind, seed, firstName: "Amina" }).text,
        render({ purpose, kind, seed }).text,
      ]);

      // Assess
      expect(seeds.filter(Boolean)).toHaveLength(
        (sw.templates[templateOf({ purpose, kind })] as readonly string[]).length,
      );
      replies.forEach((text, index) => {
        const named = index % 2 === 0;
        if (named) expect(text).toMatch(/^(?:Habari Amina, |Asante sana, Amina! )\p{Ll}?/u);
        else expect(text).toMatch(/^(?:Habari, \p{Ll}|Asante sana! \p{Lu})/u);
        expect(text.endsWith(` ${signature}`)).toBe(true);
        expect(text).not.toMatch(/[{}[\]]|undefined|\s{2}| [,.:;!?]|,\s*[,.:;!?]|^\s/);
        if (statesTime) expect(text).toContain("ndani ya saa 1");
        expect(checkOutgoing(text, { platform: "x", customerText })).toEqual({ ok: true, problems: [] });
        expect(detectLanguageOf(text).language).toBe("sw");
      });
    });

    it(`${purpose} (${kind}): every variant fits X with a long name, "siku 2" or a weekday moment`, () => {
      // Prepare
      const seeds = seedPerVariant({ purpose, kind });
      const times: Partial<TemplateInput>[] = [
        { answerWithinMs: 2 * day },
        { answerBy: monday0630Utc, timeZone: "Africa/Nairobi" },
        // The longest moment: a weekday of eight letters, "saa kumi na mbili na dakika 45".
        { answerBy: saturday1545Utc, timeZone: "Africa/Nairobi" },
      ];

      // Act
      const replies = seeds.flatMap((seed) =>
        times.map((time) => render({ purpose, kind, seed, platform: "x", firstName: longName, ...time })),
      );

      // Assess
      for (const reply of replies) {
        expect(reply).toMatchObject({ fits: true, form: "chosen", language: "sw" });
        expect(countCharacters(reply.text, "x")).toBeLessThanOrEqual(280);
      }
    });

    it(`${purpose} (${kind}): the compact form still greets, states the time and signs`, () => {
      // Prepare: the shortest signature for which no variant fits X as written.
      const tooLong = (sig: string) => render({ purpose, kind, platform: "x", firstName: longName, signature: sig });
      let sig = "Sam";
      while (tooLong(sig).form !== "compact") sig += " Sam";

      // Act
      const reply = tooLong(sig);

      // Assess
      expect(reply).toMatchObject({ fits: true, form: "compact", language: "sw" });
      expect(reply.text).toMatch(/^(?:Habari Maximiliane, |Asante sana, Maximiliane! )/);
      expect(reply.text.endsWith(` ${sig}`)).toBe(true);
      if (statesTime) expect(reply.text).toContain("ndani ya saa 1");
      expect(reply.text).not.toMatch(/[{}[\]]| [,.:;!]|,[,.:;!]/);
    });
  }

  it("shows empathy (pole, tunasikitika) for a complaint and a private conversation, never for praise", () => {
    // Prepare
    const texts = (scope: Scope) => seedPerVariant(scope).map((seed) => render({ ...scope, seed }).text);

    // Act
    const complaint = texts({ purpose: "acknowledge", kind: "complaint" });
    const invite = texts({ purpose: "invite-private", kind: "complaint" });
    const thanks = texts({ purpose: "thank", kind: "praise" });

    // Assess
    for (const text of [...complaint, ...invite]) expect(text).toMatch(/\bpole\b|tunasikitika/);
    for (const text of invite) expect(text).toMatch(/ujumbe wa faragha/);
    for (const text of thanks) expect(text).not.toMatch(/\bpole\b|tunasikitika|radhi/);
  });
});

describe("Swahili pack: deflections", () => {
  const refused: Record<string, string[]> = {
    "tupigie simu": [
      "Habari Juma, tafadhali tupigie simu tukusaidie haraka.",
      "Tupigieni kesho asubuhi tutalishughulikia.",
      "Unaweza kutupigia? Samahani: utupigie simu ukiwa na risiti.",
      "Tafadhali utupigie simu wakati wowote.",
      "Mtupigie simu kesho, ndugu mteja.",
      "Tupe call tukuelekeze vizuri.",
    ],
    "piga simu kwa namba yetu": [
      "Tafadhali piga simu kwa namba iliyo nyuma ya kadi yako.",
      "Piga 100 bure kutoka laini yako.",
      "Piga *234# kisha uchague huduma kwa wateja.",
      "Ukipiga simu kwa huduma kwa wateja watakusaidia.",
      "Tafadhali piga namba ya huduma iliyo kwenye bili.",
      "Kwa msaada zaidi piga simu kwetu wakati wa saa za kazi.",
    ],
    "wasiliana nasi kwa simu au barua pepe": [
      "Wasiliana nasi kwa simu ili tuthibitishe taarifa zako.",
      "Tafadhali wasiliana nasi kupitia barua pepe.",
      "Wasiliana nasi kupitia WhatsApp tukusaidie.",
      "Unaweza kuwasiliana nasi kwa e-mail au SMS.",
    ],
    "wasiliana na huduma kwa wateja": [
      "Tafadhali wasiliana na huduma kwa wateja kwa msaada zaidi.",
      "Wasiliana na kituo chetu cha huduma, watakusaidia.",
      "Wasiliana na ofisi ya karibu nawe.",
    ],
    "tutumie barua pepe": [
      "Tafadhali tutumie barua pepe yenye picha ya risiti.",
      "Tuandikie email, tutakujibu leo.",
      "Tutumieni SMS yenye namba ya oda.",
      "Utuandikie barua-pepe ukieleza tatizo.",
      "Tutumie ujumbe mfupi kwa namba hii.",
    ],
    "kwa barua pepe": [
      "Tutakutumia fomu kwa barua pepe.",
      "Tuma risiti kupitia email.",
      "Anwani yetu ya barua pepe iko kwenye bili.",
      "Barua pepe yetu inapatikana kila siku.",
    ],
    "namba yetu ya huduma kwa wateja": [
      "Namba yetu ya huduma ni bure kutoka mitandao yote.",
      "Tumia nambari ya msaada iliyo kwenye tovuti.",
      "Laini yetu ya dharura inapatikana saa 24.",
      "Hotline yetu iko wazi mpaka saa nne usiku.",
      "Kituo chetu cha simu kitakusaidia zaidi.",
      "Kituo cha huduma kwa wateja kiko wazi kila siku.",
    ],
    "namba ya bure": [
      "Piga bila malipo kwa namba iliyo kwenye kadi.",
      "Huduma hii ni bila malipo kupitia nambari yetu.",
      "Tumia namba ya toll-free iliyo nyuma ya kadi.",
    ],
    "tembelea tovuti yetu": [
      "Tembelea tovuti yetu kwa maelezo zaidi.",
      "Ingia kwenye website yetu uone ofa zote.",
      "Utapata majibu yote kwenye tovuti yetu.",
      "Nenda kwenye tovuti, sehemu ya msaada.",
    ],
    "tembelea tawi letu": [
      "Tafadhali tembelea tawi letu lililo karibu nawe ukiwa na kitambulisho.",
      "Fika katika ofisi zetu za Posta kwa msaada.",
      "Tembelea duka letu lolote na risiti yako.",
      "Pitia kituo chetu cha huduma kilicho karibu.",
    ],
    "jaza fomu": [
      "Jaza fomu ya malalamiko nasi tutakurudia.",
      "Tafadhali jaza form iliyo kwenye app.",
      "Tunakuomba kujaza fomu ya mawasiliano.",
      "Fomu ya mtandaoni itakusaidia kuweka ombi lako.",
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
    expect(sw.deflections.map(({ label }) => label).sort()).toEqual(Object.keys(refused).sort());
  });

  it("lets through ordinary replies and invitations to a private message on the same platform", () => {
    // Prepare
    const fine = [
      "Habari Amina, tumekutumia ujumbe wa faragha: tafadhali jibu huko nasi tutakusaidia.",
      "Tafadhali tutumie ujumbe wa faragha (DM) ukiwa na namba ya oda, tutaangalia.",
      "Tutumie DM tuangalie akaunti yako.",
      "Tuandikie hapa kwenye inbox, tuko tayari kukusaidia.",
      "Jibu ujumbe huu na timu yetu itakuhudumia.",
      "Fundi wetu atakupigia simu kesho asubuhi kupanga muda wa kuja.",
      "Tumeona oda uliyoweka kwenye app, tunaifuatilia sasa hivi.",
      "Habari Juma, pole sana kwa usumbufu. Mtu wa timu yetu ya huduma kwa wateja atakujibu hapa hapa ndani ya saa 1.",
      "Asante sana, Neema! Tutazifikisha pongezi zako kwa timu nzima.",
    ];

    // Act
    const refusedTexts = fine.filter(deflected);

    // Assess
    expect(refusedTexts).toEqual([]);
  });
});
