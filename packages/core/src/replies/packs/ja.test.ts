import { describe, expect, it } from "vitest";
import { caseIdFor } from "../../cases/ids.ts";
import type { CaseKind } from "../../config/schema.ts";
import { detectLanguageOf } from "../../triage/classify.ts";
import { foldLetters } from "../../triage/fold.ts";
import { checkOutgoing, countCharacters } from "../guard.ts";
import { type ReplyPurpose, renderReply, renderTemplate, type TemplateInput } from "../templates.ts";
import { ja } from "./ja.ts";
import type { RequiredTemplate } from "./pack.ts";

const signature = "Maximiliane, Tidewell Care Tea";
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
// Monday 2 March 2026, 00:30 UTC: 09:30 in Tokyo. Wednesday 4 March 2026, 09:00 UTC: 18:00 in Tokyo.
const monday0930Tokyo = new Date("2026-03-02T00:30:00Z");
const wednesday1800Tokyo = new Date("2026-03-04T09:00:00Z");

const purposes: { template: RequiredTemplate; purpose: ReplyPurpose; kind: CaseKind }[] = [
  { template: "acknowledge-complaint", purpose: "acknowledge", kind: "complaint" },
  { template: "acknowledge-question", purpose: "acknowledge", kind: "question" },
  { template: "invite-private", purpose: "invite-private", kind: "complaint" },
  { template: "private-next-step", purpose: "private-next-step", kind: "complaint" },
  { template: "thank", purpose: "thank", kind: "praise" },
];

const times: Partial<TemplateInput>[] = [
  { answerWithinMs: 30 * minute },
  { answerWithinMs: 2 * day },
  { answerBy: monday0930Tokyo, timeZone: "Asia/Tokyo" },
  { answerBy: wednesday1800Tokyo, timeZone: "Asia/Tokyo" },
];
const statedTime = /(?:\d+(?:分|時間|日)以内に|[月火水木金土日]曜日の\d+時(?:\d+分)?までに)/u;

const caseIds = Array.from({ length: 200 }, (_, i) => caseIdFor("x", `ja_${i}`));

const render = (input: Pick<TemplateInput, "purpose" | "kind"> & Partial<TemplateInput>) =>
  renderTemplate({
    language: "ja",
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

/** One variant as a configured template, so that its compact form (no optional phrases) can be rendered as written. */
const compactOf = (variant: string) => variant.replace(/\[[^[\]]*\]/g, "");

const customerText = "注文番号 TW-48213 の椅子がまだ届きません。090-5555-0134 まで。taro@example.com";
const empathy = /申し訳ございません|お困りのことと存じます|お察しいたします/u;

describe("ja: the answer time", () => {
  it("says how long until a person answers, in minutes, hours or days and without a space", () => {
    // Prepare
    const table: [number, string][] = [
      [1 * minute, "1分以内に"],
      [30 * minute, "30分以内に"],
      [1 * hour, "1時間以内に"],
      [2 * hour, "2時間以内に"],
      [5 * hour, "5時間以内に"],
      [11 * hour, "11時間以内に"],
      [23 * hour, "23時間以内に"],
      [2 * day, "2日以内に"],
      [3 * day, "3日以内に"],
      [11 * day, "11日以内に"],
    ];

    // Act
    const stated = table.map(([ms]) => ja.within(ms));

    // Assess
    expect(stated).toEqual(table.map(([, text]) => text));
  });

  it("reads naturally inside a reply", () => {
    // Act
    const text = renderReply({
      purpose: "acknowledge",
      kind: "complaint",
      language: "ja",
      firstName: "山田",
      signature,
      answerWithinMs: 2 * hour,
      seed: seedsPerVariant("acknowledge", "complaint")[0],
    });

    // Assess
    expect(text).toBe(
      `山田様、ご不便をおかけしており申し訳ございません。お困りの状況、お察しいたします。担当者が詳しく確認し、2時間以内にこちらでご返信いたします。 ${signature}`,
    );
  });

  it("gives a weekday moment as Japanese write it, the weekday from Intl", () => {
    // Act
    const monday = render({
      purpose: "acknowledge",
      kind: "complaint",
      answerBy: monday0930Tokyo,
      timeZone: "Asia/Tokyo",
    });
    const wednesday = render({
      purpose: "acknowledge",
      kind: "question",
      answerBy: wednesday1800Tokyo,
      timeZone: "Asia/Tokyo",
    });

    // Assess
    expect(ja.by({ weekday: "月曜日", hour: 9, minute: 30 })).toBe("月曜日の9時30分までに");
    expect(ja.by({ weekday: "金曜日", hour: 18, minute: 0 })).toBe("金曜日の18時までに");
    expect(ja.by({ weekday: "日曜日", hour: 0, minute: 5 })).toBe("日曜日の0時5分までに");
    expect(monday.text).toContain("月曜日の9時30分までにこちらで");
    expect(monday.text).not.toContain("1時間以内に");
    expect(wednesday.text).toContain("水曜日の18時までに");
  });
});

describe("ja: every template and variant", () => {
  for (const { template, purpose, kind } of purposes) {
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
      expect(seeds.filter(Boolean)).toHaveLength(ja.templates[template].length);
      expect(seeds.length).toBe(template === "acknowledge-complaint" ? 4 : 3);
      for (const { named, reply } of replies) {
        const { text } = reply;
        expect(text.endsWith(` ${signature}`)).toBe(true);
        if (named) expect(text).toMatch(/^Maximiliane様、[^\s、。！]/u);
        else expect(text).toMatch(/^[^\s、。！？,.!?様]/u);
        expect(text).not.toMatch(/[{}[\]]|undefined|\s{2}|様様|^お客様、|[、。！][、。！]/u);
        if (template !== "thank") expect(text).toMatch(statedTime);
        if (template === "invite-private") expect(text).toMatch(/DM|ダイレクトメッセージ/);
        if (template !== "thank" && template !== "acknowledge-question") expect(text).toMatch(empathy);
        if (template === "thank") expect(text).not.toMatch(/申し訳|お詫び|ご不便/u);
        expect(reply.fits).toBe(true);
        expect(countCharacters(text, "x")).toBeLessThanOrEqual(280);
        expect(checkOutgoing(text, { platform: "x", customerText })).toEqual({ ok: true, problems: [] });
        expect(detectLanguageOf(text).language, text).toBe("ja");
      }
    });

    it(`${template}: every variant fits X in its compact form with the longest name and signature`, () => {
      // Prepare
      const variants = ja.templates[template].map(compactOf);

      // Act
      const replies = variants.flatMap((variant) =>
        times.flatMap((time) =>
          [undefined, "Maximiliane"].map((firstName) =>
            render({
              purpose,
              kind,
              firstName,
              ...time,
              templates: [{ purpose, language: "ja", variants: [variant] }],
            }),
          ),
        ),
      );

      // Assess
      for (const reply of replies) {
        expect(countCharacters(reply.text, "x"), reply.text).toBeLessThanOrEqual(280);
        expect(reply.text.endsWith(` ${signature}`)).toBe(true);
        expect(reply.text).not.toMatch(/[{}[\]]|\s{2}|[、。！][、。！]/u);
        if (template !== "thank") expect(reply.text).toMatch(statedTime);
        if (template !== "thank" && template !== "acknowledge-question") expect(reply.text).toMatch(empathy);
        expect(checkOutgoing(reply.text, { platform: "x", customerText })).toEqual({ ok: true, problems: [] });
        expect(detectLanguageOf(reply.text).language, reply.text).toBe("ja");
      }
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
    expect(reply).toMatchObject({ fits: true, form: "compact", language: "ja" });
    expect(reply.text).toMatch(/^Maximiliane様、/);
    expect(reply.text).toMatch(empathy);
    expect(reply.text).toContain("1時間以内に");
    expect(reply.text.endsWith(` ${sig}`)).toBe(true);
  });

  it("calls a customer without a name お客様 where the name is not the greeting", () => {
    // Prepare
    const variant = "{firstName}様、{firstName}様のご注文について確認いたします。 {signature}";

    // Act
    const [named, nameless] = ["山田", undefined].map(
      (firstName) =>
        render({
          purpose: "acknowledge",
          kind: "complaint",
          firstName,
          templates: [{ purpose: "acknowledge", language: "ja", variants: [variant] }],
        }).text,
    );

    // Assess
    expect(named).toBe(`山田様、山田様のご注文について確認いたします。 ${signature}`);
    expect(nameless).toBe(`お客様のご注文について確認いたします。 ${signature}`);
  });
});

describe("ja: deflections", () => {
  const deflecting = [
    "お手数ですが、お電話ください。",
    "恐れ入りますが、お電話いただけますでしょうか。",
    "詳しくはお電話にてお問い合わせください。",
    "電話で連絡してもらえますか？",
    "恐れ入りますが、カスタマーセンターまでご連絡くださいませ。",
    "お客様相談室へお電話をお願いいたします。",
    "コールセンターをご利用ください。",
    "お問い合わせ窓口をご利用いただけますと幸いです。",
    "フリーダイヤルにて承っております。",
    "0120-000-000（通話料無料）までおかけください。",
    "ナビダイヤルへおかけ直しください。",
    "下記の電話番号までお問い合わせください。",
    "お手数ですが、メールにてご連絡いただけますでしょうか。",
    "Eメールでお問い合わせください。",
    "サポート宛にメールをお送りください。",
    "担当部署のメールアドレスまでご連絡ください。",
    "詳細は公式サイトをご覧ください。",
    "よくあるご質問のページからご確認いただけます。",
    "FAQをご確認ください。",
    "ホームページからお手続きをお願いいたします。",
    "ヘルプセンターの記事をご参照ください。",
    "弊社サイトにアクセスしてください。",
    "お問い合わせフォームよりご連絡ください。",
    "専用フォームからお申し込みいただけます。",
    "フォームにご入力のうえ送信してください。",
    "お近くの店舗までお越しください。",
    "店頭にてお手続きください。",
    "LINE公式アカウントからお問い合わせください。",
    "お手数ですが、アプリのお問い合わせ画面からご連絡ください。",
    "アプリからお手続きいただけます。",
    "下記URLよりお問い合わせください。",
    "お電話でのお問い合わせをお願いいたします。",
    "サポートデスクにご連絡ください。",
  ];
  const fine = [
    "山田様、ご不便をおかけし申し訳ございません。DMをお送りしましたので、そちらでご返信ください。",
    "ダイレクトメッセージにて詳しくお伺いいたします。",
    "お問い合わせいただきありがとうございます。担当者が1時間以内にこちらでご返信いたします。",
    "お電話がつながりにくく、ご不便をおかけしております。こちらで対応いたします。",
    "メッセージをお送りしましたので、ご確認ください。",
    "こちらのスレッドで引き続きご案内いたします。",
    "ご注文の詳細はDMでお知らせください。",
    "サポートチームより月曜日の9時30分までにこちらでお返事いたします。",
    "カスタマーサポートにて内容を確認のうえ、こちらでご返信いたします。",
    "ホームページの写真と色味が異なるとのこと、申し訳ございません。",
    "店舗での受け取りをご希望とのこと、承知いたしました。",
    "メールが届かないとのこと、ご不便をおかけしております。DMで確認させてください。",
    "アプリの不具合についてご連絡いただきありがとうございます。こちらで確認いたします。",
    "リンク先の商品ページと色が違うとのこと、申し訳ございません。",
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
    // Prepare: folded as the guard folds a reply.
    const fold = (text: string) =>
      foldLetters(text)
        .toLowerCase()
        .replace(/[‐‑–—-]/g, " ")
        .replace(/\be ?mail/g, "email");

    // Act
    const unused = ja.deflections.filter(
      ({ pattern }) => !deflecting.some((text) => new RegExp(foldLetters(pattern), "u").test(fold(text))),
    );

    // Assess
    expect(unused.map(({ label }) => label)).toEqual([]);
  });
});
