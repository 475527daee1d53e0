import type { LanguageLexicon } from "./language.ts";

/**
 * What happened to a product, told in the past or present tense ("kırık geldi", "bozuldu", "çalışmıyor"): an event,
 * never a hypothesis, so these stand in `service`, which is read in a message with a question mark too. (classify.ts
 * reads product words in a question only when the customer speaks of their own things, and Turkish says "my" with a
 * suffix, "aldığım", "koltuğum", which its list of personal words does not see.)
 */
const reportedFailures =
  "bozuk geldi|bozuk cikti|bozuldu*|bozulmus*|bozuluyor*|ariza yapti|ariza veriyor|arizalandi*|kirik geldi|" +
  "kirik cikti|kirildi*|kirilmis*|catladi*|catlamis*|cizik geldi|cizilmis*|ezilmis*|yirtilmis*|yirtildi*|sokuldu*|" +
  "sokulmus*|dikisi acildi|dikisleri acildi|dikisi ~ acildi|dikisleri ~ acildi|tabani ayrildi|tabani acildi|" +
  "tabani kalkti|ayrildi*|calismiyor*|calismadi*|calismiyo*|acilmiyor*|acilmadi*|sarj olmuyor|" +
  "sarj etmiyor|sogutmuyor*|isitmiyor*|yikamiyor*|sikmiyor*|kurutmuyor*|kasiyor*|surekli kasiyor|kendi kendine kapaniyor|" +
  "kapanip aciliyor|eksik geldi|eksik gonder*|eksik cikti|icecek de eksik|icecek eksik|yanlis gonder*|" +
  "yanlis geldi|farkli renk geldi|yikamada cekti|ilk yikamada|kuculdu*|rengi soldu|rengi atti|boyasi akti|" +
  "boyasi cikti|tuy yapti|tuylendi*|koku yapiyor|kuflenmis*|bayatti*|cig geldi|cigdi|cig kalmis*|cig cikti|" +
  "pismemis*|soguk geldi|sogumus geldi|buz gibi geldi|buz gibiydi|sallaniyor*|yerinden oynuyor|gicirdiyor*|" +
  "gicirti yapiyor|ses yapiyor|ses cikariyor|tikirdiyor*|titriyor*|sizdiriyor*|su aktiyor|su kaciriyor|akitiyor*|" +
  "erimeye basla*|eridi|erimis*|sismis*|sisti|paslanmis*|pas tutmus|cokmus*|coktu|dagildi*|dagilmis*|kopmus*|" +
  "koptu|cokuyor*|surekli cokuyor|donup kaliyor|bozuktu*|bozuklar*|islak geldi|islakti*|islanmis*|kutusu acik|acik cikti|acilmis geldi|" +
  "kullanilmis geldi|kullanilmis cikti|ikinci el mi|acilir acilmaz kapaniyor|kendiliginden kapaniyor|kapanip duruyor|" +
  "icinden ~ cikti|bos kutu|yerine ~ gelmis|yerine ~ geldi|yerine ~ gonder*|siparis ettigim degil|istedigim degil|" +
  "benim siparisim degil|bana ait degil|kirdi dokdu|kirip dokdu|kirdilar*|kirmislar*|kirdiniz*|kirmissiniz*|" +
  "temizlemeden gitti*|hasarli geldi|hasar gormus*|katina cikti|katina cikmis|kat fazla";

/**
 * Turkish as customers in Turkey write it on social media: the formal "siz" to the brand ("gelmediniz", "iade
 * edin"), slang and anger ("rezalet", "yazıklar olsun", "bıktım", "muhatap bulamıyorum", "helal olsun" as praise),
 * English mixed in ("refund istiyorum", "customer service sıfır"), and often typed without Turkish letters
 * ("siparisim hala gelmedi"); matching is on folded text, where ı is i and ş ğ ç ö ü are s g c o u, so one term
 * serves both spellings. Turkish is agglutinative: one verb has many endings (gelmedi, gelmemiş, gelmiyor,
 * gelmeyecek), so a trailing `*` is used on a stem where every ending means the same thing ("gelmemis*" for
 * "gelmemişti", "gelmemiş"), and the forms are listed where a shorter stem would take in a good word too ("bozulmadan"
 * is "without breaking", "eksiksiz" is "complete", "eksik olmayın" is a thank-you). The question particle mı/mi/mu/mü
 * is written apart, but "mi" is also Spanish and Italian ("mi pedido"), so it counts only in its inflected forms
 * ("misiniz", "miyim") or after the words it usually follows ("var mı", "açık mı"). Terms are read in every language's
 * text, so short words that mean something elsewhere ("para", "hala", "ne", "sifir") stand only in phrases.
 */
export const tr: LanguageLexicon = {
  language: "tr",
  // Merged with functionWords.tr of language.ts: the endings and words of chats and comments, with and without
  // Turkish letters.
  functionWords:
    "bu|şu|şunu|bunu|bunlar|şey|ben|bana|beni|benden|bende|biz|bize|bizi|sizi|sizden|sizde|sizinle|siz|sen|" +
    "misiniz|musunuz|mısınız|müsünüz|miyim|mıyım|acaba|yani|yaa|abi|abla|hocam|kanka|valla|vallahi|tamam|evet|hayır|" +
    "hayir|değil|değilim|çünkü|cunku|fakat|ancak|veya|ya da|hem|hep|hiçbir|hicbir|şimdi|simdi|hâlâ|halen|henüz|" +
    "henuz|dün|yarın|yarin|gündür|gundur|haftadır|haftadir|aydır|aydir|saattir|yıldır|yildir|sonra|önce|kez|kere|" +
    "defa|siparişim|siparisim|siparişimi|siparisimi|kargom|kargoya|ürünü|urunu|ürün|faturam|faturama|hattım|hattim|" +
    "param|paramı|parami|iadem|iademi|teşekkür|tesekkur|teşekkürler|tesekkurler|sağ olun|sagolun|sağolun|lütfen|" +
    "lutfen|merhaba|merhabalar|selamlar|iyi|güzel|guzel|çok|cok|olan|olarak|için|icin|ile|gibi|kadar|daha|bile|" +
    "artık|artik|neden|niye|nasıl|nasil|nerede|hangi|kaç|kac|var|yok|olur|oldu|olmuş|olmus|geldi|gelmedi|" +
    "istiyorum|bekliyorum|yapıyor|yapiyor|yaptınız|yaptiniz|ettim|ettiniz|edin|süpersiniz|supersiniz|harikasınız|" +
    "harikasiniz|takip|takipçi|takipci|aynen|öyle|oyle|süper|göre|gore|hediye|beden|bedeni|rengi|modeli|" +
    "numarası|numarasi|kargosu|siparişi|siparisi|teslim|adresim|fatura|faturası|faturasi|hesabım|hesabim|kartım|" +
    "kartim|hattı|hatti|tarife|tarifesi|fiyatı|indirimi|uçuş|ucus|bilet|bileti|bagaj|oda|odası|araç|arac|üyelik|" +
    "uyelik|deneme|dersi|paketi|tablonuz|selam|günler|gunler|herkese|bugün|bugun|hizmet|hizmeti|ücret|ucret|ücretli|ucretli|ücretsiz|" +
    "ucretsiz|teslimat|kurulum|fiyat|fiyatı|fiyati|indirim|kampanya|mağaza|magaza|mağazanız|magazaniz|şube|sube|" +
    "satın|satin|hakkım|hakkim|alabilir|yapabilir|olabilir|edebilir|ederim|ederiz|bizim|değişim|degisim",

  // Adjectives and states, which a hypothetical question has too ("leke yapar mı?").
  product:
    "bozuk|arizali*|kirik|catlak*|cizik|ezik|lekeli*|yirtik*|eksik parca*|parcasi eksik|parcalari eksik|" +
    "vidalari eksik|yanlis urun|yanlis beden|yanlis renk|yanlis numara|farkli urun|alakasi yok|alakasiz*|" +
    "fotograftaki gibi degil|fotograflarla alakasi|gorseldeki gibi degil|resimdeki gibi degil|kalitesiz*|" +
    "kalite sifir|kotu kalite|kalitesi kotu|kalite bu mu|dusuk kalite|kotu kokuyor|pis kokuyor|kuflu|bayat|" +
    "son kullanma tarihi gecmis*|skt si gecmis|hasarli*|defolu*|ayipli*|ayipli mal|sahte|cakma|orijinal degil|" +
    "kaliteli degil|iyi degil|guzel degil|normal mi|normal midir|boyle mi olmali|porsiyon cok kucuk|yarisi kirik|" +
    "yarisi yok",
  delivery:
    "gelmedi*|gelmemis*|gelmiyor*|gelmeyecek*|gelmeyince*|ulasmadi*|ulasmamis*|ulasmiyor*|teslim edilmedi*|" +
    "teslim edilmemis*|teslim etmedi*|teslim etmiyor*|teslim etmemis*|teslim alamadim|elime ulasmadi|" +
    "elime gecmedi|kargom nerede|kargo nerede|siparisim nerede|siparis nerede|paketim nerede|paket nerede|" +
    "urunum nerede|yemegim nerede|iadem nerede|param nerede|kuryem nerede|kurye nerede|nerede kaldi|" +
    "hala bekliyorum|halen bekliyorum|gundur bekliyorum|haftadir bekliyorum|aydir bekliyorum|saattir bekliyorum|" +
    "dakikadir bekliyorum|gundur bekleniyor|beklemekten biktim|bekletiyorsunuz*|bekletildim*|gecikti*|gecikmis*|" +
    "gecikme var|gecikme yasadik|geciktirdiniz*|rotar|rotar yapti|rotarli*|kayboldu*|kaybolmus*|kaybettiniz*|" +
    "kaybetmissiniz*|kayip paket|kayip kargo|yerinde sayiyor|hareket etmiyor|kargoya verilmedi|kargoya verilmemis*|" +
    "hala hazirlaniyor|hazirlaniyor gorunuyor|gundur hazirlan*|haftadir hazirlan*|hazirlaniyor yaziyor|" +
    "hazirlaniyor diyor|gundur ~ bekliyorum|haftadir ~ bekliyorum|hala kargoda|adreste bulunamadi|teslim edildi gorunuyor|" +
    "teslim edildi yaziyor|teslim edilmis gorunuyor|teslim edildi diyor|yanlis adrese|yanlis subeye|" +
    "baska adrese|gondermediniz*|gondermemissiniz*|gondermiyorsunuz*|yolda kaldi|depoda bekliyor*|subede bekliyor*|" +
    "gelip gidiyor|getirmedi*|getirmiyor*|yoldaymis*|saattir yolda|baska sehre*|geri donmus|depoya geri|" +
    "benimki nerede|hani benim|kaybold*|hafta surdu|ay surdu|gun surdu|gorunmuyor*|kapida kaldik|ortada kaldik|" +
    "gundur yolda|haftadir yolda|aktarmayi kacirdim|" +
    "ucagi kacirdim|bagajim gelmedi|bavulum gelmedi|dagitima cikti diyor|hala dagitimda|ay oldu hala|" +
    "teslimat yapilmadi|teslimati yapmadiniz|kargo takip ~ guncellenmiyor|takip numarasi calismiyor",
  cancellation:
    "iptal edildi|iptal edilmis*|iptal ettiniz|iptal etmissiniz|iptal etmek istiyorum|iptal edin|iptal edilsin|" +
    "siparisim iptal|son anda iptal|son dakika iptal|kim iptal etti|ucusum iptal|ucus iptal|iptal oldu|iptal edemiyorum|iptal edemezsiniz|iptal ettirmek istiyorum|" +
    "iptal ettim ama|iptal ettirdim ama|iptal talebim",
  money:
    "iade istiyorum|yatmadi*|izinsiz*|kesiyorsunuz*|kesmissiniz*|cekmissiniz*|ucret kesiyorsunuz|" +
    "cayma bedeli cikardiniz|cayma bedeli istiyorsunuz|cayma bedeli kest*|cayma bedeli yansit*|yuksek geldi|" +
    "fazla geldi|kabarik*|indirim dusmedi|indirim uygulanmadi|indirim yansimadi|kupon calismiyor|kod calismiyor|" +
    "kupon gecmiyor|kod gecmiyor|iademi istiyorum|iadem yapilmadi|iadem yatmadi|iade yapilmadi|iade edilmedi*|iade etmediniz|" +
    "iade etmiyorsunuz|iade yapmiyorsunuz|iade yapmazsaniz|iade etmezseniz|iademi alamadim|iade talebim*|" +
    "parami geri|param geri|parami iade|param iade|parami istiyorum|para iadesi|ucret iadesi|fazla cekim|" +
    "fazla ucret|fazladan cek*|fazladan ucret|fazla cekmissiniz|fazla tahsil*|iki kez cekim|iki kez cekildi|" +
    "iki kere cekildi|iki defa cekildi|iki kez para|cift cekim|mukerrer*|kartimdan cekildi|kartimdan para|" +
    "kartimdan ~ cekim|hesabimdan cekildi|hesabimdan para|hesabimdan ~ kesilmis|ucret kesilmis|ucret kesildi|" +
    "ucret yansitilmis|faturama yansi*|faturama eklenmis|haberim olmadan|onayim olmadan|izinsiz cekim|" +
    "tanimadigim bir|hatali fatura|hatali borc|fatura hatali|faturam # katina|kati fatura|fahis fiyat|fahis|kazik|" +
    "soygun*|dolandir*|tahsil ettiniz|param yatmadi|hesabima yatmadi|para cekmeye devam|para cekiyorsunuz|" +
    "parami alip|param gitti|param yandi|parami vermiyorsunuz|iadesini yapmadiniz|refund istiyorum|refund yok",
  service:
    reportedFailures +
    "|cevap vermiyor*|" +
    "donmuyorsunuz*|cevap vermiyorsunuz|soylemiyorsunuz*|yapmiyorsunuz*|aramiyorsunuz*|bakmiyorsunuz*|okumuyorsunuz*|" +
    "duzeltmiyorsunuz*|cozmuyorsunuz*|vermiyorsunuz*|kabul etmiyorsunuz|degistirmiyorsunuz*|aciklamiyorsunuz*|" +
    "aramadiniz*|donmediniz*|vermediniz*|yapmadiniz*|soylemediniz*|bildirmediniz*|haber vermediniz|getirmediniz*|" +
    "teslim etmediniz|okumadiniz*|cozmediniz*|duzeltmediniz*|ilgilenmediniz*|iade etmediniz|" +
    "kimse ~ soylemedi|kimse ~ soylemiyor|kimse ~ haber vermedi|kimse ~ aramadi|kimse ~ aramiyor|" +
    "kimse ~ bilgi vermedi|kimse ~ ilgilenmedi|kimse ~ bakmiyor|kimse ~ bakmadi|kimse ~ umursamiyor|" +
    "kimse bakmiyor|nasil bir sistem|nasil bir hizmet|nasil bir firma|nasil bir sirket|bu nasil hizmet|" +
    "bu nasil bankacilik|bu nasil sirket|bu nasil firma|bu nasil bir|hattim kapandi|hattimi kapattiniz|" +
    "hattim kapatildi|hattim kesildi|bekletip*|bekletildik*|beklettiler*|yuzume kapat*|kim onayladi|sorumlu kim|" +
    "kim odeyecek|kim karsilayacak|ac yattik|ac kaldik|kandirmaca*|kandirildik*|kandirdiniz*|aldatmaca*|" +
    "bu fiyata bu kalite|bu kadar zor mu|boyle musteri hizmeti olmaz|boyle hizmet olmaz|boyle is olmaz|cevap yok|cevap vermediniz|cevap alamadim|cevap alamiyorum|yanit yok|yanit vermiyor*|" +
    "donus yok|donus yapmiyor*|donus yapilmadi|geri donus yok|donus alamadim|kimse donmuyor|kimse donmedi|" +
    "kimse ilgilenmiyor|ilgilenen yok|ilgilenmiyorsunuz*|muhatap yok|muhatap bulamiyorum|muhatap bulamadim|" +
    "telefona cikan yok|telefonu acmiyor*|acmiyor*|telefonlar acilmiyor|ulasamiyorum*|ulasilamiyor*|ulasmak imkansiz|hizmet sifir|" +
    "customer service sifir|musteri hizmetleri sifir|sifir ilgi|ilgisiz*|ilgisizlik*|saygisiz*|kaba davran*|" +
    "terbiyesiz*|azarladi*|bagirdi*|yalan soyluyor*|yalan soylediniz|yalanci*|oyaliyorsunuz*|oyalaniyorum*|" +
    "oyaladilar*|beklettiniz*|magdur*|sikayet*|hata veriyor|hata aliyorum|sistem hatasi|uygulama acilmiyor|" +
    "uygulama calismiyor|giris yapamiyorum|erisemiyorum*|baglanamiyorum*|internet yok|internetim yok|hat cekmiyor|" +
    "cekmiyor*|sebeke yok|kopuyor*|surekli kopuyor|surekli kesiliyor|elektrik yok|elektrikler yok|elektrik kesik|" +
    "elektrikler kesik|sular yok|gelmediniz*|teknisyen gelmedi|servis gelmedi|randevu verip|randevuya gelmedi*|" +
    "sonraya randevu|hak etmedim|bu muamele|bilgi verilmedi|hicbir bilgi verilmedi|haber verilmedi|" +
    "bilgilendirme yok|aciklama yok|ne bir aciklama|ne bir duyuru|hijyen yok|bu nasil bir hijyen|bocek cikti|" +
    "sac cikti|kil cikti|kirli|pislik*|bekleme muzigi*|saattir hattayim|saattir hatta|saattir bekletiliyorum|" +
    "ticket ~ gun oldu|kayit acilmiyor|ariza kaydi ~ acilmiyor|memnun degil*|memnun kalmadi*|begenmedim*|begenmedik*|" +
    "hayal kirikligi*|pisman oldum|pismanim*|bu nasil is|nasil is bu|ne bicim is|isinizi yapin|" +
    "cozum uretmiyor*|cozulmedi*|cozemediniz*|hala cozulmedi|hala duzelmedi|duzelmedi*|tekrar bozuldu|yine bozuldu|" +
    "dondurmak istedim|iptal ettim ama|tahmini fatura|sayac okunmadan|sozlesmede yazmiyor|taahhut disi|" +
    "habersiz*|bilgim disinda",
  demands:
    "parami geri istiyorum|iademi yapin|cevap verin|donus yapin|arayin artik|ilgilenin|parami iade edin|param iade edilsin|iade edin|iade edilsin|geri odeyin|acilen iade*|" +
    "acil iade|duzeltin|duzeltilsin|cozun artik|cozum istiyorum|cozum bekliyorum|derhal|acilen donus*|" +
    "acilen ilgilen*|bir an once|yetkili biriyle gorusmek istiyorum|yetkiliyle gorusmek istiyorum|yetkili istiyorum|" +
    "yonetici ile gorusmek|muhatap istiyorum|bana donun|bana donus yapin|geri arayin|biri cevap versin|" +
    "biri ilgilensin|kimse okumuyor mu|okuyan yok mu|kimse yok mu|bakan yok mu|hesabimi kapatin|yenisini gonderin|" +
    "yenisini istiyorum|tazminat istiyorum|tazmin edin|magduriyetimin giderilmesini|degistirin su|refund istiyorum|" +
    "iptal edin su|bekliyorum cevap|cevap bekliyorum",
  anger:
    "rezalet*|sizin yuzunuzden|siz yuzunden|mahvoldu|mahvettiniz|saka gibi|saka misiniz|dalga mi geciyorsunuz|" +
    "dalga geciyorsunuz|utanmasaniz|utanmadan|artik yeter|rezil*|berbat*|sacmalik*|ne sacmalik|yaziklar olsun|yazik size|cok yazik|biktim*|bikkinlik|usandim|" +
    "illallah|bezdim|bezdirdiniz|yeter artik|yeter be|dolandirici*|hirsiz*|soyguncu*|kepazelik|kepaze|skandal|" +
    "utanmiyor musunuz|utanin|ayip ediyorsunuz|ayiptir|bir daha asla|asla tavsiye etmem|tavsiye etmem|" +
    "tavsiye etmiyorum|kimseye tavsiye etmem|uzak durun|sakin almayin|sakin siparis vermeyin|sinir oldum|" +
    "sinirim bozuldu|cildirtacaksiniz|cildirdim|delirdim|deliricem|cileden cikti*|felaket|korkunc|igrenc|vasat|" +
    "en kotu|kotu|fiyasko|kabus|insanlik disi|akil alir gibi degil|kabul edilemez|inanilmaz bir rezalet|" +
    "ne bu yaa|bu ne ya|nedir bu|ne bicim",
  neutral:
    "sorun yok|hicbir seyi kirmadan|kirmadan|sorunsuz|sorunsuzca|problem yok|problemsiz|hic sorun yasamadim|hicbir sorun|hicbir sorun yasamadan|" +
    "gecikmeden|zamaninda|vaktinde|tam vaktinde|eksiksiz|hasarsiz|kirilmadan|eksik olmayin|eksik olmayasiniz|" +
    "iadem yatti|param yatti|param hesabima yatti|iade edildi|" +
    "bekletmeden|hic bekletmeden|kimseyi bekletmeden|hic pisman olmadim|bir kez bile pisman olmadim|" +
    "pisman olmazsiniz",
  putRight:
    "yenisini getirdi*|yenisini ~ getirdi*|yenisini ~ gonderdi*|yenisini ~ yolladi*|dogrusunu getir*|dogrusunu gonder*|" +
    "baska ucaga aldiniz|baska ucusa aldiniz|otel verdiniz|dakikada halletti*|dakikada cozdu*|yenisini gonderdi*|yenisini yolladi*|yenisiyle degistirdi*|yenisini verdi*|" +
    "ertesi gun yenisi*|ayni gun gelip|gelip ~ degistirdi*|takip edip ~ buldu*|bulup getirdi*|buldunuz|" +
    "cozduler|cozdunuz|sorunumu ~ cozdu*|sorunu ~ cozdu*|hallettiniz|hallettiler|iade ettiniz|iade ettiler|iadesini yaptiniz|iademi ~ yaptiniz|" +
    "tamir ettiler|tamir ettiniz|onardilar|onardiniz|duzelttiler|duzelttiniz|telafi ettiniz|telafi ettiler|" +
    "sorun cozuldu|sorunum cozuldu|halloldu|hemen ilgilendiniz|hemen ilgilendiler|aninda ilgilendi*",

  praise:
    "tesekkurler|tesekkur ederim|nazikti|cok nazikti|kibardi|cok rahat|devamini dilerim|bir keyif|oneririm|" +
    "gonul rahatligiyla|iyi ki sizi|mukemmelsiniz|super urun|incelikli|cok hos|hos bir detay|dikkatliydi|" +
    "bey sayesinde|hanim sayesinde|dakikada bitti|sasmam|tesekkur ederiz|cok tesekkurler|tskler|tsk ederim|tsk ederiz|tesekkurlerr|sagolun|sag olun|sagol|" +
    "sag ol|cok sagolun|cok sag olun|eyvallah|harika|harikasiniz|harikaydi|harika olmus|mukemmel|mukemmeldi|" +
    "muhtesem|muhtesemdi|supersiniz|super ya|super olmus|super hizmet|efsane|efsanesiniz|efsaneydi|bayildim*|" +
    "bayildik|cok begendim|begendim|cok guzel|guzel olmus|cok guzeldi|memnun kaldim|memnun kaldik|memnunum|" +
    "cok memnunum|tavsiye ederim|tavsiye ediyorum|herkese tavsiye|emeginize saglik|emegi gecen|ellerinize saglik|" +
    "eline saglik|ellerine saglik|helal olsun|helal|tebrikler|tebrik ederim|iyi ki varsiniz|iyiki varsiniz|" +
    "basarilarinizin devamini|kaliteli|cok kaliteli|kibar|cok kibar|nazik|cok nazik|ilgiliydi|cok ilgili|" +
    "ilgili ve|guler yuzlu|yardimsever|yardimci oldu|yardimci oldular|cok yardimci|cok hizli|hizlica|sahane|" +
    "sahaneydi|enfes|nefis|lezzetli|tertemiz|hak ediyorsunuz|yildizi hak|on numara|bir numarasiniz|" +
    "guven veriyorsunuz|sicacik|taptaze|cok iyi|cok iyi oldu|cok iyiydi|bu kadar hizli|hic beklemiyordum|" +
    "boyle hizmet gormedim|gununuzu|gunumu guzellestir*|mutlu ettiniz|cok mutlu oldum|tesekkurler ekip|" +
    "amazing service|titizdi|titiz|ozenli|ozenle|sik duruyor|cok sik duruyor|harika bir",
  negations: "asla|hicbir|hic de|pek",
  notPraise:
    "simdiden tesekkurler|simdiden tesekkur ederim|tesekkurler simdiden|iyi gunler|iyi calismalar|kolay gelsin|" +
    "iyi aksamlar|yardimlariniz icin simdiden|simdiden sagolun",
  sarcasm:
    "tesekkurler ~ bekletti*|tesekkurler ~ gecik*|tebrikler ~ bekl*|tebrikler ~ saattir|helal olsun ~ bekl*|" +
    "bravo ~ bekl*|cok tesekkurler gercekten|tesekkurler gercekten|ne kadar da hizli|cok hizlisiniz ya|" +
    "aferin size|aferin sizlere|bravo size|alkislar size|hizli teslimat diyorsunuz|hizli kargo diyorsunuz|" +
    "ayni gun teslimat diyorsunuz|sarkiyi ezberledim|muzigini ezberledim|pes dogrusu|harika ya yine|" +
    "super ya yine|ne guzel ~ yine",

  questionStart:
    "ne zaman|ne kadar|neden|niye|nasil|nerede|nereden|nereye|hangi|kac|kaca|acaba|" +
    "bilgi alabilir miyim|sormak istiyorum|bir sorum var|sorum su",
  questionAnywhere:
    "misiniz|musunuz|misin|musun|miyim|muyum|miyiz|muyuz|midir|miydi|muydu|acaba|var mi|yok mu|olur mu|" +
    "olabilir mi|mumkun mu|acik mi|kapali mi|ucretli mi|ucretsiz mi|dahil mi|uygun mu|guvenli mi|gecerli mi|" +
    "ne zaman|ne kadar|kac gun*|kac tl|kac lira|kac kilo*|kac yil|kac ay|kac saat|kac taksit|nasil|nereden|" +
    "hangi|bilgi alabilir miyim|ogrenebilir miyim|yardimci olur musunuz|rica etsem",
  notForBrand:
    "baska kimse|mac kac|mac ne oldu|kedinin adi|kopegin adi|cekimler nerede|reklam nerede cekil*|burada olan var mi|" +
    "deneyen var mi|kullanan var mi|alan var mi|kimse denedi mi|baska gelen|bir tek ben mi|bi tek ben mi|sadece ben miyim|bir ben miyim|sadece ben mi|" +
    "yorumlari okumaya|yorumlara bakmaya|yorumlar icin geldim|dan selamlar|den selamlar|tan selamlar|" +
    "ten selamlar|dan herkese selam*|den herkese selam*|herkese selamlar|bilen var mi|bilen varsa|bilen biri|" +
    "fark eden yok mu|fark eden var mi|ben de varim|etiketliyorum|etiketledim|ilk yorum|ilk ben|" +
    "herkese hayirli cumalar|hayirli cumalar|iyi bayramlar|hayirli bayramlar",

  urgency: {
    legal:
      "tuketici hakem heyeti*|hakem heyeti*|hakem heyetine|tuketici mahkemesi*|mahkemeye*|dava acaca*|" +
      "dava acmak|dava actim|dava edece*|avukat*|savciliga|suc duyurusu*|cimer*|btk*|bddk*|epdk*|shgm*|" +
      "ticaret bakanligi*|tuketici dernegi*|tuketici hakları dernegi*|rekabet kurumu*|yasal yollara*|" +
      "yasal islem*|hukuki surec*|hukuki yollara|ihtarname*",
    safety:
      "alev aldi*|alev almis*|yangin cikti|yangin cikar*|yangina sebep|duman cikti|duman cikar*|duman geliyor|" +
      "kivilcim*|batarya patladi|pil patladi|sarj aleti patladi|telefon patladi|batarya sisti|pil sisti|" +
      "erimeye basladi|elimi yakti|elini yakti|yuzunu yakti|cildimi yakti|yanik oldu|yanik izi|perde yandi|perdeler yandi|" +
      "mutfak yandi|evimiz yandi|elim yandi|" +
      "cam parcasi*|cam kirigi*|cam kiriklari|agzi kesildi|elini kesti|elimi kesti|eli kesildi|zehirlen*|" +
      "hastaneye kaldir*|hastanelik|acile gittik|acil servise|kusmaya basla*|kusuyor|alerji krizi|gaz kokusu|" +
      "gaz kacagi*|elektrik carpti*|carpildi*|uzerine devril*|cocugun uzerine|bebegin uzerine|bogulacakti|" +
      "bogazina kacti|yaralandi|yaralanmis",
    churn:
      "baska firmaya gec*|baska operatore gec*|baska operatore tasi*|baska bankaya gec*|baska bir firmaya|" +
      "rakip firma*|rakibinize|hattimi tasi*|numarami tasi*|numarami baska|hesabimi kapat*|aboneligimi sonlandir*|" +
      "uyeligimi sonlandir*|sozlesmemi feshed*|bir daha asla sizden|bir daha sizden|bir daha alisveris yapmam|" +
      "bir daha alisveris yapmayacagim|bir daha ucmam|bir daha sizinle|bir daha tercih etmem|" +
      "bir daha tercih etmeyecegim|son alisverisim|musteriniz olmayacagim|musterinizi kaybettiniz|" +
      "bir musteri kaybettiniz|kartimi iptal ettir*",
    press:
      "gazeteci*|muhabir*|haber yap*|haber hazirl*|haber siteleri*|haber sitesine|basina gidece*|basina verece*|" +
      "basina ileteceg*|medyaya*|sikayetvar*|gazete*|televizyon*|tv programi*|takipcili hesab*|" +
      "bin takipcili|k takipcili|youtube kanalimda|kanalimda paylas*|herkese duyuraca*|ifsa edece*",
    repeat:
      "kacinci kez yaz*|kacinci kez ari*|kacinci defa yaz*|kacinci defa ari*|kacinci kere yaz*|" +
      "ikinci kez yaz*|ucuncu kez yaz*|ucuncu kez ari*|dorduncu kez*|besinci kez*|ucuncu defa*|" +
      "kez aradim|kere aradim|defa aradim|kez yazdim|kere yazdim|defa yazdim|kez mesaj attim|defalarca|" +
      "tekrar tekrar yaziyorum|tekrar yaziyorum|yine yaziyorum|daha once de yazdim|daha once yazmistim|" +
      "daha once de yazmistim|daha once de aradim|onceki mesajim*|dunku mesajim*|geri arayacagiz dendi|" +
      "geri arayacagiz dediniz|sizi geri arayacagiz|sizi arayacagiz dendi|arayacagiz dediniz|" +
      "donus yapilacak dendi|geri donus yapacagiz dediniz|donecegiz dediniz|hala aranmadim|aranmadim",
  },

  grammar: {
    why: "neden|niye|nicin|niçin",
    but: "ama|fakat|ancak",
    still: "hala|hâlâ|yine|gene|ama|fakat|ancak|o da",
    nobody: "kimse",
    figurative: "avukatim ve|gazeteciyim ve|gazeteci olarak",
  },
  spam:
    "takip edene takip|kazanmak ister mis*|kazanc botu|garantili getiri|riskisiz kazanc|risksiz kazanc|" +
    "yatirim danismani*|kredi notu dusuk|borclarinizi kapatiyoruz|vip kupon*|hesabimi takip edin|netflix hesabi|" +
    "ask buyusu|medyum*|zayiflama cayi|sinav sorulari*|odev yazilir|tez yazilir|web sitesi yapilir|" +
    "sosyal medya yonetimi|sayfanizi buyut*|paketleme isi|on odemeli kayit|ev hanimlarina ozel|is firsati|" +
    "numaranizi yazin|sms le gelen kodu|uygun fiyata satiyorum|yari fiyatina|bedava takipci|profilimdeki*|" +
    "bio daki link|link bio da|linkine tikla*|takipedenetakip|takip icin takip|geri takip|gt yapiyorum|takipci satilir|takipci satin al*|" +
    "gercek takipci|turk takipci|takipcilerini # gunde|takipci artir*|takipci kasma|begeni satilir|" +
    "garantili kazanc|garanti kazanc|kazanci garanti*|kazanc garanti*|pasif gelir|evden calisarak|evden calisma firsati|" +
    "gunde # tl kazan*|ayda # tl kazan*|haftada # tl kazan*|kripto yatirim*|kripto para ile|bahis tahmin*|" +
    "vip grubumuz*|vip gruba|kefilsiz|masrafsiz kredi|findeks notuna bakilmaksizin|hizli kredi|aninda kredi|" +
    "cekilisimizi kazandiniz|cekilisi kazandiniz|odulunuzu almak|hediyenizi almak|hediyenizi teslim almak|" +
    "hesabiniz askiya alin*|hesabiniz kapatilacak|hesabiniz dondurul*|hesabinizi dogrula*|dogrulamak icin ~ giris*|" +
    "gumruk ucretini odeyin|gumrukte bekliyor|gumruk vergisini odeyin|kanalima abone|kanalima bak*|" +
    "profilime bak*|profilimi ziyaret|sayfama bak*|sayfami takip|marka elcisi|isbirligi icin dm|" +
    "is birligi icin dm|bedava iphone|forex|hayatimi degistiren sistem|hayatimi degistiren yontem|bana ulasin kazanin",
  spamWeak:
    "bedava|ucretsiz|cekilis|hediye|tikla|tiklayin|linke tikla*|indirim kodu|kupon kodu|dm at*|dmden|kazan|" +
    "kazanin|firsat|paylas ve",
};
