import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Classification, classify } from "../classify.ts";
import type { KindModel } from "../model.ts";

// Indonesian messages as customers write them to brands on social media: Jakarta slang, chat abbreviations, English
// mixed in, emoji (none of them is in the development set or the training corpus). `TRIAGE_MODEL=/tmp/model.json`
// runs them against a freshly trained model instead of the committed one.

type Case = [name: string, text: string];

const model: KindModel | undefined = process.env.TRIAGE_MODEL
  ? (JSON.parse(readFileSync(process.env.TRIAGE_MODEL, "utf8")) as KindModel)
  : undefined;

const classified = (text: string) => (model ? classify(text, { model }) : classify(text));

const expectKind = (text: string, kind: Classification["kind"]) => {
  // Act
  const result = classified(text);

  // Assess
  expect(result.kind, `${text}\n${result.reasons.join("; ")}`).toBe(kind);
  return result;
};

describe("classify in Indonesian", () => {
  describe("complaints", () => {
    const complaints: Case[] = [
      [
        "a broken product",
        "Rak buku yang saya pesan datang dalam keadaan retak dan sekrupnya kurang dua. Kecewa sekali",
      ],
      ["a complaint told as a question", "Min, pesenan sy kok blm dikirim jg ya? Udh 5 hari status masih dikemas"],
      ["sarcasm with praise words", "Mantap banget ya, tiap malem minggu internetnya mati. Konsisten 👍"],
      [
        "praise with a complaint",
        "Blendernya bagus sih, tapi baru dua minggu dipakai mesinnya udah bau gosong dan mati",
      ],
      ["a one-line demand in capitals", "BALIKIN DUIT SAYA SEKARANG"],
      ["English mixed in", "Udah request refund dari tanggal 3, sampe sekarang masih pending. Please follow up dong"],
      ["abbreviations", "ongkir udh dibyr tp brg gk dtg2, cs jg gk bls. gmn sih"],
      ["anger with no other word", "Nyesel banget belanja di sini, kapok!"],
      ["a delay told flatly", "Kereta berangkat telat 2 jam dan gak ada pengumuman sama sekali"],
    ];
    for (const [name, text] of complaints) {
      it(`reads ${name} as a complaint, negative`, () => {
        // Act / Assess
        const result = expectKind(text, "complaint");
        expect(result.sentiment).toBe("negative");
      });
    }

    it("says the language is Indonesian, slang and abbreviations included", () => {
      // Act
      const standard = classified("Paket saya belum sampai padahal sudah lewat dari estimasi pengiriman");
      const slang = classified("min ini kok udh seminggu brg blm nyampe jg sih, gimana dong");

      // Assess
      expect(standard.language).toBe("id");
      expect(slang.language).toBe("id");
    });
  });

  describe("urgency", () => {
    const urgent: [Classification["urgency"][number], string][] = [
      ["legal", "Kalau minggu ini dana saya gak dikembalikan, saya laporkan ke YLKI dan BPKN"],
      ["legal", "Bunga pinjaman dinaikkan tanpa pemberitahuan, sudah saya adukan ke OJK"],
      ["legal", "Saya sudah siapkan kuasa hukum, kita ketemu di pengadilan"],
      ["safety", "Rice cooker yang baru dibeli korsleting dan keluar api, dapur saya hampir kebakaran"],
      ["safety", "Anak saya muntah-muntah setelah makan nugget ini, sekarang di IGD"],
      ["churn", "Udah cukup, bulan ini saya pindah ke provider lain aja"],
      ["churn", "Tolong tutup rekening saya, saya gak mau jadi nasabah lagi"],
      ["press", "Saya jurnalis dan sedang meliput keluhan pelanggan soal tagihan listrik yang melonjak"],
      ["press", "Kalau gak ada solusi hari ini, kejadian ini bakal saya viralkan"],
      ["repeat", "Sudah berkali-kali saya telepon call center, jawabannya selalu disuruh nunggu"],
      ["repeat", "Ini udah ketiga kalinya saya komplain soal hal yang sama"],
    ];
    for (const [urgency, text] of urgent) {
      it(`flags ${urgency} on a complaint: "${text.slice(0, 40)}…"`, () => {
        // Act
        const result = expectKind(text, "complaint");

        // Assess
        expect(result.urgency).toContain(urgency);
      });
    }

    it("does not take a lawyer shopping, a house move or slang praise for urgency", () => {
      // Act
      const lawyer = classified("Saya pengacara dan butuh lemari arsip yang besar, ada stok yang warna hitam?");
      const moving = classified("Bulan depan saya pindah ke Bandung, bisa ganti alamat langganan internetnya?");
      const slang = classified("Keren parah pelayanannya, cepet banget ditanggapi 🔥");

      // Assess
      expect(lawyer.urgency).toEqual([]);
      expect(lawyer.kind).toBe("question");
      expect(moving.urgency).toEqual([]);
      expect(slang.urgency).toEqual([]);
    });

    it('does not take "asap" for smoke in an English phrase', () => {
      // Act
      const result = classified("Tolong di-fix asap ya min, aplikasinya crash terus tiap buka keranjang");

      // Assess
      expect(result.kind).toBe("complaint");
      expect(result.urgency).not.toContain("safety");
    });
  });

  describe("sensitive data", () => {
    it("flags a complaint that gives a phone number to be called on", () => {
      // Act
      const result = expectKind(
        "Internet mati dari kemarin, tolong teknisinya hubungi saya di 0812-5550-0167",
        "complaint",
      );

      // Assess
      expect(result.sensitive).toBe(true);
      expect(result.sensitiveKinds).toContain("phone");
    });
  });

  describe("questions", () => {
    const questions: Case[] = [
      ["a delivery area", "Kak, bisa kirim ke Kupang gak? Kira-kira berapa hari sampainya?"],
      ["opening hours", "Cabang Malang buka sampai jam berapa kalau hari Sabtu?"],
      ["a worried but hypothetical question", "Apakah cat tembok ini aman untuk kamar bayi?"],
      ["a change before dispatch", "Boleh ganti warna pesanan sebelum dikirim? Mau yang hijau aja"],
      ["a payment option", "Bisa bayar pakai paylater gak min?"],
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
      ["thanks", "Terima kasih banyak, lemarinya kokoh dan pemasangnya ramah sekali 😍"],
      [
        "a problem put right",
        "Kemarin kopernya ketinggalan di Bali, tapi besoknya langsung diantar ke hotel. Salut sama timnya!",
      ],
      ["slang", "Mantul gan, packing rapi dan pengiriman kilat 🔥🔥"],
      ["no regret", "Gak nyesel langganan di sini, sinyalnya stabil terus"],
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
    it("reads an online gambling advert as spam", () => {
      // Act / Assess
      expectKind("Situs slot gacor paling gampang maxwin, deposit 10rb langsung main 🔥", "spam");
    });

    it("reads a loan offer and a follow-back request as spam", () => {
      // Act / Assess
      expectKind("Butuh dana darurat? Pinjaman cepat cair tanpa jaminan, proses 5 menit", "spam");
      expectKind("Yuk saling follow kak, pasti follback", "spam");
    });

    it("reads a reply to a friend and a greeting from a town as other", () => {
      // Act / Assess
      expectKind("@dinda_ay wkwk ini mah kamu banget", "other");
      expectKind("Salam dari Pontianak semuanya 👋", "other");
    });
  });
});
