import { type LanguagePack, twoDigits, unitText } from "./pack.ts";

// How a number ending is spoken decides the suffix after it: "09.30'a" (otuz), "09.15'e" (on beş), "06.00'ya" (altı).
const ones = ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"] as const;
const tens = ["", "on", "yirmi", "otuz", "kırk", "elli"] as const;

/** The last word of a number from 0 to 59 as it is read aloud: 0 "sıfır", 15 "beş", 30 "otuz", 46 "altı". */
export function spokenEnding(n: number): string {
  const unit = n % 10;
  if (n === 0 || unit !== 0) return ones[unit] as string;
  return tens[Math.floor(n / 10)] as string;
}

/**
 * The dative suffix after a word, by Turkish vowel harmony: "a" after a back vowel (a ı o u), "e" after a front one
 * (e i ö ü), with a buffer "y" after a vowel ("altıya", "ikiye").
 */
export function dativeAfter(word: string): "a" | "e" | "ya" | "ye" {
  const vowels = word.toLocaleLowerCase("tr").match(/[aıoueiöü]/gu) ?? [];
  const last = vowels.at(-1) ?? "e";
  const back = "aıou".includes(last);
  const afterVowel = /[aıoueiöü]$/u.test(word.toLocaleLowerCase("tr"));
  return `${afterVowel ? "y" : ""}${back ? "a" : "e"}` as "a" | "e" | "ya" | "ye";
}

/**
 * "09.30'a", "10.00'a", "06.00'ya", "23.15'e": a time of day in Turkish notation (hours and minutes separated by a
 * full stop) with the dative suffix that "kadar" ("by") takes. The suffix follows the last word read aloud: the
 * minutes ("dokuz otuz"), or the hour when the minutes are zero ("saat on").
 *
 * @example
 * ```ts
 * timeWithDative(9, 30); // "09.30'a"
 * timeWithDative(6, 0); // "06.00'ya"
 * ```
 */
export function timeWithDative(hour: number, minute: number): string {
  const spoken = spokenEnding(minute === 0 ? hour : minute);
  return `${twoDigits(hour)}.${twoDigits(minute)}'${dativeAfter(spoken)}`;
}

/**
 * Turkish, for customers in Turkey. Register: "siz" (formal you), as the care accounts of Turkish brands write on
 * social media, with the plural "biz" for the brand ("üzgünüz", "dönüş yapacağız"). Greeting: "Merhaba {firstName},"
 * by first name only: brands often add "Hanım" or "Bey", but we do not know the customer's gender, so we leave it out
 * (Turkish has no grammatical gender, so nothing else in the text depends on it). Empathy without admitting fault:
 * "yaşadığınız sorun için üzgünüz" (sorry for the trouble you had), never "yaşattığımız" (that we caused). Numbers
 * take a singular noun ("2 saat içinde", "2 gün içinde"); times are written "09.30" and take the dative suffix the
 * spoken number asks for ("09.30'a kadar", "06.00'ya kadar"); weekday names are capitalised as brands write them
 * ("Pazartesi saat 09.30'a kadar").
 */
export const tr: LanguagePack = {
  locale: "tr",
  within: (ms) =>
    `${unitText("tr", ms, { minute: { other: "dakika" }, hour: { other: "saat" }, day: { other: "gün" } })} içinde`,
  by: ({ weekday, hour, minute }) => `${weekday} saat ${timeWithDative(hour, minute)} kadar`,
  nextSteps: {
    "acknowledge-complaint": "Müşteri deneyimi ekibimizden bir arkadaşımız {answerTime} size buradan dönüş yapacak.",
    "acknowledge-question": "Ekibimizden bir arkadaşımız {answerTime} sorunuzu buradan yanıtlayacak.",
    "acknowledge-message": "Ekibimizden bir arkadaşımız mesajınızı okuyup {answerTime} size buradan dönüş yapacak.",
    "invite-private":
      "Size özel mesaj gönderdik: mesajımızı yanıtlamanız yeterli, ekibimiz {answerTime} oradan sizinle ilgilenecek.",
    "private-next-step":
      "Bilmemiz gereken her şeyi buraya yazabilirsiniz; ekibimizden bir arkadaşımız {answerTime} size dönüş yapacak.",
    thank: "Güzel sözlerinizi ekibimize ileteceğiz.",
  },
  templates: {
    "acknowledge-complaint": [
      "Merhaba {firstName}, yaşadığınız sorun için çok üzgünüz[; ne kadar can sıkıcı olduğunu anlıyoruz]. {nextStep} {signature}",
      "Merhaba {firstName}, bunu okuduğumuza gerçekten üzüldük[, bize haber verdiğiniz için teşekkür ederiz]. Ekibimizden bir arkadaşımız konuyu inceleyip {answerTime} size buradan dönüş yapacak. {signature}",
      "Merhaba {firstName}, bu durumu yaşamanıza çok üzüldük. Mesajınız ekibimize ulaştı[ ve konuyla ilgileniyoruz]; {answerTime} size buradan yanıt vereceğiz. {signature}",
      "Merhaba {firstName}, yaşadığınız olumsuz deneyim için üzgünüz[; konuyu çözmek için buradayız]. Müşteri deneyimi ekibimiz {answerTime} size buradan yanıt verecek. {signature}",
    ],
    "acknowledge-question": [
      "Merhaba {firstName}, sorunuz için teşekkür ederiz! [Size memnuniyetle yardımcı oluruz. ]{nextStep} {signature}",
      "Merhaba {firstName}, güzel bir soru[, sorduğunuz için teşekkürler]! Ekibimizden bir arkadaşımız konuya bakıp {answerTime} size buradan yanıt verecek. {signature}",
      "Merhaba {firstName}, bize yazdığınız için teşekkürler[, memnuniyetle yardımcı oluruz]! Ekibimiz {answerTime} sorunuzu burada yanıtlayacak. {signature}",
    ],
    "acknowledge-message": [
      "Merhaba {firstName}, mesajınız için teşekkür ederiz! [Mesajınızı ekibimize ilettik. ]{nextStep} {signature}",
      "Merhaba {firstName}, bize yazdığınız için teşekkürler[, ilginiz bizim için değerli]. Ekibimizden bir arkadaşımız mesajınızı okuyup {answerTime} size burada yanıt verecek. {signature}",
      "Merhaba {firstName}, bize ulaştığınız için teşekkür ederiz! [Mesajınızı ilgili ekibimize ilettik. ]{answerTime} size buradan dönüş yapacağız. {signature}",
    ],
    "invite-private": [
      "Merhaba {firstName}, yaşadığınız sorun için üzgünüz[; konuyu birlikte çözmek istiyoruz]. {nextStep} {signature}",
      "Merhaba {firstName}, bunu duyduğumuza üzüldük[, bize haber verdiğiniz için teşekkürler]. Konuya birlikte bakabilmek için size özel mesaj gönderdik; ekibimiz {answerTime} oradan size dönüş yapacak. {signature}",
      "Merhaba {firstName}, bu durumu yaşamanıza çok üzüldük. Size özel mesaj gönderdik[, ayrıntıları orada birlikte inceleyebiliriz]: yanıtlamanız yeterli, {answerTime} size oradan dönüş yapacağız. {signature}",
    ],
    "private-next-step": [
      "Merhaba {firstName}, [bize ulaştığınız için teşekkür ederiz; ]yaşadığınız sorun için üzgünüz. {nextStep} {signature}",
      "Merhaba {firstName}, bu sorunu yaşamanıza üzüldük. Ayrıntıları buradan bizimle paylaşabilirsiniz[; bu yazışma size özel]. Ekibimiz {answerTime} size yanıt verecek. {signature}",
      "Merhaba {firstName}, yaşadıklarınız için üzgünüz[ ve size yardımcı olmak istiyoruz]. Konuyla ilgili tüm ayrıntıları bu mesaja yanıt olarak yazabilirsiniz; ekibimiz {answerTime} bu yazışmadan size dönüş yapacak. {signature}",
    ],
    thank: [
      "Çok teşekkür ederiz, {firstName}! Bunu duymak bizi çok mutlu etti. [{nextStep} ]{signature}",
      "Teşekkürler {firstName}, günümüzü güzelleştirdiniz! [Mesajınızı tüm ekiple paylaşacağız. ]{signature}",
      "Merhaba {firstName}, güzel sözleriniz için teşekkür ederiz! Mesajınızı ekibimize ileteceğiz[; bu onlar için çok değerli]. {signature}",
    ],
  },
  // Folded text: lower case, no marks, ı as i ("arayın" is "arayin"), hyphens as spaces ("e-posta" is "e posta").
  deflections: [
    {
      label: "bizi arayın",
      pattern:
        "arayin|arayiniz|arayabilirsiniz|arayabilir misiniz|arar misiniz|aramanizi rica ederiz|aramanizi rica ediyoruz|bizi ara",
    },
    {
      label: "çağrı merkezimiz",
      pattern: "cagri merkez\\p{L}*",
    },
    {
      label: "müşteri hizmetlerimizi arayın",
      pattern:
        "musteri hizmetleri(?:miz|mizi|ni|mize|ne|mizden|nden)? (?:\\p{L}+ ){0,2}?(?:arayarak|arayin|arayiniz|arayabilirsiniz|ulasin|ulasiniz|ulasabilirsiniz|iletisime gec\\p{L}*|numara\\p{L}*|hatt\\p{L}*)",
    },
    {
      label: "destek hattımız",
      pattern:
        "(?:destek|musteri|danisma|yardim|iletisim|hizmet|ucretsiz|tuketici|bilgi) (?:hatt\\p{L}*|hat)|numarali (?:\\p{L}+ ){0,2}?(?:hatt\\p{L}*|hat)",
    },
    {
      label: "telefon numaramız",
      pattern:
        "(?:telefon|iletisim|destek|musteri hizmetleri|hizmet|cagri) numara(?:miz|mizi|mizdan|miza|mizdan bize)|numaramizdan|numaramizi arayin",
    },
    {
      label: "telefonla ulaşın",
      pattern:
        "(?:telefon(?:la|dan| ile| yoluyla| uzerinden)|telefonla bize|bize telefon(?:la|dan| ile)) (?:\\p{L}+ ){0,2}?(?:ulasin|ulasiniz|ulasabilirsiniz|ulasabilir misiniz|ulasmanizi|iletisime gecin|iletisime geciniz|iletisime gecebilirsiniz|arayin|arayabilirsiniz)",
    },
    {
      label: "e-posta gönderin",
      pattern:
        "(?:bize )?(?:bir )?(?:e ?posta|email|mail)(?:'?(?:yla|la|le|dan|den|ya|e))?(?: adresimize| adresimiz uzerinden| yoluyla| ile| uzerinden)? (?:bize )?(?:gonderin|gonderiniz|gonderebilirsiniz|gonderir misiniz|atin|atiniz|atabilirsiniz|atar misiniz|yazin|yaziniz|yazabilirsiniz|iletin|iletebilirsiniz|ulasin|ulasiniz|ulasabilirsiniz|iletisime gecin|iletisime geciniz|iletisime gecebilirsiniz)",
    },
    { label: "e-posta adresimiz", pattern: "(?:e ?posta|email|mail) adres(?:imiz|imize|imizden|imizi)" },
    {
      label: "web sitemizi ziyaret edin",
      pattern:
        "(?:web ?|internet )sitemiz\\p{L}*|sitemiz(?:i|e|den|deki)? (?:\\p{L}+ ){0,2}?(?:ziyaret|goz atin|inceleyin|bakin|bakabilirsiniz)|(?:yardim|destek) (?:merkezimiz\\p{L}*|sayfamiz\\p{L}*)|internet sube\\p{L}*",
    },
    { label: "iletişim formu", pattern: "(?:iletisim|basvuru|sikayet|destek|web|online) form\\p{L}*" },
    {
      label: "ücretsiz numara",
      pattern: "ucretsiz (?:\\p{L}+ )?numara\\p{L}*|444(?: ?\\d){4}|0 ?850(?: ?\\d){7}|0 ?800(?: ?\\d){7}",
    },
    {
      label: "en yakın mağazamıza başvurun",
      pattern:
        "(?:en yakin )?magaza(?:miza|larimiza|larimizdan birine) (?:\\p{L}+ ){0,2}?(?:basvurun|basvurabilirsiniz|gidin|ugrayin|ugrayabilirsiniz|gelin|gelebilirsiniz)",
    },
  ],
};
