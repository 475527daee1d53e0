import { describe, expect, it } from "vitest";
import type { CaseKind } from "../../config/schema.ts";
import { classify, type Urgency } from "../classify.ts";

// Messages written for these tests, in none of the Japanese sets: what the classifier does on Japanese it has not seen.

const kinds: { text: string; kind: CaseKind; what: string }[] = [
  {
    text: "届いたテーブルの脚が折れていました。交換してください",
    kind: "complaint",
    what: "a broken product and a demand",
  },
  {
    text: "注文して2週間経つのに、まだ届かないのはなぜですか？",
    kind: "complaint",
    what: "a complaint told as a question",
  },
  {
    text: "これって初期不良じゃないんですか？電源ボタンを押しても反応しません",
    kind: "complaint",
    what: "is it a defect?",
  },
  { text: "さすがですね、今回も配達日に届きませんでした（棒）", kind: "complaint", what: "sarcasm" },
  { text: "デザインは最高なのに、引き出しが1週間で壊れました", kind: "complaint", what: "praise with a complaint" },
  { text: "昨日からアプリが起動しないんだけど、どうなってるの", kind: "complaint", what: "an outage, casual" },
  { text: "ｗｗｗまた届かないｗｗｗ", kind: "complaint", what: "full-width laughter at a failure" },
  {
    text: "白いシャツを頼んだのに、届いたのはグレーでした",
    kind: "complaint",
    what: "no complaint word, told with のに",
  },
  { text: "大阪への配送は何日くらいかかりますか？", kind: "question", what: "a delivery question" },
  {
    text: "小さい子供がいるのですが、このソファの生地は洗えますか？",
    kind: "question",
    what: "a worried but hypothetical question",
  },
  { text: "ギフト用の包装はお願いできますか", kind: "question", what: "a question without a question mark" },
  { text: "いつも丁寧な対応ありがとうございます！大満足です", kind: "praise", what: "thanks" },
  {
    text: "問題なく届きました。梱包もきれいで素敵でした",
    kind: "praise",
    what: "praise that names a problem it did not have",
  },
  {
    text: "椅子の脚が折れて届いたけど、問い合わせたらすぐに新品を送ってくれました。本当に助かりました！",
    kind: "praise",
    what: "a problem put right",
  },
  { text: "在宅で月収50万円！やり方はプロフのリンクから", kind: "spam", what: "a get-rich scheme" },
  {
    text: "【重要】お客様のアカウントは不正利用の疑いにより停止されました。こちらから本人確認を行ってください https://tidewell-verify.example",
    kind: "spam",
    what: "phishing in the brand's name",
  },
  { text: "相互フォローお願いします！フォロバ100%", kind: "spam", what: "follow for follow" },
  { text: "@sakura_0101 これ前に話してたやつ！", kind: "other", what: "a reply to a friend" },
  { text: "ドイツから見てます！", kind: "other", what: "a greeting from abroad" },
];

const urgent: { text: string; urgency: Urgency }[] = [
  { text: "このまま対応してもらえないなら消費生活センターに相談します", urgency: "legal" },
  { text: "充電器から煙が出て、焦げ臭いにおいがしました", urgency: "safety" },
  { text: "もう解約して他社に乗り換えます", urgency: "churn" },
  { text: "テレビ局の者です。この件について取材させていただけませんか", urgency: "press" },
  { text: "何度も問い合わせているのに、一度も返事がありません", urgency: "repeat" },
];

describe("ja: kinds", () => {
  for (const { text, kind, what } of kinds) {
    it(`${what}: ${kind}`, () => {
      // Act
      const result = classify(text);

      // Assess
      expect({ kind: result.kind, language: result.language }).toEqual({ kind, language: "ja" });
    });
  }

  it("thanks praise as positive", () => {
    // Act
    const result = classify("いつも丁寧な対応ありがとうございます！大満足です");

    // Assess
    expect(result).toMatchObject({ kind: "praise", sentiment: "positive", urgency: [] });
  });

  it("reads a complaint as negative", () => {
    // Act
    const result = classify("届いたテーブルの脚が折れていました。交換してください");

    // Assess
    expect(result).toMatchObject({ kind: "complaint", sentiment: "negative" });
  });
});

describe("ja: urgency", () => {
  for (const { text, urgency } of urgent) {
    it(`${urgency}: a complaint that reaches a person at once`, () => {
      // Act
      const result = classify(text);

      // Assess
      expect(result.kind).toBe("complaint");
      expect(result.urgency).toContain(urgency);
    });
  }

  it("does not take a profession stated in passing, or a question about a risk, for urgency", () => {
    // Act
    const lawyer = classify("弁護士をしている者ですが、事務所用のデスクをまとめて注文できますか？");
    const smoke = classify("煙が出にくいグリルってありますか？");

    // Assess
    expect(lawyer).toMatchObject({ kind: "question", urgency: [] });
    expect(smoke).toMatchObject({ kind: "question", urgency: [] });
  });

  it("says a delay again is not a repeat contact", () => {
    // Act
    const result = classify("配達日の変更、これで3回目です。いい加減にしてください");

    // Assess
    expect(result.kind).toBe("complaint");
    expect(result.urgency).not.toContain("repeat");
  });
});

describe("ja: sensitive data", () => {
  it("flags a complaint that gives an order number and an e-mail address", () => {
    // Act
    const result = classify("注文番号 TW-55210 の商品がまだ届きません。連絡は hanako@example.com にお願いします");

    // Assess
    expect(result).toMatchObject({ kind: "complaint", sensitive: true, language: "ja" });
    expect(result.sensitiveKinds).toEqual(expect.arrayContaining(["email", "order"]));
  });

  it("flags an international phone number", () => {
    // Act
    const result = classify("冷蔵庫が冷えません。+81 90-5555-0123 に折り返しお願いします");

    // Assess
    expect(result).toMatchObject({ kind: "complaint", sensitive: true });
    expect(result.sensitiveKinds).toContain("phone");
  });

  it("does not flag the last four digits of a card", () => {
    // Act
    const result = classify("末尾4242のカードで払ったのに、注文履歴に何も出てこない");

    // Assess
    expect(result).toMatchObject({ kind: "complaint", sensitive: false });
  });
});
