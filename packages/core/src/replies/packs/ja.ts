import { answerAmount, type LanguagePack } from "./pack.ts";

/**
 * Japanese.
 *
 * Register: polite keigo (です・ます with humble forms for what the team does: ご返信いたします, 確認いたします), as the
 * support accounts of Japanese brands write on X, Instagram and Facebook; plain or casual forms would read as rude from
 * a company. The customer is "{firstName}様" (the first word of the display name, which in Japan is usually the family
 * name: "山田 花子" gives "山田様"); without a name the greeting is dropped rather than replaced, because "お客様、" as
 * an opening reads stiff, and a mention elsewhere becomes "お客様". Empathy is the usual ご不便をおかけし申し訳ございません
 * ("sorry for the inconvenience", not an admission of fault) or お困りのことと存じます. Japanese marks no gender
 * in verbs or adjectives about the customer. Full-width ！ and Japanese 、。 as in any Japanese text; the Latin
 * signature follows after a space. X counts each of these characters as two, so the wording stays short.
 */

const units = { minute: "分", hour: "時間", day: "日" } as const;

export const ja: LanguagePack = {
  locale: "ja",
  // "1時間以内に", "30分以内に", "2日以内に": Japanese counts without plural forms or a space.
  within: (ms) => {
    const { value, unit } = answerAmount(ms);
    return `${value}${units[unit]}以内に`;
  },
  // "月曜日の9時30分までに", on the hour "月曜日の9時までに": the weekday comes from Intl as "月曜日".
  by: ({ weekday, hour, minute }) => `${weekday}の${hour}時${minute === 0 ? "" : `${minute}分`}までに`,
  nameless: [
    // The greeting alone goes ("山田様、ご不便を…" becomes "ご不便を…"); any other mention reads "お客様".
    [/\{firstName\}様、/g, ""],
    [/\{firstName\}様/g, "お客様"],
  ],
  nextSteps: {
    "acknowledge-complaint": "担当者が詳しく確認し、{answerTime}こちらでご返信いたします。",
    "acknowledge-question": "担当者が確認し、{answerTime}こちらでお答えいたします。",
    "acknowledge-message": "担当者が拝見し、{answerTime}こちらでご返信いたします。",
    "invite-private":
      "ダイレクトメッセージをお送りしましたので、そちらにご返信ください。担当者が{answerTime}対応いたします。",
    "private-next-step": "こちらで状況をお知らせいただければ、担当者が{answerTime}ご返信いたします。",
    thank: "スタッフ一同で共有させていただきます。",
  },
  templates: {
    "acknowledge-complaint": [
      "{firstName}様、ご不便をおかけしており申し訳ございません[。お困りの状況、お察しいたします]。{nextStep} {signature}",
      "{firstName}様、この度はご不便をおかけし申し訳ございません[。お知らせいただきありがとうございます]。サポート担当者が状況を確認し、{answerTime}こちらでご連絡いたします。 {signature}",
      "{firstName}様、大変お困りのことと存じます[。ご連絡いただきありがとうございます]。カスタマーサポートにて内容を確認のうえ、{answerTime}こちらでご返信いたします。 {signature}",
      "{firstName}様、ご心配をおかけしており申し訳ございません[。解決に向けてお手伝いさせてください]。担当者より{answerTime}こちらでご返信いたします[ので、今しばらくお待ちください]。 {signature}",
    ],
    "acknowledge-question": [
      "{firstName}様、お問い合わせいただきありがとうございます！[お役に立てるよう、しっかりお調べいたします。]{nextStep} {signature}",
      "{firstName}様、ご質問いただきありがとうございます。[担当者が詳しく確認のうえ、]{answerTime}こちらでご案内いたします。 {signature}",
      "{firstName}様、ご連絡ありがとうございます！[喜んでお手伝いいたします。]サポートチームより{answerTime}こちらでお返事いたします。 {signature}",
    ],
    "acknowledge-message": [
      "{firstName}様、メッセージをお送りいただきありがとうございます！[チーム内で共有いたしました。]{nextStep} {signature}",
      "{firstName}様、ご連絡いただきありがとうございます。担当者がメッセージを[しっかり]拝見し、{answerTime}こちらでご返信いたします。 {signature}",
      "{firstName}様、メッセージありがとうございます！[内容は担当チームに届いております。]{answerTime}こちらで担当者よりご返信いたします。 {signature}",
    ],
    "invite-private": [
      "{firstName}様、ご不便をおかけし申し訳ございません[。解決に向けてお手伝いさせてください]。{nextStep} {signature}",
      "{firstName}様、ご不便をおかけし申し訳ございません。[詳しくお伺いするため、]DMをお送りしましたので、そちらでご返信いただけますと幸いです。担当者が{answerTime}対応いたします。 {signature}",
      "{firstName}様、大変お困りのことと存じます。個別にご案内するため、DMにてご連絡いたしました[。お手数ですがご確認ください]。そちらにご返信いただければ、{answerTime}担当者よりお返事いたします。 {signature}",
    ],
    "private-next-step": [
      "{firstName}様、[ご連絡いただきありがとうございます。]ご不便をおかけし申し訳ございません。{nextStep} {signature}",
      "{firstName}様、ご不便をおかけしており申し訳ございません。こちらで詳しい状況をお聞かせください[。このメッセージは他の方には表示されません]。担当者が{answerTime}ご返信いたします。 {signature}",
      "{firstName}様、大変お困りのことと存じます[。解決に向けてお手伝いいたします]。このメッセージにご返信いただければ、{answerTime}担当者よりご連絡いたします。 {signature}",
    ],
    thank: [
      "{firstName}様、温かいお言葉をいただき、ありがとうございます！とても嬉しく拝見しました。[{nextStep}] {signature}",
      "{firstName}様、素敵なご感想をお寄せいただき、ありがとうございます！[スタッフ一同の励みになります。]これからもどうぞよろしくお願いいたします。 {signature}",
      "{firstName}様、嬉しいお声をありがとうございます！チーム全員で大切に読ませていただきます[。またのご利用を心よりお待ちしております]。 {signature}",
    ],
  },
  // Folded as the reply is (lower case, hyphens as spaces); Japanese has no spaces, so a phrase matches anywhere.
  // Sending the customer to a private message on the same platform (DM, ダイレクトメッセージ) is not among them.
  deflections: [
    {
      label: "お電話ください",
      pattern:
        "お?電話(?:を|にて|で)?(?:して|おかけ|かけて|ください|下さい|くださいませ|お願い|いただけ(?:ます|ません|れば)|頂け(?:ます|ません|れば)|いただきますよう|頂きますよう)",
    },
    {
      label: "お電話でお問い合わせください",
      pattern:
        "お?電話(?:にて|で|でも|または|もしくは|か)(?:の)?(?:お問い?合わ?せ|問い?合わ?せ|お問合せ|ご連絡|連絡|ご相談|相談|承|受け?付|ご案内|お申し?込み|お手続き)",
    },
    {
      label: "カスタマーセンターまでご連絡ください",
      pattern:
        "(?:センター|窓口|相談室|デスク|ダイヤル|サポート|カスタマーサービス|コールセンター)(?:まで|へ|に|にて)(?:お電話|電話|ご連絡|連絡|お問い?合わ?せ|問い?合わ?せ|お問合せ|ご相談|相談|お申し?出|お申し?付け|承)",
    },
    {
      label: "コールセンターをご利用ください",
      pattern:
        "(?:コールセンター|カスタマーセンター|お客様センター|お客さまセンター|サポートセンター|お客様相談室|お客さま相談室|お問い?合わ?せ窓口|お問合せ窓口|相談窓口|電話窓口)(?:を|も)(?:ご利用|ご活用|お使い)",
    },
    {
      label: "フリーダイヤル",
      pattern:
        "フリーダイ[ヤア]ル|フリーコール|ナビダイヤル|通話料無料|電話番号(?:まで|へ)|電話番号に(?:お電話|電話|ご連絡|連絡|お問い?合わ?せ|おかけ)",
    },
    {
      label: "メールでお問い合わせください",
      pattern:
        "(?:email|メール)(?:にて|で|でも)(?:の)?(?:お問い?合わ?せ|問い?合わ?せ|お問合せ|ご連絡|連絡|ご相談|お送り|送って|お知らせ|ご返信|返信)",
    },
    {
      label: "メールをお送りください",
      pattern:
        "(?:email|メール)(?:を|も)(?:お送り|送って|送信|ください|下さい|いただけ|頂け)|(?:email|メール)アドレス(?:まで|宛|へ|に)|(?:email|メール)(?:まで|宛に|宛て)|までメール",
    },
    {
      label: "公式サイトをご覧ください",
      pattern:
        "(?:公式サイト|ホームページ|ウェブサイト|webサイト|ｗｅｂサイト|サイト|hp|ｈｐ|ヘルプセンター|ヘルプページ|サポートページ|よくあるご?質問|faq|ｆａｑ|q&a|url|ｕｒｌ|リンク)(?:の[^。、！？]{0,12})?(?:を|より|から|にて|で|も)(?:ご覧|ご確認|確認|ご参照|参照|お問い?合わ?せ|問い?合わ?せ|お手続き|手続き|お申し?込み|申し?込み|チェック)",
    },
    {
      label: "サイトにアクセスしてください",
      pattern: "(?:サイト|ホームページ|ページ|url)(?:に|へ)アクセス",
    },
    {
      label: "お問い合わせフォーム",
      pattern:
        "(?:お?問い?合わ?せ|お問合せ|ご相談|専用|ウェブ|web|ｗｅｂ|メール|入力|受付)フォーム|フォーム(?:から|より|にて|に|で)(?:ご連絡|連絡|お問い?合わ?せ|問い?合わ?せ|お問合せ|ご入力|入力|お送り|送信|お申し?込み|ご相談)",
    },
    {
      label: "店頭でお問い合わせください",
      pattern:
        "(?:店頭|店舗|ショップ|お近くの店|最寄りの店)(?:まで|へ|に|にて|で)(?:お越し|お持ち込み|お持ち|ご来店|来店|お問い?合わ?せ|問い?合わ?せ|ご相談|お手続き|手続き)|ご来店ください",
    },
    {
      label: "アプリからお問い合わせください",
      pattern:
        "アプリ(?:内の|の)?(?:お問い?合わ?せ|問い?合わ?せ|お問合せ|ヘルプ|サポート)(?:機能|画面|ページ|窓口)?(?:から|より|にて|で|を)|アプリ(?:から|より|にて)(?:お問い?合わ?せ|問い?合わ?せ|ご連絡|連絡|お手続き|手続き|お申し?込み)",
    },
    {
      label: "LINEでお問い合わせください",
      pattern:
        "(?:line|ｌｉｎｅ|ライン)(?:公式アカウント)?(?:にて|で|から|より)(?:お問い?合わ?せ|問い?合わ?せ|ご連絡|連絡|ご相談)",
    },
  ],
};
