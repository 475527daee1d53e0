import { answerAmount, type LanguagePack, type PluralForms, plural, twoDigits, type Unit } from "./pack.ts";

/**
 * Arabic: Modern Standard Arabic as the care accounts of Gulf, Egyptian and Levantine brands (telecoms, banks,
 * airlines, delivery apps) write it on social media, short and polite, never dialect: MSA reads as the brand's voice
 * in every Arab country, while a reply in Egyptian or Gulf dialect reads as odd, or as mockery, to the others.
 *
 * Register and gender: Arabic marks the addressee's gender in imperatives and verbs ("تواصل" / "تواصلي"), and we do
 * not know it. So the replies open with "مرحبًا {firstName}،" or "أهلًا {firstName}،" (not "عزيزي/عزيزتي", which
 * force a gender), the brand speaks as "we" ("نأسف", "سيرد عليك أحد أعضاء فريقنا"), and what the customer is asked to
 * do is put as a verbal noun or "we hope for" ("نرجو الرد عليها", "يمكنك مشاركة التفاصيل"): written without short
 * vowels, "عليك", "رسالتك", "لك" and "يمكنك" fit a man and a woman alike. Empathy without admitting fault: "نأسف لما
 * واجهته" (sorry for what you went through), "نتفهم انزعاجك", never "نعتذر عن خطئنا". Praise gets thanks and no
 * apology.
 *
 * Punctuation: the Arabic comma "،" and question mark "؟"; "!" and "." as Arabic writes them. Tanween is written on
 * the greetings ("مرحبًا", "شكرًا جزيلًا") as care accounts type them; other short vowels are left out.
 *
 * Digits: Western digits (0–9), as nearly all Gulf, Egyptian and Levantine care accounts write times and counts on
 * social media (Arabic-Indic digits appear in customers' messages, and triage reads both).
 *
 * Durations follow Arabic number agreement (`Intl.PluralRules("ar")`): one and two are said by the noun alone ("خلال
 * ساعة", "خلال ساعتين": the dual carries the number), 3–10 take the plural ("خلال 3 ساعات", "خلال 5 دقائق", "خلال 3
 * أيام"), 11–99 the singular accusative ("خلال 24 ساعة", "خلال 30 دقيقة", "خلال 11 يومًا"), and hundreds the singular
 * genitive ("خلال 100 يوم").
 *
 * Moments: "بحلول يوم الاثنين الساعة 9:30 صباحًا", the weekday from `Intl` ("ar"), the 12-hour clock with صباحًا /
 * ظهرًا / مساءً, as Arabic readers say and read times (the 24-hour clock reads as a timetable).
 *
 * Right to left: `direction: "rtl"`, so templates.ts isolates a Latin name, signature or case reference (FSI…PDI)
 * and "Maximiliane, Tidewell Care" stays one run at the end of the reply.
 */

/** The noun after a number, per Arabic plural category; "#" stands for the number, absent in one and two. */
const units: Record<Unit, PluralForms> = {
  minute: { zero: "# دقيقة", one: "دقيقة", two: "دقيقتين", few: "# دقائق", many: "# دقيقة", other: "# دقيقة" },
  hour: { zero: "# ساعة", one: "ساعة", two: "ساعتين", few: "# ساعات", many: "# ساعة", other: "# ساعة" },
  day: { zero: "# يوم", one: "يوم", two: "يومين", few: "# أيام", many: "# يومًا", other: "# يوم" },
};

/**
 * "9:30 صباحًا": a time of day on the 12-hour clock with the part of the day.
 *
 * @example
 * ```ts
 * arabicTime(9, 30); // "9:30 صباحًا"
 * arabicTime(18, 45); // "6:45 مساءً"
 * ```
 */
export function arabicTime(hour: number, minute: number): string {
  const part = hour < 12 ? "صباحًا" : hour === 12 ? "ظهرًا" : "مساءً";
  return `${hour % 12 || 12}:${twoDigits(minute)} ${part}`;
}

/** Arabic. */
export const ar: LanguagePack = {
  locale: "ar",
  direction: "rtl",
  within: (ms) => {
    const { value, unit } = answerAmount(ms);
    return `خلال ${plural("ar", value, units[unit]).replace("#", String(value))}`;
  },
  by: ({ weekday, hour, minute }) => `بحلول يوم ${weekday} الساعة ${arabicTime(hour, minute)}`,
  // "شكرًا جزيلًا يا {firstName}!" without a name is "شكرًا جزيلًا!", not "شكرًا جزيلًا يا!".
  nameless: [[/ يا \{firstName\}/g, ""]],
  nextSteps: {
    "acknowledge-complaint": "سيرد عليك أحد أعضاء فريق خدمة العملاء هنا {answerTime}.",
    "acknowledge-question": "سيجيبك أحد أعضاء فريقنا هنا {answerTime}.",
    "acknowledge-message": "سيقرأ أحد أعضاء فريقنا رسالتك ويرد عليك هنا {answerTime}.",
    "invite-private": "أرسلنا لك رسالة خاصة، نرجو الرد عليها وسيتابع فريقنا معك هناك {answerTime}.",
    "private-next-step": "يمكنك كتابة كل ما نحتاج إلى معرفته هنا، وسيرد عليك أحد أعضاء فريقنا {answerTime}.",
    thank: "سننقل كلماتك الطيبة إلى الفريق كله.",
  },
  templates: {
    "acknowledge-complaint": [
      "مرحبًا {firstName}، نأسف لما واجهته[ ونتفهم انزعاجك تمامًا]. {nextStep} {signature}",
      "مرحبًا {firstName}، يؤسفنا سماع ذلك[، وشكرًا لإخبارنا]. سيتابع فريقنا الأمر ويرد عليك هنا {answerTime}. {signature}",
      "أهلًا {firstName}، نأسف للإزعاج الذي واجهته[ ويهمنا حل المشكلة]. وصلتنا رسالتك وسيرد عليك فريقنا هنا {answerTime}. {signature}",
      "مرحبًا {firstName}، نتفهم استياءك[ ونأسف لما حدث]. سيراجع فريقنا رسالتك ويرد عليك هنا {answerTime}. {signature}",
    ],
    "acknowledge-question": [
      "مرحبًا {firstName}، شكرًا على سؤالك! [يسعدنا مساعدتك. ]{nextStep} {signature}",
      "أهلًا {firstName}، سؤال في محله[، وشكرًا لتواصلك معنا]! سيجيبك أحد أعضاء فريقنا هنا {answerTime}. {signature}",
      "مرحبًا {firstName}، شكرًا لتواصلك معنا[ ويسعدنا مساعدتك]! ستصلك الإجابة من فريقنا هنا {answerTime}. {signature}",
    ],
    "acknowledge-message": [
      "مرحبًا {firstName}، شكرًا على رسالتك! [وصلت رسالتك إلى فريقنا. ]{nextStep} {signature}",
      "أهلًا {firstName}، شكرًا لتواصلك معنا! سيقرأ أحد أعضاء فريقنا رسالتك ويرد عليك هنا {answerTime}. {signature}",
      "مرحبًا {firstName}، وصلتنا رسالتك[ وشكرًا لك]. سيقرأها أحد أعضاء فريقنا ويرد عليك هنا {answerTime}. {signature}",
    ],
    "invite-private": [
      "مرحبًا {firstName}، نأسف لما واجهته[ ونود متابعة الأمر معك]. {nextStep} {signature}",
      "مرحبًا {firstName}، يؤسفنا ذلك[ وشكرًا لإخبارنا]. أرسلنا لك رسالة خاصة لنتابع الأمر، وسيرد عليك فريقنا هناك {answerTime}. {signature}",
      "أهلًا {firstName}، نتفهم انزعاجك. أرسلنا لك رسالة خاصة[ لنساعدك بالتفصيل]، وسيرد عليك فريقنا هناك {answerTime}. {signature}",
    ],
    "private-next-step": [
      "مرحبًا {firstName}، [شكرًا لتواصلك معنا، و]نأسف للإزعاج. {nextStep} {signature}",
      "مرحبًا {firstName}، نأسف لهذه المشكلة. يمكنك مشاركة التفاصيل هنا[، فهذه المحادثة خاصة]، وسيرد عليك فريقنا {answerTime}. {signature}",
      "أهلًا {firstName}، يؤسفنا ما حدث[ ونود مساعدتك]. نرجو الرد على هذه الرسالة بما يساعدنا، وسيرد عليك فريقنا هنا {answerTime}. {signature}",
    ],
    thank: [
      "شكرًا جزيلًا يا {firstName}! سعدنا كثيرًا برأيك. [{nextStep} ]{signature}",
      "شكرًا جزيلًا يا {firstName}! كلماتك أسعدتنا[، وسنحرص على أن يراها الفريق كله]. {signature}",
      "مرحبًا {firstName}، شكرًا على كلماتك الطيبة! سننقلها إلى الفريق كله[ فهي تشجعنا كثيرًا]. {signature}",
    ],
  },
  // Over folded text (guard.ts): short vowels and hamza dropped (أ إ آ as ا, ؤ as و, ئ as ي), ى as ي, ة as ه, so the
  // patterns are written folded. Imperatives come in their masculine, feminine and plural forms (اتصل / اتصلي /
  // اتصلوا), with و or ف in front; Egyptian and Levantine forms ("كلمنا", "ابعتلنا", "رن علينا") as agents type them. An
  // invitation to a private message on the same platform ("راسلنا على الخاص", "أرسلنا لك رسالة خاصة") must not match.
  deflections: [
    {
      label: "اتصل بنا",
      pattern:
        "[وف]?(?:اتصل(?:ي|وا)?|يرجي الاتصال|نرجو الاتصال|يمكنك الاتصال|بامكانك الاتصال|الاتصال|بالاتصال) (?:بنا|علينا|على (?:الرقم|رقم|الخط|الهاتف|\\d+)|ع (?:الرقم|رقم|\\d+)|ب(?:الرقم|رقم|الخط|الهاتف|خدمه|مركز|الدعم)|هاتفيا)",
    },
    {
      label: "كلمنا على الرقم",
      pattern:
        "[وف]?(?:كلم(?:ي|وا)?نا|كلمونا|رن(?:ي|وا)? (?:علينا|لنا)|دق(?:ي|وا)? (?:علينا|لنا)|اضرب(?:ي|وا)?لنا) (?:على|ع|في)?\\s*(?:ال)?(?:رقم|تليفون|تلفون|موبايل|جوال|هاتف|خط|\\d+)|[وف]?(?:رن(?:ي|وا)?|دق(?:ي|وا)?) (?:علينا|لنا)",
    },
    {
      label: "راسلنا على البريد الإلكتروني",
      pattern:
        "[وف]?(?:راسل(?:ي|وا)?|ارسل(?:ي|وا)?|اكتب(?:ي|وا)?|ابعت(?:ي|وا)?|ابعث(?:ي|وا)?|ابعتي|تواصل(?:ي|وا)?)(?:نا|لنا| لنا| الينا| معنا|لينا)? (?:\\p{L}+ )?(?:على|عبر|من خلال|في|ع|ب)?\\s*(?:ال)?(?:بريد|ايميل|ميل|email|sms|رساله نصيه)",
    },
    {
      label: "عبر البريد الإلكتروني",
      pattern:
        "(?:عبر|على|من خلال|في|ع) (?:ال)?(?:بريد (?:ال)?الكتروني|ايميل|email)|[وف]?(?:بالبريد|بالايميل|عالايميل|عالبريد|بريدنا|ايميلنا)|(?:البريد|عنوان البريد) (?:ال)?الكتروني (?:الخاص بنا|لدينا|التالي)",
    },
    {
      label: "تواصل معنا عبر الواتساب",
      pattern:
        "(?:عبر|على|ع|من خلال|في|ب)\\s*(?:ال)?(?:واتساب|واتس اب|واتس|whatsapp)|[وف]?(?:عالواتس|بالواتس|واتسابنا|واتساب الخدمه)\\p{L}*|(?:رقم )?(?:ال)?واتساب (?:الخاص بنا|تبعنا|بتاعنا|حقنا)",
    },
    {
      label: "تواصل معنا عبر الهاتف",
      pattern:
        "[وف]?(?:تواصل(?:ي|وا)?|التواصل|يرجي التواصل|نرجو التواصل) (?:معنا|مع الفريق) (?:عبر|على|من خلال|ب|في|ع)\\s*(?:ال)?(?:هاتف|تليفون|تلفون|جوال|موبايل|رقم|خط|مركز|فرع|موقع)",
    },
    {
      label: "تواصل مع خدمة العملاء",
      pattern:
        "[وف]?(?:تواصل(?:ي|وا)?|اتصل(?:ي|وا)?|كلم(?:ي|وا)?|راجع(?:ي|وا)?|يرجي التواصل|نرجو التواصل|يمكنك التواصل|التواصل|بالتواصل) (?:مع |ب)?(?:ال)?(?:خدمه العملاء|خدمه الزبائن|مركز الاتصال|مركز خدمه|كول سنتر|call cent(?:er|re)|الدعم الفني|قسم|الفرع|فرع)",
    },
    {
      label: "رقم خدمة العملاء",
      pattern:
        "[وف]?(?:رقمنا|الرقم المجاني|الرقم الموحد|خطنا الساخن|الخط الساخن|هوت\\s*لاين)|رقم (?:خدمه العملاء|الدعم|الطوارئ|مجاني|الخط الساخن|التواصل|الخدمه)",
    },
    {
      label: "زر موقعنا",
      pattern:
        "[وف]?(?:زر|زوري|زوروا|قم بزياره|يرجي زياره|نرجو زياره|تفضل(?:ي|وا)? بزياره|بزياره|زياره|ادخل(?:ي|وا)?(?: على| ع| الي)?|خش(?:ي|وا)? (?:على|ع)|فوت(?:ي|وا)? (?:على|ع))\\s*(?:ال)?(?:موقع|موقعنا|ويب|website|صفحه الويب)|(?:على|عبر|من خلال|في) موقعنا|موقعنا (?:ال)?(?:الكتروني|الرسمي)",
    },
    {
      label: "زر أقرب فرع",
      pattern:
        "[وف]?(?:زر|زوري|زوروا|توجه(?:ي|وا)?|روح(?:ي|وا)?|تفضل(?:ي|وا)?(?: بزياره)?|مر(?:ي|وا)?|قم بزياره|يرجي زياره|زياره|بزياره|التوجه) (?:الي |ل|على |ع )?(?:اقرب |احد )?(?:ال)?(?:فرع|فروع|فرعنا|فروعنا|معرض|مكتب|مكاتب|مركز خدمه)",
    },
    {
      label: "املأ النموذج",
      pattern: "[وف]?(?:املا|امليي|املووا|عبي|عبيي|قم بتعبيه|يرجي تعبيه|تعبيه|ملء) (?:ال)?(?:نموذج|استماره|فورم|form)",
    },
  ],
};
