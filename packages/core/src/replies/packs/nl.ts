import { type LanguagePack, twoDigits, unitText } from "./pack.ts";

/**
 * Dutch, for the Netherlands and Flanders.
 *
 * Register: informal "je", opening with "Hallo {firstName},". That is how the big Dutch care accounts answer on social
 * media (bol.com, Coolblue, KPN, NS, ING, PostNL: "Hoi Sanne, wat vervelend…", first name and "je"), and how most
 * Flemish brands now answer there too; the formal "u" is kept by some Flemish banks, insurers and public services, and
 * a brand that wants it configures its own templates. One register throughout: mixing "je" and "u" in one reply reads
 * as a form letter. "Hallo" rather than the Hollands "Hoi" because it is at home on both sides of the border and reads
 * well without a name too ("Hallo, wat vervelend…"). "Je" never needs a gender, and no variant says anything of the
 * customer that would.
 *
 * Empathy without admitting fault: "wat vervelend", "dat is balen", "sorry voor het ongemak" (how Dutch care teams
 * say they are sorry it happened, not that it was our doing); never "onze fout". Praise gets thanks and no "sorry".
 *
 * Durations: "binnen 30 minuten", "binnen 1 minuut", "binnen 1 uur", "binnen 2 uur" ("uur" takes no plural after a
 * number: "twee uur", never "twee uren"), "binnen 2 dagen". A moment: "uiterlijk maandag om 9.30 uur", the Dutch
 * writing of the 24-hour clock (a full stop between hours and minutes, then "uur"), weekday in lower case as Intl
 * gives it.
 */
export const nl: LanguagePack = {
  locale: "nl",
  within: (ms) =>
    `binnen ${unitText("nl", ms, { minute: { one: "minuut", other: "minuten" }, hour: { other: "uur" }, day: { one: "dag", other: "dagen" } })}`,
  by: ({ weekday, hour, minute }) => `uiterlijk ${weekday} om ${hour}.${twoDigits(minute)} uur`,
  nextSteps: {
    "acknowledge-complaint": "Iemand van onze klantenservice reageert hier {answerTime}.",
    "acknowledge-question": "Iemand van ons team reageert hier {answerTime}.",
    "acknowledge-message": "Iemand van ons team leest het en reageert hier {answerTime}.",
    "invite-private":
      "We hebben je een privébericht gestuurd: reageer daar, dan helpt iemand van ons team je {answerTime} verder.",
    "private-next-step":
      "Vertel ons hier alles wat we moeten weten, dan reageert iemand van onze klantenservice {answerTime}.",
    thank: "We delen je compliment met het hele team.",
  },
  templates: {
    "acknowledge-complaint": [
      "Hallo {firstName}, wat vervelend om dit te lezen[, we snappen dat dit frustrerend is]. {nextStep} {signature}",
      "Hallo {firstName}, dat is echt balen[, en fijn dat je het ons laat weten]. Iemand van ons team zoekt het uit en reageert hier {answerTime}. {signature}",
      "Hallo {firstName}, sorry dat het niet gaat zoals het hoort[, dank je wel voor je bericht]. Iemand van onze klantenservice pakt dit op en reageert hier {answerTime}. {signature}",
      "Hallo {firstName}, wat naar dat je dit meemaakt[, we helpen je graag verder]. We hebben je bericht doorgezet naar onze klantenservice, die hier reageert {answerTime}. {signature}",
    ],
    "acknowledge-question": [
      "Hallo {firstName}, bedankt voor je vraag! [We helpen je graag verder. ]{nextStep} {signature}",
      "Hallo {firstName}, goede vraag[, dank je wel]! Iemand van ons team zoekt het voor je uit en reageert hier {answerTime}. {signature}",
      "Hallo {firstName}, leuk dat je het vraagt! We zoeken het voor je uit[, zodat je een goed antwoord krijgt,] en reageren hier {answerTime}. {signature}",
    ],
    "acknowledge-message": [
      "Hallo {firstName}, bedankt voor je bericht! [Het is goed bij ons aangekomen. ]{nextStep} {signature}",
      "Hallo {firstName}, dank je wel dat je ons schrijft. Iemand van ons team leest je bericht[ met aandacht] en reageert hier {answerTime}. {signature}",
      "Hallo {firstName}, fijn dat je van je laat horen! [Je bericht is in goede handen. ]Een collega van ons team reageert hier {answerTime}. {signature}",
    ],
    "invite-private": [
      "Hallo {firstName}, wat vervelend[, dit zoeken we graag samen met je uit]. {nextStep} {signature}",
      "Hallo {firstName}, sorry voor het ongemak. We hebben je net een privébericht gestuurd[ zodat we dit rustig kunnen bekijken]: reageer daar, dan helpt onze klantenservice je {answerTime} verder. {signature}",
      "Hallo {firstName}, dat is echt balen. We hebben je een DM gestuurd[ om dit samen op te lossen]; antwoord daar gerust, dan pakt iemand van ons team het {answerTime} op. {signature}",
    ],
    "private-next-step": [
      "Hallo {firstName}, [dank je wel voor je bericht, en ]wat vervelend dat dit speelt. {nextStep} {signature}",
      "Hallo {firstName}, sorry voor het ongemak. Je kunt ons hier alle details geven[, dit gesprek is privé]. Iemand van onze klantenservice reageert {answerTime}. {signature}",
      "Hallo {firstName}, dat is balen[, en we helpen je graag verder]. Reageer gewoon op dit bericht met alles wat ons kan helpen; iemand van ons team antwoordt hier {answerTime}. {signature}",
    ],
    thank: [
      "Dank je wel, {firstName}! Wat leuk om te lezen. [{nextStep} ]{signature}",
      "Wat fijn, {firstName}, dank je wel! [We geven het meteen door aan het team. ]{signature}",
      "Hallo {firstName}, bedankt voor je lieve woorden! We delen ze met het hele team[, daar worden ze blij van]. {signature}",
      "Super bedankt, {firstName}! [Leuk dat je de moeite neemt om dit te laten weten. ]{signature}",
    ],
  },
  // Folded text: lower case, accents dropped ("privébericht" is "privebericht"), hyphens as spaces, "e-mail" as
  // "email". A private message on the same platform ("we hebben je een DM gestuurd", "stuur ons een privébericht")
  // is not a deflection, and neither is the brand calling the customer ("de monteur belt je morgen").
  deflections: [
    {
      label: "bel ons",
      pattern:
        "(?:bel(?:len)?|belt u) (?:(?:gerust|even|eventjes|dan|maar|gewoon|gratis|direct|meteen|nu) ){0,2}(?:ons|onze|naar (?:ons|onze|de|\\+?\\d+)|met (?:ons|onze|de)|\\+?\\d+)|ons (?:(?:gerust|even|eventjes|dan|maar|gewoon|altijd|het beste|beter|ook|gratis|direct|meteen|nu|telefonisch) ){0,2}(?:bellen|opbellen)|geef ons (?:\\p{L}+ )?(?:een )?(?:belletje|telefoontje|seintje per telefoon)",
    },
    {
      label: "mail ons",
      pattern:
        "(?:email|mail)(?:t|en)? (?:(?:gerust|even|eventjes|dan|maar|gewoon|direct|meteen|nu) ){0,2}(?:ons|onze|naar (?:ons|onze|de|het|\\S+@\\S+))|ons (?:(?:gerust|even|eventjes|dan|maar|gewoon|altijd|het beste|beter|ook|direct|meteen|nu) ){0,2}(?:e?mailen|appen|whatsappen|sms'?en|contacteren)|stuur (?:ons |je )?(?:\\p{L}+ ){0,2}?(?:een )?(?:email|mail|mailtje)",
    },
    {
      label: "per e-mail of telefoon",
      pattern:
        "(?:per|via|via de|over de|op ons) (?:email|mail|telefoon|telefonisch)|telefonisch (?:contact|bereikbaar|opnemen)|ons (?:email|mail)(?: )?adres|(?:email|mail)(?: )?adres van (?:de |onze )?(?:klantenservice|klantendienst)",
    },
    {
      label: "stuur ons een WhatsApp",
      pattern:
        "(?:whatsapp|app|sms)(?:t|en)? (?:(?:gerust|even|eventjes|dan|maar|gewoon|direct|meteen|nu) ){0,2}(?:ons|naar (?:ons|onze|\\+?\\d+))|stuur (?:ons |je )?(?:\\p{L}+ ){0,2}?(?:een )?(?:whatsapp(?:je|bericht)?|sms(?:je|bericht)?|appje)|(?:via|per|op) (?:whatsapp|sms)",
    },
    {
      label: "neem contact op met de klantenservice",
      pattern:
        "(?:neem|neemt u) (?:\\p{L}+ ){0,2}?contact (?:met (?:ons|onze|de|het) (?:\\p{L}+ ){0,2}?)?op(?: met| via)?|contact (?:op )?(?:te )?(?:op)?nemen (?:met|via) (?:ons|onze|de (?:klantenservice|klantendienst|servicedesk|helpdesk|afdeling))|contacteer(?:t|en)? (?:ons|onze|de|het)",
    },
    {
      label: "ons telefoonnummer",
      pattern:
        "ons (?:telefoon(?: )?nummer|servicenummer|gratis nummer|klantenservicenummer)|het (?:servicenummer|klantenservicenummer)|(?:telefoon(?: )?nummer|nummer) van (?:de |onze )?(?:klantenservice|klantendienst|servicedesk|helpdesk)|onze (?:klantenlijn|hulplijn|servicelijn|helpdesk|telefonische klantenservice)|0800|0900",
    },
    {
      label: "via ons contactformulier",
      pattern:
        "contactformulier|klachtenformulier|webformulier|online formulier|vul (?:\\p{L}+ ){0,2}?formulier (?:\\p{L}+ ){0,3}?in",
    },
    {
      label: "kijk op onze website",
      pattern:
        "(?:ga|kijk|surf|neem een kijkje|bezoek|check) (?:\\p{L}+ ){0,2}?(?:naar |op )?(?:onze|de) (?:website|site|webpagina|klantenservicepagina|servicepagina|veelgestelde vragen|faq)|(?:via|op) onze (?:website|site|servicepagina|klantenservicepagina)",
    },
    {
      label: "kom langs in de winkel",
      pattern:
        "kom (?:\\p{L}+ ){0,2}?langs|(?:ga|loop|rij) (?:\\p{L}+ ){0,3}?naar (?:de|een|onze) (?:winkel|vestiging|filiaal|servicepunt|balie|servicebalie|kantoor)",
    },
  ],
};
