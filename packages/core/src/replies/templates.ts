import { createHash } from "node:crypto";
import type { CaseKind } from "../config/schema.ts";
import { codePoints } from "../platforms/platform.ts";
import { textRulesOf } from "../platforms/registry.ts";
import {
  defaultReplyLanguages,
  type RepliesConfig,
  type ReplyPurpose,
  type ReplyTemplateConfig,
  type TemplateVariable,
} from "./template-config.ts";

export type { ReplyPurpose } from "./template-config.ts";

/** The built-in templates: one per purpose, the acknowledgement split by complaint and question. */
type DefaultTemplate =
  | "acknowledge-complaint"
  | "acknowledge-question"
  | "invite-private"
  | "private-next-step"
  | "thank";

interface LanguagePack {
  /** "within 1 hour": the answer time as a duration from the queue's target. */
  within: (ms: number) => string;
  /** "by Monday 09:30": the answer time as a moment, when the queue is closed now. */
  by: (at: ZonedMoment) => string;
  /** How a greeting reads without a name, where dropping the name alone would not do ("Hi there,"). */
  nameless?: [RegExp, string][];
  /** What `{nextStep}` says for each template; may use `{answerTime}`. */
  nextSteps: Record<DefaultTemplate, string>;
  /** Several variants per template, so repeated replies do not read as a bot. `[...]` marks an optional phrase. */
  templates: Record<DefaultTemplate, readonly string[]>;
}

interface ZonedMoment {
  weekday: string;
  hour: number;
  minute: number;
}

const unitText = (ms: number, units: { minute: [string, string]; hour: [string, string]; day: [string, string] }) => {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const pick = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;
  if (minutes < 60) return pick(minutes, units.minute);
  const hours = Math.ceil(minutes / 60);
  if (hours < 48) return pick(hours, units.hour);
  return pick(Math.ceil(hours / 24), units.day);
};

const twoDigits = (n: number) => String(n).padStart(2, "0");

/** French sets a no-break space before ! ? : ; so the sign never starts a line on its own. */
const frenchSpacing = (text: string) => text.replace(/ ([!?:;])/g, "\u00a0$1");
const french = <T extends Record<string, string | readonly string[]>>(texts: T): T =>
  Object.fromEntries(
    Object.entries(texts).map(([key, value]) => [
      key,
      typeof value === "string" ? frenchSpacing(value) : value.map(frenchSpacing),
    ]),
  ) as T;

// Every variant: a warm opening, empathy without arguing or admitting fault, one concrete next step, the signature.
// None sends the customer to another channel or repeats what they wrote. Brackets mark what a tight length limit
// may drop; what remains still greets, empathises, says what happens next and signs.
const packs: Record<(typeof defaultReplyLanguages)[number], LanguagePack> = {
  en: {
    within: (ms) =>
      `within ${unitText(ms, { minute: ["minute", "minutes"], hour: ["hour", "hours"], day: ["day", "days"] })}`,
    by: ({ weekday, hour, minute }) => `by ${weekday} ${twoDigits(hour)}:${twoDigits(minute)}`,
    nameless: [[/\b(Hi|Hey|Hello) \{firstName\}/g, "$1 there"]],
    nextSteps: {
      "acknowledge-complaint": "Someone from our care team will reply right here {answerTime}.",
      "acknowledge-question": "Someone from our team will answer right here {answerTime}.",
      "invite-private": "We've sent you a private message: reply there and our care team will pick it up {answerTime}.",
      "private-next-step":
        "Reply here with anything we should know, and someone from our care team will pick it up {answerTime}.",
      thank: "We'll pass your kind words on to the team.",
    },
    templates: {
      "acknowledge-complaint": [
        "Hi {firstName}, sorry to hear this[ – we know how frustrating it is]. {nextStep} {signature}",
        "Hi {firstName}, that sounds really frustrating[, and we're sorry you're dealing with it]. A member of our care team will get back to you here {answerTime}. {signature}",
        "Hey {firstName}, sorry this has been such a hassle[, and thanks for letting us know]. Our care team will look into it and reply right here {answerTime}. {signature}",
        "Hi {firstName}, we're sorry to hear that[, and we'd like to help sort it out]. You'll hear back from someone on our care team here {answerTime}. {signature}",
      ],
      "acknowledge-question": [
        "Hi {firstName}, thanks for your question! [We're happy to help. ]{nextStep} {signature}",
        "Hi {firstName}, good question[, thanks for asking]! Someone from our team will look into it and get back to you here {answerTime}. {signature}",
        "Hey {firstName}, thanks for getting in touch[, happy to help]! You'll get an answer from our team right here {answerTime}. {signature}",
      ],
      "invite-private": [
        "Hi {firstName}, sorry for the trouble[ – we'd like to help sort it out]. {nextStep} {signature}",
        "Hi {firstName}, sorry about this[, and thanks for letting us know]. We've sent you a private message so we can look into it together; our care team will reply there {answerTime}. {signature}",
        "Hey {firstName}, we're sorry you're dealing with this. We've sent you a private message[ so we can go through it with you]: just reply there and we'll get back to you {answerTime}. {signature}",
      ],
      "private-next-step": [
        "Hi {firstName}, [thanks for getting in touch, and ]sorry for the trouble. {nextStep} {signature}",
        "Hi {firstName}, sorry you've had this trouble. Feel free to share the details here[ – this chat is private]. Someone from our care team will reply {answerTime}. {signature}",
        "Hey {firstName}, we're sorry about this[ and we'd like to help]. Just reply with anything useful, and our care team will answer you in this chat {answerTime}. {signature}",
      ],
      thank: [
        "Thank you so much, {firstName}! We're really glad to hear it. [{nextStep} ]{signature}",
        "Thanks so much, {firstName}! That really made our day[, and we'll make sure the team sees it]. {signature}",
        "Hi {firstName}, thanks for the kind words! We'll pass them on to the team[: it means a lot to them]. {signature}",
      ],
    },
  },
  es: {
    within: (ms) =>
      `en menos de ${unitText(ms, { minute: ["minuto", "minutos"], hour: ["hora", "horas"], day: ["día", "días"] })}`,
    by: ({ weekday, hour, minute }) =>
      `el ${weekday} antes de ${hour === 1 ? "la" : "las"} ${hour}:${twoDigits(minute)}`,
    nextSteps: {
      "acknowledge-complaint": "Una persona de nuestro equipo de atención te responderá aquí mismo {answerTime}.",
      "acknowledge-question": "Una persona de nuestro equipo te responderá aquí mismo {answerTime}.",
      "invite-private": "Te enviamos un mensaje privado: respóndenos allí y nuestro equipo te atenderá {answerTime}.",
      "private-next-step":
        "Cuéntanos por aquí todo lo que quieras y una persona de nuestro equipo te responderá {answerTime}.",
      thank: "Se lo haremos llegar a todo el equipo.",
    },
    templates: {
      "acknowledge-complaint": [
        "Hola, {firstName}: Sentimos mucho lo ocurrido[ y entendemos tu frustración]. {nextStep} {signature}",
        "¡Hola, {firstName}! Lamentamos que hayas pasado por esto[ y sabemos lo molesto que es]. Alguien de nuestro equipo lo revisará y te contestará por aquí {answerTime}. {signature}",
        "¡Hola, {firstName}! Sentimos mucho las molestias[ y gracias por contárnoslo]. Nuestro equipo ya tiene tu mensaje y te responderá aquí {answerTime}. {signature}",
        "¡Hola, {firstName}! Lamentamos leer esto[ y queremos ayudarte a resolverlo]. Alguien de nuestro equipo de atención te responderá por aquí {answerTime}. {signature}",
      ],
      "acknowledge-question": [
        "Hola, {firstName}: ¡Gracias por tu pregunta! [Te ayudamos encantados. ]{nextStep} {signature}",
        "¡Hola, {firstName}! Buena pregunta[, gracias por escribirnos]. Alguien de nuestro equipo lo revisará y te contestará por aquí {answerTime}. {signature}",
        "¡Hola, {firstName}! Gracias por preguntar[, te ayudamos encantados]. Te respondemos aquí mismo {answerTime}. {signature}",
      ],
      "invite-private": [
        "Hola, {firstName}: Sentimos las molestias[ y queremos ayudarte a resolverlo]. {nextStep} {signature}",
        "¡Hola, {firstName}! Lamentamos lo ocurrido. Te acabamos de escribir por mensaje privado[ para verlo contigo con calma]: respóndenos allí y te contestamos {answerTime}. {signature}",
        "¡Hola, {firstName}! Sentimos mucho el problema[ y gracias por avisarnos]. Te enviamos un mensaje privado; contesta allí y nuestro equipo te responderá {answerTime}. {signature}",
      ],
      "private-next-step": [
        "Hola, {firstName}: Sentimos las molestias[ y gracias por escribirnos]. {nextStep} {signature}",
        "¡Hola, {firstName}! Lamentamos lo ocurrido. Puedes darnos aquí todos los detalles[ con tranquilidad, este chat es privado]. Nuestro equipo te responderá {answerTime}. {signature}",
        "¡Hola, {firstName}! Sentimos el problema[ y queremos ayudarte]. Responde a este mensaje con lo que quieras contarnos y alguien del equipo te escribirá {answerTime}. {signature}",
      ],
      thank: [
        "¡Muchísimas gracias, {firstName}! Nos alegra mucho leerlo. [{nextStep} ]{signature}",
        "¡Gracias, {firstName}! ¡Qué alegría leer esto![ Se lo contaremos a todo el equipo.] {signature}",
        "¡Hola, {firstName}! Mil gracias por tus palabras. Se las haremos llegar al equipo[: les va a encantar]. {signature}",
      ],
    },
  },
  fr: {
    within: (ms) =>
      `d'ici ${unitText(ms, { minute: ["minute", "minutes"], hour: ["heure", "heures"], day: ["jour", "jours"] })}`,
    by: ({ weekday, hour, minute }) =>
      `${weekday} avant ${hour}\u00a0h${minute === 0 ? "" : `\u00a0${twoDigits(minute)}`}`,
    nextSteps: french({
      "acknowledge-complaint": "Un membre de notre service client vous répondra {answerTime}, ici même.",
      "acknowledge-question": "Un membre de notre équipe vous répondra {answerTime}, ici même.",
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
  },
  de: {
    within: (ms) =>
      `innerhalb von ${unitText(ms, { minute: ["Minute", "Minuten"], hour: ["Stunde", "Stunden"], day: ["Tag", "Tagen"] })}`,
    by: ({ weekday, hour, minute }) => `bis ${weekday}, ${hour}${minute === 0 ? "" : `:${twoDigits(minute)}`} Uhr`,
    nextSteps: {
      "acknowledge-complaint": "Jemand aus unserem Kundenservice antwortet Ihnen hier {answerTime}.",
      "acknowledge-question": "Jemand aus unserem Team antwortet Ihnen hier {answerTime}.",
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
  },
  pt: {
    within: (ms) =>
      `em até ${unitText(ms, { minute: ["minuto", "minutos"], hour: ["hora", "horas"], day: ["dia", "dias"] })}`,
    by: ({ weekday, hour, minute }) =>
      `até ${weekday} ${hour === 1 ? "à" : "às"} ${hour}h${minute === 0 ? "" : twoDigits(minute)}`,
    nextSteps: {
      "acknowledge-complaint": "Uma pessoa da nossa equipe de atendimento vai te responder por aqui {answerTime}.",
      "acknowledge-question": "Uma pessoa da nossa equipe vai te responder por aqui {answerTime}.",
      "invite-private":
        "Enviamos uma mensagem privada para você: é só responder por lá, e nossa equipe continua o atendimento {answerTime}.",
      "private-next-step":
        "Conte pra gente por aqui o que achar importante, e alguém da nossa equipe de atendimento vai te responder {answerTime}.",
      thank: "Vamos compartilhar sua mensagem com toda a equipe.",
    },
    templates: {
      "acknowledge-complaint": [
        "Olá, {firstName}! Sentimos muito pelo ocorrido[ e entendemos a sua frustração]. {nextStep} {signature}",
        "Oi, {firstName}! Poxa, sentimos muito por isso[, imaginamos como é chato]. Alguém da nossa equipe vai analisar e te responder por aqui {answerTime}. {signature}",
        "Olá, {firstName}! Sentimos muito pelo transtorno[ e obrigado por nos avisar]. Sua mensagem já está com a nossa equipe, que vai te responder aqui {answerTime}. {signature}",
        "Oi, {firstName}! Lamentamos muito que você tenha passado por isso. [Queremos ajudar a resolver. ]Uma pessoa do nosso atendimento vai te responder por aqui {answerTime}. {signature}",
      ],
      "acknowledge-question": [
        "Olá, {firstName}! Obrigado pela sua pergunta. [Vai ser um prazer ajudar. ]{nextStep} {signature}",
        "Oi, {firstName}! Boa pergunta[, obrigado por chamar a gente]! Alguém da nossa equipe vai verificar e te responder por aqui {answerTime}. {signature}",
        "Olá, {firstName}! Obrigado por entrar em contato[, vamos te ajudar com isso]. Você vai ter uma resposta da nossa equipe aqui mesmo {answerTime}. {signature}",
      ],
      "invite-private": [
        "Olá, {firstName}! Sentimos muito pelo ocorrido[ e queremos resolver isso com você]. {nextStep} {signature}",
        "Oi, {firstName}! Poxa, sentimos muito. Te mandamos uma mensagem no privado[ para ver isso com calma]: é só responder por lá, e nossa equipe te atende {answerTime}. {signature}",
        "Olá, {firstName}! Lamentamos o transtorno[ e obrigado por nos avisar]. Enviamos uma mensagem privada para você; responda por lá e a nossa equipe continua o atendimento {answerTime}. {signature}",
      ],
      "private-next-step": [
        "Olá, {firstName}! Sentimos muito pelo transtorno[ e obrigado por falar com a gente]. {nextStep} {signature}",
        "Oi, {firstName}! Poxa, sentimos muito por isso. Pode mandar aqui todos os detalhes[, esta conversa é privada]. Nossa equipe vai te responder {answerTime}. {signature}",
        "Olá, {firstName}! Lamentamos o ocorrido[ e queremos te ajudar]. É só responder esta mensagem com o que achar importante, e alguém da nossa equipe te responde {answerTime}. {signature}",
      ],
      thank: [
        "Muito obrigado, {firstName}! Ficamos muito felizes em saber. [{nextStep} ]{signature}",
        "Oi, {firstName}! Que alegria ler isso, muito obrigado! [Vamos mostrar para toda a equipe. ]{signature}",
        "Obrigado pelo carinho, {firstName}! Sua mensagem fez o nosso dia[ e vamos compartilhar com toda a equipe]. {signature}",
      ],
    },
  },
};

/** Languages with their own reply wording; others are answered in English unless a configured template has theirs. */
export const replyLanguages: string[] = [...defaultReplyLanguages];

/**
 * The built-in templates per language, read-only: what a reply says when no configured template matches.
 *
 * @example
 * ```ts
 * defaultReplyTemplates.en["acknowledge-complaint"].length; // 4 variants
 * ```
 */
export const defaultReplyTemplates: Readonly<
  Record<(typeof defaultReplyLanguages)[number], Readonly<Record<DefaultTemplate, readonly string[]>>>
> = Object.fromEntries(defaultReplyLanguages.map((language) => [language, packs[language].templates])) as Record<
  (typeof defaultReplyLanguages)[number],
  Record<DefaultTemplate, readonly string[]>
>;

/** A platform with no known limit (or an unknown one) gets X's: we do not know where it goes, so it stays short. */
const defaultLimit = 280;

const caseRefAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ"; // no 0/O, 1/I/L or U: read aloud and typed without doubt

/**
 * A short reference for a case, the same every time for the same case id: "#" and four characters that cannot be
 * mistaken for one another.
 *
 * @example
 * ```ts
 * caseRefOf("c_5f1c0e2a9b7d4c3e8f6a1b2c"); // e.g. "#A7K2"
 * ```
 */
export function caseRefOf(caseId: string): string {
  let value = createHash("sha256").update(caseId).digest().readUInt32BE(0);
  let ref = "";
  for (let i = 0; i < 4; i += 1) {
    ref += caseRefAlphabet[value % caseRefAlphabet.length];
    value = Math.floor(value / caseRefAlphabet.length);
  }
  return `#${ref}`;
}

/** The same seed always picks the same variant, so a retried reply is the same text. */
const variantFor = (seed: string, count: number): number =>
  createHash("sha256").update(seed).digest().readUInt32BE(0) % count;

function zonedMoment(at: Date, timeZone: string, locale: string): ZonedMoment | undefined {
  try {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone }).format(at);
    const parts = new Intl.DateTimeFormat("en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    }).formatToParts(at);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return { weekday, hour: part("hour"), minute: part("minute") };
  } catch {
    // An unknown time zone or an invalid date: the duration is still true.
    return undefined;
  }
}

/** For a language configured templates bring without built-in phrases: the bare duration or moment, from Intl. */
function intlAnswerTime(language: string, ms: number, moment: Date | undefined, timeZone: string): string {
  try {
    if (moment) {
      return new Intl.DateTimeFormat(language, {
        weekday: "long",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone,
      }).format(moment);
    }
  } catch {
    // fall through to the duration
  }
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const hours = Math.ceil(minutes / 60);
  const [value, unit] =
    minutes < 60 ? [minutes, "minute"] : hours < 48 ? [hours, "hour"] : [Math.ceil(hours / 24), "day"];
  return new Intl.NumberFormat(language, { style: "unit", unit, unitDisplay: "long" }).format(value);
}

function answerTimeIn(
  language: string,
  input: { answerWithinMs: number; answerBy?: Date | undefined; timeZone?: string | undefined },
): string {
  const timeZone = input.timeZone ?? "UTC";
  const pack = packs[language as keyof typeof packs] as LanguagePack | undefined;
  if (!pack) return intlAnswerTime(language, input.answerWithinMs, input.answerBy, timeZone);
  const moment = input.answerBy ? zonedMoment(input.answerBy, timeZone, language) : undefined;
  return moment ? pack.by(moment) : pack.within(input.answerWithinMs);
}

const defaultTemplateFor = (purpose: ReplyPurpose, kind: CaseKind): DefaultTemplate =>
  purpose === "acknowledge" ? (kind === "question" ? "acknowledge-question" : "acknowledge-complaint") : purpose;

/** Drops the name from a greeting or thanks, so it never reads "Hi ,": "Hola, {firstName}:" becomes "Hola:". */
function withoutFirstName(template: string, pack: LanguagePack | undefined): string {
  let text = template;
  for (const [pattern, replacement] of pack?.nameless ?? []) text = text.replace(pattern, replacement);
  return text
    .replace(/^\s*\{firstName\}[,:!]?\s*(.?)/u, (_whole, next: string) => next.toUpperCase())
    .replace(/,[ \u00a0]*\{firstName\}(?=,)/g, "")
    .replace(/,?[ \u00a0]*\{firstName\}/g, "");
}

interface Values {
  firstName?: string | undefined;
  values: Record<Exclude<TemplateVariable, "firstName">, string>;
}

function fill(template: string, form: "full" | "compact", pack: LanguagePack | undefined, values: Values): string {
  const phrased = form === "full" ? template.replace(/\[([^[\]]*)\]/g, "$1") : template.replace(/\[[^[\]]*\]/g, "");
  const named = values.firstName ? phrased : withoutFirstName(phrased, pack);
  return named
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name === "firstName" ? (values.firstName ?? "") : (values.values[name as keyof Values["values"]] ?? whole),
    )
    .replace(/ {2,}/g, " ")
    .trim();
}

interface ResolvedTemplate {
  id: string;
  variants: readonly string[];
  language: string;
}

const specificity = (template: ReplyTemplateConfig): number =>
  // More fields win; between equally specific templates, the customer's language matters most, then the queue.
  ((template.queue === undefined ? 0 : 1) +
    (template.kind === undefined ? 0 : 1) +
    (template.language === undefined ? 0 : 1)) *
    8 +
  (template.language === undefined ? 0 : 4) +
  (template.queue === undefined ? 0 : 2) +
  (template.kind === undefined ? 0 : 1);

function resolveTemplate(
  input: { purpose: ReplyPurpose; kind: CaseKind; language: string; queue?: string | undefined },
  templates: RepliesConfig["templates"],
): ResolvedTemplate {
  const requested = input.language.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  const matching = (language: string) =>
    (templates ?? [])
      .map((template, index) => ({ template, index }))
      .filter(
        ({ template }) =>
          template.purpose === input.purpose &&
          (template.queue === undefined || template.queue === input.queue) &&
          (template.kind === undefined || template.kind === input.kind) &&
          (template.language === undefined || template.language === language),
      );
  const hasPack = Object.hasOwn(packs, requested);
  const inRequested = matching(requested);
  const language = hasPack || inRequested.some(({ template }) => template.language === requested) ? requested : "en";
  const candidates = language === requested ? inRequested : matching(language);
  const best = candidates.reduce<(typeof candidates)[number] | undefined>(
    (chosen, candidate) =>
      !chosen || specificity(candidate.template) > specificity(chosen.template) ? candidate : chosen,
    undefined,
  );
  if (best) return { id: `replies.templates[${best.index}]`, variants: best.template.variants, language };
  // Without a matching template the language is one with built-in wording (a configured-only language always has one).
  const builtIn = Object.hasOwn(packs, language) ? (language as keyof typeof packs) : "en";
  const key = defaultTemplateFor(input.purpose, input.kind);
  return { id: `default:${builtIn}:${key}`, variants: packs[builtIn].templates[key], language: builtIn };
}

export interface TemplateInput {
  purpose: ReplyPurpose;
  kind: CaseKind;
  /** The message's language (ISO 639-1); answered in English when neither a template nor built-in wording has it. */
  language: string;
  /** The case's queue id, to match queue-specific templates. */
  queue: string;
  /** Where the reply is posted: decides the length limit (X: 280). */
  platform: string;
  /** In the platform's public thread, or its private conversation (their limits differ). */
  channel?: "public" | "private";
  /** Picks the variant; the case id, so a retry renders the same text. */
  seed: string;
  /** The author's first name, if the platform gave one. */
  firstName?: string | undefined;
  /** The named person of the care team who signs, e.g. "Sam, Acme Care". */
  signature: string;
  /** How long until a person answers, from the queue's first-response target. */
  answerWithinMs: number;
  /** When a person will answer, given when the queue is closed now: rendered as a weekday and time. */
  answerBy?: Date | undefined;
  /** The queue's time zone, for `answerBy` (UTC when absent). */
  timeZone?: string | undefined;
  /** The case id, for `{caseRef}`. */
  caseId: string;
  /** Configured templates (`replies.templates`); the built-in ones answer when none matches. */
  templates?: RepliesConfig["templates"];
}

export interface RenderedReply {
  text: string;
  /** `replies.templates[3]` for a configured template, `default:en:acknowledge-complaint` for a built-in one. */
  templateId: string;
  /** Index of the variant used within the template. */
  variant: number;
  /** The language the text is written in. */
  language: string;
  /** False when even the compact form is too long for the platform: hand the case to a person. */
  fits: boolean;
  /** chosen: the seed's variant; shortest: the shortest variant; compact: optional phrases dropped. */
  form: "chosen" | "shortest" | "compact";
}

function render(input: Omit<TemplateInput, "seed" | "caseId"> & { seed?: string; caseId?: string }): RenderedReply {
  const template = resolveTemplate(input, input.templates);
  const pack = packs[template.language as keyof typeof packs] as LanguagePack | undefined;
  const answerTime = answerTimeIn(template.language, input);
  const nextStep = (pack ?? packs.en).nextSteps[defaultTemplateFor(input.purpose, input.kind)].replace(
    "{answerTime}",
    answerTime,
  );
  const caseRefSource = input.caseId ?? input.seed;
  const values: Values = {
    firstName: input.firstName?.trim() || undefined,
    values: {
      answerTime,
      nextStep,
      caseRef: caseRefSource ? caseRefOf(caseRefSource) : "",
      signature: input.signature.trim(),
    },
  };
  // The same limits and counting as the guard that checks every outgoing text (guard.ts).
  const rules = textRulesOf(input.platform, input.channel ?? "public");
  const limit = rules?.maxLength ?? defaultLimit;
  const measure = rules?.countCharacters ?? codePoints;
  const result = (text: string, variant: number, form: RenderedReply["form"]): RenderedReply => ({
    text,
    templateId: template.id,
    variant,
    language: template.language,
    fits: measure(text) <= limit,
    form,
  });
  const shortest = (texts: string[]) =>
    texts.reduce((best, text, index) => (measure(text) < measure(texts[best] as string) ? index : best), 0);

  const full = template.variants.map((variant) => fill(variant, "full", pack, values));
  const chosen = input.seed === undefined ? 0 : variantFor(input.seed, full.length);
  const chosenText = full[chosen] as string;
  if (measure(chosenText) <= limit) return result(chosenText, chosen, "chosen");
  const shortestFull = shortest(full);
  if (measure(full[shortestFull] as string) <= limit)
    return result(full[shortestFull] as string, shortestFull, "shortest");
  // Never cut: what is left when the optional phrases go still greets, empathises, gives the next step and signs.
  const compact = template.variants.map((variant) => fill(variant, "compact", pack, values));
  const shortestCompact = shortest(compact);
  return result(compact[shortestCompact] as string, shortestCompact, "compact");
}

/**
 * Writes an automatic reply from the most specific configured template for the queue, kind and language, or from
 * the built-in wording. The seed picks one of several variants, always the same for the same seed; when the text
 * is too long for the platform it falls back to the shortest variant, then to a compact form without the optional
 * phrases, and never cuts a word. `fits: false` means even that is too long: a person should answer.
 *
 * @example
 * ```ts
 * renderTemplate({ purpose: "acknowledge", kind: "complaint", language: "en", queue: "billing", platform: "x",
 *   seed: caseId, caseId, firstName: "Dana", signature: "Sam, Acme Care", answerWithinMs: 3_600_000 });
 * // { text: "Hi Dana, sorry to hear this, ... within 1 hour. Sam, Acme Care",
 * //   templateId: "default:en:acknowledge-complaint", variant: 0, language: "en", fits: true, form: "chosen" }
 * ```
 */
export function renderTemplate(input: TemplateInput): RenderedReply {
  return render(input);
}

export interface ReplyInput {
  purpose: ReplyPurpose;
  kind: CaseKind;
  language: string;
  /** The author's first name, if the platform gave one. */
  firstName?: string | undefined;
  signature: string;
  /** How long until a person answers, from the queue's first-response target. */
  answerWithinMs: number;
  /** Picks the variant (the case id); without one the first variant is used. */
  seed?: string | undefined;
  /** The case id, for `{caseRef}` in configured templates. */
  caseId?: string | undefined;
  queue?: string | undefined;
  /** Where the reply goes; without one the text is kept within X's 280 characters. */
  platform?: string | undefined;
  answerBy?: Date | undefined;
  timeZone?: string | undefined;
  templates?: RepliesConfig["templates"];
}

/**
 * Writes an automatic reply in the customer's language (English when we have no wording for it), signed by the brand.
 * The text of {@link renderTemplate}, for callers that need only that.
 *
 * @example
 * ```ts
 * renderReply({ purpose: "acknowledge", kind: "complaint", language: "en", firstName: "Dana",
 *   signature: "Sam, Acme Care", answerWithinMs: 3_600_000 });
 * // "Hi Dana, sorry to hear this, ... within 1 hour. Sam, Acme Care"
 * ```
 */
export function renderReply(input: ReplyInput): string {
  return render({ ...input, queue: input.queue ?? "", platform: input.platform ?? "" }).text;
}

/**
 * The first word of a display name, when it looks like a name (not a handle or a company).
 *
 * @example
 * ```ts
 * firstNameOf("Dana Whitlock"); // "Dana"
 * firstNameOf("@tidewell"); // undefined
 * ```
 */
export function firstNameOf(displayName: string | undefined | null): string | undefined {
  const first = displayName?.trim().split(/\s+/)[0];
  if (!first || first.length > 30 || !/^\p{Lu}[\p{L}'-]+$/u.test(first)) return undefined;
  return first;
}
