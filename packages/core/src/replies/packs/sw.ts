import { answerAmount, type LanguagePack, twoDigits } from "./pack.ts";

/**
 * Swahili, as care teams of banks and mobile operators in Kenya and Tanzania write it on social media.
 *
 * Register: "Habari {firstName}," and "Pole sana kwa usumbufu", the polite everyday Swahili of the big care accounts:
 * the brand speaks as "we" (tu-), the customer is addressed in the singular (u-, -ku-), which is the respectful form
 * in Swahili (there is no formal "you"; the plural "ninyi" to one person reads as odd, and "ndugu mteja" as a
 * circular). Swahili marks no gender in verbs or adjectives, so every reply fits anyone. "Pole" is empathy, not an
 * admission of fault; thanks for praise carry no "pole".
 *
 * Durations put the unit first: "ndani ya dakika 30", "ndani ya saa 1", "ndani ya siku 2" (dakika, saa and siku are
 * the same in singular and plural).
 *
 * Time of day: Swahili time counts from sunrise, six hours off the 24-hour clock (07:00 is "saa moja asubuhi", 09:30
 * "saa tatu na nusu asubuhi"), and "saa 3:30" written in digits is read as 03:30, 09:30 or 21:30 depending on the
 * reader. So a moment is written in words in Swahili time with the part of the day, which a Kenyan or Tanzanian reader
 * cannot misread, and the 24-hour time in brackets for anyone who thinks in the international clock: "kabla ya
 * Jumatatu saa tatu na nusu asubuhi (09:30)". Minutes 15 and 30 are "na robo" and "na nusu"; other minutes are "na
 * dakika 45" rather than "kasorobo", which moves the hour forward ("saa nne kasorobo" is 09:45) and is misread easily.
 * Parts of the day: usiku 19:00–03:59, alfajiri 04:00–05:59, asubuhi 06:00–11:59, mchana 12:00–14:59, alasiri
 * 15:00–15:59, jioni 16:00–18:59.
 */

/** The hour in Swahili time: index 0 is "saa kumi na mbili" (06:00 and 18:00), 1 is "saa moja" (07:00 and 19:00). */
const swahiliHours = [
  "kumi na mbili",
  "moja",
  "mbili",
  "tatu",
  "nne",
  "tano",
  "sita",
  "saba",
  "nane",
  "tisa",
  "kumi",
  "kumi na moja",
] as const;

/** The part of the day that goes with an hour of the 24-hour clock. */
const partOfDay = (hour: number): string =>
  hour < 4
    ? "usiku"
    : hour < 6
      ? "alfajiri"
      : hour < 12
        ? "asubuhi"
        : hour < 15
          ? "mchana"
          : hour < 16
            ? "alasiri"
            : hour < 19
              ? "jioni"
              : "usiku";

/**
 * A time of day in Swahili time, in words, with the part of the day and the 24-hour time in brackets.
 *
 * @example
 * ```ts
 * swahiliTime(9, 30); // "saa tatu na nusu asubuhi (09:30)"
 * swahiliTime(18, 45); // "saa kumi na mbili na dakika 45 jioni (18:45)"
 * ```
 */
export function swahiliTime(hour: number, minute: number): string {
  const word = swahiliHours[(hour + 6) % 12] as string;
  const minutes = minute === 0 ? "" : minute === 15 ? " na robo" : minute === 30 ? " na nusu" : ` na dakika ${minute}`;
  return `saa ${word}${minutes} ${partOfDay(hour)} (${twoDigits(hour)}:${twoDigits(minute)})`;
}

const units = { minute: "dakika", hour: "saa", day: "siku" } as const;

/** Swahili. */
export const sw: LanguagePack = {
  locale: "sw",
  within: (ms) => {
    const { value, unit } = answerAmount(ms);
    return `ndani ya ${units[unit]} ${value}`;
  },
  by: ({ weekday, hour, minute }) => `kabla ya ${weekday} ${swahiliTime(hour, minute)}`,
  nextSteps: {
    "acknowledge-complaint": "Mtu wa timu yetu ya huduma kwa wateja atakujibu hapa hapa {answerTime}.",
    "acknowledge-question": "Mtu wa timu yetu atakujibu hapa hapa {answerTime}.",
    "acknowledge-message": "Mtu wa timu yetu atasoma ujumbe wako na kukujibu hapa hapa {answerTime}.",
    "invite-private": "Tumekutumia ujumbe wa faragha: tafadhali jibu huko na timu yetu itakuhudumia {answerTime}.",
    "private-next-step":
      "Tueleze hapa chochote tunachopaswa kujua, na mtu wa timu yetu ya huduma kwa wateja atakujibu {answerTime}.",
    thank: "Tutazifikisha pongezi zako kwa timu nzima.",
  },
  templates: {
    "acknowledge-complaint": [
      "Habari {firstName}, pole sana kwa usumbufu huu[, tunaelewa jinsi unavyokera]. {nextStep} {signature}",
      "Habari {firstName}, pole sana kwa hali hii[, na asante kwa kutujulisha]. Timu yetu ya huduma kwa wateja italifuatilia suala hili na kukujibu hapa hapa {answerTime}. {signature}",
      "Habari {firstName}, tunasikitika kusikia hivyo[, na tungependa kukusaidia kutatua tatizo hili]. Utapata jibu kutoka kwa mtu wa timu yetu ya huduma kwa wateja hapa hapa {answerTime}. {signature}",
      "Habari {firstName}, pole kwa usumbufu uliopata[, na asante kwa kutuarifu]. Ujumbe wako umetufikia, na mtu wa timu yetu atakujibu hapa {answerTime}. {signature}",
    ],
    "acknowledge-question": [
      "Habari {firstName}, asante kwa swali lako! [Tuko tayari kukusaidia. ]{nextStep} {signature}",
      "Habari {firstName}, swali zuri[, asante kwa kuuliza]! Mtu wa timu yetu atalifuatilia na kukujibu hapa hapa {answerTime}. {signature}",
      "Habari {firstName}, asante kwa kuwasiliana nasi[, tunafurahi kukusaidia]! Utapata jibu kutoka kwa timu yetu hapa hapa {answerTime}. {signature}",
    ],
    "acknowledge-message": [
      "Habari {firstName}, asante kwa ujumbe wako! {nextStep} {signature}",
      "Habari {firstName}, asante kwa kuwasiliana nasi[, ujumbe wako umetufikia]. Mtu wa timu yetu atakujibu hapa hapa {answerTime}. {signature}",
      "Habari {firstName}, tumepokea ujumbe wako, asante! Utapata jibu kutoka kwa mtu wa timu yetu hapa hapa {answerTime}. {signature}",
    ],
    "invite-private": [
      "Habari {firstName}, pole kwa usumbufu huu[, tungependa kulishughulikia jambo hili pamoja nawe]. {nextStep} {signature}",
      "Habari {firstName}, pole sana kwa hali hii[, na asante kwa kutujulisha]. Tumekutumia ujumbe wa faragha ili tulifuatilie suala hili pamoja; timu yetu itakujibu huko {answerTime}. {signature}",
      "Habari {firstName}, tunasikitika kwa usumbufu huu. Tumekutumia ujumbe wa faragha[ ili tuweze kukusaidia kwa undani]: endelea na mazungumzo huko, na timu yetu itakujibu {answerTime}. {signature}",
    ],
    "private-next-step": [
      "Habari {firstName}, [asante kwa kuwasiliana nasi, na ]pole kwa usumbufu. {nextStep} {signature}",
      "Habari {firstName}, pole kwa tatizo hili. Unaweza kutupa maelezo yote hapa[, mazungumzo haya ni ya faragha]. Mtu wa timu yetu ya huduma kwa wateja atakujibu {answerTime}. {signature}",
      "Habari {firstName}, tunasikitika kwa hali hii[ na tungependa kukusaidia]. Jibu ujumbe huu ukitueleza chochote kitakachotusaidia, na timu yetu itakujibu katika mazungumzo haya {answerTime}. {signature}",
    ],
    thank: [
      "Asante sana, {firstName}! Tumefurahi sana kusikia hivyo. [{nextStep} ]{signature}",
      "Asante sana, {firstName}! Maneno yako yametufurahisha mno[, na tutahakikisha timu nzima inayaona]. {signature}",
      "Habari {firstName}, asante kwa maneno yako mazuri! Tutayafikisha kwa timu nzima[, yatawatia moyo sana]. {signature}",
    ],
  },
  // Folded text: lower case, hyphens as spaces, "e-mail" as "email". "Tutumie ujumbe wa faragha / DM" (a private
  // message on the same platform) must not match.
  deflections: [
    { label: "tupigie simu", pattern: "(?:u|m)?tupigi(?:y?e|eni)|tupe (?:a )?call" },
    {
      label: "piga simu kwa namba yetu",
      pattern:
        "(?:u|uki|ki|ku)?piga (?:simu )?(?:kwetu|bure|kwa (?:namba|nambari|huduma|kituo|laini|\\d)|namba|nambari|\\*?\\d+)",
    },
    {
      label: "wasiliana nasi kwa simu au barua pepe",
      pattern:
        "wasiliana nasi (?:kwa|kupitia|kwenye|via) (?:simu|barua pepe|email|namba|nambari|tovuti|website|sms|ujumbe mfupi|whatsapp|huduma kwa wateja)",
    },
    {
      label: "wasiliana na huduma kwa wateja",
      pattern:
        "wasiliana na (?:kituo|idara|ofisi|tawi|hotline|call cent(?:er|re)|huduma kwa wateja|timu ya huduma kwa wateja kwa simu)",
    },
    {
      label: "tutumie barua pepe",
      pattern:
        "(?:u|m)?tu(?:tumi|andiki)(?:e|eni) (?:\\p{L}+ )?(?:barua pepe|baruapepe|email|sms|ujumbe mfupi|whatsapp)",
    },
    {
      label: "kwa barua pepe",
      pattern:
        "(?:kwa|kupitia|kwenye|via) (?:barua pepe|baruapepe|email)|(?:barua pepe|email|anwani ya barua pepe) yetu|anwani yetu ya barua pepe",
    },
    {
      label: "namba yetu ya huduma kwa wateja",
      pattern:
        "(?:namba|nambari|laini|simu) (?:yetu )?ya (?:huduma|msaada|dharura|bure)|(?:namba|nambari|laini) yetu|hotline yetu|call cent(?:er|re) yetu|kituo (?:chetu )?cha (?:simu|huduma kwa wateja|mawasiliano)",
    },
    { label: "namba ya bure", pattern: "bila malipo (?:kwa|kupitia) (?:namba|nambari|simu)|toll free" },
    {
      label: "tembelea tovuti yetu",
      pattern:
        "(?:tembelea|ingia|nenda) (?:kwenye |katika )?(?:tovuti|website|web site|ukurasa wetu wa mtandao)|tovuti yetu|website yetu",
    },
    {
      label: "tembelea tawi letu",
      pattern: "(?:tembelea|fika|nenda|pitia) (?:katika |kwenye )?(?:tawi|ofisi|duka|kituo|maduka|matawi)",
    },
    { label: "jaza fomu", pattern: "(?:ku)?jaza (?:fomu|form)|fomu ya (?:mawasiliano|malalamiko|mtandaoni)" },
  ],
};
