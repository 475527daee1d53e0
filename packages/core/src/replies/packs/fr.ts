import { type LanguagePack, twoDigits, unitText } from "./pack.ts";

/** French sets a no-break space before ! ? : ; so the sign never starts a line on its own. */
const frenchSpacing = (text: string) => text.replace(/ ([!?:;])/g, "\u00a0$1");
const french = <T extends Record<string, string | readonly string[]>>(texts: T): T =>
  Object.fromEntries(
    Object.entries(texts).map(([key, value]) => [
      key,
      typeof value === "string" ? frenchSpacing(value) : value.map(frenchSpacing),
    ]),
  ) as T;

/** French. */
export const fr: LanguagePack = {
  locale: "fr",
  within: (ms) =>
    `d'ici ${unitText("fr", ms, { minute: { one: "minute", other: "minutes" }, hour: { one: "heure", other: "heures" }, day: { one: "jour", other: "jours" } })}`,
  by: ({ weekday, hour, minute }) =>
    `${weekday} avant ${hour}\u00a0h${minute === 0 ? "" : `\u00a0${twoDigits(minute)}`}`,
  nextSteps: french({
    "acknowledge-complaint": "Un membre de notre service client vous répondra {answerTime}, ici même.",
    "acknowledge-question": "Un membre de notre équipe vous répondra {answerTime}, ici même.",
    "acknowledge-message": "Un membre de notre équipe va le lire et vous répondra {answerTime}, ici même.",
    "invite-private":
      "Nous vous avons envoyé un message privé : répondez-y et notre équipe prendra le relais {answerTime}.",
    "private-next-step":
      "Répondez à ce message avec tout ce qui peut nous aider : un conseiller reprendra votre dossier {answerTime}.",
    thank: "Nous transmettons votre message à toute l'équipe.",
  }),
  templates: french({
    "acknowledge-complaint": [
      "Bonjour {firstName}, nous sommes désolés d'apprendre cela[ et comprenons votre agacement]. {nextStep} {signature}",
      "Bonjour {firstName}, nous sommes navrés de lire votre message[ et imaginons bien à quel point c'est frustrant]. Notre équipe s'en occupe et vous répondra {answerTime}, ici même. {signature}",
      "Bonjour {firstName}, désolés pour ce désagrément[, et merci de nous l'avoir signalé]. Un conseiller va regarder cela de près et vous répondre {answerTime}, ici même. {signature}",
      "Bonjour {firstName}, nous sommes désolés que vous viviez cela. Votre message est entre de bonnes mains[ : un membre de notre équipe s'en charge]. Nous vous répondrons {answerTime}, ici même. {signature}",
    ],
    "acknowledge-question": [
      "Bonjour {firstName}, merci pour votre question ! [Nous sommes là pour vous aider. ]{nextStep} {signature}",
      "Bonjour {firstName}, bonne question[, merci de nous l'avoir posée] ! Notre équipe vérifie et vous répondra {answerTime}, ici même. {signature}",
      "Bonjour {firstName}, merci de nous avoir écrit ! [Nous vous aidons avec plaisir. ]Un conseiller vous répondra {answerTime}, directement ici. {signature}",
    ],
    "acknowledge-message": [
      "Bonjour {firstName}, merci pour votre message ! [Il est bien arrivé à notre équipe. ]{nextStep} {signature}",
      "Bonjour {firstName}, merci de nous avoir écrit. Un conseiller va lire votre message[ avec attention] et vous répondra {answerTime}, ici même. {signature}",
      "Bonjour {firstName}, merci de nous avoir contactés ! [Votre message est entre de bonnes mains. ]Nous vous répondrons {answerTime}, ici même. {signature}",
    ],
    "invite-private": [
      "Bonjour {firstName}, nous sommes désolés[ et voulons régler cela avec vous]. {nextStep} {signature}",
      "Bonjour {firstName}, désolés pour ce souci. [Nous voulons vous aider au plus vite. ]Nous venons de vous envoyer un message privé : il suffit d'y répondre et un conseiller prendra le relais {answerTime}. {signature}",
      "Bonjour {firstName}, nous sommes navrés de cette situation. Nous vous avons écrit en message privé[ pour en parler plus tranquillement] : répondez-y et nous reviendrons vers vous {answerTime}. {signature}",
    ],
    "private-next-step": [
      "Bonjour {firstName}, désolés pour ce désagrément[ et merci de nous avoir contactés]. {nextStep} {signature}",
      "Bonjour {firstName}, nous sommes désolés pour ce souci. Vous pouvez nous donner tous les détails ici[, cette conversation est privée]. Un conseiller vous répondra {answerTime}. {signature}",
      "Bonjour {firstName}, nous sommes navrés pour ce problème[ et voulons vous aider]. Écrivez-nous ici ce qui vous semble utile : notre équipe vous répondra {answerTime}. {signature}",
    ],
    thank: [
      "Merci beaucoup, {firstName} ! Cela nous fait très plaisir. [{nextStep} ]{signature}",
      "Un grand merci, {firstName} ! Votre message nous fait vraiment plaisir[ et nous le partageons avec toute l'équipe]. {signature}",
      "Bonjour {firstName}, merci pour ce gentil message ! Nous le transmettons à toute l'équipe[, qui sera ravie de le lire]. {signature}",
    ],
  }),
  deflections: [
    { label: "appelez-nous", pattern: "r?appel(?:ez|le) nous" },
    {
      label: "appelez notre service client",
      pattern: "appel(?:ez|er|le) (?:notre|le|la|au) (?:service|hotline|numero|standard|ligne|support)",
    },
    {
      label: "contactez notre hotline",
      pattern: "contact(?:ez|er) (?:notre|la) (?:hotline|ligne|service telephonique|standard)",
    },
    { label: "contactez-nous par téléphone", pattern: "contact(?:ez|e) nous par (?:telephone|email|mail|courriel)" },
    {
      label: "envoyez-nous un e-mail",
      pattern: "(?:envoy(?:ez|er)|envoie|ecri(?:vez|s|re)) nous (?:un |par )?(?:email|mail|courriel)",
    },
    { label: "écrivez-nous à l'adresse", pattern: "ecri(?:vez|s) nous a l'adresse" },
    { label: "notre numéro de téléphone", pattern: "notre numero (?:de telephone|vert)|par telephone au" },
    { label: "rendez-vous sur notre site", pattern: "(?:rendez vous|allez|consultez) (?:sur )?notre site" },
    { label: "formulaire de contact", pattern: "formulaire de contact" },
  ],
};
