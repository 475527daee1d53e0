import { type LanguagePack, twoDigits, unitText } from "./pack.ts";

/**
 * Italian (Italy, and Ticino in Switzerland).
 *
 * Register: informal "tu", opening with "Ciao {firstName},". That is how most Italian brands answer on social media
 * (telecom operators, airlines, retailers, food delivery, most banks' social accounts): "Ciao Giulia, ci dispiace…".
 * The formal "Lei" survives mainly in some banks' and insurers' private channels; a brand that wants it configures its
 * own templates. Without a name the greeting is a plain "Ciao," which reads naturally.
 *
 * Gender: Italian marks it in participles and adjectives about the customer ("sei stato/stata", "benvenuto/a"), so no
 * variant says anything of the customer in such a form: we speak of what we do ("ti abbiamo scritto", "ti
 * risponderemo") and of the situation ("ci dispiace per il disagio").
 *
 * Times: "entro 30 minuti", "entro 1 ora", "entro 2 giorni"; a moment as "entro lunedì alle 9:30" (24-hour clock,
 * minutes always written, "all'1:00" elided as Italian does before "una").
 */
export const it: LanguagePack = {
  locale: "it",
  within: (ms) =>
    `entro ${unitText("it", ms, { minute: { one: "minuto", other: "minuti" }, hour: { one: "ora", other: "ore" }, day: { one: "giorno", other: "giorni" } })}`,
  by: ({ weekday, hour, minute }) => `entro ${weekday} ${hour === 1 ? "all'" : "alle "}${hour}:${twoDigits(minute)}`,
  nextSteps: {
    "acknowledge-complaint": "Una persona del nostro servizio clienti ti risponderà qui {answerTime}.",
    "acknowledge-question": "Una persona del nostro team ti risponderà qui {answerTime}.",
    "acknowledge-message": "Una persona del nostro team leggerà il tuo messaggio e ti risponderà qui {answerTime}.",
    "invite-private":
      "Ti abbiamo inviato un messaggio privato: rispondi lì e una persona del nostro team se ne occuperà {answerTime}.",
    "private-next-step":
      "Scrivici qui tutto quello che può esserci utile: una persona del nostro servizio clienti ti risponderà {answerTime}.",
    thank: "Condivideremo il tuo messaggio con tutto il team.",
  },
  templates: {
    "acknowledge-complaint": [
      "Ciao {firstName}, ci dispiace molto per quello che è successo[ e capiamo il tuo disappunto]. {nextStep} {signature}",
      "Ciao {firstName}, capiamo quanto possa essere frustrante[ e ci dispiace per il disagio]. Una persona del nostro team verificherà e ti risponderà qui {answerTime}. {signature}",
      "Ciao {firstName}, ci dispiace per l'inconveniente[ e grazie per avercelo segnalato]. Abbiamo passato il tuo messaggio al nostro servizio clienti, che ti risponderà qui {answerTime}. {signature}",
      "Ciao {firstName}, ci dispiace davvero per questa situazione[ e vogliamo aiutarti a risolverla]. Riceverai una risposta da una persona del nostro team proprio qui {answerTime}. {signature}",
    ],
    "acknowledge-question": [
      "Ciao {firstName}, grazie per la tua domanda! [Ti aiutiamo volentieri. ]{nextStep} {signature}",
      "Ciao {firstName}, bella domanda[, grazie per avercelo chiesto]! Una persona del nostro team verificherà e ti risponderà qui {answerTime}. {signature}",
      "Ciao {firstName}, grazie per averci scritto[, ti aiutiamo volentieri]! Riceverai una risposta dal nostro team proprio qui {answerTime}. {signature}",
    ],
    "acknowledge-message": [
      "Ciao {firstName}, grazie per il tuo messaggio! {nextStep} {signature}",
      "Ciao {firstName}, grazie per averci scritto[, il tuo messaggio è arrivato]. Una persona del nostro team ti risponderà qui {answerTime}. {signature}",
      "Ciao {firstName}, abbiamo ricevuto il tuo messaggio, grazie! Riceverai una risposta da una persona del nostro team proprio qui {answerTime}. {signature}",
    ],
    "invite-private": [
      "Ciao {firstName}, ci dispiace per il disagio[ e vogliamo aiutarti a sistemare tutto]. {nextStep} {signature}",
      "Ciao {firstName}, ci dispiace per quanto accaduto. Ti abbiamo appena scritto in privato[ per vedere tutto insieme con calma]: continuiamo lì e una persona del nostro team ti risponderà {answerTime}. {signature}",
      "Ciao {firstName}, ci dispiace davvero per questo problema[ e grazie per avercelo segnalato]. Ti abbiamo mandato un messaggio privato: ti aspettiamo lì, il nostro servizio clienti ti risponderà {answerTime}. {signature}",
    ],
    "private-next-step": [
      "Ciao {firstName}, [grazie per averci scritto e ]ci dispiace per il disagio. {nextStep} {signature}",
      "Ciao {firstName}, ci dispiace per quanto è successo. Puoi darci qui tutti i dettagli[, questa chat è privata]. Una persona del nostro servizio clienti ti risponderà {answerTime}. {signature}",
      "Ciao {firstName}, ci dispiace per questo problema[ e vogliamo aiutarti]. Raccontaci pure qui cosa è successo: il nostro servizio clienti ti risponderà in questa chat {answerTime}. {signature}",
    ],
    thank: [
      "Grazie mille, {firstName}! Ci fa davvero piacere leggerlo. [{nextStep} ]{signature}",
      "Che bello leggerti, {firstName}! Grazie di cuore[, lo faremo sapere a tutto il team]. {signature}",
      "Ciao {firstName}, grazie per le belle parole! Le condivideremo con tutto il team[: per noi contano tanto]. {signature}",
    ],
  },
  deflections: [
    {
      label: "chiamaci",
      pattern:
        "(?:ri)?(?:chiam|telefon)(?:aci|ateci|arci)|ci (?:ri)?(?:chiami|chiamate|telefoni|telefonate)|(?:dacci|dateci|facci|fateci|ci dia|ci faccia) (?:un colpo di telefono|uno squillo|una telefonata|una chiamata)",
    },
    {
      label: "chiama il servizio clienti",
      pattern:
        "(?:chiam|telefon)(?:a|i|ate|are)(?: pure| subito)? (?:al|il|allo|lo|la|alla) (?:nostr[oa] )?(?:numero|call center|servizio clienti|assistenza clienti|centralino|linea|customer care|help desk|helpdesk)",
    },
    { label: "numero verde", pattern: "numero (?:verde|gratuito)|(?:al|il) numero 800|(?:al|il) nostro numero" },
    {
      label: "contattaci per telefono o e-mail",
      pattern:
        "(?:contatta(?:ci|teci|rci|re)?|ci contatti) (?:pure |subito )?(?:telefonicamente|per telefono|al telefono|al numero|via email|per email|tramite email|via mail|per mail|per posta elettronica)|contatta(?:re|te)? (?:il |lo |il nostro )?(?:call center|centralino|numero verde|servizio clienti (?:telefonico|al numero))",
    },
    {
      label: "scrivici una mail",
      pattern:
        "(?:scrivici|scriveteci|scriverci|scrivi|scriva|scrivete|mandaci|mandateci|mandarci|manda|mandi|mandate|inviaci|inviateci|inviarci|invia|invii|inviate)(?: pure| subito)? (?:una |un |un'|via |per |tramite )?(?:email|mail|posta elettronica)|ci (?:scriva|mandi|invii) (?:una |un |un'|via |per )?(?:email|mail)",
    },
    {
      label: "scrivici all'indirizzo",
      pattern: "(?:scrivici|scriveteci|scriverci|scrivi|scriva|scrivete) all'indirizzo",
    },
    {
      label: "assistenza telefonica",
      pattern: "assistenza telefonica|servizio clienti telefonico|linea telefonica|call center",
    },
    {
      label: "visita il nostro sito",
      pattern:
        "(?:visita|visitate|visiti|visitare|consulta|consultate|consulti|consultare|vai|andate|vada) (?:sul |il |nel |la |nella |l')?(?:nostro |nostra )?(?:sito|pagina (?:web|assistenza|contatti|faq)|sezione (?:assistenza|contatti|aiuto|faq)|centro assistenza|help center|area clienti)|(?:trovi|troverai|trova|trovera) (?:\\p{L}+ ){0,3}?(?:sul|nel) nostro sito",
    },
    {
      label: "modulo di contatto",
      pattern:
        "(?:modulo|form) (?:di contatto|contatti|online|di reclamo|reclami|web)|compila(?:re|te)? (?:il |l'apposito )?(?:modulo|form)",
    },
  ],
};
