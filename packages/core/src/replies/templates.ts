import type { CaseKind } from "../config/schema.ts";

/** The situations an automatic reply is written for. */
export type ReplyPurpose =
  | "acknowledge" // public or private acknowledgement of a complaint or question, answered where it was asked
  | "invite-private" // public reply to a message with personal data: we continue privately, nothing repeated
  | "private-next-step" // the private message that opens that conversation
  | "thank"; // short thanks for praise

export interface ReplyInput {
  purpose: ReplyPurpose;
  kind: CaseKind;
  language: string;
  /** The author's first name, if the platform gave one. */
  firstName?: string;
  signature: string;
  /** How long until a person answers, from the queue's first-response target. */
  answerWithinMs: number;
}

interface Phrases {
  greeting: (name?: string) => string;
  within: (ms: number) => string;
  acknowledgeComplaint: (within: string) => string;
  acknowledgeQuestion: (within: string) => string;
  invitePrivate: string;
  privateNextStep: (within: string) => string;
  thank: (name?: string) => string;
}

const unitText = (ms: number, units: { minute: [string, string]; hour: [string, string]; day: [string, string] }) => {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const pick = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;
  if (minutes < 60) return pick(minutes, units.minute);
  const hours = Math.ceil(minutes / 60);
  if (hours < 48) return pick(hours, units.hour);
  return pick(Math.ceil(hours / 24), units.day);
};

// Each text: a warm opening, empathy without arguing or admitting fault, one concrete next step, then the signature.
// None sends the customer to another channel or repeats what they wrote.
const phrases: Record<string, Phrases> = {
  en: {
    greeting: (name) => (name ? `Hi ${name},` : "Hi there,"),
    within: (ms) => unitText(ms, { minute: ["minute", "minutes"], hour: ["hour", "hours"], day: ["day", "days"] }),
    acknowledgeComplaint: (within) =>
      `we're sorry to hear this, and we understand how frustrating it is. A member of our care team is looking into it now and will reply to you right here within ${within}.`,
    acknowledgeQuestion: (within) =>
      `thanks for your question! A member of our team will answer you right here within ${within}.`,
    invitePrivate:
      "we're sorry about this and want to sort it out with you. To keep your details safe, we've sent you a private message: please reply there and we'll take it from there.",
    privateNextStep: (within) =>
      `thanks for getting in touch, and sorry for the trouble. Reply to this message with anything you'd like us to know; a member of our care team will pick up your case here within ${within}.`,
    thank: (name) => `Thank you so much${name ? `, ${name}` : ""}! We're really glad to hear it.`,
  },
  es: {
    greeting: (name) => (name ? `Hola, ${name}:` : "Hola:"),
    within: (ms) => unitText(ms, { minute: ["minuto", "minutos"], hour: ["hora", "horas"], day: ["día", "días"] }),
    acknowledgeComplaint: (within) =>
      `lamentamos mucho lo ocurrido y entendemos tu frustración. Una persona de nuestro equipo de atención ya lo está revisando y te responderá aquí mismo en menos de ${within}.`,
    acknowledgeQuestion: (within) =>
      `¡gracias por tu pregunta! Una persona de nuestro equipo te responderá aquí mismo en menos de ${within}.`,
    invitePrivate:
      "lamentamos lo ocurrido y queremos resolverlo contigo. Para proteger tus datos, te hemos enviado un mensaje privado: respóndenos allí y seguimos desde ese punto.",
    privateNextStep: (within) =>
      `gracias por escribirnos y perdona las molestias. Responde a este mensaje con lo que quieras contarnos; una persona de nuestro equipo de atención retomará tu caso aquí en menos de ${within}.`,
    thank: (name) => `¡Muchísimas gracias${name ? `, ${name}` : ""}! Nos alegra mucho leerlo.`,
  },
  fr: {
    greeting: (name) => (name ? `Bonjour ${name},` : "Bonjour,"),
    within: (ms) => unitText(ms, { minute: ["minute", "minutes"], hour: ["heure", "heures"], day: ["jour", "jours"] }),
    acknowledgeComplaint: (within) =>
      `nous sommes désolés de lire cela et comprenons votre frustration. Un membre de notre service client examine la situation et vous répondra ici même d'ici ${within}.`,
    acknowledgeQuestion: (within) =>
      `merci pour votre question ! Un membre de notre équipe vous répondra ici même d'ici ${within}.`,
    invitePrivate:
      "nous sommes désolés et voulons régler cela avec vous. Pour protéger vos données, nous vous avons envoyé un message privé : répondez-y et nous prendrons le relais.",
    privateNextStep: (within) =>
      `merci de nous avoir contactés et désolés pour ce désagrément. Répondez à ce message avec ce que vous souhaitez nous dire ; un membre de notre service client reprendra votre dossier ici d'ici ${within}.`,
    thank: (name) => `Merci beaucoup${name ? `, ${name}` : ""} ! Cela nous fait très plaisir.`,
  },
  de: {
    greeting: (name) => (name ? `Hallo ${name},` : "Hallo,"),
    within: (ms) => unitText(ms, { minute: ["Minute", "Minuten"], hour: ["Stunde", "Stunden"], day: ["Tag", "Tagen"] }),
    acknowledgeComplaint: (within) =>
      `es tut uns leid, das zu lesen, und wir verstehen Ihren Ärger. Jemand aus unserem Kundenservice kümmert sich bereits darum und antwortet Ihnen hier innerhalb von ${within}.`,
    acknowledgeQuestion: (within) =>
      `danke für Ihre Frage! Jemand aus unserem Team antwortet Ihnen hier innerhalb von ${within}.`,
    invitePrivate:
      "das tut uns leid, und wir möchten es gemeinsam mit Ihnen klären. Zum Schutz Ihrer Daten haben wir Ihnen eine private Nachricht geschickt: Antworten Sie bitte dort, dann kümmern wir uns darum.",
    privateNextStep: (within) =>
      `danke für Ihre Nachricht, und entschuldigen Sie die Umstände. Antworten Sie hier mit allem, was wir wissen sollten; jemand aus unserem Kundenservice übernimmt Ihren Fall hier innerhalb von ${within}.`,
    thank: (name) => `Vielen herzlichen Dank${name ? `, ${name}` : ""}! Das freut uns sehr.`,
  },
  pt: {
    greeting: (name) => (name ? `Olá, ${name}!` : "Olá!"),
    within: (ms) => unitText(ms, { minute: ["minuto", "minutos"], hour: ["hora", "horas"], day: ["dia", "dias"] }),
    acknowledgeComplaint: (within) =>
      "Lamentamos muito o ocorrido e entendemos a sua frustração. Uma pessoa da nossa equipe de atendimento já está analisando e vai responder aqui mesmo em até " +
      `${within}.`,
    acknowledgeQuestion: (within) =>
      `Obrigado pela sua pergunta! Uma pessoa da nossa equipe vai responder aqui mesmo em até ${within}.`,
    invitePrivate:
      "Lamentamos o ocorrido e queremos resolver isso com você. Para proteger os seus dados, enviamos uma mensagem privada: responda por lá e seguimos a partir daí.",
    privateNextStep: (within) =>
      `Obrigado por entrar em contato e desculpe o transtorno. Responda a esta mensagem com o que quiser nos contar; uma pessoa da nossa equipe de atendimento vai retomar o seu caso aqui em até ${within}.`,
    thank: (name) => `Muito obrigado${name ? `, ${name}` : ""}! Ficamos muito felizes em saber.`,
  },
};

/** Languages with their own reply wording; others are answered in English. */
export const replyLanguages = Object.keys(phrases);

/**
 * Writes an automatic reply in the customer's language (English when we have no wording for it), signed by the brand.
 *
 * @example
 * ```ts
 * renderReply({ purpose: "acknowledge", kind: "complaint", language: "en", firstName: "Dana",
 *   signature: "Sam, Acme Care", answerWithinMs: 3_600_000 });
 * // "Hi Dana, we're sorry to hear this, ... within 1 hour. Sam, Acme Care"
 * ```
 */
export function renderReply(input: ReplyInput): string {
  const p = phrases[input.language] ?? (phrases.en as Phrases);
  const within = p.within(input.answerWithinMs);
  let body: string;
  switch (input.purpose) {
    case "thank":
      return `${p.thank(input.firstName)} ${input.signature}`;
    case "invite-private":
      body = p.invitePrivate;
      break;
    case "private-next-step":
      body = p.privateNextStep(within);
      break;
    case "acknowledge":
      body = input.kind === "question" ? p.acknowledgeQuestion(within) : p.acknowledgeComplaint(within);
      break;
  }
  return `${p.greeting(input.firstName)} ${body} ${input.signature}`;
}

/** The first word of a display name, when it looks like a name (not a handle or a company). */
export function firstNameOf(displayName: string | undefined | null): string | undefined {
  const first = displayName?.trim().split(/\s+/)[0];
  if (!first || first.length > 30 || !/^\p{Lu}[\p{L}'-]+$/u.test(first)) return undefined;
  return first;
}
