import type { LanguageLexicon } from "./language.ts";

/**
 * Indonesian as customers write it to brands on social media: standard Indonesian next to the informal Jakarta register
 * ("gak", "nggak", "udah", "belom", "gimana", "kok", "sih", "dong", "banget"), chat abbreviations ("yg", "dgn", "tdk",
 * "blm", "sdh", "gk", "bgt", "udh"), and English mixed in ("refund", "cancel", "delay", "komplain", "di-hold",
 * "force close"). Verbs carry their voice in affixes (di-kirim passive, me-ngirim active, ke-...-an states such as
 * "kecewa", "keterlambatan"), objects and topics in "-nya" ("barangnya", "refundnya"), and plurals or persistence in
 * reduplication ("dateng-dateng", "muncul2"): the lists spell out the prefixed forms people use and put `*` on a stem
 * where only the ending varies ("kecewa*" for "kecewanya", "dikecewakan" needs its own entry). English words stand
 * only in phrases ("minta refund", "pesawat delay"), so that their single words do not count as Indonesian for language
 * detection. Terms that are praise as well as scorn ("parah", "gila": "keren parah" is very cool) stand as problems
 * only in phrases that settle the sense, and the neutral list takes the praising forms away first. Regret ("nyesel") is a problem word, not anger: the
 * anger list is read before the neutral one, and "gak nyesel" (no regrets) is praise.
 */
export const id: LanguageLexicon = {
  language: "id",
  // Merged with functionWords.id of language.ts: the informal words, particles and abbreviations of chats and comments.
  functionWords:
    "gue|gw|gua|lu|loe|elo|nih|tuh|deh|dong|sih|kok|lho|loh|mah|yuk|yah|wkwk|wkwkwk|bgt|bener|beneran|emang|" +
    "kayak|gitu|gini|doang|aja|udh|blm|belom|sdh|gk|ngga|engga|utk|krn|jg|sy|kalian|kakak|mimin|mbak|mba|" +
    "sebenernya|padahal|kemarin|kemaren|sekarang|tolong|terus|trus|tapi|tp|katanya|lagi|banget|juga|cuma|" +
    "soalnya|makanya|gimana|gmn|knp|kenapa|bagaimana|mohon|silakan|terima|kasih|makasih|pesanan|pesenan|" +
    // Everyday content words of shop talk, which Indonesian shares with none of the other eleven.
    "beli|dibeli|dapet|dapat|diskon|buat|pinjaman|cepat|cepet|cair|tanpa|hubungi|cari|kecil|untung|besar|klik|" +
    "bulan|mulai|pribadi|murah|mahal|tugas|bagi|cukup|teman|temen|jasa|bintang|pelayanan|pelayanannya|keren|abis|" +
    "habis|investasi|dijamin|cek|jual|harga|semua|lebih|orang|rumah|kerja|rekening|tagihan|pulsa|kuota|ongkir|" +
    "kurir|toko|bayar|dibayar|nomor|akun|tunggu|nunggu|menunggu|datang|dateng|hilang|rusak|pecah|jelek|enak|" +
    "cantik|suka|senang|seneng|puas|hadiah|selamat|menang|daftar|menit|pagi|siang|sore|malam|besok|tahun|pesan|" +
    "pesen|pelanggan|layanan|aplikasi|kartu|tiket|penerbangan|pesawat|makanan|makan|listrik|sinyal|jaringan|" +
    "sampe|nyampe|belanja|barangnya|paketnya|uangnya|sekali|gratis ongkir|gak|nggak|udah|kalau|kalo",

  product:
    "rusak|rusak parah|rusaknya|cacat|cacat produksi|pecah|pecah semua|retak|patah|sobek|robek|bolong|berlubang|" +
    "penyok|peyok|lecet|baret|tergores|luntur|kusam|berjamur|jamuran|basi|busuk|kadaluarsa|kedaluwarsa|" +
    "udah expired|sudah expired|mati total|gak nyala|ga nyala|nggak nyala|tidak menyala|gak mau nyala|" +
    "gak bisa dipake|gak bisa dipakai|ga bisa dipake|tidak bisa dipakai|tidak bisa digunakan|gak berfungsi|" +
    "ga berfungsi|tidak berfungsi|nggak berfungsi|eror|error terus|sering error|selalu error|ngadat|hang terus|" +
    "sering hang|lemot|lelet|force close|bergaris|bergaris garis|goyang|oleng|miring|longgar|kendor|copot|" +
    "lepas semua|mangap|jebol|bocor|rembes|gak sesuai|ga sesuai|nggak sesuai|tidak sesuai|gk sesuai|" +
    "beda sama yg di foto|beda sama yang di foto|beda sama foto|beda dengan foto|beda dgn foto|berbeda dengan foto|" +
    "gak kayak di foto|tidak seperti di foto|salah kirim|salah ukuran|salah size|salah warna|salah barang|" +
    "kurang satu|kurang 1|cuma datang|cuma dateng|yang datang cuma|yg dateng cuma|yang dateng cuma|" +
    "gak lengkap|ga lengkap|tidak lengkap|kurang lengkap|palsu|barang palsu|abal abal|kw|kualitas jelek|" +
    "kualitasnya jelek|kualitas buruk|kualitasnya buruk|jelek|jelek banget|jelek bgt|murahan|kemasan rusak|" +
    "dateng dingin|datang dingin|udah dingin|sudah dingin|tumpah|tumpah semua|ada rambut|isinya rambut|ada kecoa|" +
    "ada ulat|ada belatung|ada noda|nodanya|noda kuning|kotor|berdebu|bau rokok|bau apek|bau banget|gak dingin|" +
    "ga dingin|tidak dingin|gak bisa ditutup|gak bisa dibuka|tidak bisa dibuka|sinyal jelek|sinyalnya jelek|" +
    "sinyal hilang|gak ada sinyal|ga ada sinyal|tidak ada sinyal|internet mati|wifi mati|internetnya mati|" +
    "gak konek|ga konek|tidak terhubung|putus putus|putus nyambung|mentah|keasinan|hambar|gak enak|ga enak|" +
    "tidak enak|anyep|alot|gosong|gak muat|kekecilan|kegedean|kebesaran|mati sendiri|restart sendiri|" +
    "cepet abis|cepat habis|kuota abis|kuota habis|cepet habis|udah abis|sudah habis",
  delivery:
    "belum sampai|belum sampe|blm sampai|blm sampe|belum nyampe|blm nyampe|belom nyampe|belom sampe|gak sampai|" +
    "gak sampe|gak nyampe|ga nyampe|nggak sampai|tidak sampai|belum datang|belum dateng|blm dateng|belom dateng|" +
    "gak dateng|ga dateng|nggak dateng|gak datang|tidak datang|gak dateng dateng|ga dateng dateng|" +
    "gak datang datang|belum diterima|belum terima|blm terima|belum dikirim|blm dikirim|belom dikirim|" +
    "gak dikirim|ga dikirim|tidak dikirim|belum diproses|blm diproses|gak diproses|lama banget|lama bgt|" +
    "lama sekali|kelamaan|lambat|lambat banget|telat|telat banget|terlambat|keterlambatan|pesawat delay|" +
    "penerbangan delay|kena delay|delay # jam|delay lagi|didelay|ngaret|molor|diundur|diundur lagi|" +
    "masih di gudang|gak gerak|ga gerak|nggak gerak|tidak bergerak|gak bergerak|nyangkut|tertahan|hilang|" +
    "paket hilang|barang hilang|bagasi hilang|koper hilang|salah alamat|nyasar|dikirim ke alamat lain|" +
    "statusnya delivered|status delivered|katanya sudah diterima|katanya udah diterima|kurir gak dateng|" +
    "kurirnya gak|kurir tidak datang|dilempar|dilempar lewat pagar|teknisinya gak|teknisi gak dateng|" +
    "udah seminggu|sudah seminggu|udh seminggu|udah sebulan|sudah sebulan|udah # minggu|sudah # minggu|" +
    "udah # hari|sudah # hari|udh # hari|udah # jam|sudah # jam|dari kemarin|dari kemaren|dari tadi|" +
    "dari minggu lalu|dari bulan lalu|sampai sekarang belum|sampe sekarang belum|sampe sekarang blm|" +
    "sampai sekarang blm|sampai hari ini belum|masih nunggu|masih menunggu|nunggu terus|nungguin|" +
    "gak ada kabar|ga ada kabar|tidak ada kabar|nggak ada kabar|tanpa kabar|tanpa info|tanpa informasi|" +
    "mana pesanan saya|pesanan saya mana|paket saya mana|mana paket saya|barang saya mana|kok belum|kok blm|" +
    "kok belom|kok gak|kok ga|kok nggak|kok tidak|kok udah|kok masih|kok bisa|muter muter|putar putar|" +
    "dibatalkan sepihak|gak muncul|gak muncul muncul|muncul2|gak masuk masuk|masuk2",
  cancellation:
    "dibatalkan|dibatalin|dicancel|di cancel|cancel sepihak|batal sepihak|pembatalan sepihak|pesanan dibatalkan|" +
    "mau cancel|mau batalin|mau membatalkan|ingin membatalkan|minta dibatalkan|tolong batalkan|batalkan pesanan|" +
    "udah di cancel|sudah di cancel|udah dicancel|sudah dibatalkan|udah dibatalin",
  money:
    "refund saya|refundnya|minta refund|mau refund|belum refund|blm refund|refund belum|refund gak|refund ga|" +
    "refund sekarang|refund segera|refund dong|uang refund|dana refund|dana belum kembali|dana blm kembali|" +
    "uang saya|duit saya|uang gue|duit gue|duit gw|uang aku|duit aku|balikin uang|balikin duit|kembalikan uang|" +
    "kembalikan dana|pengembalian dana|dana belum masuk|belum dikembalikan|blm dikembalikan|belum balik|" +
    "saldo kepotong|kepotong|terpotong|dipotong|kena potong|kena charge|ke charge|kecharge|charge dua kali|" +
    "tagihan dobel|ditagih dua kali|ditagih 2x|ditagih terus|tagihan membengkak|tagihan naik|tagihannya naik|" +
    "biaya tersembunyi|biaya admin|kena denda|dendanya|saldo hilang|saldo berkurang|uang hilang|transfer gagal|" +
    "transaksi gagal|gak masuk ke rekening|tidak masuk ke rekening|belum masuk ke rekening|pulsa kepotong|" +
    "pulsa kesedot|pulsa tersedot|penipuan|ditipu|tipu|nipu|penipu|tukang tipu|maling|belum cair|blm cair|" +
    "gak cair|ke mana uang|kemana uang|uang saya ~ ke mana|uang saya ~ kemana|kelebihan bayar|bayar dua kali|" +
    "dobel bayar|double charge|gratis ongkir katanya|kena ongkir|diperpanjang otomatis|otomatis diperpanjang|" +
    "ditarik otomatis|gak masuk akal|ga masuk akal|tidak masuk akal|mahal banget|kemahalan",
  service:
    "pelayanan buruk|pelayanannya buruk|pelayanan jelek|pelayanannya jelek|pelayanan parah|pelayanannya parah|" +
    "pelayanan mengecewakan|buruk|sangat buruk|buruk banget|mengecewakan|sangat mengecewakan|kecewa|kecewa*|" +
    "dikecewakan|kecewa berat|kecewa banget|kecewa bgt|sangat kecewa|gak dibalas|ga dibalas|tidak dibalas|" +
    "gak dibales|ga dibales|gk dibales|nggak dibales|belum dibalas|blm dibales|gak direspon|ga direspon|" +
    "tidak direspon|tidak ada respon|gak ada respon|ga ada respon|slow respon|slow response|lambat respon|" +
    "gak ada yang bales|ga ada yg bales|tidak ada yang membalas|gak ada yang angkat|cs gak|cs nya|cs cuma|" +
    "gak jelas|ga jelas|tidak jelas|jawabannya template|jawaban template|dilempar lempar|dioper oper|" +
    "dipingpong|di hold|diputus|diputusin|ditutup sendiri|kasar|gak sopan|ga sopan|tidak sopan|judes|jutek|" +
    "cuek|nyolot|ngeselin|menyebalkan|nyebelin|gak profesional|ga profesional|tidak profesional|amatir|payah|" +
    "gak becus|ga becus|tidak becus|gangguan|sering gangguan|lagi gangguan|down terus|gagal login|" +
    "gak bisa login|ga bisa login|tidak bisa login|gak bisa masuk|ga bisa masuk|tidak bisa masuk|" +
    "otp gak masuk|otp tidak masuk|kode gak masuk|antri # jam|antre # jam|nunggu # jam|menunggu # jam|" +
    "gak ada solusi|ga ada solusi|tidak ada solusi|tanpa solusi|tidak bertanggung jawab|gak tanggung jawab|" +
    "ga tanggung jawab|gak mau tanggung jawab|lepas tangan|bukan tanggung jawab|keluhan|komplain|komplen|" +
    "mengeluh|ngeluh|nyesel|nyesel beli|nyesel belanja|menyesal|zonk|rugi|dirugikan|merugikan|pertanggungjawaban|ganti rugi|sepihak|ribet|dipersulit|" +
    "mempersulit|disuruh sabar|disuruh nunggu|ditolak terus|ditolak lagi|main hp|php|janji doang|janji palsu|cuma janji|bohong|dibohongi|" +
    "pembohong|ngibul|masih tertulis|listrik padam|padam terus|mati listrik|listrik mati|listrik langsung padam|" +
    "jaringan jelek|jaringan lemot|gak ada jaringan|internet lemot|wifi lemot|lemot banget|parah banget|" +
    "parah bgt|udah parah|makin parah|beneran parah|ini parah|hari ini parah|gak ada tanggapan|tanpa tanggapan|" +
    "gak ada itikad baik|tidak ada itikad baik|gak ada permintaan maaf|gak minta maaf|ga minta maaf|" +
    "tidak minta maaf|maunya apa|mau kalian apa|gimana sih|gmn sih|apa apaan|apaan sih|masa sih|" +
    "ada manusia gak|ada orang gak|ada yang baca gak|admin kemana|admin ke mana|mimin kemana|" +
    "kalian ngapain aja|kerja kalian apa|beginikah cara|begini cara kalian",
  demands:
    "tolong dicek|tolong dicek segera|tolong segera|mohon segera|segera ditindaklanjuti|tolong diproses|" +
    "tolong diganti|minta ganti|minta diganti|ganti baru|minta tanggung jawab|minta pertanggungjawaban|" +
    "saya minta pertanggungjawaban|tolong balikin|balikin duit saya|balikin uang saya|kembalikan uang saya|" +
    "kembalikan dana saya|refund sekarang|refund segera|saya minta refund|please fix|fix asap|tolong diurus|" +
    "urus dong|tolong ditegur|tolong tegur|tolong dibatalkan|minta solusi|kasih solusi|saya butuh solusi|" +
    "bales dong|balas dong|jawab dong|respon dong|tolong dibalas|tolong dijawab|tolong respon|min tolong|" +
    "minn tolong|tolong dong|tolonglah|tolong lah|saya tunggu itikad baik|saya tunggu jawabannya|" +
    "saya tunggu sampai|harus tanggung jawab|harus diganti|wajib ganti|ganti rugi|saya mau uang saya kembali",
  anger:
    "kesel|kesal|kesel banget|kesal sekali|bete|emosi|marah|geram|muak|capek|cape deh|capek banget|lelah|" +
    "kapok|gila ya|gila sih ini|gila gak sih|keterlaluan|kebangetan|gak habis pikir|" +
    "ga abis pikir|astaga|astagfirullah|astaghfirullah|ya ampun|ampun deh|anjir|anjing|bangsat|sialan|" +
    "brengsek|goblok|bodoh|tolol|taik|sampah|kampret|memalukan|bikin malu|gak terima|ga terima|tidak terima|" +
    "kecewa berat|gak akan lagi|ga akan lagi|tidak akan lagi|terakhir kali|udah cukup|sudah cukup|" +
    "jangan beli|jangan pernah|ogah|males banget|malesin|bikin emosi|bikin kesel|naik darah|darah tinggi",
  neutral:
    "terima kasih refundnya|makasih refundnya|refund sudah masuk|refundnya udah masuk|refundnya sudah masuk|" +
    "refund cepat|refundnya cepet|refundnya cepat|dana sudah kembali|uang sudah kembali|udah balik|sudah balik|" +
    "sudah dikembalikan|udah dikembalikan|langsung dikembalikan|gak ada masalah|tidak ada masalah|" +
    "ga ada masalah|tanpa masalah|gak pernah ada masalah|tidak pernah ada masalah|ga pernah ada masalah|" +
    "gak nyesel|ga nyesel|nggak nyesel|gk nyesel|tidak menyesal|gak kecewa|tidak kecewa|ga kecewa|" +
    "gak mengecewakan|ga mengecewakan|tidak mengecewakan|gak rugi|ga rugi|tidak rugi|tepat waktu|" +
    "gak pake lama|ga pake lama|gak lama|ga lama|tidak lama|gak ribet|ga ribet|tidak ribet|anti ribet|" +
    "tanpa ribet|gak ada biaya tersembunyi|ga ada biaya tersembunyi|tanpa biaya tersembunyi|keren parah|" +
    "mantap parah|enak parah|bagus parah|cakep parah|gila keren|gak bau|masih anget|masih hangat|gak telat|" +
    "ga telat|tidak telat|tidak terlambat|gak pernah telat|gak pernah delay|anti delay|masalah teratasi|" +
    "sudah teratasi|udah teratasi|masalahnya beres|udah beres|sudah beres|sudah selesai",
  putRight:
    "langsung dikirim gantinya|kirim gantinya|dikirim gantinya|dikirimin gantinya|langsung diganti|diganti baru|" +
    "sudah diganti|udah diganti|dikirim ulang|dikirim lagi yang baru|langsung dikoreksi|dikoreksi|" +
    "langsung diproses|langsung dibantu|dibantu sampai beres|dibantu sampe beres|dibantu sampai selesai|" +
    "masalah beres|masalahnya beres|udah beres|sudah beres|sudah teratasi|udah teratasi|langsung teratasi|" +
    "terselesaikan|akhirnya sampai|akhirnya nyampe|akhirnya dateng|akhirnya bisa|selisihnya dikembalikan|" +
    "uangnya dikembalikan|sudah dikembalikan|udah dikembalikan|langsung dikembalikan|diantar langsung|" +
    "besoknya diantar|langsung diantar|diantar ke rumah|langsung diperbaiki|sudah diperbaiki|udah diperbaiki|" +
    "dibenerin|langsung dibenerin|proses tukarnya gampang|tukarnya gampang|jemput ke rumah|dijemput ke rumah|" +
    "langsung ditanggapi|langsung direspon|respon cepat|responnya cepat|responnya cepet|fast respon|" +
    "dibantu dengan cepat|langsung diurus|diurus dengan cepat|dapat ganti|dapet ganti|dikasih ganti|" +
    "dikasih voucher|diganti rugi",

  praise:
    "terima kasih|terimakasih|makasih|makasi|makasih banyak|terima kasih banyak|thanks min|thanks kak|" +
    "thank you tim|thx min|mantap|mantab|mantul|mantap jiwa|keren|keren abis|keren banget|keren bgt|top|" +
    "top markotop|juara|jempol|bagus|bagus banget|bagus bgt|bagus sekali|puas|sangat puas|puas banget|" +
    "memuaskan|sangat memuaskan|aku suka|saya suka|suka sama|suka sekali|suka banget|suka bgt|senang|seneng|senang sekali|seneng banget|rekomen|" +
    "rekomendasi|recommended banget|highly recommended|ramah|ramah banget|sabar banget|sopan|" +
    "pengiriman cepat|pengirimannya cepat|cepat sampai|cepet sampe|cepet nyampe|cepet banget sampe|" +
    "prosesnya cepat|proses cepat|cepet banget|gercep|sat set|satset|kilat|pengiriman kilat|rapi|rapih|empuk|nyaman|nyenyak|enak|enak banget|" +
    "enak bgt|lezat|ori|amanah|terpercaya|salut sama|salut buat|salut banget|salut untuk|luar biasa|the best|terbaik|paling oke|oke banget|" +
    "jatuh cinta|cinta banget|sukses terus|sukses selalu|semoga sukses|semoga konsisten|pertahankan|" +
    "bintang lima|bintang 5|5 bintang|adem|awet|worth it|sesuai foto|sesuai pesanan|sesuai deskripsi|" +
    "persis kayak di foto|persis seperti di foto|berkualitas|kualitas bagus|kualitasnya bagus|" +
    "pelayanan terbaik|pelayanannya top|pelayanannya bagus|pelayanan memuaskan|sangat membantu|membantu banget|" +
    "ngebantu banget|bangga|alhamdulillah|masya allah|masyaallah|cakep|cantik|kece|kece badai|" +
    "mewah|elegan|murah meriah|harga bersahabat|gak nyesel|ga nyesel|tidak menyesal|tidak mengecewakan|" +
    "gak mengecewakan|love banget|best banget|sukses|berkah|hebat|mantep|mantap betul|josss|jos|joss|" +
    "recommended seller|puas belanja|bakal beli lagi|pasti beli lagi|repeat order|langganan terus|udah langganan|" +
    "jadi langganan|pelanggan setia",
  negations: "tidak|tak|gak|ga|nggak|enggak|ngga|engga|gk|tdk|kurang|bukan|belum|blm|belom",
  notPraise:
    "terima kasih sebelumnya|makasih sebelumnya|thanks sebelumnya|thx sebelumnya|terima kasih atas perhatiannya|" +
    "terima kasih atas bantuannya|mohon bantuannya|mohon dibantu|atas perhatiannya|makasih sblmnya",
  sarcasm:
    "makasih ya udah bikin|makasih udah bikin|makasih loh udah|makasih lho udah|terima kasih sudah membuat|" +
    "terima kasih telah membuat|mantap bgt ya|mantap banget ya|mantap ya|mantap sekali ya|keren ya|keren banget ya|" +
    "hebat ya|hebat bener|luar biasa ya|bagus ya|bagus banget ya|selamat ya|prestasi|rekor baru|" +
    "pecah rekor|makin hari makin|konsisten banget telat*|konsisten telat*|udah kayak jadwal|kayak jadwal minum obat|" +
    "bintang # katanya|premium katanya|gratis ongkir katanya|katanya express|katanya kilat|katanya instan|" +
    "pelayanan bintang lima|terbaik se indonesia|top banget pelayanannya|keren 👏|mantap 👍👍|" +
    "mantul banget ya|good job banget|thank you banget lho",

  questionStart:
    "apakah|apa|kapan|di mana|dimana|berapa|bagaimana|gimana|gmn|bisa|boleh|bisakah|bolehkah|adakah|ada|" +
    "mau tanya|mau nanya|numpang tanya|tanya dong|nanya dong|izin tanya|ijin tanya|kalau|kalo|klo|caranya|" +
    "gimana cara|bagaimana cara|cara bayar|cara daftar|cara ganti|cara upgrade|cara pesan|min mau tanya|kak mau tanya|apa bisa|apa ada|kira kira|kira2",
  questionAnywhere:
    "apakah|bisakah|bolehkah|adakah|berapa lama|berapa hari|berapa harga|harganya berapa|caranya gimana|" +
    "gimana caranya|bagaimana caranya|gak ya|ga ya|nggak ya|engga ya|tidak ya|kah kak|gak kak|ga kak|gak min|" +
    "ga min|nggak kak|sampai jam berapa|jam berapa",
  notForBrand:
    "ada yang tau|ada yg tau|ada yang tahu|ada yg tahu|ada yang sama|ada yg sama|cuma aku|cuma gue|cuma saya|" +
    "siapa yang lagi|siapa yg lagi|siapa lagi yang|tag temen|tag teman|tag temenmu|salam dari|pertamax|" +
    "numpang lewat|wkwk*|awokwok*|hahaha*|kangen masa|semangat buat|semangat untuk|selamat pagi semua|" +
    "buat yang lagi|yang lagi nunggu|hadir",

  urgency: {
    legal:
      "ylki|bpkn|bpsk|ojk|lapor ojk|adukan ke ojk|mengadu ke ojk|pengacara saya|pengacara kami|" +
      "konsultasi dengan pengacara|konsultasi ke pengacara|sewa pengacara|lewat pengacara|melalui pengacara|" +
      "lapor ke pengacara|bawa pengacara|pakai pengacara|kuasa hukum|lawyer saya|jalur hukum|" +
      "tempuh jalur hukum|ranah hukum|ke ranah hukum|gugat|menggugat|gugatan|saya gugat|somasi|lapor polisi|" +
      "laporkan ke polisi|lapor ke polisi|polisikan|saya polisikan|polda|polres|pidana|perdata|" +
      "uu perlindungan konsumen|undang undang perlindungan konsumen|perlindungan konsumen|kominfo|lapor kominfo|" +
      "ombudsman|bank indonesia|lapor bi|pengadilan|ke pengadilan|brti|lembaga konsumen|dinas perdagangan|" +
      "lapor ke ylki|laporkan ke ylki|adukan ke ylki|lapor ke bpkn",
    safety:
      "meledak|ledakan|kebakaran|terbakar|kebakar|bau gosong|gosong|berasap|keluar asap|ada asap|asapnya|asap hitam|penuh asap|bau asap|korslet|" +
      "korsleting|konslet|kesetrum|nyetrum|tersetrum|luka|terluka|luka bakar|melepuh|berdarah|pecahan kaca|" +
      "beling|keracunan|keracunan makanan|diare|muntah|muntah muntah|alergi parah|sesak napas|sesak nafas|" +
      "masuk rumah sakit|dilarikan ke rumah sakit|dirawat di rumah sakit|ugd|igd|hampir ketelan|ketelan|" +
      "tertelan|kecelakaan|nabrak|ditabrak|gas bocor|bocor gas|bau gas|meleleh|percikan api|keluar api|" +
      "sampai panas banget|panas banget sampai|tersengat|kejepit|terjepit|jatuh dari|ambruk|roboh|nyaris celaka",
    churn:
      "pindah ke provider|pindah ke operator|pindah ke bank|pindah ke aplikasi|pindah ke toko|pindah ke sebelah|" +
      "pindah ke kompetitor|provider sebelah|operator sebelah|aplikasi sebelah|toko sebelah|bank sebelah|" +
      "pindah provider|pindah operator|pindah bank|pindah aplikasi|pindah ke bank lain|pindah ke provider lain|" +
      "ganti provider|ganti operator|ganti bank|beralih ke|tutup rekening|tutup akun|hapus akun|nutup rekening|" +
      "berhenti langganan|berhenti berlangganan|stop langganan|nonaktifin langganan|nonaktifkan langganan|" +
      "mau berhenti aja|mau berhenti|uninstall|hapus aplikasi|gak bakal pakai lagi|gak bakal pake lagi|" +
      "gak akan pakai lagi|ga akan pake lagi|tidak akan menggunakan lagi|gak mau pakai lagi|ogah pakai lagi|" +
      "terakhir kali belanja|terakhir belanja|gak akan belanja lagi|ga akan belanja lagi|gak akan beli lagi|" +
      "ga akan beli lagi|kapok belanja|kapok beli|kapok pakai|kapok pake|kompetitor|mending pakai|mending pake|" +
      "pindah ke telkomsel|pindah ke xl|pindah ke indosat|pindah ke smartfren|pindah ke indihome|" +
      "pindah ke biznet|pindah ke gojek|pindah ke grab|pindah ke shopee|pindah ke tokopedia|pindah ke lazada|" +
      "pindah ke bca|pindah ke mandiri|pindah ke bri|pindah ke bni|pindah ke jago",
    press:
      "wartawan|jurnalis|media online|media massa|redaksi|liputan|meliput|diliput|masuk berita|jadi berita|" +
      "beritakan|diberitakan|akun berita|portal berita|masuk tv|viral|viralkan|diviralkan|bikin viral|biar viral|" +
      "saya viralkan|saya sebarin|saya sebar|saya spill|spill di|bikin thread|thread di twitter|bikin video|" +
      "saya bikin video|bikin konten|kompas|detik com|detikcom|tribun|kumparan|cnn indonesia|" +
      "followers saya|followers gue|pengikut saya|surat pembaca|tulis di media|ke media|lapor media",
    repeat:
      "udah # kali|sudah # kali|udh # kali|udah ~ # kali|sudah ~ # kali|udah 2x|udah 3x|udah 4x|udah 5x|sudah 2x|" +
      "sudah 3x|sudah 4x|sudah 5x|udh 3x|# kali chat|# kali telepon|# kali telpon|# kali email|# kali komplain|" +
      "# kali lapor|# kali dm|chat ~ # kali|telepon ~ # kali|telpon ~ # kali|email ~ # kali|kirim ~ # kali|" +
      "lapor ~ # kali|komplain ~ # kali|tanya ~ # kali|dm ~ # kali|hubungi ~ # kali|chat ~ tiga kali|" +
      "email ~ tiga kali|kirim ~ tiga kali|telepon ~ tiga kali|lapor ~ tiga kali|chat ~ dua kali|email ~ dua kali|" +
      "telepon ~ dua kali|berkali kali|udah berkali|sudah berkali|bolak balik|dihubungi balik|dihubungi kembali|" +
      "ditelepon balik|ditelpon balik|telepon balik|telpon balik|call back|dijanjiin ~ dihubungi|" +
      "dijanjikan ~ dihubungi|janji ~ hubungi|setiap saya telepon|tiap saya telepon|tiap telepon|" +
      "setiap kali telepon|tiap kali telepon|tiap chat|setiap chat|tiap kali chat|setiap kali saya|tiap kali saya|" +
      "sudah lapor|udah lapor|sudah komplain|udah komplain|sudah saya laporkan|udah saya laporin|sebelumnya sudah|" +
      "sebelumnya udah|tiket sebelumnya|nomor tiket|laporan sebelumnya|komplain sebelumnya|kesekian kalinya|" +
      "kesekian kali|yang kesekian|keberapa kali|kedua kalinya|ketiga kalinya|ketiga kali|keempat kali*|" +
      "udah chat cs|sudah chat cs|udah telepon cs|sudah telepon cs|udah email|sudah email|udah kirim email|" +
      "sudah kirim email|udah dm|sudah dm",
  },

  grammar: {
    personal: "saya|aku|gue|gua|gw|kami|kita|punyaku|punya saya",
    why: "kenapa|mengapa|knp|napa",
    but: "tapi|tetapi|namun|tp",
    not: "tidak|tak|gak|nggak|ngga|ga|enggak|belum|blm|bukan|tdk",
    still: "masih|lagi|juga|sama|tetap|tetep",
    had: "pernah|sempat|sempet",
    nobody: "tidak ada yang|gak ada yang|ga ada yang|nggak ada yang|tdk ada yg|gak ada yg",
    answers: "balas|bales|jawab|respon|merespon|bantu|telepon balik",
    figurative: "saya pengacara dan|saya wartawan dan|sebagai wartawan|sebagai pengacara",
  },
  spam:
    "follback|folback|saling follow|follow akun aku|follow aku ya|follow balik|jual followers|followers murah|" +
    "followers real|followers aktif|jasa followers|suntik followers|slot gacor|gacor|maxwin|judi online|judol|" +
    "togel|bonus new member|daftar sekarang|pinjaman dana cepat|pinjaman cepat cair|pinjol|tanpa bi checking|" +
    "tanpa jaminan|investasi bitcoin|trading kripto|trading crypto|dijamin profit|profit # persen|" +
    "penghasilan # juta|gaji harian|kerja online dari hp|kerja online|tanpa modal|modal kecil untung besar|" +
    "cari reseller|dropshipper|open endorse|jasa joki|joki tugas|joki skripsi|tanpa sensor|cek profil|" +
    "cek bio|link di bio|klik link di bio|anda terpilih|selamat anda|memenangkan voucher|memenangkan hadiah|" +
    "klaim sekarang|klaim hadiah|akun anda akan diblokir|verifikasi sekarang|perbarui data|kartu atm anda|" +
    "melalui link berikut|klik link berikut|link berikut|saldo dana gratis|pulsa gratis|kuota gratis|" +
    "mampir ke channel|channel youtube aku|channel youtube saya|subscribe channel|jangan lupa subscribe|" +
    "obat kuat|pelangsing|peninggi badan|pemutih badan|minat ketik|minat dm|via telegram|admin via telegram|" +
    "pesugihan|dukun|pelet|rate card",
  spamWeak:
    "gratis|giveaway|bagi bagi|hadiah|klik|klik di sini|klik disini|link|promo|diskon|voucher|cashback|buruan|" +
    "terbatas|kuis|undian|tag 3 teman|like share|like dan share",
};
