import { detectAll } from "tinyld";
import type { CaseKind } from "../config/schema.ts";
import { findSensitive, type SensitiveKind } from "./sensitive.ts";

/**
 * What triage concludes about one message, with the reasons it gives (recorded in the case history so a person can
 * check what the automation did).
 */
export type Urgency = "legal" | "safety" | "churn" | "press" | "repeat";
export type Sentiment = "negative" | "neutral" | "positive";

export interface Classification {
  kind: CaseKind;
  language: string;
  sentiment: Sentiment;
  /** What makes it more than a routine complaint; empty when nothing does. */
  urgency: Urgency[];
  sensitive: boolean;
  sensitiveKinds: SensitiveKind[];
  reasons: string[];
}

const words = (list: string) => list.split("|").map((w) => w.trim());

// Lexicons for the five languages we answer in. Whole-word, case-insensitive; phrases allowed.
const complaintTerms = words(
  "worst|terrible|awful|horrible|disgusting|unacceptable|ridiculous|useless|scam|fraud|rip off|ripoff|disappointed|" +
    "disappointing|angry|furious|frustrated|frustrating|never arrived|hasn't arrived|has not arrived|not arrived|" +
    "didn't arrive|still waiting|still no|no answer|no reply|no response|zero answers|nobody answers|broken|damaged|" +
    "defective|refund|charged twice|double charged|overcharged|wrong item|missing|late|delayed|lost|cancel|complaint|" +
    "where is it|where is my|locked out|can't log in|cannot log in|doesn't work|does not work|not working|stopped working|" +
    "fix this|sort this out|hasn't moved|never again|waste|poor service|bad service|rude|not happy|unhappy|" +
    "crashing|crashes|keeps crashing|cracked|scratched|stained|faulty|incomplete|money back|my money|" +
    "waiting for|been waiting|where's my|wheres my|thanks for nothing|nobody has answered|no one has answered|" +
    "hasn't answered|haven't heard|still haven't|overdue|" +
    "harto|harta|no llega|devuelvan|devolución|mi dinero|incompleto|incompleta|falta|esperando|" +
    "il manque|incomplète|incomplet|mon argent|rembourser|j'attends toujours|" +
    "geld zurück|überfällig|unvollständig|fehlt|warte seit|" +
    "dinheiro de volta|incompleto|falta|esperando há|" +
    "peor|terrible|horrible|vergüenza|inaceptable|estafa|decepcionado|decepcionada|enfadado|nunca llegó|no ha llegado|" +
    "no llegó|todavía no|sigo esperando|nadie responde|nadie me responde|roto|rota|dañado|reembolso|cobrado dos veces|" +
    "me cobraron|retraso|perdido|cancelar|queja|dónde está|no funciona|fatal|" +
    "pire|inadmissible|inacceptable|honteux|arnaque|déçu|déçue|furieux|jamais arrivée|jamais arrivé|pas arrivé|" +
    "toujours pas|toujours rien|j'attends|personne ne répond|aucune réponse|cassé|cassée|endommagé|remboursement|" +
    "débité deux fois|retard|perdu|annuler|plainte|où est|ne fonctionne pas|ne marche pas|nul|" +
    "schlechteste|schrecklich|furchtbar|unverschämt|inakzeptabel|betrug|enttäuscht|wütend|nie angekommen|" +
    "nicht angekommen|immer noch nicht|warte immer noch|keine antwort|niemand antwortet|kaputt|beschädigt|" +
    "rückerstattung|doppelt abgebucht|verspätung|verloren|stornieren|beschwerde|wo ist|funktioniert nicht|" +
    "pior|horrível|péssimo|péssima|inaceitável|vergonha|golpe|decepcionado|decepcionada|irritado|nunca chegou|" +
    "não chegou|ainda não|continuo esperando|ninguém responde|sem resposta|quebrado|quebrada|danificado|reembolso|" +
    "cobrado duas vezes|atraso|atrasado|perdido|cancelar|reclamação|onde está|não funciona",
);
const praiseTerms = words(
  "love|loved|loving|amazing|awesome|great|excellent|fantastic|wonderful|perfect|beautiful|best|thank you|thanks|" +
    "well done|brilliant|impressed|happy with|delighted|recommend|" +
    "encanta|encantó|increíble|genial|excelente|perfecto|perfecta|precioso|preciosa|gracias|recomiendo|maravilloso|" +
    "adore|adoré|génial|excellent|parfait|parfaite|magnifique|merci|bravo|recommande|superbe|" +
    "liebe|toll|großartig|ausgezeichnet|perfekt|wunderschön|danke|empfehle|super|klasse|" +
    "amo|adorei|incrível|ótimo|ótima|excelente|perfeito|perfeita|lindo|linda|obrigado|obrigada|recomendo|maravilhoso",
);
const spamTerms = words(
  "earn|income|crypto|bitcoin|forex|investment|giveaway|free followers|followers|promo code|click here|click the link|" +
    "check my profile|visit my page|dm me|dm for|whatsapp me|make money|work from home|cash|loan|prize|winner|" +
    "gana dinero|inversión|sorteo|seguidores|haz clic|gagner|argent|investissement|clique|abonnés|geld verdienen|" +
    "investition|gewinnspiel|klicke|ganhar dinheiro|investimento|sorteio|seguidores|clique aqui",
);
const questionStarts = words(
  "how|when|what|where|why|which|who|do you|does|did|can i|can you|could|is there|is it|are you|will|would|" +
    "cómo|cuándo|qué|dónde|por qué|cuál|hacen|tienen|puedo|pueden|comment|quand|quel|quelle|où|pourquoi|est-ce|" +
    "pouvez|wie|wann|was|wo|warum|welche|gibt es|können|kann ich|como|quando|onde|porque|qual|vocês|posso|podem",
);

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Builds a case-insensitive, whole-word matcher for words and phrases, aware of accented letters.
 *
 * @example
 * ```ts
 * wholeWords(["refund"]).test("Refund me!"); // true
 * ```
 */
export const wholeWords = (terms: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${terms.map((t) => escapeRegex(t.trim()).replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`,
    "iu",
  );

const complaintPattern = wholeWords(complaintTerms);
const praisePattern = wholeWords(praiseTerms);
const spamPattern = wholeWords(spamTerms);
const questionStartPattern = new RegExp(`^\\s*¿?\\s*${wholeWords(questionStarts).source}`, "iu");

const urgencyTerms: Record<Urgency, string[]> = {
  legal: words(
    "lawyer|attorney|solicitor|sue|suing|lawsuit|legal action|small claims|court|consumer protection|trading standards|" +
      "ombudsman|chargeback|abogado|abogada|demanda|demandar|denuncia|denunciar|juzgado|ocu|consumo|hoja de reclamaciones|" +
      "avocat|avocate|procès|poursuivre|tribunal|plainte|ufc|dgccrf|médiateur|anwalt|anwältin|klage|klagen|verklagen|gericht|" +
      "verbraucherzentrale|rechtliche schritte|advogado|advogada|processo|processar|procon|deco|livro de reclamações|justiça",
  ),
  safety: words(
    "fire|caught fire|burn|burned|burnt|injured|injury|hurt|dangerous|unsafe|hazard|child|children|baby|toddler|smoke|" +
      "sparks|electric shock|shocked|cut myself|broken glass|collapsed|fell on|fuego|incendio|quemadura|quemó|herido|herida|" +
      "peligroso|peligrosa|niño|niña|bebé|humo|chispas|descarga|incendie|brûlure|brûlé|blessé|blessée|dangereux|dangereuse|" +
      "enfant|bébé|fumée|étincelles|feuer|brand|verbrannt|verletzt|gefährlich|kind|baby|rauch|funken|stromschlag|fogo|" +
      "incêndio|queimadura|queimou|ferido|ferida|perigoso|perigosa|criança|bebê|fumaça|faíscas|choque",
  ),
  churn: words(
    "cancel my account|close my account|cancel my subscription|cancel my order|switching to|going to|never buying|" +
      "never again|last time i|lost a customer|unsubscribe|cancelar mi cuenta|darme de baja|me cambio a|nunca más|" +
      "cancelar el pedido|résilier|je pars chez|plus jamais|annuler ma commande|désabonner|kündigen|ich wechsle|" +
      "nie wieder|stornieren|cancelar minha conta|vou mudar para|nunca mais|cancelar o pedido",
  ),
  press: words(
    "journalist|reporter|newspaper|the press|going public|news|tv|bbc|periodista|prensa|los medios|journaliste|presse|" +
      "médias|journalist|presse|zeitung|medien|jornalista|imprensa|jornal|mídia",
  ),
  repeat: words(
    "third time|3rd time|fourth time|second time|again and again|already emailed|already wrote|already called|" +
      "already contacted|keep asking|asked twice|tercera vez|segunda vez|otra vez|ya escribí|ya llamé|de nuevo|" +
      "troisième fois|deuxième fois|encore une fois|déjà écrit|déjà appelé|zum dritten mal|zum zweiten mal|schon wieder|" +
      "bereits geschrieben|bereits angerufen|terceira vez|segunda vez|de novo|já escrevi|já liguei",
  ),
};
const urgencyPatterns = Object.entries(urgencyTerms).map(
  ([urgency, terms]) => [urgency as Urgency, wholeWords(terms)] as const,
);

const linkPattern = /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:ly|io|biz|xyz|top|click)\b/i;
const negativeEmoji = /[😡🤬😠👎💩😤😒]/u;
const positiveEmoji = /😍|🥰|❤️?|💕|💖|👏|🙌|🤩|😊|👍|⭐/u;

const languages = ["en", "es", "fr", "de", "pt"];
const wordCount = (text: string) =>
  text
    .replace(linkPattern, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean).length;

/** Detects the language; falls back to English for text too short or mixed to tell. */
export function detectLanguage(text: string): string {
  const [best, second] = detectAll(text, { only: languages });
  if (!best) return "en";
  // Short texts score low overall: a clear lead over the runner-up is as telling as a high score.
  const clear = best.accuracy >= 0.1 || (best.accuracy >= 0.02 && best.accuracy >= 3 * (second?.accuracy ?? 0));
  return clear ? best.lang : "en";
}

/**
 * A first, rule-based triage: kind (spam, complaint, question, praise, other), language and sensitive data.
 * Complaints win over questions ("where is my order?" is a complaint), because missing a complaint costs more than
 * treating a question kindly.
 *
 * @example
 * ```ts
 * classify("Worst order ever, where is it?").kind; // "complaint"
 * ```
 */
export function classify(raw: string): Classification {
  // One spelling of each accented letter, whether typed as one character or as a letter plus a combining mark.
  const text = raw.normalize("NFC");
  const reasons: string[] = [];
  const sensitiveKinds = findSensitive(text);
  if (sensitiveKinds.length > 0) reasons.push(`sensitive: ${sensitiveKinds.join(", ")}`);
  const language = detectLanguage(text);

  const complaint = complaintPattern.exec(text);
  const praise = praisePattern.exec(text);
  const spam = spamPattern.exec(text);
  const hasLink = linkPattern.test(text);
  const letters = text.replace(/[^\p{L}]/gu, "");
  const shouting = letters.length >= 8 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);

  let kind: CaseKind;
  if (spam && (hasLink || !complaint)) {
    kind = "spam";
    reasons.push(`spam term "${spam[0]}"${hasLink ? " with a link" : ""}`);
  } else if (hasLink && !complaint && !text.includes("?") && !praise && wordCount(text) <= 4) {
    // A bare link is spam; a sentence with a link may be a customer showing a photo of the problem.
    kind = "spam";
    reasons.push("a bare link");
  } else if (complaint || negativeEmoji.test(text) || shouting || /!{2,}.*\?|\?{2,}/u.test(text)) {
    kind = "complaint";
    reasons.push(complaint ? `complaint term "${complaint[0]}"` : shouting ? "shouting" : "angry punctuation or emoji");
  } else if (text.includes("?") || questionStartPattern.test(text)) {
    kind = "question";
    reasons.push("asks a question");
  } else if (praise || positiveEmoji.test(text)) {
    kind = "praise";
    reasons.push(praise ? `praise term "${praise[0]}"` : "positive emoji");
  } else {
    kind = "other";
    reasons.push("no complaint, question or praise found");
  }
  // Account details in a message only matter to someone who needs help.
  if (kind === "other" && sensitiveKinds.length > 0) {
    kind = "question";
    reasons.push("shares account details, so it needs an answer");
  }
  const urgency = urgencyPatterns.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  if (urgency.length > 0) reasons.push(`urgent: ${urgency.join(", ")}`);
  // A legal threat, a safety issue or a journalist is a complaint however it is phrased.
  if (
    (kind === "question" || kind === "other") &&
    urgency.some((u) => u === "legal" || u === "safety" || u === "press")
  ) {
    kind = "complaint";
    reasons.push("urgent, so treated as a complaint");
  }
  // Sarcasm ("great, another week of waiting") reads as praise word by word: a complaint is negative whatever it says.
  const sentiment: Sentiment =
    kind === "complaint"
      ? "negative"
      : kind === "praise"
        ? "positive"
        : negativeEmoji.test(text)
          ? "negative"
          : "neutral";
  return { kind, language, sentiment, urgency, sensitive: sensitiveKinds.length > 0, sensitiveKinds, reasons };
}
