import { describe, expect, it } from "vitest";
import { type Classification, classify } from "../classify.ts";
import { fold } from "../fold.ts";

// Arabic messages as customers in the Gulf, Egypt, the Levant and the Maghreb write them on social media, in Arabic
// letters and in Arabizi (none of them is in the development set or the training corpus).

type Case = [name: string, text: string];

const expectKind = (text: string, kind: Classification["kind"]) => {
  // Act
  const result = classify(text);

  // Assess
  expect(result.kind, `${text}\n${result.reasons.join("; ")}`).toBe(kind);
  return result;
};

describe("classify in Arabic", () => {
  describe("complaints", () => {
    const complaints: Case[] = [
      ["a broken product, Gulf", "الطاولة وصلتني ورجلها مكسورة والكرتون مفتوح، وش هالتغليف"],
      ["a complaint told as a question, Egyptian", "هو الأوردر بتاعي فين بالظبط؟ بقالي عشر أيام مستنيه"],
      ["sarcasm with praise words", "يا سلام على السرعة، ثلاث ساعات تأخير والأكل وصل زي الثلج 👏"],
      ["praise with a complaint, Levantine", "بحب تصاميمكم كتير بس الكرسي صار يهز بعد أسبوع"],
      ["a one-line demand", "رجعوا فلوسي"],
      ["Maghrebi", "مازال ما وصلني والو، هادي سيمانة وأنا كنتسنى"],
      ["anger and nothing else", "زهقت منكم ومن وعودكم"],
      ["Arabizi", "el order bta3i lessa ma weselsh w mafeesh 7ad byrod"],
      ["with و in front of the problem", "طلبت شاحن ووصل مكسور وبعدين اتجاهلتوا رسايلي"],
    ];
    for (const [name, text] of complaints) {
      it(`reads ${name} as a complaint, negative`, () => {
        // Act / Assess
        const result = expectKind(text, "complaint");
        expect(result.sentiment).toBe("negative");
      });
    }

    it("says the language is Arabic, in Arabic letters and in Arabizi", () => {
      // Act
      const script = classify("الطاولة وصلتني ورجلها مكسورة والكرتون مفتوح");
      const arabizi = classify("ana 3ayez a3raf el shohna bta3ti fein, ba2ali osbo3");

      // Assess
      expect(script.language).toBe("ar");
      expect(arabizi.language).toBe("ar");
    });
  });

  describe("folding", () => {
    it("matches a term however hamza, tatweel and ى/ة are typed", () => {
      // Act / Assess
      expect(fold("تأخّر الطلـــب")).toBe(fold("تاخر الطلب"));
      expect(fold("إلى الإمارات")).toBe("الي الامارات");
      expect(classify("تاخر الطلب كتير وما حدا رد").kind).toBe("complaint");
      expect(classify("تأخّر الطلـــب كتير وما حدا ردّ").kind).toBe("complaint");
    });
  });

  describe("urgency", () => {
    const urgent: [Classification["urgency"][number], string][] = [
      ["legal", "إذا ما انحلت المشكلة خلال يومين بقدم شكوى لوزارة التجارة"],
      ["legal", "هروح جهاز حماية المستهلك وأعمل محضر، كفاية كده"],
      ["safety", "الدفاية اللي اشتريتها ولعت في الصالة وابني كان جنبها"],
      ["churn", "خلاص بنقل خطي لشركة ثانية آخر الشهر"],
      ["press", "أنا صحفي وأكتب تقرير عن تأخير الاستردادات عندكم"],
      ["repeat", "تالت مرة أكتبلكم على نفس الموضوع ومحدش بيرد"],
    ];
    for (const [urgency, text] of urgent) {
      it(`flags ${urgency} on a complaint: "${text.slice(0, 30)}…"`, () => {
        // Act
        const result = expectKind(text, "complaint");

        // Assess
        expect(result.urgency).toContain(urgency);
      });
    }

    it("does not take slang fire, a glass table or a double charge for urgency", () => {
      // Act
      const fire = classify("العرض الجديد نار 🔥 تسلموا");
      const glass = classify("هل الطاولة الزجاج متوفرة بمقاس أكبر؟");
      const twice = classify("انسحب المبلغ مرتين من البطاقة");

      // Assess
      expect(fire.urgency).toEqual([]);
      expect(glass.urgency).toEqual([]);
      expect(twice.urgency).not.toContain("repeat");
    });
  });

  describe("sensitive data", () => {
    it("flags a complaint that gives a Saudi phone number to be called on", () => {
      // Act
      const result = expectKind("طلبي ما وصل، كلموني على 055 501 0123 لو سمحتم", "complaint");

      // Assess
      expect(result.sensitive).toBe(true);
      expect(result.sensitiveKinds).toContain("phone");
    });
  });

  describe("questions", () => {
    const questions: Case[] = [
      ["a delivery area", "توصلون للخبر؟ وكم يوم ياخذ؟"],
      ["opening hours, Egyptian", "الفرع بيقفل الساعة كام النهارده؟"],
      ["a worried but hypothetical question", "هل الدهان آمن لغرفة طفل رضيع؟"],
      ["a change before dispatch", "ممكن أغير لون الكنبة قبل الشحن؟"],
      ["Arabizi", "3andkom el lon el azra2?"],
    ];
    for (const [name, text] of questions) {
      it(`reads ${name} as a question`, () => {
        // Act / Assess
        expectKind(text, "question");
      });
    }
  });

  describe("praise", () => {
    const praise: Case[] = [
      ["thanks", "وصلت الطلبية اليوم وكل شي مرتب، يعطيكم العافية 🌹"],
      ["a problem put right", "الجوال وصلني شاشته مكسورة وبدلوه لي ثاني يوم، تعامل راقي"],
      ["an exclamation with ما", "ما أروع التغليف، تسلم إيديكم"],
      ["Maghrebi", "تبارك الله عليكم، خدمة مزيانة"],
    ];
    for (const [name, text] of praise) {
      it(`reads ${name} as praise, positive`, () => {
        // Act
        const result = expectKind(text, "praise");

        // Assess
        expect(result.sentiment).toBe("positive");
      });
    }
  });

  describe("spam and chatter", () => {
    it("reads a get-rich offer and a sorcerer's advert as spam", () => {
      // Act / Assess
      expectKind("اكسب 300 دولار يوميًا وأنت في منزلك، التفاصيل في الخاص", "spam");
      expectKind("شيخ روحاني مجرب لفك السحر وجلب الحبيب", "spam");
    });

    it("reads a reply to a friend and greetings from a country as other", () => {
      // Act / Assess
      expectKind("@reem_22 هذا اللون اللي قلتلك عليه 😂", "other");
      expectKind("تحياتي من تونس للجميع", "other");
    });
  });
});
