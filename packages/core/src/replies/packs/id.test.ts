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
import { id } from "./id.ts";
import type { DefaultTemplate } from "./pack.ts";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const signature = "Maximiliane, Tidewell Care Tea"; // 30 characters, the longest we expect
const longName = "Maximiliane";
const monday0230Utc = new Date("2026-03-02T02:30:00Z"); // 09:30 in Jakarta (WIB, UTC+7)
const sunday1145Utc = new Date("2026-03-08T11:45:00Z"); // 18:45 in Jakarta, 19:45 in Makassar (WITA, UTC+8)

type Scope = { purpose: ReplyPurpose; kind: CaseKind; unread?: boolean };

const purposes: (Scope & { statesTime: boolean })[] = [
  { purpose: "acknowledge", kind: "complaint", statesTime: true },
  { purpose: "acknowledge", kind: "question", statesTime: true },
  { purpose: "acknowledge", kind: "other", unread: true, statesTime: true },
  { purpose: "invite-private", kind: "complaint", statesTime: true },
  { purpose: "private-next-step", kind: "complaint", statesTime: true },
  { purpose: "thank", kind: "praise", statesTime: false },
];

const caseIds = Array.from({ length: 200 }, (_, i) => `c_id_${i}`);

const render = (input: Scope & Partial<TemplateInput>): RenderedReply =>
  renderTemplate({
    language: "id",
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

const templateOf = ({ purpose, kind, unread }: Scope): DefaultTemplate =>
  purpose === "acknowledge"
    ? unread
      ? "acknowledge-message"
      : kind === "question"
        ? "acknowledge-question"
        : "acknowledge-complaint"
    : purpose;

const nameOf = (scope: Scope) => `${templateOf(scope)} (${scope.kind})`;

const deflected = (text: string) =>
  checkOutgoing(text, { platform: "facebook" }).problems.some(({ code }) => code === "deflection");

describe("Indonesian pack: answer times", () => {
  const table: [string, number, string][] = [
    ["1 minute", minute, "dalam 1 menit"],
    ["30 minutes", 30 * minute, "dalam 30 menit"],
    ["59 minutes", 59 * minute, "dalam 59 menit"],
    ["1 hour", hour, "dalam 1 jam"],
    ["90 minutes", 90 * minute, "dalam 2 jam"],
    ["2 hours", 2 * hour, "dalam 2 jam"],
    ["23 hours", 23 * hour, "dalam 23 jam"],
    ["2 days", 2 * day, "dalam 2 hari"],
    ["3 days", 3 * day, "dalam 3 hari"],
    ["11 days", 11 * day, "dalam 11 hari"],
  ];

  for (const [name, ms, expected] of table) {
    it(`says "${expected}" for ${name}, the noun without a plural, in the reply too`, () => {
      // Act
      const phrase = id.within(ms);
      const text = renderReply({
        purpose: "acknowledge",
        kind: "complaint",
        language: "id",
        firstName: "Putri",
        signature,
        answerWithinMs: ms,
      });

      // Assess
      expect(phrase).toBe(expected);
      expect(text).toContain(` ${expected}.`);
      // Never the reduplicated plural or an English unit.
      expect(text).not.toMatch(/jam-jam|hari-hari|menit-menit|hours|days/);
    });
  }

  it("gives the weekday from Intl: Senin to Minggu", () => {
    // Prepare
    const week = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 2, 2 + i, 3)));

    // Act
    const names = week.map((date) =>
      new Intl.DateTimeFormat(id.locale, { weekday: "long", timeZone: "Asia/Jakarta" }).format(date),
    );

    // Assess
    expect(names).toEqual(["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]);
  });

  it('says "paling lambat hari Senin pukul 09.30" when the queue is closed, the time with a full stop', () => {
    // Act
    const jakarta = render({
      purpose: "acknowledge",
      kind: "complaint",
      answerBy: monday0230Utc,
      timeZone: "Asia/Jakarta",
    });
    const question = render({
      purpose: "acknowledge",
      kind: "question",
      answerBy: monday0230Utc,
      timeZone: "Asia/Jakarta",
    });
    const makassar = render({
      purpose: "private-next-step",
      kind: "complaint",
      answerBy: sunday1145Utc,
      timeZone: "Asia/Makassar",
    });

    // Assess
    expect(jakarta.text).toContain(" paling lambat hari Senin pukul 09.30.");
    expect(question.text).toContain(" paling lambat hari Senin pukul 09.30.");
    expect(makassar.text).toContain(" paling lambat hari Minggu pukul 19.45.");
    expect(jakarta.text).not.toContain("dalam ");
    expect(jakarta.text).not.toMatch(/\d:\d/);
  });

  it("pads hours and minutes to two digits", () => {
    // Act / Assess
    expect(id.by({ weekday: "Selasa", hour: 8, minute: 0 })).toBe("paling lambat hari Selasa pukul 08.00");
    expect(id.by({ weekday: "Jumat", hour: 13, minute: 5 })).toBe("paling lambat hari Jumat pukul 13.05");
    expect(id.by({ weekday: "Sabtu", hour: 0, minute: 45 })).toBe("paling lambat hari Sabtu pukul 00.45");
  });

  it("reads the same in every variant: nothing between the time and the full stop", () => {
    // Prepare
    const scopes = purposes.filter(({ statesTime }) => statesTime);

    // Act
    const texts = scopes.flatMap((scope) =>
      seedPerVariant(scope).map(
        (seed) => render({ ...scope, seed, answerBy: monday0230Utc, timeZone: "Asia/Jakarta" }).text,
      ),
    );

    // Assess
    expect(texts.length).toBeGreaterThanOrEqual(16);
    for (const text of texts) expect(text).toMatch(/ paling lambat hari Senin pukul 09\.30\. /);
  });
});

describe("Indonesian pack: every template and variant", () => {
  for (const scope of purposes) {
    const { statesTime } = scope;

    it(`${nameOf(scope)}: greets "Hai Kak" with and without a name, states the time, signs, passes the guard`, () => {
      // Prepare
      const seeds = seedPerVariant(scope);
      const customerText =
        "Pesanan INV/20260302/MPL/4821305 belum sampai! Email saya putri.lestari@example.com, HP 0812-5550-0134, Jl. Melati No. 12, RT 03/RW 05, Kebayoran Baru, Jakarta Selatan 12130";

      // Act
      const replies = seeds.flatMap((seed) => [
        render({ ...scope, seed, firstName: "Putri" }).text,
        render({ ...scope, seed }).text,
      ]);

      // Assess
      expect(seeds.filter(Boolean)).toHaveLength((id.templates[templateOf(scope)] as readonly string[]).length);
      expect(seeds.length).toBeGreaterThanOrEqual(3);
      replies.forEach((text, index) => {
        const named = index % 2 === 0;
        if (named)
          expect(text).toMatch(
            /^(?:Hai Kak Putri, \p{Ll}|(?:Terima kasih banyak|Wah, terima kasih), Kak Putri! \p{Lu})/u,
          );
        else expect(text).toMatch(/^(?:Hai Kak, \p{Ll}|(?:Terima kasih banyak|Wah, terima kasih), Kak! \p{Lu})/u);
        expect(text.endsWith(` ${signature}`)).toBe(true);
        expect(text).not.toMatch(/[{}[\]]|undefined|\s{2}| [,.:;!?]|,\s*[,.:;!?]|^\s|Kak Kak/);
        // The brand is "kami", the customer "Kak"/"Kakak": never the cold "Anda" nor the inclusive "kita".
        expect(text).not.toMatch(/\b(?:Anda|anda|kita|Bapak|Ibu)\b/);
        if (statesTime) expect(text).toContain("dalam 1 jam");
        expect(checkOutgoing(text, { platform: "x", customerText })).toEqual({ ok: true, problems: [] });
        expect(detectLanguageOf(text).language).toBe("id");
      });
    });

    it(`${nameOf(scope)}: every variant fits X with a long name, "2 hari" or a weekday moment`, () => {
      // Prepare
      const seeds = seedPerVariant(scope);
      const times: Partial<TemplateInput>[] = [
        { answerWithinMs: 2 * day },
        { answerWithinMs: 59 * minute },
        { answerBy: monday0230Utc, timeZone: "Asia/Jakarta" },
        { answerBy: sunday1145Utc, timeZone: "Asia/Jayapura" },
      ];

      // Act
      const replies = seeds.flatMap((seed) =>
        times.map((time) => render({ ...scope, seed, platform: "x", firstName: longName, ...time })),
      );

      // Assess
      for (const reply of replies) {
        expect(reply).toMatchObject({ fits: true, form: "chosen", language: "id" });
        expect(countCharacters(reply.text, "x")).toBeLessThanOrEqual(280);
      }
    });

    it(`${nameOf(scope)}: the compact form still greets, states the time and signs`, () => {
      // Prepare: the shortest signature for which no variant fits X as written.
      const tooLong = (sig: string) => render({ ...scope, platform: "x", firstName: longName, signature: sig });
      let sig = "Sam";
      while (tooLong(sig).form !== "compact") sig += " Sam";

      // Act
      const reply = tooLong(sig);

      // Assess
      expect(reply).toMatchObject({ fits: true, form: "compact", language: "id" });
      expect(reply.text).toMatch(
        /^(?:Hai Kak Maximiliane, |(?:Terima kasih banyak|Wah, terima kasih), Kak Maximiliane! )/,
      );
      expect(reply.text.endsWith(` ${sig}`)).toBe(true);
      if (statesTime) expect(reply.text).toContain("dalam 1 jam");
      expect(reply.text).not.toMatch(/[{}[\]]| [,.:;!]|,[,.:;!]|;\s*\./);
    });
  }

  it("shows empathy (mohon maaf, prihatin) for a complaint and a private conversation, never for praise", () => {
    // Prepare
    const texts = (scope: Scope) => seedPerVariant(scope).map((seed) => render({ ...scope, seed }).text);

    // Act
    const complaint = texts({ purpose: "acknowledge", kind: "complaint" });
    const invite = texts({ purpose: "invite-private", kind: "complaint" });
    const privately = texts({ purpose: "private-next-step", kind: "complaint" });
    const question = texts({ purpose: "acknowledge", kind: "question" });
    const thanks = texts({ purpose: "thank", kind: "praise" });

    // Assess
    for (const text of [...complaint, ...invite, ...privately]) expect(text).toMatch(/mohon maaf|prihatin/);
    for (const text of invite) expect(text).toMatch(/pesan pribadi|\bDM\b/);
    for (const text of [...thanks, ...question]) expect(text).not.toMatch(/maaf|prihatin|kendala/);
    for (const text of thanks) expect(text).toMatch(/terima kasih/i);
  });

  it("never admits fault: no 'kesalahan kami', no 'kami lalai'", () => {
    // Prepare
    const all = Object.values(id.templates).flat().join("\n") + Object.values(id.nextSteps).join("\n");

    // Act / Assess
    expect(all).not.toMatch(/kesalahan kami|kelalaian|kami lalai|kami salah/);
  });

  it("answers an unread message with thanks and a person's answer, nothing about a problem", () => {
    // Act
    const texts = seedPerVariant({ purpose: "acknowledge", kind: "other", unread: true }).map(
      (seed) => render({ purpose: "acknowledge", kind: "other", unread: true, seed, firstName: "Putri" }).text,
    );

    // Assess
    for (const text of texts) {
      expect(text).toMatch(/terima kasih/);
      expect(text).toMatch(/membalas/);
      expect(text).not.toMatch(/maaf|kendala|keluhan|pertanyaan|masalah/);
    }
  });
});

describe("Indonesian pack: deflections", () => {
  const refused: Record<string, string[]> = {
    "telepon kami": [
      "Halo Kak Rina, silakan telepon kami agar bisa dibantu lebih cepat.",
      "Kakak bisa telpon ke nomor yang ada di belakang kartu.",
      "Mohon telp ke call center untuk verifikasi data.",
      "Boleh call kami di jam kerja ya, Kak.",
      "Silahkan telepon ke 14045 untuk pemblokiran kartu.",
    ],
    "hubungi kami di nomor atau email": [
      "Untuk info lebih lanjut, hubungi kami di nomor yang tertera di aplikasi.",
      "Silakan hubungi kami melalui email dengan melampirkan bukti transfer.",
      "Hubungi kami via WhatsApp ya Kak.",
      "Kakak bisa hubungi kami lewat website resmi.",
      "Hubungi kami kembali di nomor 0800-1-555-0134.",
    ],
    "hubungi call center kami": [
      "Silakan hubungi Call Center kami untuk pengecekan lebih lanjut.",
      "Mohon hubungi CS kami di jam operasional.",
      "Hubungi Halo BCA untuk pemblokiran kartu ya.",
      "Hubungilah layanan pelanggan untuk refund.",
      "Hubungi 188 dari nomor Telkomsel Kakak.",
      "Silakan kontak customer service kami.",
      "Untuk keluhan jaringan, hubungi kantor cabang terdekat.",
    ],
    "kirim email ke kami": [
      "Mohon kirimkan bukti pembayaran ke email kami.",
      "Kirim email ke kami dengan subjek nomor pesanan.",
      "Silakan tulis keluhan Kakak melalui email.",
      "Kakak bisa kirim e-mail dengan lampiran foto barang.",
      "Email ke customer service dengan melampirkan KTP.",
    ],
    "alamat email kami": [
      "Alamat email kami tertera di halaman profil.",
      "Kirimkan dokumennya lewat surel ya, Kak.",
      "Detailnya bisa dikirim via e-mail.",
      "Surel resmi kami hanya satu, mohon berhati-hati.",
    ],
    "chat WhatsApp kami": [
      "Silakan chat WhatsApp kami untuk respons lebih cepat.",
      "Kakak bisa chat ke nomor WA yang ada di bio.",
      "WA CS kami aktif 24 jam.",
      "Boleh kirim pesan lewat WhatsApp ya, Kak.",
      "Konfirmasi pembayaran melalui WA saja.",
    ],
    "call center kami": [
      "Call center kami siap membantu 24 jam.",
      "Hotline 24 jam tersedia untuk pengaduan.",
      "Nomor pengaduan kami ada di belakang kartu.",
      "Layanan ini bebas pulsa dari semua operator.",
      "Silakan gunakan nomor toll-free yang tertera.",
    ],
    "kunjungi website kami": [
      "Untuk promo lengkap, kunjungi website kami.",
      "Kakak bisa cek situs resmi untuk status pengiriman.",
      "Informasinya ada di laman kami, bagian FAQ.",
      "Silakan ajukan refund melalui website resmi kami.",
      "Buka halaman web kami lalu pilih menu Bantuan.",
      "Cek Pusat Bantuan di aplikasi ya, Kak.",
    ],
    "datang ke kantor cabang": [
      "Silakan datang ke kantor cabang terdekat dengan membawa KTP.",
      "Kakak bisa kunjungi GraPARI terdekat untuk ganti kartu.",
      "Mohon datang ke service center kami dengan membawa nota.",
      "Bawa barangnya ke outlet terdekat ya, Kak: silakan ke gerai terdekat.",
      "Mampir ke toko kami di Grand Indonesia untuk tukar ukuran.",
    ],
    "isi formulir": [
      "Silakan isi formulir pengaduan di aplikasi.",
      "Mohon lengkapi form yang kami sediakan.",
      "Kakak perlu mengisi formulir klaim terlebih dahulu.",
      "Keluhan bisa disampaikan lewat form online.",
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
    expect(id.deflections.map(({ label }) => label).sort()).toEqual(Object.keys(refused).sort());
  });

  it("lets through ordinary replies and invitations to a private message on the same platform", () => {
    // Prepare
    const fine = [
      "Hai Kak Rina, kami sudah mengirimkan pesan pribadi (DM), silakan balas di sana ya.",
      "Boleh DM kami nomor pesanannya, Kak? Kami cek segera.",
      "Silakan kirim pesan langsung ke akun ini, tim kami siap membantu.",
      "Balas DM ini dengan foto barangnya ya, Kak.",
      "Teknisi kami akan menelepon Kakak besok pagi untuk mengatur jadwal kunjungan.",
      "Tim kami akan menghubungi Kakak lewat pesan ini setelah pengecekan selesai.",
      "Jika masih ada kendala, silakan hubungi kami kembali di sini ya, Kak.",
      "Mohon maaf, website kami sedang mengalami gangguan dan sedang kami perbaiki.",
      "Kurir akan datang ke rumah Kakak hari ini antara pukul 13.00 dan 17.00.",
      "Pesanan Kakak sudah kami cek di sistem, paketnya sedang dalam perjalanan.",
      "Hai Kak Budi, mohon maaf atas ketidaknyamanannya. Tim layanan pelanggan kami akan membalas Kakak di sini dalam 1 jam.",
      "Terima kasih banyak, Kak Sari! Pesan Kakak akan kami sampaikan ke seluruh tim.",
    ];

    // Act
    const refusedTexts = fine.filter(deflected);

    // Assess
    expect(refusedTexts).toEqual([]);
  });
});
