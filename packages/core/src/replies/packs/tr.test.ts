import { describe, expect, it } from "vitest";
import { caseIdFor } from "../../cases/ids.ts";
import type { CaseKind } from "../../config/schema.ts";
import { checkOutgoing, countCharacters } from "../guard.ts";
import { type ReplyPurpose, renderReply, renderTemplate, type TemplateInput } from "../templates.ts";
import type { DefaultTemplate } from "./pack.ts";
import { dativeAfter, spokenEnding, timeWithDative, tr } from "./tr.ts";

const signature = "Maximiliane, Tidewell Care Tea";
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
// Monday 2 March 2026, 06:30 UTC: 09:30 in Istanbul.
const monday0930Istanbul = new Date("2026-03-02T06:30:00Z");

const purposes: { template: DefaultTemplate; purpose: ReplyPurpose; kind: CaseKind; statesTime: boolean }[] = [
  { template: "acknowledge-complaint", purpose: "acknowledge", kind: "complaint", statesTime: true },
  { template: "acknowledge-question", purpose: "acknowledge", kind: "question", statesTime: true },
  { template: "invite-private", purpose: "invite-private", kind: "complaint", statesTime: true },
  { template: "private-next-step", purpose: "private-next-step", kind: "complaint", statesTime: true },
  { template: "thank", purpose: "thank", kind: "praise", statesTime: false },
];

const caseIds = Array.from({ length: 200 }, (_, i) => caseIdFor("x", `tr_${i}`));

const render = (input: Pick<TemplateInput, "purpose" | "kind"> & Partial<TemplateInput>) =>
  renderTemplate({
    language: "tr",
    queue: "care",
    platform: "x",
    seed: caseIds[0] as string,
    caseId: caseIds[0] as string,
    signature,
    answerWithinMs: hour,
    ...input,
  });

/** A seed per variant, so every variant of a template is looked at. */
const seedsPerVariant = (purpose: ReplyPurpose, kind: CaseKind): string[] => {
  const seeds: string[] = [];
  for (const seed of caseIds) seeds[render({ purpose, kind, seed }).variant] ??= seed;
  return seeds;
};

describe("tr: the answer time", () => {
  it("says how long until a person answers, the noun singular after the number", () => {
    // Prepare
    const table: [number, string][] = [
      [1 * minute, "1 dakika içinde"],
      [30 * minute, "30 dakika içinde"],
      [1 * hour, "1 saat içinde"],
      [2 * hour, "2 saat içinde"],
      [5 * hour, "5 saat içinde"],
      [11 * hour, "11 saat içinde"],
      [23 * hour, "23 saat içinde"],
      [2 * day, "2 gün içinde"],
      [3 * day, "3 gün içinde"],
      [11 * day, "11 gün içinde"],
    ];

    // Act
    const stated = table.map(([ms]) => tr.within(ms));

    // Assess
    expect(stated).toEqual(table.map(([, text]) => text));
  });

  it("reads naturally inside a reply", () => {
    // Act
    const text = renderReply({
      purpose: "acknowledge",
      kind: "complaint",
      language: "tr",
      firstName: "Ayşe",
      signature,
      answerWithinMs: 2 * hour,
      seed: seedsPerVariant("acknowledge", "complaint")[0],
    });

    // Assess
    expect(text).toContain("2 saat içinde size buradan dönüş yapacak.");
  });

  it("gives a weekday moment with the suffix the spoken time asks for", () => {
    // Act
    const text = render({
      purpose: "acknowledge",
      kind: "complaint",
      answerBy: monday0930Istanbul,
      timeZone: "Europe/Istanbul",
    }).text;

    // Assess
    expect(tr.by({ weekday: "Pazartesi", hour: 9, minute: 30 })).toBe("Pazartesi saat 09.30'a kadar");
    expect(tr.by({ weekday: "Cuma", hour: 18, minute: 0 })).toBe("Cuma saat 18.00'e kadar");
    expect(tr.by({ weekday: "Salı", hour: 6, minute: 0 })).toBe("Salı saat 06.00'ya kadar");
    expect(text).toContain("Pazartesi saat 09.30'a kadar");
    expect(text).not.toContain("1 saat içinde");
  });
});

describe("tr: the dative suffix after a time", () => {
  // Read aloud: "saat sıfır", "bir", "iki", ... "yirmi üç"; minutes "on beş", "otuz", "kırk beş".
  const expected: Record<number, [string, string, string, string]> = {
    0: ["00.00'a", "00.15'e", "00.30'a", "00.45'e"],
    1: ["01.00'e", "01.15'e", "01.30'a", "01.45'e"],
    2: ["02.00'ye", "02.15'e", "02.30'a", "02.45'e"],
    3: ["03.00'e", "03.15'e", "03.30'a", "03.45'e"],
    4: ["04.00'e", "04.15'e", "04.30'a", "04.45'e"],
    5: ["05.00'e", "05.15'e", "05.30'a", "05.45'e"],
    6: ["06.00'ya", "06.15'e", "06.30'a", "06.45'e"],
    7: ["07.00'ye", "07.15'e", "07.30'a", "07.45'e"],
    8: ["08.00'e", "08.15'e", "08.30'a", "08.45'e"],
    9: ["09.00'a", "09.15'e", "09.30'a", "09.45'e"],
    10: ["10.00'a", "10.15'e", "10.30'a", "10.45'e"],
    11: ["11.00'e", "11.15'e", "11.30'a", "11.45'e"],
    12: ["12.00'ye", "12.15'e", "12.30'a", "12.45'e"],
    13: ["13.00'e", "13.15'e", "13.30'a", "13.45'e"],
    14: ["14.00'e", "14.15'e", "14.30'a", "14.45'e"],
    15: ["15.00'e", "15.15'e", "15.30'a", "15.45'e"],
    16: ["16.00'ya", "16.15'e", "16.30'a", "16.45'e"],
    17: ["17.00'ye", "17.15'e", "17.30'a", "17.45'e"],
    18: ["18.00'e", "18.15'e", "18.30'a", "18.45'e"],
    19: ["19.00'a", "19.15'e", "19.30'a", "19.45'e"],
    20: ["20.00'ye", "20.15'e", "20.30'a", "20.45'e"],
    21: ["21.00'e", "21.15'e", "21.30'a", "21.45'e"],
    22: ["22.00'ye", "22.15'e", "22.30'a", "22.45'e"],
    23: ["23.00'e", "23.15'e", "23.30'a", "23.45'e"],
  };

  for (let h = 0; h < 24; h++) {
    it(`writes ${h} o'clock with minutes 0, 15, 30 and 45`, () => {
      // Act
      const times = [0, 15, 30, 45].map((m) => timeWithDative(h, m));

      // Assess
      expect(times).toEqual(expected[h]);
    });
  }

  it("follows the last word read aloud for other minutes too", () => {
    // Prepare
    const table: [number, string][] = [
      [1, "'e"], // bir
      [2, "'ye"], // iki
      [3, "'e"], // üç
      [4, "'e"], // dört
      [5, "'e"], // beş
      [6, "'ya"], // altı
      [7, "'ye"], // yedi
      [8, "'e"], // sekiz
      [9, "'a"], // dokuz
      [10, "'a"], // on
      [20, "'ye"], // yirmi
      [40, "'a"], // kırk
      [50, "'ye"], // elli
      [26, "'ya"], // yirmi altı
      [59, "'a"], // elli dokuz
    ];

    // Act
    const suffixes = table.map(([m]) => timeWithDative(14, m).slice(5));

    // Assess
    expect(suffixes).toEqual(table.map(([, suffix]) => suffix));
  });

  it("reads numbers and applies vowel harmony with a buffer y after a vowel", () => {
    // Act / Assess
    expect([0, 6, 10, 16, 20, 30, 40, 45, 50].map(spokenEnding)).toEqual([
      "sıfır",
      "altı",
      "on",
      "altı",
      "yirmi",
      "otuz",
      "kırk",
      "beş",
      "elli",
    ]);
    expect(["otuz", "beş", "altı", "iki", "üç", "dört", "dokuz", "kırk"].map(dativeAfter)).toEqual([
      "a",
      "e",
      "ya",
      "ye",
      "e",
      "e",
      "a",
      "a",
    ]);
  });
});

describe("tr: every template and variant", () => {
  const times: Partial<TemplateInput>[] = [
    { answerWithinMs: 30 * minute },
    { answerWithinMs: 2 * day },
    { answerBy: monday0930Istanbul, timeZone: "Europe/Istanbul" },
    { answerBy: new Date("2026-03-04T03:00:00Z"), timeZone: "Europe/Istanbul" }, // Çarşamba 06.00
  ];
  const customerText = "Sipariş no TW-48213 gelmedi! Tel 0555 555 01 34, ayse@example.com";

  for (const { template, purpose, kind, statesTime } of purposes) {
    it(`${template}: has its variants, greets with and without a name, ends with the signature`, () => {
      // Prepare
      const seeds = seedsPerVariant(purpose, kind);

      // Act
      const replies = seeds.flatMap((seed) =>
        times.flatMap((time) => [
          { named: true, reply: render({ purpose, kind, seed, firstName: "Maximiliane", ...time }) },
          { named: false, reply: render({ purpose, kind, seed, ...time }) },
        ]),
      );

      // Assess
      expect(seeds.filter(Boolean)).toHaveLength(tr.templates[template].length);
      expect(seeds.length).toBe(template === "acknowledge-complaint" ? 4 : 3);
      for (const { named, reply } of replies) {
        const { text } = reply;
        expect(text.endsWith(` ${signature}`)).toBe(true);
        if (named)
          expect(text).toMatch(
            /^(?:Merhaba Maximiliane, \p{Ll}|Çok teşekkür ederiz, Maximiliane! |Teşekkürler Maximiliane, )/u,
          );
        else expect(text).toMatch(/^(?:Merhaba, \p{Ll}|Çok teşekkür ederiz! \p{Lu}|Teşekkürler, \p{Ll})/u);
        expect(text).not.toMatch(/[{}[\]]|undefined|\s{2}| [,.:;!]|,[,.:;!]|Hanım|Bey\b/);
        if (statesTime) expect(text).toMatch(/içinde|kadar/);
        if (template === "invite-private") expect(text).toContain("özel mesaj");
        if (template !== "thank" && template !== "acknowledge-question") expect(text).toMatch(/üzgünüz|üzüldük/);
        if (template === "thank") expect(text).not.toMatch(/üzgünüz|üzüldük|özür/);
        expect(reply.fits).toBe(true);
        expect(countCharacters(text, "x")).toBeLessThanOrEqual(280);
        expect(checkOutgoing(text, { platform: "x", customerText })).toEqual({ ok: true, problems: [] });
      }
    });

    it(`${template}: every variant fits X even in the compact form with the longest name and signature`, () => {
      // Prepare
      const seeds = seedsPerVariant(purpose, kind);

      // Act
      const forms = seeds.flatMap((seed) =>
        times.map((time) => render({ purpose, kind, seed, firstName: "Maximiliane", ...time })),
      );

      // Assess: all fit as written, so the compact form (shorter still) does too.
      expect(forms.filter((reply) => !reply.fits || reply.form !== "chosen")).toEqual([]);
    });
  }

  it("falls back to a compact form that still greets, empathises, says what happens next and signs", () => {
    // Prepare: the shortest signature for which no variant fits as written.
    const tooLong = (sig: string) =>
      render({ purpose: "acknowledge", kind: "complaint", firstName: "Maximiliane", signature: sig });
    let sig = "Sam";
    while (tooLong(sig).form !== "compact") sig += " Sam";

    // Act
    const reply = tooLong(sig);

    // Assess
    expect(reply).toMatchObject({ fits: true, form: "compact", language: "tr" });
    expect(reply.text).toMatch(/^Merhaba Maximiliane, /);
    expect(reply.text).toMatch(/üzgünüz|üzüldük/);
    expect(reply.text).toContain("1 saat içinde");
    expect(reply.text.endsWith(` ${sig}`)).toBe(true);
  });
});

describe("tr: deflections", () => {
  const deflecting = [
    "Merhaba, konuyla ilgili bizi arayın lütfen.",
    "Detaylı bilgi için bizi arayabilirsiniz.",
    "Lütfen 444 0 123 numaralı çağrı merkezimizi arayınız.",
    "Çağrı merkezimizden destek alabilirsiniz.",
    "Müşteri hizmetlerimizi arayarak bilgi alabilirsiniz.",
    "Müşteri Hizmetleri'ni arayabilir misiniz?",
    "Destek hattımız üzerinden size yardımcı olunacaktır.",
    "Ücretsiz müşteri hattımızdan bize ulaşabilirsiniz.",
    "0850 555 01 34 numaralı hattımızdan bize ulaşabilirsiniz.",
    "Telefon numaramızdan bize ulaşabilirsiniz.",
    "Konuyu telefonla bize iletebilir misiniz? Telefonla ulaşabilirsiniz.",
    "Bize telefon ile ulaşın, hemen yardımcı olalım.",
    "Lütfen bize bir e-posta gönderin.",
    "Bize mail atabilirsiniz.",
    "Detayları e-posta adresimize iletebilirsiniz.",
    "E-posta yoluyla iletişime geçebilirsiniz.",
    "Konuyu mail ile iletin, inceleyelim.",
    "Web sitemizi ziyaret edebilirsiniz.",
    "Tüm detaylar internet sitemizde yer alıyor.",
    "Yardım merkezimizden bilgi alabilirsiniz.",
    "Lütfen iletişim formunu doldurun.",
    "Sitemizdeki şikayet formu üzerinden başvurabilirsiniz.",
    "Ücretsiz numaramızdan bize her zaman ulaşabilirsiniz.",
    "En yakın mağazamıza başvurabilirsiniz.",
    "Lutfen bizi arayin, cagri merkezimiz 7/24 acik.",
  ];
  const fine = [
    "Merhaba Ayşe, yaşadığınız sorun için üzgünüz. Size özel mesaj gönderdik, oradan devam edelim.",
    "Merhaba, konuyu incelemek için bize DM üzerinden ulaşabilirsiniz.",
    "Detayları özel mesaj olarak yazabilirsiniz; ekibimiz 1 saat içinde dönüş yapacak.",
    "Merhaba, bize buradan yazmanız yeterli, 30 dakika içinde yanıt vereceğiz.",
    "Sipariş bilgilerinizi özel mesajla iletebilirsiniz.",
    "Aradığınız ürün yeniden stoklarımızda!",
    "Telefonla ulaşamadığınız için üzgünüz; buradan hemen yardımcı olalım.",
    "Müşteri deneyimi ekibimiz Pazartesi saat 09.30'a kadar size buradan dönüş yapacak.",
  ];

  for (const text of deflecting) {
    it(`refuses "${text}"`, () => {
      // Act
      const codes = checkOutgoing(text, { platform: "facebook" }).problems.map(({ code }) => code);

      // Assess
      expect(codes).toContain("deflection");
    });
  }

  it("lets ordinary replies and invitations to a private message through", () => {
    // Act
    const flagged = fine.filter((text) =>
      checkOutgoing(text, { platform: "facebook" }).problems.some(({ code }) => code === "deflection"),
    );

    // Assess
    expect(flagged).toEqual([]);
  });

  it("covers every pattern with at least one sentence", () => {
    // Prepare
    const fold = (text: string) =>
      text
        .normalize("NFD")
        .replace(/\p{M}+/gu, "")
        .replace(/ı/g, "i")
        .toLowerCase()
        .replace(/[‐‑–—-]/g, " ");

    // Act
    const unused = tr.deflections.filter(
      ({ pattern }) =>
        !deflecting.some((text) =>
          new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern.replaceAll(" ", "\\s+")})(?![\\p{L}\\p{N}])`, "u").test(
            fold(text),
          ),
        ),
    );

    // Assess
    expect(unused.map(({ label }) => label)).toEqual([]);
  });
});
