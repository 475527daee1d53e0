import { type LanguagePack, twoDigits, unitText } from "./pack.ts";

/** German. */
export const de: LanguagePack = {
  locale: "de",
  within: (ms) =>
    `innerhalb von ${unitText("de", ms, { minute: { one: "Minute", other: "Minuten" }, hour: { one: "Stunde", other: "Stunden" }, day: { one: "Tag", other: "Tagen" } })}`,
  by: ({ weekday, hour, minute }) => `bis ${weekday}, ${hour}${minute === 0 ? "" : `:${twoDigits(minute)}`} Uhr`,
  nextSteps: {
    "acknowledge-complaint": "Jemand aus unserem Kundenservice antwortet Ihnen hier {answerTime}.",
    "acknowledge-question": "Jemand aus unserem Team antwortet Ihnen hier {answerTime}.",
    "acknowledge-message": "Jemand aus unserem Team liest sie und antwortet Ihnen hier {answerTime}.",
    "invite-private":
      "Wir haben Ihnen eine private Nachricht geschickt: Antworten Sie einfach dort, dann meldet sich unser Team {answerTime} bei Ihnen.",
    "private-next-step":
      "Schreiben Sie uns hier gern alles, was wir wissen sollten – unser Kundenservice meldet sich {answerTime} bei Ihnen.",
    thank: "Wir geben Ihr Lob gern an das Team weiter.",
  },
  templates: {
    "acknowledge-complaint": [
      "Hallo {firstName}, das tut uns leid zu lesen[, und wir verstehen Ihren Ärger]. {nextStep} {signature}",
      "Hallo {firstName}, das klingt wirklich ärgerlich[ – danke, dass Sie uns Bescheid geben]. Jemand aus unserem Team schaut sich das an und antwortet Ihnen hier {answerTime}. {signature}",
      "Hallo {firstName}, oh nein, das tut uns leid! [Danke, dass Sie sich gemeldet haben. ]Unser Kundenservice kümmert sich darum und meldet sich {answerTime} hier bei Ihnen. {signature}",
      "Hallo {firstName}, es tut uns leid, dass es gerade nicht rund läuft[ – danke für Ihre Nachricht]. Jemand aus unserem Kundenservice sieht sich das an und antwortet Ihnen hier {answerTime}. {signature}",
    ],
    "acknowledge-question": [
      "Hallo {firstName}, danke für Ihre Frage! [Wir helfen gern weiter. ]{nextStep} {signature}",
      "Hallo {firstName}, gute Frage[ – danke dafür]! Jemand aus unserem Team sieht sich das an und antwortet Ihnen hier {answerTime}. {signature}",
      "Hallo {firstName}, schön, dass Sie fragen! Wir kümmern uns darum[, damit Sie eine genaue Antwort bekommen] – Sie hören {answerTime} hier von uns. {signature}",
    ],
    "acknowledge-message": [
      "Hallo {firstName}, danke für Ihre Nachricht! [Sie ist bei unserem Team angekommen. ]{nextStep} {signature}",
      "Hallo {firstName}, vielen Dank, dass Sie uns geschrieben haben. Jemand aus unserem Team liest Ihre Nachricht[ in Ruhe] und antwortet Ihnen hier {answerTime}. {signature}",
      "Hallo {firstName}, danke, dass Sie sich melden! [Ihre Nachricht ist bei uns in guten Händen. ]Sie hören {answerTime} hier von uns. {signature}",
    ],
    "invite-private": [
      "Hallo {firstName}, das tut uns leid[, und wir klären das gern mit Ihnen]. {nextStep} {signature}",
      "Hallo {firstName}, es tut uns leid, dass es Ärger gibt. Wir haben Ihnen gerade privat geschrieben[, damit wir das in Ruhe klären können]: Antworten Sie dort, und unser Team meldet sich {answerTime} bei Ihnen. {signature}",
      "Hallo {firstName}, das tut uns wirklich leid. Wir haben Ihnen eine Direktnachricht geschickt[, um uns das gemeinsam anzusehen] – antworten Sie einfach dort. Unser Kundenservice meldet sich {answerTime}. {signature}",
    ],
    "private-next-step": [
      "Hallo {firstName}, das tut uns leid[, und danke, dass Sie sich gemeldet haben]. {nextStep} {signature}",
      "Hallo {firstName}, es tut uns leid, dass es Ärger gibt. Schreiben Sie uns hier gern alle Details[ – dieser Chat ist privat]. Unser Kundenservice antwortet Ihnen {answerTime}. {signature}",
      "Hallo {firstName}, das ist ärgerlich, und wir möchten Ihnen gern helfen. Antworten Sie einfach auf diese Nachricht[ mit allem, was uns weiterhilft]; jemand aus dem Team meldet sich {answerTime} bei Ihnen. {signature}",
    ],
    thank: [
      "Vielen herzlichen Dank, {firstName}! Das freut uns sehr. [{nextStep} ]{signature}",
      "Danke, {firstName}, das freut uns riesig! [Wir sagen es gleich dem ganzen Team weiter. ]{signature}",
      "Hallo {firstName}, vielen Dank für die netten Worte! Wir geben sie gern ans Team weiter[ – das motiviert alle]. {signature}",
    ],
  },
  deflections: [
    {
      label: "rufen Sie uns an",
      pattern: "ruf(?:en sie|t|e)? (?:uns|bei uns|unsere|unseren|die) (?:\\p{L}+ ){0,3}?an",
    },
    {
      label: "schreiben Sie uns eine E-Mail",
      pattern: "(?:schreib|schick|send)(?:en sie|t|e)? uns (?:\\p{L}+ ){0,2}?(?:eine |ein )?(?:kurze )?(?:email|mail)",
    },
    {
      label: "per E-Mail oder Telefon",
      pattern: "uns (?:\\p{L}+ ){0,2}?(?:per|via) (?:email|mail|telefon)|uns telefonisch",
    },
    {
      label: "kontaktieren Sie unsere Hotline",
      pattern: "kontaktieren sie (?:unsere|unseren) (?:\\p{L}+ )?(?:hotline|servicenummer|kundenservice per telefon)",
    },
    {
      label: "unter der Telefonnummer",
      pattern: "unter (?:der |unserer )?(?:telefonnummer|rufnummer|hotline|servicenummer)",
    },
    { label: "Kontaktformular", pattern: "(?:unser|das|unserem|dem) kontaktformular" },
    { label: "besuchen Sie unsere Website", pattern: "besuchen sie unsere (?:website|webseite|homepage)" },
  ],
};
