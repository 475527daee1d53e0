import { describe, expect, it } from "vitest";
import { type Classification, classify } from "../classify.ts";

// Turkish messages as customers in Turkey write them on social media, with and without Turkish letters, English mixed
// in (none of them is in the development set or the training corpus).

type Case = [name: string, text: string];

const expectKind = (text: string, kind: Classification["kind"]) => {
  // Act
  const result = classify(text);

  // Assess
  expect(result.kind, `${text}\n${result.reasons.join("; ")}`).toBe(kind);
  return result;
};

describe("classify in Turkish", () => {
  describe("complaints", () => {
    const complaints: Case[] = [
      ["a broken product", "Dolap kapağı menteşesinden kopmuş halde geldi, kutu da ezilmişti. Çok üzüldüm açıkçası"],
      [
        "a complaint told as a question",
        "Siparişimi ne zaman göndermeyi düşünüyorsunuz? 12 gündür hazırlanıyor yazıyor",
      ],
      ["a product failure in a question", "Daha 3 haftalık tost makinesi çalışmıyor, bu mu sizin kaliteniz?"],
      ["sarcasm with praise words", "Harika ya yine, üç gündür internet yok ama faturayı kesmeyi unutmuyorsunuz 👏"],
      ["praise with a complaint", "Ayakkabılar çok rahat ama bir haftada tabanı ayrıldı, dikişleri de açıldı"],
      ["the same complaint without Turkish letters", "kargom hala gelmedi, 9 gundur bekliyorum, kimse cevap vermiyor"],
      ["a one-line demand in capitals", "PARAMI GERİ İSTİYORUM"],
      ["anger alone", "Bıktım usandım sizden, yazıklar olsun"],
      ["English mixed in", "Tracking 5 gündür update olmuyor, paket nerede?"],
    ];
    for (const [name, text] of complaints) {
      it(`reads ${name} as a complaint, negative`, () => {
        // Act / Assess
        const result = expectKind(text, "complaint");
        expect(result.sentiment).toBe("negative");
      });
    }

    it("says the language is Turkish, with or without Turkish letters", () => {
      // Act
      const lettered = classify("Siparişim hâlâ gelmedi, iki haftadır bekliyorum");
      const plain = classify("siparisim hala gelmedi, iki haftadir bekliyorum");

      // Assess
      expect(lettered.language).toBe("tr");
      expect(plain.language).toBe("tr");
    });
  });

  describe("urgency", () => {
    const urgent: [Classification["urgency"][number], string][] = [
      ["legal", "Ayıplı ürünü değiştirmezseniz Tüketici Hakem Heyeti'ne başvuracağım, dilekçem hazır"],
      ["legal", "Avukatım size ihtarname gönderecek, 3 aydır paramı iade etmiyorsunuz"],
      ["safety", "Aldığım uzatma kablosu prizde alev aldı, çocuk odasındaydı"],
      ["churn", "Bu kadar kesintiden sonra hattımı başka operatöre taşıyorum, haberiniz olsun"],
      ["press", "Gazeteciyim, bu konuyu haber yapacağım; faturalardaki gizli ücretleri araştırıyorum"],
      ["press", "Bunu Şikayetvar'a da yazdım, madem burada cevap yok"],
      ["repeat", "Kaçıncı kez yazıyorum, iade talebim hâlâ sonuçlanmadı"],
      ["repeat", "Üç kere aradım, her seferinde geri arayacağız dendi, arayan yok"],
    ];
    for (const [urgency, text] of urgent) {
      it(`flags ${urgency} on a complaint: "${text.slice(0, 40)}…"`, () => {
        // Act
        const result = expectKind(text, "complaint");

        // Assess
        expect(result.urgency).toContain(urgency);
      });
    }

    it("does not take a crowd remark about reposts or a burnt joke for urgency", () => {
      // Act
      const repost = classify("Bu videoyu kaçıncı kez görüyorum ya 😂");
      const slang = classify("Fiyatları görünce aklım yandı, bu kadar ucuz olur mu 😍");

      // Assess
      expect(repost.urgency).toEqual([]);
      expect(slang.urgency).toEqual([]);
    });
  });

  describe("sensitive data", () => {
    it("flags a complaint that gives a phone number to be called on", () => {
      // Act
      const result = expectKind("Faturam yanlış geldi, beni 0555 010 19 28 numarasından arayın lütfen", "complaint");

      // Assess
      expect(result.sensitive).toBe(true);
      expect(result.sensitiveKinds).toContain("phone");
    });
  });

  describe("questions", () => {
    const questions: Case[] = [
      ["a delivery area", "Diyarbakır'a da gönderim yapıyor musunuz, kaç günde ulaşır?"],
      ["opening hours without a question mark", "Bayramda mağazalarınız açık mı acaba"],
      [
        "a worried but hypothetical question",
        "Bu oyuncaklarda küçük parça var mı? Oğlum 2 yaşında, her şeyi ağzına atıyor",
      ],
      ["a change before dispatch", "Kargoya verilmeden önce rengi griden beje çevirebilir miyim?"],
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
      ["thanks", "Siparişim bugün geldi, paketleme çok özenliydi. Teşekkürler 🙏"],
      [
        "a problem put right",
        "Lambanın camı kırık gelmişti, bir gün sonra yenisini gönderdiler. Emeğinize sağlık, böyle olmalı",
      ],
      ["slang", "Helal olsun size, kurye abi yağmurda bile tam vaktinde getirdi 🔥"],
      ["without Turkish letters", "cok memnun kaldim, herkese tavsiye ederim"],
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
    it("reads a get-rich post and a customs-fee phishing message as spam", () => {
      // Act / Assess
      expectKind("Evden çalışarak ayda 40.000 TL kazanmak isteyenler profilime baksın 💸", "spam");
      expectKind("Kargonuz gümrükte bekliyor, 24,90 TL gümrük ücretini ödeyin: teslimat-merkezi.example", "spam");
    });

    it("reads a reply to a friend and a greeting from a town as other", () => {
      // Act / Assess
      expectKind("@selin_ak bak işte dediğim masa bu 😄", "other");
      expectKind("Trabzon'dan herkese selamlar 👋", "other");
    });
  });

  describe("words of other languages", () => {
    it("does not read Spanish 'mi' as a Turkish question", () => {
      // Act / Assess
      expectKind("Me encanta mi sofá nuevo, gracias", "praise");
    });
  });
});
