import { type CountryCode, findPhoneNumbersInText } from "libphonenumber-js/min";

/** Kinds of account-sensitive data that move a conversation to private. */
export type SensitiveKind = "email" | "phone" | "card" | "national-id" | "order" | "address";

/** One piece of sensitive data found in a text, with its position (`text.slice(start, end) === value`). */
export interface SensitiveValue {
  kind: SensitiveKind;
  value: string;
  start: number;
  end: number;
}

export interface SensitiveOptions {
  /**
   * Order or account number patterns of this brand (from config), tried besides the defaults. A named group `value`
   * marks the number itself (`/\bref\s+(?<value>R\d{6})\b/i`); without one the whole match is the value.
   */
  orderPatterns?: readonly RegExp[];
}

/**
 * Digits and signs as some keyboards type them, read as ASCII: full-width forms (Japanese "０９０－１２３４", "：", "＃"),
 * Arabic-Indic and Persian digits ("٠٥٠"), Unicode dashes and the ideographic space. Each character maps to one, so
 * positions in the folded text are positions in the original.
 */
const foldCharacter = (character: string): string => {
  const code = character.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (code === 0x3000) return " ";
  if (code === 0x066b) return ".";
  if (code === 0x066c) return ",";
  return "-";
};
const foldable = /[\uff01-\uff5e\u0660-\u0669\u06f0-\u06f9\u3000\u066b\u066c\u2010-\u2015\u2212]|(?<=\d)ー(?=\d)/g;
const foldDigits = (text: string): string => text.replace(foldable, foldCharacter);

/** The order `findSensitive` reports kinds in. */
const kindOrder: readonly SensitiveKind[] = ["email", "phone", "card", "national-id", "order", "address"];

const emailPattern = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const cardCandidate = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g;
const defaultOrderPatterns = [
  /\b(?:order|pedido|commande|bestellung|encomenda|ordine|account|cuenta|compte|konto|conta|(?:bestell(?:ungs)?|auftrags|kunden|konto|rechnungs|order)-?(?:nummer|nr\.?))\s*(?:(?:#|no\.?|n[º°o]\.?|number|número|numéro|nummer|nr\.?)\s*)?(?::\s*)?#?(?<value>[A-Z]{0,4}-?\d{4,})\b/iu,
  // Booking, contract, customer, ticket and case references: a code of five or more characters with a digit in it
  // (not a year: "client since 2011"), right after its name, perhaps with a short prefix ("FT 2024/0042").
  /(?<![\p{L}])(?:order|pedido|commande|bestellung|encomenda|booking(?:\s+(?:ref(?:erence)?|code|number|no\.?))?|reservation|res\.?|pnr|confirmation(?:\s+(?:code|number))?|ref(?:erence)?|contract|customer\s+(?:no\.?|number|id)|cust\.?\s*no\.?|client|member(?:ship)?(?:\s+(?:no\.?|number|id))?|ticket|case|claim|invoice|policy|localizador|reserva|contrato|cliente|socio|expediente|factura|p[óo]liza|incidencia|r[ée]servation|contrat|adh[ée]rent|dossier|facture|billet|sinistre|(?:buchungs|vertrags|kunden|mitglieds|rechnungs|auftrags|versicherungs|vorgangs|ticket)-?(?:nummer|nr\.?|code)|buchung|vorgang|rechnung|police|matr[íi]cula|processo|fatura|ap[óo]lice|n[º°o]\.?\s*de\s*(?:cliente|socio|s[óo]cio|contrato|cliente))(?![\p{L}])(?:\s+(?:de|del|de la|da|do|du|der|of)\s+\p{L}+)?(?:\s*(?:#|no\.?|n[º°o]\.?|number|n[úu]mero|num[ée]ro|nummer|nr\.?|code|:|is|es|est|ist|é))*\s*#?(?<value>(?:[A-Z]{1,4}[ -])?(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{3,15}[A-Z0-9])(?![\p{L}\p{N}])/iu,
  // "nº 1002345", "n° 7H2K9Q": a number sign before a long code names a reference.
  /(?<![\p{L}\p{N}])n[º°]\.?\s*(?<value>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,14})(?![\p{L}\p{N}])/iu,
  /\b[A-Z]{2,4}-\d{4,}\b/,
  /#\d{5,}\b/,
];
/**
 * References in the languages beyond the first five, after their names: Italian "ordine n. 48213", "codice
 * prenotazione K7XQ2M", "POD IT001E…"; Dutch "bestelling 48213", "klantnummer"; Indonesian "no. pesanan", "resi",
 * "nomor pelanggan PLN saya …"; Swahili "oda namba 48213", "namba ya oda", "akaunti namba"; Turkish "sipariş no",
 * "sipariş numaram", "kargo takip no". A few little words may stand between the name and the code ("saya", "yangu",
 * "è il n.").
 */
const referenceNames = [
  String.raw`ordine|ordinazione|prenotazione|contratto|pratica|fattura|bolletta|tessera|abbonamento|spedizione|POD|PDR|codice\s+(?:prenotazione|cliente|pratica|ordine|contratto|utente|spedizione|tracking)|numero\s+(?:d[ie]l?l?[ao]?\s+|d')?(?:ordine|prenotazione|contratto|pratica|cliente|fattura|tessera|spedizione)`,
  String.raw`bestelling|reservering|boeking|factuur|zending|(?:bestel|order|klant|reserverings|boekings|dossier|factuur|contract|zaak|referentie|polis|lid|abonnements|ticket|zendings|meter|aansluit)(?:nummer|nr\.?)|track\s*(?:&|and|en)\s*trace(?:\s*code)?`,
  String.raw`pesanan|invoice|resi|rekening(?:\s+tujuan)?|(?:no\.?|nomor|nmr\.?|kode|id)\s*(?:pesanan|order|resi|pelanggan|rekening|rek\.?|tagihan|tiket|kontrak|polis|transaksi|pemesanan|pembayaran|invoice|meter|akun|virtual\s+account)`,
  String.raw`oda|agizo|akaunti|mita|tiketi|risiti|muamala|policy|namba\s+ya\s+(?:oda|agizo|akaunti|mita|tiketi|risiti|kumbukumbu|muamala|bima|mteja|malipo|booking)`,
  String.raw`sipari[şs]\p{L}*|kargo(?:\s+takip)?|takip|rezervasyon|(?:m[üu][şs]teri|abone(?:lik)?|fatura|poli[çc]e|hesap|dosya|ba[şs]vuru|iade|bilet|s[öo]zle[şs]me|talep|kay[ıi]t|[şs]ikayet)\s+(?:no|numaras[ıi]|numaram|kodu)`,
].join("|");
const referenceLinks = String.raw`#|n[º°o]?\.|nr\.?|no\.?|num(?:ero)?\.?|nummer|nomor|namba|nambari|number|numaras[ıi]|numaram|numaram[ıi]z|kodu|kodum|:|è|é|il|is|ni|adalah|saya|aku|kamu|mio|mia|mijn|yangu|langu|changu|wangu|yetu|PLN|benim`;
/** A code with a digit in it, or digits in groups ("5310 2299 8811"): not a date ("ordine del 12/03/2024"). */
const referenceCode = String.raw`#?(?<value>\d{3,6}(?: \d{3,6}){1,4}(?![\p{L}\p{N}])|(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{3,30}[A-Z0-9])`;
const notADate = (value: string) => !datePattern.test(value);

/** Arabic names of references: "رقم الطلب", "طلب رقم", "رقم الحجز", "طلبي ٤٨٢١٣" (digits folded to ASCII first). */
const arabicReference =
  "(?:ال)?(?:طلب(?:ية)?|أوردر|اوردر|حجز|عميل|حساب|فاتورة|شحنة|تتبع|مرجع|عقد|اشتراك|بوليصة|تذكرة|عضوية|شكوى|معاملة|عملية|بلاغ)(?:ي|ك|نا)?";
const arabicOrderWord = "(?:ال)?(?:طلب(?:ية)?|أوردر|اوردر|حجز)(?:ي|ك|نا)?";

const marketOrderPatterns: readonly RegExp[] = [
  new RegExp(
    String.raw`(?<![\p{L}])(?:${referenceNames})(?![\p{L}])(?:\s*(?:${referenceLinks})(?![\p{L}]))*\s*${referenceCode}(?![\p{L}\p{N}])`,
    "iu",
  ),
  // Japanese: 注文番号, 会員番号, 受付番号, お客様番号, 予約番号... then the code, often glued to the next word (の, です).
  /(?:ご?注文|会員|受付|お客様|顧客|予約|追跡|お?問い?合わ?せ|契約|伝票|申込|申し込み|整理|管理|口座|送り状|配送|荷物|チケット|ポイントカード|利用者|加入者|請求|取引)(?:番号|ID|コード)\s*(?:は|が|:|#|「|\()?\s*(?<value>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,24}[A-Z0-9])(?![A-Za-z0-9])/iu,
  new RegExp(
    String.raw`(?<![\p{L}])[وبفل]?(?:(?:ال)?رقم\s+${arabicReference}|${arabicReference}\s+(?:ب|ذو\s+ال|ذات\s+ال)?رقم|${arabicOrderWord})\s*(?:[:#]|هو|هي)?\s*#?(?<value>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9/-]{3,24}[A-Z0-9])(?![A-Za-z0-9])`,
    "iu",
  ),
  // M-Pesa and other mobile-money transaction codes: ten capitals and digits ("M-Pesa code QGH7X2K9LM", "Code ni …").
  /(?<![\p{L}])(?:[Mm]-?[Pp]esa|[Tt]igo\s?[Pp]esa|[Aa]irtel\s?[Mm]oney|[Mm]uamala|[Tt]ransaction|[Mm]simbo|[Kk]odi|[Cc]ode\s+(?:ni|ya)(?=\s))(?:\s+(?:code|ID|ni|namba|ya|wa|yangu|muamala))*\s*[:#]?\s*(?<value>(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{10})(?![\p{L}\p{N}])/u,
  // Turkish puts the number first: "48213 numaralı sipariş", "48213 nolu kargo".
  /(?<![\p{L}\p{N}])(?<value>[A-Z]{0,4}-?\d{5,})\s*(?:numaral[ıi]|nolu|no'lu|no’lu|no\.lu)(?![\p{L}])/iu,
  // "è il n. 77120", "nr. 55120": five to eight digits after an abbreviated "number" (longer runs are phone numbers).
  /(?<![\p{L}\p{N}])(?:n|nr|no)\.\s*(?<value>\d{5,8})(?![\p{L}\p{N}]|[ .-]\d)/iu,
  // Indonesian marketplace invoices: INV/20240312/MPL/3845512907.
  /(?<![\p{L}\p{N}])INV\/\d{6,8}\/[A-Z]{2,8}\/\d{4,14}(?![\p{L}\p{N}])/iu,
];

/** A word of a street name: not a little word or a unit of time ("2 weeks and no way", "3 days in the park"). */
const streetWord = String.raw`(?!(?:and|or|no|not|in|on|at|the|a|an|of|to|for|with|my|your|our|this|that|it|is|was|days?|weeks?|hours?|minutes?|mins?|months?|years?|times?)\s)[\p{L}][\p{L}'-]+\s+`;
const englishStreet = new RegExp(
  String.raw`\b\d{1,5}[a-z]?\s+(?:${streetWord}){1,4}(?:street|st\.?|avenue|ave\.?|road|rd\.?|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|court|ct\.?|way|place|pl\.?|close|crescent|gardens|terrace|square|row|hill|grove|mews|parade|walk|highway|hwy|parkway|pkwy|circle|cir\.?|trail|park)\b`,
  "iu",
);
const addressPattern =
  /\b(?:calle|avenida|rue|avenue|straße|strasse|rua|avenida)\s+[\p{L}' -]{2,40}\s*,?\s*\d{1,5}\b|\b\d{1,5}\s*,?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|calle|avenida|rua|travessa)\s+[\p{L}' -]{2,40}|\b[\p{Lu}][\p{L}-]*(?:straße|strasse|weg|gasse|platz|allee|ring|damm)\s+\d{1,4}[a-z]?\b|(?<![\p{L}\p{N}])(?:C\/|Avda\.|Av\.|Pza\.|Pl\.|Pº|plaza|paseo|carrer|praça|praca|largo|estrada)\s*[\p{L}' -]{2,40}\s*,?\s*\d{1,5}\b/iu;

/** Brazil's postcode, said as such: not a phone number, and on its own (an area, not a home) not sensitive. */
const cepPattern = /\bCEP:?\s*\d{5}-?\d{3}\b/giu;

/** A count after a number is a quantity, not a house number ("via WhatsApp 3 volte", "Weg 2 dagen"). */
/** The postcode and town that may follow a street ("…, 20121 Milano", "…, 1017 GC Amsterdam"). */
const postcodeAndTown = String.raw`(?:,?\s*\d{4,5}(?:\s?[A-Z]{2})?\s+[\p{Lu}][\p{L}-]+)?`;
const notACount = String.raw`(?!\s*(?:volte|giorni|ore|settimane|mesi|anni|minuti|euro|keer|dagen|weken|uur|maanden|jaar|minuten|mois|jours|semaines|ans|heures|days|weeks|months|years|hours|times|d[íi]as|meses|anos|años|Tage|Wochen|Monate|Jahre|Stunden|x\b|€|%)(?![\p{L}]))`;

/**
 * Street addresses in the languages beyond the first five: Italian "via Dante 7", Dutch "Kerkstraat 14" and "Meir 45
 * bus 3, 2000 Antwerpen", Indonesian "Jl. Kenanga No. 17", "Blok C3 No. 12", "RT 04/RW 02", Swahili "Mtaa wa Msimbazi
 * namba 17", "Plot 45, Barabara ya …", Turkish "Atatürk Cad. No: 12", Arabic "شارع … رقم 12", Japanese "1丁目2番3号",
 * "2-4-9", "〒150-0001 東京都…". A postcode alone (〒150-0001, 1017 GC) is an area.
 */
/** A Japanese address before its block numbers: a postcode, then prefecture, city, ward and district, in kanji. */
const japanesePlace = String.raw`(?:〒\s?\d{3}-?\d{4}\s*)?(?:[\p{Script=Han}\p{Script=Katakana}ヶー]|\d{1,3}条){0,20}`;
const japaneseRoom = String.raw`(?:\s*[\p{Script=Han}\p{Script=Katakana}ー]{1,20}\s*\d{1,5}\s*号室)?`;
const marketAddressPatterns: readonly RegExp[] = [
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:via|viale|v\.le|piazza|p\.zza|p\.za|piazzale|corso|c\.so|largo|vicolo|strada|contrada|località|loc\.|lungomare|borgo)\s+(?!(?:da|di|del|della|e|a|in|con|per|che|mail|e-mail|email|sms|whatsapp|telefono|chat|app|web)\s)(?:[\p{L}'.]+\s+){1,3}?\d{1,4}(?:\/?[a-z])?(?![\p{L}\p{N}])${notACount}${postcodeAndTown}`,
    "iu",
  ),
  new RegExp(
    String.raw`(?<![\p{L}])[\p{Lu}][\p{L}-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|markt|baan|wal|plantsoen|lei|vest)\s+\d{1,4}(?:[-\s]?[a-zA-Z](?![\p{L}]))?(?:\s+bus\s+\d{1,3})?(?![\p{L}\p{N}])${notACount}${postcodeAndTown}`,
    "u",
  ),
  // A street and house number, perhaps a "bus", then a four-digit postcode and a town (Belgium, the Netherlands).
  /(?<![\p{L}\p{N}])[\p{Lu}][\p{L}'-]+\s+\d{1,4}[a-z]?(?:\s+bus\s+\d{1,4})?,\s*\d{4}(?:\s?[A-Z]{2})?\s+[\p{Lu}][\p{L}-]+/u,
  /(?<![\p{L}\p{N}])\d{1,4}[a-z]?,?\s+\d{4}\s?[A-Z]{2}\s+[\p{Lu}][\p{L}-]+/u,
  /(?<![\p{L}])(?:[Jj]l|[Jj]ln|Jalan|[Gg]g|Gang)\.?\s+[\p{L}\p{N}' .-]{2,40}?\s(?:No|Nomor|Nmr)\.?\s*\d{1,4}[A-Z]?(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}])(?:[Jj]l|[Jj]ln)\.\s*[\p{Lu}][\p{L}' .-]{1,40}?\s\d{1,4}(?![\p{L}\p{N}])/u,
  /(?<![\p{L}])Blok\s+[A-Z]{1,3}[-\s]?\d{0,3}\s*,?\s*(?:No|Nomor)\.?\s*\d{1,4}(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}])RT\.?\s*\d{1,3}\s*\/\s*RW\.?\s*\d{1,3}(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}])(?:Mtaa|Barabara|Nyumba|Kitalu)\s+(?:wa|ya|la)\s+[\p{L}' -]{2,30}?,?\s+(?:namba|nambari|no\.?|plot|nyumba(?:\s+namba)?)\s*\d{1,5}(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}])[Pp](?:lot|LOT)\s*(?:[Nn]o\.?\s*)?\d{1,5}[A-Z]?\s*,?\s+(?:Barabara|Mtaa|Njia)\s+(?:ya|wa)\s+\p{L}+(?:\s+[\p{Lu}]\p{L}+)?/u,
  /(?<![\p{L}])(?:[\p{Lu}][\p{L}'-]*\.?\s+){0,2}(?:[Mm]ah(?:allesi)?|[Mm]h|[Cc]ad(?:desi)?|[Cc]d|[Ss]ok(?:a[kğ]ı?)?|[Ss]k|[Bb]ulvar[ıi]|[Bb]lv)\.?(?![\p{L}])[^\n]{0,40}?(?<![\p{L}])[Nn]o\s*[:.]?\s*\d{1,4}(?![\p{N}])(?:\s*\/\s*\d{1,4})?(?:\s*(?:D|Daire|Kat)\s*[:.]?\s*\d{1,4})?(?:\s+[\p{Lu}][\p{L}]+\/[\p{Lu}][\p{L}]+)?/u,
  /(?<![\p{L}])(?:شارع|طريق|ش\.)\s+[\p{L}\s]{2,30}?[،,]?\s*(?:رقم|عمارة|مبنى|بناية|بيت|منزل|فيلا|شقة)\s*\d{1,5}(?!\d)/u,
  /(?<![\p{L}])(?:شارع|طريق)\s+(?:\p{L}+\s+){1,4}?\d{1,5}(?![\d\p{L}])(?!\s*(?:يوم|أيام|ايام|ساعة|ساعات|دقيقة|دقائق|مرة|مرات|ريال|جنيه|درهم|دينار|سنة|سنين|سنوات|شهر|أشهر|أسبوع|كم|متر|%))/u,
  /(?:عمارة|مبنى|بناية|فيلا|شقة)\s*(?:رقم\s*)?\d{1,5}[،,]?\s+(?:شارع|طريق)\s+\p{L}+/u,
  new RegExp(String.raw`${japanesePlace}\d{1,4}\s*丁目\s*\d{1,4}\s*(?:番地?|-)\s*\d{0,4}\s*号?${japaneseRoom}`, "u"),
  new RegExp(String.raw`${japanesePlace}\d{1,5}\s*番地(?:\s*の?\s*\d{1,4})?${japaneseRoom}`, "u"),
  new RegExp(
    String.raw`${japanesePlace}[都道府県市区町村郡][\p{Script=Han}\p{Script=Katakana}ヶー]{0,10}\d{1,4}-\d{1,4}-\d{1,4}(?!\d)${japaneseRoom}`,
    "u",
  ),
  /〒\s?\d{3}-?\d{4}\s*[\p{Script=Han}]{2,}[都道府県市区町村]/u,
];

/**
 * More address shapes: flat and unit numbers, street types beyond the common ones, German "Str." and two-word street
 * names, French "bis"/"ter", Portuguese "R." and "nº", and a postcode with its town after a house number or a street. A
 * postcode alone ("do you deliver to 28004?") is an area, not a home.
 */
const moreAddressPatterns = [
  englishStreet,
  /\b(?:flat|apt\.?|apartment|unit|suite)\s*#?\d{1,4}[a-z]?\s*,?\s+\d{1,5}[a-z]?\s+[\p{L}' -]{2,40}/iu,
  /\b[\p{Lu}][\p{L}-]*(?:str\.|str)\s*\d{1,4}[a-z]?\b/u,
  /\b[\p{Lu}][\p{L}-]+\s+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee)\s+\d{1,4}[a-z]?\b/u,
  /\b\d{1,5}\s*(?:bis|ter)?\s*,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|allee|impasse|quai|cours|route|square|passage|résidence|residence)\s+[\p{L}' -]{2,40}/iu,
  /(?<![\p{L}\p{N}])(?:R\.|Rua|Av\.|Avenida|Travessa|Alameda|Estrada|Praça|Largo)\s+[\p{L}' .-]{2,40},?\s*(?:n[º°o.]\s*)?\d{1,5}\b/iu,
  /(?<![\p{L}\p{N}])(?:camino|ronda|travesía|travesia|carretera|glorieta|urbanización|urbanizacion|pasaje)\s+[\p{L}' -]{2,40}\s*,?\s*(?:n[º°o.]\s*)?\d{1,5}\b/iu,
  ...marketAddressPatterns,
  // A house number, then a postcode and a town ("Am Mühlbach 7a, 80331 München", "12, 28004 Madrid").
  /\b\d{1,4}[a-z]?,?\s+\d{5}\s+[\p{Lu}][\p{L}]+/u,
  /(?<![\p{L}])(?:street|st\.?|road|rd\.?|avenue|ave\.?|calle|rue|straße|strasse|rua)\b[^\n.]{0,40}?\b\d{5}\s+[\p{Lu}][\p{L}]+/iu,
];

/**
 * Local number formats of the markets whose languages we answer in, by the script a message is written in (reading
 * every number in every plan costs a millisecond a message); international (+..) forms match with any.
 */
const latinPhoneCountries = ["US", "GB", "ES", "MX", "FR", "DE", "PT", "BR", "IT", "NL", "BE", "ID", "TR", "KE", "TZ"];
const arabicPhoneCountries = ["SA", "AE", "EG", "JO", "LB", "SY", "PS", "IQ", "KW", "QA", "BH", "OM", "MA", "DZ", "TN"];
const japanesePhoneCountries = ["JP"];
const phoneCountriesOf = (text: string): CountryCode[] => {
  const arabic = /\p{Script=Arabic}/u.test(text);
  const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text);
  const latin = /\p{Script=Latin}/u.test(text) || !(arabic || japanese);
  return [
    ...(latin ? latinPhoneCountries : []),
    ...(arabic ? arabicPhoneCountries : []),
    ...(japanese ? japanesePhoneCountries : []),
  ] as CountryCode[];
};
/** Eight digits at least, as a phone number needs: without such a run, no numbering plan is asked. */
const phoneDigitRun = /\d(?:[\s().\-/]{0,3}\d){7}/;
/** Amounts: "Rp 25.000.000", "1,200,000", "5.000.000 TL" are prices, not phone numbers. */
const amountPattern = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})+$/;
const currencyBefore = /(?:Rp\.?|IDR|€|\$|£|¥|₺|TL|KSh|TSh|Ksh|Tsh|USD|EUR|SAR|AED|EGP)\s?$/i;
const currencyAfter = /^\s?(?:€|円|TL|₺|euro|lira|shilingi|rb|ribu|juta|ريال|جنيه|درهم|دينار)/i;

const datePattern = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/;

const digitsOf = (text: string) => text.replace(/\D/g, "");

const luhnValid = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
};

/** Spanish DNI (8 digits) and NIE (X/Y/Z + 7 digits): the letter is the number modulo 23. */
const dniPattern = /(?<![\p{L}\p{N}])(?:\d{8}|[XYZxyz]\d{7})(?:[ -]?[A-Z]|[a-z])(?![\p{L}\p{N}])/gu;
const dniValid = (raw: string): boolean => {
  const id = raw.toUpperCase().replace(/[ -]/g, "");
  const number = Number(id.slice(0, -1).replace(/^[XYZ]/, (prefix) => String("XYZ".indexOf(prefix))));
  return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] === id.at(-1);
};

/**
 * French NIR (sécurité sociale): sex, year, month, département (2A/2B in Corsica), commune, order, then a key that
 * is 97 minus the first 13 digits modulo 97.
 */
const nirPattern =
  /(?<![\p{L}\p{N}])[1-478][ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?(?:\d{2}|2[ABab])[ \u00a0]?\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{2}(?![\p{L}\p{N}])/gu;
const nirValid = (raw: string): boolean => {
  const id = raw.toUpperCase().replace(/[ \u00a0]/g, "");
  const body = Number(id.slice(0, 13).replace("2A", "19").replace("2B", "18"));
  return 97 - (body % 97) === Number(id.slice(13));
};

/** US Social Security number, written ###-##-####; areas 000, 666 and 9xx are never issued. */
const ssnPattern = /(?<![\p{N}-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\p{N}-])/gu;

/**
 * Portuguese NIF: nine digits are too common to take on their own, so only after the words that introduce one.
 * The last digit is 11 minus a weighted sum modulo 11 (0 when that is 10 or 11).
 */
const nifPattern =
  /\b(?:NIF|NIPC|contribuinte|n[úu]mero\s+(?:de\s+identifica[çc][ãa]o\s+)?fiscal)(?:\s*(?:é|e|:|n\.?\s?[º°o]\.?|n[úu]mero))*\s*(?:PT)?(?<value>\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3})(?![\p{L}\p{N}])/giu;
const nifValid = (raw: string): boolean => {
  const digits = digitsOf(raw);
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  const check = 11 - (sum % 11);
  return (check >= 10 ? 0 : check) === Number(digits[8]);
};

/** German Steuer-ID: eleven digits after the words that introduce one, the last an ISO 7064 MOD 11,10 check digit. */
const steuerIdPattern =
  /\b(?:Steuer-?ID(?:-?Nr\.?)?|Steuer-?Identifikationsnummer|(?:steuerliche[nr]?\s+)?Identifikationsnummer|IdNr\.?)(?:\s*(?:ist|lautet|:))*\s*(?<value>[1-9]\d[ \u00a0]?\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3})(?![\p{L}\p{N}])/giu;
const steuerIdValid = (raw: string): boolean => {
  const digits = digitsOf(raw);
  let product = 10;
  for (let i = 0; i < 10; i += 1) {
    const sum = (Number(digits[i]) + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === Number(digits[10]);
};

/** UK National Insurance number (two letters, six digits, A-D; "QQ" is the documentation prefix), spaces or none. */
const ninoPattern = /(?<![\p{L}\p{N}])[A-CEGHJ-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}\p{N}])/gu;

const nationalIds: readonly { pattern: RegExp; valid: (raw: string) => boolean }[] = [
  { pattern: ninoPattern, valid: () => true },
  { pattern: dniPattern, valid: dniValid },
  { pattern: nirPattern, valid: nirValid },
  { pattern: ssnPattern, valid: () => true },
  { pattern: nifPattern, valid: nifValid },
  { pattern: steuerIdPattern, valid: steuerIdValid },
];

/**
 * Italian codice fiscale: six letters of the name, year, month letter, day (plus 40 for women), birthplace, then a check
 * letter from the odd and even positions. Digits may be replaced by letters (omocodia), so those places take both.
 */
const codiceFiscalePattern =
  /(?<![\p{L}\p{N}])[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z](?![\p{L}\p{N}])/giu;
const codiceFiscaleOdd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const codiceFiscaleValid = (raw: string): boolean => {
  const id = raw.toUpperCase();
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const character = id[i] as string;
    const index = /\d/.test(character) ? Number(character) : character.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (codiceFiscaleOdd[index] as number) : index;
  }
  return String.fromCharCode(65 + (sum % 26)) === id[15];
};

/** Belgian rijksregisternummer, written 85.07.30-033.28: 97 minus the first nine digits (with a 2 before for 2000+). */
const rijksregisterPattern = /(?<![\p{N}.])\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}(?![\p{N}])/gu;
const rijksregisterValid = (raw: string): boolean => {
  const digits = digitsOf(raw);
  const body = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  return 97 - (Number(body) % 97) === check || 97 - (Number(`2${body}`) % 97) === check;
};

/** Emirates ID: 784, the year of birth, seven digits and a check digit, in the groups printed on the card. */
const emiratesIdPattern = /(?<![\p{N}])784[- ]?(?:19|20)\d{2}[- ]?\d{7}[- ]?\d(?![\p{N}])/gu;

/** Egyptian national id: century (2 or 3), birth date, governorate, serial and check: fourteen digits. */
const egyptIdPattern =
  /(?<![\p{N}])[23]\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)\d{5}(?![\p{N}])/gu;

/** Indonesian NIK: province, regency and district, birth date (day plus 40 for women), serial: sixteen digits. */
const nikPattern =
  /(?<![\p{N}])(?:1[1-9]|2[01]|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-6])\d{4}(?:[04][1-9]|[1256]\d|[37][01])(?:0[1-9]|1[0-2])\d{2}(?!0000)\d{4}(?![\p{N}])/gu;

/** Turkish TC Kimlik: eleven digits, the first not 0, the last two check digits. */
const tcKimlikPattern = /(?<![\p{N}])[1-9]\d{10}(?![\p{N}])/gu;
const tcKimlikValid = (raw: string): boolean => {
  const d = Array.from(raw, Number);
  const odd = (d[0] as number) + (d[2] as number) + (d[4] as number) + (d[6] as number) + (d[8] as number);
  const even = (d[1] as number) + (d[3] as number) + (d[5] as number) + (d[7] as number);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = d.slice(0, 10).reduce((sum, digit) => sum + digit, 0) % 10;
  return tenth === d[9] && eleventh === d[10];
};

/** Shapes distinctive enough to take without their name (checked where they carry a check). */
const marketNationalIds: readonly { pattern: RegExp; valid: (raw: string) => boolean }[] = [
  { pattern: codiceFiscalePattern, valid: codiceFiscaleValid },
  { pattern: rijksregisterPattern, valid: rijksregisterValid },
  { pattern: emiratesIdPattern, valid: () => true },
  { pattern: egyptIdPattern, valid: () => true },
  { pattern: nikPattern, valid: () => true },
];

/**
 * An identity number introduced by its name ("numéro de sécu", "DNI", "SSN"...) is one, even when its check digits
 * are wrong: a typo does not make it less personal.
 */
const namedIdValue = String.raw`(?![\p{L}])[^\p{N}\n]{0,15}?(?<value>[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]|[A-Z]{0,2}\d[\dA-Z]*(?:[ .-]\d[\dA-Z]*){0,8})(?![\p{L}\p{N}])`;
const namedIdPatterns = [
  new RegExp(
    String.raw`(?<![\p{L}])(?:num(?:[ée]ro)?\.? de s[ée]cu(?:rit[ée] sociale)?|s[ée]curit[ée] sociale|social security(?: number)?|NI number|national insurance(?: number)?|contribuinte|Steuer-?ID|Steueridentifikationsnummer|IdNr|Sozialversicherungsnummer|Personalausweis(?:nummer)?|Ausweisnummer|Reisepass(?:nummer)?|passport(?: number| no\.?)?|pasaporte|passeport|passaporte|carte d'identit[ée]|cart[ãa]o de cidad[ãa]o)${namedIdValue}`,
    "giu",
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:codice fiscale|cod\. ?fisc\.?|tessera sanitaria|carta d'identit[àa]|carta di identit[àa]|burgerservicenummer|sofi-?nummer|rijksregister(?:nummer)?|identiteitskaart(?:nummer)?|paspoort(?:nummer)?|nomor induk kependudukan|e-?KTP|kitambulisho(?: cha taifa)?|namba ya NIDA|huduma namba|(?:T\.?C\.? )?kimlik(?: no| numaras[ıi]| numaram| kartı)?|nüfus cüzdanı|pasaport(?: no| numaras[ıi])?|national ID(?: number| no\.?| card)?|ID (?:namba|yangu|no\.?|number|card)|emirates ID|iqama)${namedIdValue}`,
    "giu",
  ),
  // Acronyms in capitals only: "nie" is German for "never", "nir" and "nif" are words too.
  new RegExp(String.raw`(?<![\p{L}])(?:NIR|DNI|NIE|SSN|NIF|CPF|BSN|NIK|KTP|NIDA|TCKN|TC)${namedIdValue}`, "gu"),
  // Japanese マイナンバー (twelve digits), often glued to the words around it.
  /(?:マイナンバー|個人番号)(?:カード)?[^\d\n]{0,12}?(?<value>\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)/gu,
  // Arabic: هوية / السجل المدني / إقامة (Saudi, ten digits), الرقم القومي (Egypt, fourteen), جواز السفر.
  /(?<![\p{L}])[وبل]?(?:(?:ال)?رقم\s+)?(?:ال)?(?:هوية|هويتي|هويه|إقامة|اقامة|إقامتي|اقامتي|سجل\s+(?:ال)?مدني|السجل\s+المدني|قومي|جواز(?:\s+(?:ال)?سفر)?|جوازي|بطاقة\s+(?:ال)?(?:هوية|شخصية))(?:ي)?[^\d\n]{0,15}?(?<value>\d[\d -]{6,22}\d)(?!\d)/gu,
];

/**
 * A number the customer gives to be reached on is a phone number whether or not the numbering plan knows it (the
 * fictional 555 ones included): an international "+" number, or digits right after "call me", "WhatsApp", "llamadme",
 * "Handy" and the like.
 */
const contactPhonePatterns = [
  /(?<![\p{L}\p{N}+])(?<value>\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5})(?![\p{N}])/gu,
  /(?<![\p{L}])(?:call|phone|tel|tlf|tfno|telf|mobile|cell|number|whats ?app|sms|text|texted|text me|reach me|ring me|ll[aá]m\p{L}*|tel[ée]fono|m[óo]vil|celular|appel\p{L}*|portable|t[ée]l[ée]phone|num[ée]ro|anruf\p{L}*|ruf\p{L}* mich|handy|telefon|nummer|lig\p{L}*|telefone|telem[óo]vel|n[úu]mero|chiam\p{L}*|richiam\p{L}*|cellulare|contatt\p{L}*|bel|bellen|terugbel\p{L}*|gsm|mobiel(?:tje)?|telefoon\p{L}*|telepon|telp|hp|nomor|hubungi|kontak|wa(?=\s*(?:ke\s+)?[+\d])|nipigie\p{L}*|piga|pigia|simu|namba|ara(?:y[ıi]n|yin|r\p{L}*)?|cep\s*(?:tel\p{L}*|no|numara\p{L}*)|cebim\p{L}*|numaram|numara\p{L}*|ula[şs]\p{L}*)\b[^\d+\n]{0,30}(?<value>\+?\d[\d\s().-]{5,18}\d)(?![\p{N}])/giu,
  // Japanese and Arabic words for a phone (電話, 携帯, 連絡先, جوال, هاتف, اتصلوا), glued to the number or not.
  /(?:電話|携帯|連絡先|TEL|ケータイ|スマホ|折り返し|اتصل\p{L}*|اتصال|جوال\p{L}*|هاتف\p{L}*|موبايل\p{L}*|واتساب|واتس|تلفون\p{L}*|تليفون\p{L}*|رقمي)[^\d+\n]{0,20}(?<value>\+?\d[\d\s().-]{5,18}\d)(?![\p{N}])/gu,
];
const looksLikePhone = (value: string) => {
  const digits = digitsOf(value).length;
  return digits >= 7 && digits <= 15 && !datePattern.test(value.trim()) && !amountPattern.test(value.trim());
};

interface Span {
  value: string;
  start: number;
  end: number;
}

/**
 * Phone numbers as people write them: at least eight digits (shorter runs are house, order or ticket numbers, which
 * some countries' numbering plans would also accept), not a date, and not glued to a code such as "TW-48213".
 */
const phoneSpans = (text: string): Span[] =>
  (phoneDigitRun.test(text) ? phoneCountriesOf(text) : [])
    .flatMap((country) => findPhoneNumbersInText(text, { defaultCountry: country }))
    .map(({ startsAt, endsAt }) => {
      const raw = text.slice(startsAt, endsAt);
      const value = raw.trim();
      const start = startsAt + raw.indexOf(value);
      return { value, start, end: start + value.length };
    })
    .filter(({ value, start, end }) => {
      // Glued to a Latin word or code ("TW-48213") it is a reference; Japanese and Arabic write numbers against words.
      const before = text.slice(Math.max(0, start - 4), start);
      return (
        digitsOf(value).length >= 8 &&
        !datePattern.test(value) &&
        !amountPattern.test(value) &&
        !/(?:[\p{Script=Latin}\p{N}][-/]?|#\s?)$/u.test(before) &&
        !currencyBefore.test(before) &&
        !currencyAfter.test(text.slice(end, end + 8))
      );
    })
    // Countries read the same digits differently: the longest reading of a number wins.
    .sort((a, b) => a.start - b.start || b.end - a.end);

/**
 * Finds account-sensitive data in a message with its position: e-mail addresses, national identity numbers (Spanish
 * DNI/NIE, French NIR, US SSN, Portuguese NIF, German Steuer-ID, check digits verified), payment card numbers
 * (Luhn-checked), order or account numbers (the defaults plus `options.orderPatterns`), phone numbers (international
 * and local forms) and street addresses.
 *
 * Values never overlap: where two readings compete, the more specific wins (a card number also parses as a phone
 * number, a DNI contains one).
 *
 * @returns the values in the order they appear in the text; empty when none.
 * @example
 * ```ts
 * findSensitiveValues("I'm grace@example.com, order TW-48213");
 * // [{ kind: "email", value: "grace@example.com", start: 4, end: 21 },
 * //  { kind: "order", value: "TW-48213", start: 29, end: 37 }]
 * findSensitiveValues("ref R123456", { orderPatterns: [/\bR\d{6}\b/] });
 * // [{ kind: "order", value: "R123456", start: 4, end: 11 }]
 * ```
 */
export function findSensitiveValues(original: string, options: SensitiveOptions = {}): SensitiveValue[] {
  const text = foldDigits(original);
  const found: SensitiveValue[] = [];
  const accept = (kind: SensitiveKind, span: Span, valid: (value: string, start: number) => boolean): boolean => {
    if (
      !span.value ||
      found.some(({ start, end }) => span.start < end && start < span.end) ||
      !valid(span.value, span.start)
    ) {
      return false;
    }
    found.push({ kind, ...span });
    return true;
  };
  const claim = (
    kind: SensitiveKind,
    pattern: RegExp,
    valid: (value: string, start: number) => boolean = () => true,
  ) => {
    // With or without `g` from config; a named group `value` narrows the match.
    const matcher = new RegExp(pattern.source, `${pattern.flags.replace(/[gyd]/g, "")}gd`);
    for (let match = matcher.exec(text); match; match = matcher.exec(text)) {
      const [from, to] = match.indices?.groups?.value ?? match.indices?.[0] ?? [0, 0];
      const raw = text.slice(from, to);
      const value = raw.trim();
      const start = from + raw.indexOf(value);
      // A match taken by another kind or failing its check may hide a good one that starts inside it: look again.
      if (!accept(kind, { value, start, end: start + value.length }, valid)) matcher.lastIndex = match.index + 1;
      else if (match[0] === "") matcher.lastIndex += 1;
    }
  };

  /**
   * Card numbers are written in one run or in groups of four (Amex 4-6-5): digits after a "+" or "00" country code, or
   * grouped like a phone ("+55 21 99876-5432", "0044 20 7946 0958"), are a phone number even when they pass Luhn.
   */
  const phoneShaped = (value: string, start: number): boolean => {
    if (/(?:\+|\(\s*)$/.test(text.slice(Math.max(0, start - 2), start)) || /^00[1-9]/.test(value)) return true;
    const groups = value.split(/[ -]+/);
    return groups.length > 1 && (groups[0] as string).length !== 4;
  };

  claim("email", emailPattern);
  for (const { pattern, valid } of nationalIds) claim("national-id", pattern, valid);
  for (const pattern of namedIdPatterns) claim("national-id", pattern, (value) => digitsOf(value).length >= 7);
  for (const { pattern, valid } of marketNationalIds) claim("national-id", pattern, valid);
  claim("card", cardCandidate, (value, start) => {
    const digits = digitsOf(value);
    return digits.length >= 13 && digits.length <= 19 && luhnValid(digits) && !phoneShaped(value, start);
  });
  for (const pattern of [...defaultOrderPatterns, ...(options.orderPatterns ?? [])]) claim("order", pattern);
  for (const pattern of marketOrderPatterns) claim("order", pattern, notADate);
  // Eleven digits pass the TC Kimlik check one time in a hundred: only once no name has made them a reference.
  claim("national-id", tcKimlikPattern, tcKimlikValid);
  // Card numbers, ids and order numbers are digit runs that also parse as phone numbers: look for phones in the rest.
  let rest = text;
  for (const { start, end } of found) rest = rest.slice(0, start) + " ".repeat(end - start) + rest.slice(end);
  rest = rest.replace(cepPattern, (postcode) => " ".repeat(postcode.length));
  for (const span of phoneSpans(rest)) accept("phone", span, () => true);
  for (const pattern of contactPhonePatterns) claim("phone", pattern, looksLikePhone);
  for (const pattern of [addressPattern, ...moreAddressPatterns]) claim("address", pattern);

  // Values come from the text as written (full-width or Arabic-Indic digits included), at the same positions.
  return found
    .map((value) => ({ ...value, value: original.slice(value.start, value.end) }))
    .sort((a, b) => a.start - b.start);
}

/**
 * Finds which kinds of account-sensitive data a message holds (see `findSensitiveValues` for what counts).
 *
 * @returns the kinds found, in a stable order; empty when none.
 * @example
 * ```ts
 * findSensitive("I'm grace@example.com, order TW-48213"); // ["email", "order"]
 * findSensitive("DNI 12345678Z"); // ["national-id"]
 * ```
 */
export function findSensitive(text: string, options?: SensitiveOptions): SensitiveKind[] {
  const kinds = new Set(findSensitiveValues(text, options).map(({ kind }) => kind));
  return kindOrder.filter((kind) => kinds.has(kind));
}
