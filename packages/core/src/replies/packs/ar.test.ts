import { describe, expect, it } from "vitest";
import type { CaseKind } from "../../config/schema.ts";
import { detectLanguageOf } from "../../triage/classify.ts";
import { checkOutgoing, countCharacters } from "../guard.ts";
import {
  caseRefOf,
  type RenderedReply,
  type ReplyPurpose,
  renderReply,
  renderTemplate,
  type TemplateInput,
} from "../templates.ts";
import { ar, arabicTime } from "./ar.ts";
import type { DefaultTemplate } from "./pack.ts";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const signature = "Maximiliane, Tidewell Care"; // Latin, as most brands sign even in Arabic
const longSignature = "Maximiliane, Tidewell Care Tea"; // 30 characters, the longest we expect
const FSI = "\u2068";
const PDI = "\u2069";
const monday0630Utc = new Date("2026-03-02T06:30:00Z"); // 09:30 in Riyadh (UTC+3)
const saturday1445Utc = new Date("2026-03-07T14:45:00Z"); // 18:45 in Dubai (UTC+4)

const purposes: { purpose: ReplyPurpose; kind: CaseKind; statesTime: boolean }[] = [
  { purpose: "acknowledge", kind: "complaint", statesTime: true },
  { purpose: "acknowledge", kind: "question", statesTime: true },
  { purpose: "invite-private", kind: "complaint", statesTime: true },
  { purpose: "private-next-step", kind: "complaint", statesTime: true },
  { purpose: "thank", kind: "praise", statesTime: false },
];

const caseIds = Array.from({ length: 200 }, (_, i) => `c_ar_${i}`);

type Scope = { purpose: ReplyPurpose; kind: CaseKind; unread?: boolean };

const render = (input: Scope & Partial<TemplateInput>): RenderedReply =>
  renderTemplate({
    language: "ar",
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

/** What a reader sees: the text without the invisible isolates. */
const visible = (text: string) => text.replace(/[\u2068\u2069]/g, "");

describe("Arabic pack: answer times", () => {
  // Arabic number agreement written out by hand: the noun alone for one and two (the dual carries the number), the
  // plural for 3–10, the singular accusative for 11–99, the singular genitive for hundreds.
  const table: [string, number, string][] = [
    ["1 minute", minute, "خلال دقيقة"],
    ["2 minutes", 2 * minute, "خلال دقيقتين"],
    ["5 minutes", 5 * minute, "خلال 5 دقائق"],
    ["10 minutes", 10 * minute, "خلال 10 دقائق"],
    ["11 minutes", 11 * minute, "خلال 11 دقيقة"],
    ["30 minutes", 30 * minute, "خلال 30 دقيقة"],
    ["1 hour", hour, "خلال ساعة"],
    ["2 hours", 2 * hour, "خلال ساعتين"],
    ["3 hours", 3 * hour, "خلال 3 ساعات"],
    ["10 hours", 10 * hour, "خلال 10 ساعات"],
    ["11 hours", 11 * hour, "خلال 11 ساعة"],
    ["24 hours", 24 * hour, "خلال 24 ساعة"],
    ["47 hours", 47 * hour, "خلال 47 ساعة"],
    ["2 days", 2 * day, "خلال يومين"],
    ["3 days", 3 * day, "خلال 3 أيام"],
    ["10 days", 10 * day, "خلال 10 أيام"],
    ["11 days", 11 * day, "خلال 11 يومًا"],
    ["30 days", 30 * day, "خلال 30 يومًا"],
    ["100 days", 100 * day, "خلال 100 يوم"],
    ["103 days", 103 * day, "خلال 103 أيام"],
  ];

  for (const [name, ms, expected] of table) {
    it(`says "${expected}" for ${name}, in the reply too`, () => {
      // Act
      const phrase = ar.within(ms);
      const text = renderReply({
        purpose: "acknowledge",
        kind: "complaint",
        language: "ar",
        firstName: "ليلى",
        signature,
        answerWithinMs: ms,
      });

      // Assess
      expect(phrase).toBe(expected);
      expect(text).toContain(` ${expected}.`);
    });
  }

  it("never writes 1 or 2 as a digit before the noun", () => {
    // Act
    const phrases = [minute, 2 * minute, hour, 2 * hour, 2 * day].map(ar.within);

    // Assess
    for (const phrase of phrases) expect(phrase).not.toMatch(/\d/);
  });

  it("gives the weekday from Intl: الاثنين to الأحد", () => {
    // Prepare
    const week = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 2, 2 + i, 9)));

    // Act
    const names = week.map((date) =>
      new Intl.DateTimeFormat(ar.locale, { weekday: "long", timeZone: "Asia/Riyadh" }).format(date),
    );

    // Assess
    expect(names).toEqual(["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]);
  });

  it("writes the time on the 12-hour clock with صباحًا, ظهرًا or مساءً", () => {
    // Act / Assess
    expect(arabicTime(0, 15)).toBe("12:15 صباحًا");
    expect(arabicTime(9, 30)).toBe("9:30 صباحًا");
    expect(arabicTime(11, 59)).toBe("11:59 صباحًا");
    expect(arabicTime(12, 0)).toBe("12:00 ظهرًا");
    expect(arabicTime(13, 5)).toBe("1:05 مساءً");
    expect(arabicTime(18, 45)).toBe("6:45 مساءً");
    expect(arabicTime(23, 0)).toBe("11:00 مساءً");
  });

  it('says "بحلول يوم الاثنين الساعة 9:30 صباحًا" when the queue is closed, in Riyadh, Cairo and Dubai', () => {
    // Act
    const riyadh = render({
      purpose: "acknowledge",
      kind: "complaint",
      answerBy: monday0630Utc,
      timeZone: "Asia/Riyadh",
    });
    const cairo = render({
      purpose: "acknowledge",
      kind: "question",
      answerBy: monday0630Utc,
      timeZone: "Africa/Cairo",
    });
    const dubai = render({
      purpose: "private-next-step",
      kind: "complaint",
      answerBy: saturday1445Utc,
      timeZone: "Asia/Dubai",
    });

    // Assess
    expect(riyadh.text).toContain(" بحلول يوم الاثنين الساعة 9:30 صباحًا.");
    expect(cairo.text).toContain(" بحلول يوم الاثنين الساعة 8:30 صباحًا."); // Cairo is UTC+2 in March
    expect(dubai.text).toContain(" بحلول يوم السبت الساعة 6:45 مساءً.");
    expect(riyadh.text).not.toContain("خلال");
  });

  it("reads the same in every variant: nothing between the moment and the full stop", () => {
    // Prepare
    const scopes = purposes.filter(({ statesTime }) => statesTime);

    // Act
    const texts = scopes.flatMap((scope) =>
      seedPerVariant(scope).map(
        (seed) => render({ ...scope, seed, answerBy: monday0630Utc, timeZone: "Asia/Riyadh" }).text,
      ),
    );

    // Assess
    for (const text of texts) expect(text).toMatch(/ بحلول يوم الاثنين الساعة 9:30 صباحًا\. /);
  });
});

describe("Arabic pack: right to left", () => {
  it("isolates a Latin signature, so it stays one readable run at the end", () => {
    // Act
    const texts = purposes.flatMap((scope) => seedPerVariant(scope).map((seed) => render({ ...scope, seed }).text));

    // Assess
    for (const text of texts) {
      expect(text.endsWith(` ${FSI}${signature}${PDI}`)).toBe(true);
      expect(visible(text).endsWith(` ${signature}`)).toBe(true);
      // Exactly one isolate pair, around the signature: nothing else is wrapped.
      expect(text.match(/\u2068/g)).toHaveLength(1);
      expect(text.match(/\u2069/g)).toHaveLength(1);
    }
  });

  it("isolates a Latin first name, and leaves an Arabic name and an Arabic signature as they are", () => {
    // Act
    const latin = render({ purpose: "acknowledge", kind: "complaint", firstName: "Maximiliane" }).text;
    const arabic = render({
      purpose: "acknowledge",
      kind: "complaint",
      firstName: "ليلى",
      signature: "ليلى، فريق تايدويل",
    }).text;

    // Assess
    expect(latin).toMatch(/^(?:مرحبًا|أهلًا) \u2068Maximiliane\u2069، /);
    expect(arabic).toMatch(/^(?:مرحبًا|أهلًا) ليلى، /);
    expect(arabic.endsWith(" ليلى، فريق تايدويل")).toBe(true);
    expect(arabic).not.toMatch(/[\u2068\u2069]/);
  });

  it("isolates the case reference of a configured template, which stays whole and is not echoed as data", () => {
    // Prepare
    const caseId = caseIds[7] as string;
    const templates = [
      {
        purpose: "acknowledge" as const,
        language: "ar",
        variants: ["مرحبًا {firstName}، سجلنا طلبك برقم المتابعة {caseRef}. {nextStep} {signature}"],
      },
    ];

    // Act
    const reply = render({
      purpose: "acknowledge",
      kind: "complaint",
      caseId,
      seed: caseId,
      firstName: "سارة",
      templates,
    });

    // Assess
    const ref = caseRefOf(caseId);
    expect(ref).toMatch(/^#[2-9A-Z]{4}$/);
    expect(reply.text).toContain(`برقم المتابعة ${FSI}${ref}${PDI}. `);
    expect(reply.text.endsWith(`${FSI}${signature}${PDI}`)).toBe(true);
    expect(checkOutgoing(reply.text, { platform: "facebook" })).toEqual({ ok: true, problems: [] });
  });

  it("counts the isolates but still fits X with the longest signature", () => {
    // Act
    const reply = render({ purpose: "invite-private", kind: "complaint", platform: "x", signature: longSignature });

    // Assess
    expect(reply.fits).toBe(true);
    expect(countCharacters(reply.text, "x")).toBeLessThanOrEqual(280);
  });
});

describe("Arabic pack: every template and variant", () => {
  const scopes: Scope[] = [...purposes, { purpose: "acknowledge", kind: "question", unread: true }];
  for (const scope of scopes) {
    const { purpose, kind } = scope;
    const statesTime = purpose !== "thank";
    const label = `${purpose} (${kind}${scope.unread ? ", unread" : ""})`;

    it(`${label}: greets with and without a name, states the time, signs, passes the guard`, () => {
      // Prepare
      const seeds = seedPerVariant(scope);
      const customerText =
        "طلبي رقم 48213 لم يصل! بريدي layla.haddad@example.com وجوالي 0555 010 134، حي النخيل، شارع الملك فهد 12، الرياض";

      // Act
      const replies = seeds.flatMap((seed) => [
        render({ ...scope, seed, firstName: "ليلى" }).text,
        render({ ...scope, seed }).text,
      ]);

      // Assess
      const variants = scope.unread ? ar.templates["acknowledge-message"] : ar.templates[templateOf(scope)];
      expect(seeds.filter(Boolean)).toHaveLength((variants as readonly string[]).length);
      replies.forEach((text, index) => {
        const named = index % 2 === 0;
        if (named) expect(text).toMatch(/^(?:(?:مرحبًا|أهلًا) ليلى، |شكرًا جزيلًا يا ليلى! )/);
        else expect(text).toMatch(/^(?:(?:مرحبًا|أهلًا)، |شكرًا جزيلًا! )\p{Script=Arabic}/u);
        expect(text.endsWith(` ${FSI}${signature}${PDI}`)).toBe(true);
        // No placeholder left, no double space, no space before punctuation, no Latin comma or question mark.
        expect(text).not.toMatch(/[{}[\]]|undefined|\s{2}| [،,.:;!?؟]|[،,]\s*[،,.:;!?؟]|^\s| يا[!،]/u);
        expect(visible(text).replace(signature, "")).not.toMatch(/[,?]/);
        if (statesTime) expect(text).toContain("خلال ساعة");
        expect(checkOutgoing(text, { platform: "x", customerText })).toEqual({ ok: true, problems: [] });
        expect(detectLanguageOf(text).language).toBe("ar");
      });
    });

    it(`${label}: every variant fits X with a long name, "خلال يومين" or a weekday moment`, () => {
      // Prepare
      const seeds = seedPerVariant(scope);
      const times: Partial<TemplateInput>[] = [
        { answerWithinMs: 2 * day },
        { answerWithinMs: 11 * day },
        { answerBy: monday0630Utc, timeZone: "Asia/Riyadh" },
        { answerBy: saturday1445Utc, timeZone: "Asia/Dubai" },
      ];

      // Act
      const replies = seeds.flatMap((seed) =>
        times.map((time) =>
          render({ ...scope, seed, platform: "x", firstName: "Maximiliane", signature: longSignature, ...time }),
        ),
      );

      // Assess
      for (const reply of replies) {
        expect(reply).toMatchObject({ fits: true, form: "chosen", language: "ar" });
        expect(countCharacters(reply.text, "x")).toBeLessThanOrEqual(280);
      }
    });

    it(`${label}: the compact form still greets, states the time and signs`, () => {
      // Prepare: the shortest signature for which no variant fits X as written.
      const tooLong = (sig: string) => render({ ...scope, platform: "x", firstName: "Maximiliane", signature: sig });
      let sig = "Sam";
      while (tooLong(sig).form !== "compact") sig += " Sam";

      // Act
      const reply = tooLong(sig);

      // Assess
      expect(reply).toMatchObject({ fits: true, form: "compact", language: "ar" });
      expect(reply.text).toMatch(
        /^(?:(?:مرحبًا|أهلًا) \u2068Maximiliane\u2069، |شكرًا جزيلًا يا \u2068Maximiliane\u2069! )/,
      );
      expect(reply.text.endsWith(` ${FSI}${sig}${PDI}`)).toBe(true);
      if (statesTime) expect(reply.text).toContain("خلال ساعة");
      expect(reply.text).not.toMatch(/[{}[\]]| [،,.:;!؟]|[،,][،,.:;!؟]|\s{2}/);
    });
  }

  it("shows empathy for a complaint and a private conversation, never for praise or an unread message", () => {
    // Prepare
    const texts = (scope: Scope) => seedPerVariant(scope).map((seed) => render({ ...scope, seed }).text);

    // Act
    const complaint = texts({ purpose: "acknowledge", kind: "complaint" });
    const invite = texts({ purpose: "invite-private", kind: "complaint" });
    const inPrivate = texts({ purpose: "private-next-step", kind: "complaint" });
    const thanks = texts({ purpose: "thank", kind: "praise" });
    const unread = texts({ purpose: "acknowledge", kind: "question", unread: true });

    // Assess
    for (const text of [...complaint, ...invite, ...inPrivate]) expect(text).toMatch(/نأسف|يؤسفنا|نتفهم/);
    for (const text of invite) expect(text).toContain("رسالة خاصة");
    for (const text of [...thanks, ...unread]) expect(text).not.toMatch(/نأسف|يؤسفنا|نعتذر|عذرًا|مشكلة|انزعاج/);
    for (const text of unread) expect(text).toMatch(/رسالتك/);
  });

  it("never admits fault and never addresses the customer with a gendered imperative", () => {
    // Prepare
    const all = [...purposes, { purpose: "acknowledge" as const, kind: "question" as const, unread: true }].flatMap(
      (scope) => seedPerVariant(scope).map((seed) => render({ ...scope, seed, firstName: "ليلى" }).text),
    );

    // Assess
    for (const text of all) {
      expect(text).not.toMatch(/خطئنا|أخطأنا|تقصيرنا|سببناه/);
      expect(text).not.toMatch(/عزيزي|عزيزتي|(?<!\p{L})(?:تواصل|راسل|اكتب|أرسل|رد|اتصل|تفضل)ي?(?!\p{L})/u);
    }
  });
});

describe("Arabic pack: deflections", () => {
  const refused: Record<string, string[]> = {
    "اتصل بنا": [
      "مرحبًا أحمد، يرجى الاتصال بنا لنساعدك بشكل أسرع.",
      "اتصلي بنا على الرقم الموحد وسنخدمك فورًا.",
      "فاتصلوا بنا من فضلكم في أوقات العمل.",
      "يمكنك الاتصال على 920000000 في أي وقت.",
      "إتصل بخدمة العملاء وهيساعدوك.",
      "نرجو الاتصال هاتفيًا لتأكيد البيانات.",
    ],
    "كلمنا على الرقم": [
      "كلمنا على الرقم اللي في الفاتورة.",
      "كلمونا ع التليفون بكرة الصبح.",
      "رن علينا وبنحلها لك.",
      "دقي لنا على الخط وبنساعدك.",
    ],
    "راسلنا على البريد الإلكتروني": [
      "راسلنا على البريد الإلكتروني مع صورة الفاتورة.",
      "أرسل لنا إيميل بالتفاصيل وسنرد اليوم.",
      "ابعتلنا ايميل وهنرد عليك.",
      "اكتبي لنا عبر البريد الالكتروني من فضلك.",
      "تواصلوا معنا عبر الإيميل.",
    ],
    "عبر البريد الإلكتروني": [
      "سنرسل لك النموذج عبر البريد الإلكتروني.",
      "أرسل الإيصال بالإيميل وسنراجعه.",
      "بريدنا الإلكتروني مذكور في الفاتورة.",
      "عنوان البريد الإلكتروني الخاص بنا في أسفل الصفحة.",
    ],
    "تواصل معنا عبر الواتساب": [
      "تواصل معنا عبر الواتساب لنساعدك.",
      "ابعتلنا على الواتس وهنخلصها لك.",
      "كلمنا عالواتس يا غالي.",
      "راسلونا بالواتساب على الرقم الظاهر.",
      "رقم الواتساب الخاص بنا موجود في البايو.",
    ],
    "تواصل معنا عبر الهاتف": [
      "يرجى التواصل معنا عبر الهاتف لتأكيد الحجز.",
      "تواصلي معنا على الجوال في أوقات الدوام.",
      "فتواصل معنا من خلال الموقع الرسمي.",
    ],
    "تواصل مع خدمة العملاء": [
      "تواصل مع خدمة العملاء للمساعدة.",
      "يرجى التواصل مع مركز الاتصال.",
      "راجعي الفرع الرئيسي ومعك الهوية.",
      "كلم الدعم الفني وهيظبطوا لك الراوتر.",
    ],
    "رقم خدمة العملاء": [
      "رقمنا المجاني متاح على مدار الساعة.",
      "الرقم الموحد موجود خلف البطاقة.",
      "استخدم رقم خدمة العملاء المكتوب في الفاتورة.",
      "الخط الساخن يعمل حتى منتصف الليل.",
    ],
    "زر موقعنا": [
      "زر موقعنا الإلكتروني لمعرفة العروض.",
      "يرجى زيارة الموقع لتتبع الشحنة.",
      "ستجد كل التفاصيل على موقعنا.",
      "ادخل على الموقع وسجل الطلب.",
      "خش على الموقع من فضلك.",
    ],
    "زر أقرب فرع": [
      "توجه إلى أقرب فرع ومعك الإيصال.",
      "يرجى زيارة أحد فروعنا مع الهوية الوطنية.",
      "روحي لأقرب فرع وهيغيروا لك الشريحة.",
      "تفضل بزيارة المعرض لاستبدال القطعة.",
    ],
    "املأ النموذج": ["املأ النموذج وسنعود إليك.", "يرجى تعبئة الاستمارة المرفقة.", "عبّي الفورم اللي في التطبيق."],
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
    expect(ar.deflections.map(({ label }) => label).sort()).toEqual(Object.keys(refused).sort());
  });

  it("lets through ordinary replies and invitations to a private message on the same platform", () => {
    // Prepare
    const fine = [
      "مرحبًا ليلى، أرسلنا لك رسالة خاصة، نرجو الرد عليها وسنساعدك هناك.",
      "راسلنا على الخاص برقم الطلب وسنتحقق منه فورًا.",
      "ابعتلنا رسالة خاصة (DM) وهنشوف الموضوع.",
      "تواصل معنا هنا في الرسائل الخاصة.",
      "شكرًا لتواصلك معنا، سيتابع فريقنا طلبك.",
      "سيتصل بك الفني غدًا لتحديد موعد الزيارة.",
      "شفنا الطلب اللي سويته في التطبيق، وجاري متابعته.",
      "وصل الفني إلى الفرع وسيبدأ الإصلاح اليوم.",
      "مرحبًا أحمد، نأسف لما واجهته. سيرد عليك أحد أعضاء فريق خدمة العملاء هنا خلال ساعة.",
      "شكرًا جزيلًا يا سارة! سننقل كلماتك الطيبة إلى الفريق كله.",
    ];

    // Act
    const refusedTexts = fine.filter(deflected);

    // Assess
    expect(refusedTexts).toEqual([]);
  });
});
