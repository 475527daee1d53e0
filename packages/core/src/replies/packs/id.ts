import { type LanguagePack, twoDigits, unitText } from "./pack.ts";

/**
 * Indonesian, as the care accounts of Indonesian marketplaces, operators, ride-hailing apps and banks (Tokopedia,
 * Shopee, Telkomsel, GoTo, BCA) write on X, Instagram and Facebook.
 *
 * Register: "Hai Kak {firstName}," with "Kakak" for the customer in the rest of the text. "Kak" (from "kakak", elder
 * sibling) is the respectful, warm and gender-neutral address every big Indonesian care account uses; "Bapak/Ibu"
 * would need the customer's gender and age, and "Anda" reads cold and bureaucratic on social media. Without a name the
 * greeting stays "Hai Kak," (the name alone is dropped), which is just as natural, so no rewording is needed. The brand
 * is "kami" (the exclusive we, never "kita", which would include the customer), and actions the team takes are often
 * in the object-focus form care teams write ("akan kami sampaikan", "sudah kami terima"). Empathy is the usual "mohon
 * maaf atas ketidaknyamanannya" / "atas kendala yang Kakak alami" (sorry for the inconvenience, for the trouble you
 * had) or "kami ikut prihatin", never "atas kesalahan kami" (our mistake): sympathy, not an admission of fault.
 * Thanks for praise ("terima kasih atas apresiasinya") carry no "maaf". Standard Indonesian with the light warmth of
 * social media ("Wah,"), none of the Jakarta slang ("gak", "udah") a brand would not write.
 *
 * Durations: "dalam 30 menit", "dalam 1 jam", "dalam 2 hari": Indonesian nouns take no plural after a number.
 * Moments: "paling lambat hari Senin pukul 09.30", the weekday from Intl and the time with a full stop, as Indonesian
 * spelling (PUEBI) and every Indonesian brand writes the time of day.
 */
export const id: LanguagePack = {
  locale: "id",
  within: (ms) =>
    `dalam ${unitText("id", ms, { minute: { other: "menit" }, hour: { other: "jam" }, day: { other: "hari" } })}`,
  by: ({ weekday, hour, minute }) => `paling lambat hari ${weekday} pukul ${twoDigits(hour)}.${twoDigits(minute)}`,
  nextSteps: {
    "acknowledge-complaint": "Tim layanan pelanggan kami akan membalas Kakak di sini {answerTime}.",
    "acknowledge-question": "Tim kami akan menjawab pertanyaan Kakak di sini {answerTime}.",
    "acknowledge-message": "Tim kami akan membaca pesan Kakak dan membalasnya di sini {answerTime}.",
    "invite-private":
      "Kami sudah mengirimkan pesan pribadi (DM) ke Kakak: cukup balas di sana, dan tim kami akan membantu {answerTime}.",
    "private-next-step":
      "Silakan ceritakan di sini hal-hal yang perlu kami ketahui, dan tim layanan pelanggan kami akan membalas {answerTime}.",
    thank: "Pesan Kakak akan kami sampaikan ke seluruh tim.",
  },
  templates: {
    "acknowledge-complaint": [
      "Hai Kak {firstName}, mohon maaf atas ketidaknyamanannya[, kami memahami kekecewaan Kakak]. {nextStep} {signature}",
      "Hai Kak {firstName}, mohon maaf atas kendala yang Kakak alami[, dan terima kasih sudah memberi tahu kami]. Tim kami akan segera mengecek dan membalas Kakak di sini {answerTime}. {signature}",
      "Hai Kak {firstName}, kami ikut prihatin mendengar hal ini[ dan ingin membantu menyelesaikannya]. Balasan dari tim layanan pelanggan kami akan Kakak terima di sini {answerTime}. {signature}",
      "Hai Kak {firstName}, mohon maaf atas ketidaknyamanannya[, dan terima kasih sudah menyampaikannya]. Pesan Kakak sudah kami terima, dan tim kami akan membalas di sini {answerTime}. {signature}",
    ],
    "acknowledge-question": [
      "Hai Kak {firstName}, terima kasih atas pertanyaannya! [Dengan senang hati kami bantu. ]{nextStep} {signature}",
      "Hai Kak {firstName}, pertanyaan yang bagus[, terima kasih sudah bertanya]! Tim kami akan mengecek dan menjawabnya di sini {answerTime}. {signature}",
      "Hai Kak {firstName}, terima kasih sudah menghubungi kami[, kami senang bisa membantu]! Jawaban dari tim kami akan Kakak terima di sini {answerTime}. {signature}",
    ],
    "acknowledge-message": [
      "Hai Kak {firstName}, terima kasih atas pesannya! [Pesan Kakak sudah kami terima. ]{nextStep} {signature}",
      "Hai Kak {firstName}, terima kasih sudah menghubungi kami[, kami sangat menghargainya]. Tim kami akan membaca pesan Kakak dan membalas di sini {answerTime}. {signature}",
      "Hai Kak {firstName}, terima kasih sudah menyapa kami! [Pesan Kakak sudah kami teruskan ke tim. ]Kami akan membalas di sini {answerTime}. {signature}",
    ],
    "invite-private": [
      "Hai Kak {firstName}, mohon maaf atas ketidaknyamanannya[, kami ingin segera membantu]. {nextStep} {signature}",
      "Hai Kak {firstName}, mohon maaf atas kendala yang Kakak alami[, dan terima kasih sudah memberi tahu kami]. Kami sudah mengirimkan pesan pribadi agar bisa mengecek lebih lanjut; tim kami akan membalas di sana {answerTime}. {signature}",
      "Hai Kak {firstName}, kami ikut prihatin mendengar hal ini. Kami sudah mengirimkan DM ke Kakak[ agar bisa membantu lebih detail]: silakan lanjutkan percakapan di sana, dan tim kami akan membalas {answerTime}. {signature}",
    ],
    "private-next-step": [
      "Hai Kak {firstName}, [terima kasih sudah menghubungi kami, dan ]mohon maaf atas ketidaknyamanannya. {nextStep} {signature}",
      "Hai Kak {firstName}, mohon maaf atas kendala ini. Kakak bisa menceritakan semua detailnya di sini[, percakapan ini bersifat pribadi]. Tim layanan pelanggan kami akan membalas {answerTime}. {signature}",
      "Hai Kak {firstName}, kami ikut prihatin atas kejadian ini[ dan ingin segera membantu]. Silakan balas pesan ini dengan informasi yang bisa membantu kami, dan tim kami akan membalas di percakapan ini {answerTime}. {signature}",
    ],
    thank: [
      "Terima kasih banyak, Kak {firstName}! Senang sekali mendengarnya. [{nextStep} ]{signature}",
      "Wah, terima kasih, Kak {firstName}! Kata-kata Kakak membuat kami makin semangat[, dan pasti akan kami sampaikan ke seluruh tim]. {signature}",
      "Hai Kak {firstName}, terima kasih atas apresiasinya! Pesan Kakak akan kami teruskan ke seluruh tim[, ini sangat berarti bagi mereka]. {signature}",
    ],
  },
  // Folded text: lower case, hyphens as spaces, "e-mail" as "email". A private message on the same platform ("DM
  // kami", "kirim pesan langsung", "balas DM ini") keeps the customer where they wrote and is not among them; a
  // technician who will phone the customer ("teknisi kami akan menelepon Kakak") is not sending them elsewhere either.
  deflections: [
    {
      label: "telepon kami",
      pattern:
        "(?:silakan |silahkan |mohon |bisa |dapat )?(?:telepon|telpon|telfon|tlp|telp|call) (?:kami|ke kami|kantor kami|cs kami|ke (?:nomor|no|call center|cs|customer service|layanan pelanggan|hotline|halo|\\d+))",
    },
    {
      label: "hubungi kami di nomor atau email",
      pattern:
        "hubungi (?:kami )?(?:kembali )?(?:di|ke|melalui|lewat|via|pada) (?:nomor|no|telepon|telpon|telp|tlp|email|surel|alamat email|call center|contact center|hotline|whatsapp|wa|line|website|situs|web|laman|kantor|cabang|gerai|\\+?\\d+)",
    },
    {
      label: "hubungi call center kami",
      pattern:
        "(?:hubungi|hubungilah|kontak) (?:ke )?(?:call center|contact center|cs|customer service|customer care|layanan pelanggan|pusat layanan|hotline|halo|nomor|no|kantor|cabang|\\d+)",
    },
    {
      label: "kirim email ke kami",
      pattern:
        "(?:kirim|kirimkan|kirimin|email|emailkan|surati|tulis) (?:\\p{L}+ ){0,3}?(?:ke|kepada|melalui|lewat|via) (?:email|surel|alamat email|alamat surel|kotak masuk email)|(?:kirim|kirimkan|kirimin) (?:kami |ke kami )?(?:email|surel|e surat)|email (?:ke|kepada) (?:kami|cs|customer service|layanan pelanggan|alamat)",
    },
    {
      label: "alamat email kami",
      pattern:
        "(?:alamat )?(?:email|surel) (?:resmi )?kami|(?:melalui|lewat|via|ke) (?:email|surel)|alamat (?:email|surel) (?:resmi|berikut|di bawah)",
    },
    {
      label: "chat WhatsApp kami",
      pattern:
        "(?:chat|hubungi|kontak|kirim pesan (?:ke|lewat|melalui|via)) (?:ke )?(?:nomor )?(?:whatsapp|wa)|(?:whatsapp|wa) (?:resmi |official )?(?:kami|cs)|(?:melalui|lewat|via) (?:whatsapp|wa)",
    },
    {
      label: "call center kami",
      pattern:
        "(?:call center|contact center|hotline|nomor layanan|nomor cs|nomor customer service|nomor pengaduan|layanan telepon) (?:resmi )?(?:kami|\\d+)|(?:call center|contact center|hotline) 24 jam|bebas pulsa|toll free",
    },
    {
      label: "kunjungi website kami",
      pattern:
        "(?:kunjungi|buka|akses|cek|lihat|masuk ke) (?:halaman |laman )?(?:website|situs|web|laman|web site)|(?:di|ke|melalui|lewat|via) (?:website|situs|laman|web) (?:resmi )?kami|pusat bantuan (?:kami|di)",
    },
    {
      label: "datang ke kantor cabang",
      pattern:
        "(?:kunjungi|datang ke|datangi|mampir ke|pergi ke|silakan ke) (?:kantor |gerai |toko )?(?:kantor|cabang|gerai|grapari|toko|outlet|store|service center|pusat servis)(?: kami| terdekat)?",
    },
    {
      label: "isi formulir",
      pattern:
        "(?:isi|mengisi|isikan|lengkapi) (?:\\p{L}+ )?(?:formulir|form)|(?:formulir|form) (?:pengaduan|keluhan|kontak|online|daring)",
    },
  ],
};
