import type { CaseKind } from "../config/schema.ts";
import { hasLink, linkPattern } from "../text/links.ts";
import { fold } from "./fold.ts";
import { detectLanguageOf, languageWordsFrom } from "./language.ts";
import { anger, demands } from "./lexicon/demands-and-anger.ts";
import { grammarTermsOf, languageLexicons, termsOf, urgencyTermsOf } from "./lexicon/index.ts";
import { type KindModel, kindModel, scoreKinds } from "./model.ts";
import { findSensitive, type SensitiveKind } from "./sensitive.ts";

/**
 * What triage concludes about one message, with the reasons it gives (recorded in the case history so a person can
 * check what the automation did).
 */
export type Urgency = "legal" | "safety" | "churn" | "press" | "repeat";
export type Sentiment = "negative" | "neutral" | "positive";

export interface Classification {
  kind: CaseKind;
  /** ISO 639-1 of the language it is written in, `und` when too short or mixed to tell (see language.ts). */
  language: string;
  /** How sure the language is, 0 to 1. */
  languageConfidence: number;
  sentiment: Sentiment;
  /** What makes it more than a routine complaint; empty when nothing does. */
  urgency: Urgency[];
  sensitive: boolean;
  sensitiveKinds: SensitiveKind[];
  /**
   * How likely the message is a complaint, whatever kind it was given (0 to 1): the model's probability, raised when a
   * rule found a problem. A compliment with a real chance of being sarcasm is not thanked automatically.
   */
  complaintChance: number;
  reasons: string[];
}

/**
 * Praise is thanked (and its case closed) automatically only below this complaint chance; above, a person looks. In
 * cross-validation this holds back about 16% of real praise and stops about 37% of the complaints that the classifier
 * took for praise from being thanked in public (sarcasm: "great, 2 hours on hold").
 */
export const PRAISE_DOUBT = 0.25;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Builds a case-insensitive, whole-word matcher for words and phrases, aware of accented letters.
 *
 * @example
 * ```ts
 * wholeWords(["refund"]).test("Refund me!"); // true
 * ```
 */
export const wholeWords = (terms: readonly string[]): RegExp => {
  const source = (t: string) => escapeRegex(t.trim()).replace(/\s+/g, "\\s+");
  return new RegExp(eitherSource(terms, source), "iu");
};

/**
 * One alternation of terms: whole words for spaced scripts, anywhere for scripts without spaces (Japanese); `(?!)`
 * (never) when there are none.
 */
function eitherSource(terms: readonly string[], source: (term: string) => string): string {
  const spaced = terms.filter((t) => !unspaced.test(t)).map(source);
  const anywhere = terms.filter((t) => unspaced.test(t)).map(source);
  const parts = [
    ...(spaced.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${spaced.join("|")})(?![\\p{L}\\p{N}])`] : []),
    ...(anywhere.length > 0 ? [`(?:${anywhere.join("|")})`] : []),
  ];
  return parts.length > 0 ? parts.join("|") : "(?!)";
}

/** The languages triage has words for: the first five here, the others in lexicon/. */
export const triageLanguages: ReadonlySet<string> = new Set([
  "en",
  "es",
  "fr",
  "de",
  "pt",
  ...languageLexicons.map((lexicon) => lexicon.language),
]);

/** Scripts written without spaces between words (Japanese, Chinese): a term there matches anywhere. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** What may stand in front of an Arabic word: the conjunctions و and ف, then a preposition or the article. */
const arabicProclitics = "(?:[وف])?(?:ال|بال|لل|كال|[بلك])?";

const B = "(?<![\\p{L}\\p{N}])"; // start of a word
const E = "(?![\\p{L}\\p{N}])"; // end of a word
const GAP = "(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}'-]+){0,3}?[^\\p{L}\\p{N}]+"; // up to three words in between

/**
 * Turns one lexicon term into a regex source for folded text. Syntax: spaces match any run of spaces or hyphens, a
 * trailing `*` on a word allows any ending ("enttausch*" matches "enttäuscht", "enttäuschend"), `~` allows up to three
 * words in between ("reagiert ~ keiner" matches "reagiert ja keiner"), `#` is a number, and an apostrophe is optional
 * ("j'ai recu" also matches "jai recu" and "j ai recu").
 */
const termSource = (term: string): string => {
  const folded = fold(term.trim());
  if (unspaced.test(folded)) {
    // Japanese: no words to count, so `~` allows up to eight characters and `*` up to four more letters.
    return folded
      .split(/\s+/)
      .map((part) =>
        part === "~"
          ? "[^。！？!?]{0,8}?"
          : part === "#"
            ? "\\d+"
            : escapeRegex(part.endsWith("*") ? part.slice(0, -1) : part) + (part.endsWith("*") ? "\\p{L}{0,4}" : ""),
      )
      .join("");
  }
  return folded
    .split(/\s+/)
    .map((word, index) => {
      if (word === "~") return "~";
      if (word === "#") return "\\d+";
      const wildcard = word.endsWith("*");
      const body = escapeRegex(wildcard ? word.slice(0, -1) : word).replace(/'/g, "['\\s]?");
      const proclitic = index === 0 && /^\p{Script=Arabic}/u.test(word) ? arabicProclitics : "";
      return proclitic + (wildcard ? `${body}[\\p{L}'-]*` : body);
    })
    .join(" ")
    .replace(/ ~ /g, GAP)
    .replace(/ /g, "[\\s-]+");
};

/** The first five languages' lexicons, one list per language in this order, tell the language apart too. */
const wordsOfLanguages = (lists: readonly string[]) =>
  lists.forEach((terms, index) => {
    languageWordsFrom(["en", "es", "fr", "de", "pt"][index] as string, terms, 0.5);
  });

const split = (...lists: string[]) =>
  lists
    .join("|")
    .split("|")
    .map((t) => t.trim())
    .filter(Boolean);

/** Single words of six letters or more of each lexicon, for typo-tolerant matching (see `fuzzyFind`). */
const singleWords = new WeakMap<Matcher, string[]>();

/** What the rules test a text with: a regular expression, or a lexicon (the same two methods). */
type Matcher = Pick<RegExp, "test" | "exec" | "lastIndex">;

/** A term that is one plain word: matched by looking the text's words up, not by a regular expression. */
const plainWord = /^[\p{L}\p{N}]+$/u;
const wordRun = /[\p{L}\p{N}]+/gu;

/** The words of the last few texts looked at, each with where it stands (the rules test one text many times). */
const wordsCache = new Map<string, readonly (readonly [string, number])[]>();
const wordsOf = (text: string): readonly (readonly [string, number])[] => {
  let words = wordsCache.get(text);
  if (words) return words;
  words = Array.from(text.matchAll(wordRun), (match) => [match[0], match.index] as const);
  if (wordsCache.size >= 8) wordsCache.delete(wordsCache.keys().next().value as string);
  wordsCache.set(text, words);
  return words;
};

/**
 * A whole-word matcher over folded text for `|`-separated lexicons (see `termSource` for the syntax). Plain words
 * (most terms) are looked up in a set; phrases are grouped by their first word, each group one small regular
 * expression, compiled the first time a text holds that word; only phrases that start with a wildcard, a number or an
 * apostrophe, and the terms of scripts without spaces, make one expression tried on every text. With twelve languages
 * one expression of every term took V8 half a second to compile and made each message twice as slow. `exec` gives
 * the first match in the text, as one expression would (at the same place, a phrase wins over a word).
 */
class Lexicon implements Matcher {
  lastIndex = 0;
  readonly #words: ReadonlySet<string>;
  readonly #phrases: ReadonlyMap<string, string[]>;
  readonly #compiled = new Map<string, RegExp>();
  readonly #rest: RegExp | undefined;

  constructor(words: ReadonlySet<string>, phrases: ReadonlyMap<string, string[]>, rest: readonly string[]) {
    this.#words = words;
    this.#phrases = phrases;
    this.#rest = rest.length > 0 ? new RegExp(eitherSource(rest, termSource), "u") : undefined;
  }

  #phrasesAfter(word: string): RegExp | undefined {
    let pattern = this.#compiled.get(word);
    if (!pattern) {
      const sources = this.#phrases.get(word);
      if (!sources) return undefined;
      // Sticky: tried only where the word stands.
      pattern = new RegExp(`(?:${sources.join("|")})${E}`, "uy");
      this.#compiled.set(word, pattern);
    }
    return pattern;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  exec(text: string): RegExpExecArray | null {
    const rest = this.#rest?.exec(text) ?? null;
    for (const [word, index] of wordsOf(text)) {
      if (rest && rest.index <= index) return rest;
      const phrases = this.#phrasesAfter(word);
      if (phrases) {
        phrases.lastIndex = index;
        const match = phrases.exec(text);
        if (match) return match;
      }
      if (this.#words.has(word))
        return Object.assign([word], { index, input: text, groups: undefined }) as RegExpExecArray;
    }
    return rest;
  }
}

const lexicon = (...lists: string[]): Lexicon => {
  const terms = split(...lists);
  const words = new Set<string>();
  const phrases = new Map<string, string[]>();
  const rest: string[] = [];
  const spaced: string[] = [];
  for (const term of terms) {
    const folded = fold(term.trim());
    if (unspaced.test(folded)) {
      rest.push(term);
      continue;
    }
    spaced.push(folded);
    const first = folded.split(/[\s-]+/)[0] as string;
    const plain = plainWord.test(first) && !/^\p{Script=Arabic}/u.test(first);
    if (plain && first === folded) words.add(folded);
    else if (plain) {
      const group = phrases.get(first);
      if (group) group.push(termSource(term));
      else phrases.set(first, [termSource(term)]);
    } else rest.push(term);
  }
  const matcher = new Lexicon(words, phrases, rest);
  singleWords.set(
    matcher,
    spaced.filter((t) => /^[a-zß]{6,}$/.test(t)),
  );
  return matcher;
};

/** A lexicon as one global regular expression, for replacing every match. */
const lexiconPattern = (...lists: string[]): RegExp => new RegExp(eitherSource(split(...lists), termSource), "gu");

/**
 * A matcher for a word of list `a` near (up to `gap` words) a word of list `b`, in either order; with `sameSentence`,
 * not across a full stop, "!" or "?".
 */
const near = (a: string, b: string, gap = 3, bothOrders = true, sameSentence = false): RegExp => {
  const left = `(?:${split(a).map(termSource).join("|")})`;
  const right = `(?:${split(b).map(termSource).join("|")})`;
  const between = sameSentence
    ? `(?:[^\\p{L}\\p{N}.!?]+[\\p{L}\\p{N}'-]+){0,${gap}}?[^\\p{L}\\p{N}.!?]+`
    : `(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}'.-]+){0,${gap}}?[^\\p{L}\\p{N}]+`;
  const forward = `${B}${left}${between}${right}${E}`;
  return new RegExp(bothOrders ? `${forward}|${B}${right}${between}${left}${E}` : forward, "u");
};

// ---------------------------------------------------------------------------------------------------------------------
// Lexicons, in English, Spanish, French, German and Portuguese (each line of a list is one language where it matters).

/** Problems with a product: damage, defects, missing or wrong parts. */
const productProblemsLists = [
  "broken|broke|breaks|damaged|damage|defective|faulty|cracked|cracks|scratched|scratches|dented|dent|stained|stains|" +
    "torn|ripped|a tear|huge tear|big tear|snapped|shattered|collapsed|wobbles|wobbly|wobbling|stopped working|" +
    "doesn't work|does not work|not working|won't turn on|fell apart|falling apart|poor quality|bad quality|flimsy|" +
    "peeling|mould|mold|mouldy|moldy|stinks|soaked|leaking|leaks|rusty|missing|incomplete|wrong|different model|" +
    "not as described|doesn't fit|does not fit|is it normal|sagging|saggy|squeaks|squeaky|came off|fell off|broke off|" +
    "comes off|coming off|stuck|jammed|cheaply made|feels cheap|looks cheap|smells like|chemical smell|stinks|" +
    "bent|warped|peeled|peeling off|coming apart|half built|half assembled|lump|hole|holes|shrunk|shrank|faded|" +
    "pilling|frayed|went flat|can't sleep|is it supposed to|is that supposed to|mine does|uncomfortable|" +
    "not what i ordered|lifting|disappeared|vanished|stuck in|now what|never expanded|buzzes|buzzing|hums|humming|" +
    "flickers|flickering|rattles|rattling|creaks|creaking|makes a noise|makes a weird noise|gone flat|went flat|" +
    "flattened|sunk|sinks",
  "roto|rota|rotos|rotas|se rompio|rompio|danado|danada|danados|defectuoso|defectuosa|rayado|rayada|abollado|" +
    "abollada|manchado|manchada|rasgado|rasgada|se partio|partido|partida|cojea|cojean|tambalea|no funciona|" +
    "dejo de funcionar|ha dejado de funcionar|no enciende|mala calidad|pesima calidad|mojado|mojada|empapado|empapada|" +
    "oxidado|falta|faltan|faltaba|faltaban|incompleto|incompleta|equivocado|equivocada|no corresponde|no coincide|" +
    "es normal que|es normal|se hunde|chirria|se solto|se ha soltado|se despega|despegado|despegada|se cayo|" +
    "atascado|atascada|se atasca|huele a|olor a|doblado|doblada|torcido|torcida|se descose|descosido|bulto|" +
    "agujero|agujeros|encogido|encogio|destenido|bolitas|deshilachado|mancha|manchas|no se puede dormir|" +
    "se supone que|incomodo|incomoda|no es lo que pedi|desaparecio|ha desaparecido|atascado en|parado en|" +
    "y ahora que|se levanta|zumba|zumbido|parpadea|hace ruido|hace un ruido|hundido|hundidos|hundida|hundidas|" +
    "aplastado|aplastados|aplastada|aplastadas",
  "casse|cassee|casses|cassees|endommage*|defectueux|defectueuse|abime|abimee|abimes|raye|rayee|rayures|bosse|" +
    "bossee|enfonce|enfoncee|taches|tachee|dechire|dechiree|a cede|bancal|bancale|a lache|ne marche pas|" +
    "ne marche plus|ne fonctionne pas|ne fonctionne plus|marche pas|fonctionne pas|ne s'allume pas|mauvaise qualite|" +
    "trempe|trempee|mouille|mouillee|rouille|rouillee|il manque|manque|manquant*|incomplet|incomplete|mauvais|" +
    "mauvaise|correspond pas|pas conforme|c'est normal|est-ce normal|grince|s'est detache|detache|se decolle|" +
    "decolle|decollee|coince|coincee|odeur|sent le|pue|tordu|tordue|voile|se decoud|decousu|trou|trous|retreci|" +
    "retrecie|deteint|bouloches|effiloche|impossible de dormir|c'est cense|est-ce cense|inconfortable|" +
    "pas ce que j'ai commande|disparu|bloque en|bloquee en|bloque depuis|bloquee depuis|et maintenant|" +
    "se souleve|de travers|gresille|bourdonne|clignote|fait du bruit|fait un bruit|tout plat|tout plats|toute plate|" +
    "toutes plates|affaisse*",
  "kaputt|kaputte*|beschadigt*|defekt|defekte*|gebrochen|zerbrochen*|zersprungen|gerissen|riss|risse|kratzer|" +
    "zerkratzt|delle|dellen|flecken|zusammengebrochen|wackelt|wackelig|funktioniert nicht|funktioniert nicht mehr|" +
    "geht nicht mehr|schlechte qualitat|minderwertig|stinkt|nass|durchnasst|verrostet|fehlt|fehlen|fehlende*|" +
    "unvollstandig|falsch|falsche|falscher|falsches|falschen|passt nicht|passt nich|stimmt nicht|ist es normal|" +
    "ist das normal|quietscht|abgebrochen|abgefallen|lost sich|klemmt|billig verarbeitet|riecht nach|geruch|" +
    "verbogen|krumm|verzogen|lost sich auf|loch|locher|eingelaufen|verblasst|ausgefranst|kann nicht schlafen|" +
    "soll das so|ist das so gewollt|unbequem|nicht was ich bestellt|verschwunden|hangt ~ fest|steckt ~ fest|" +
    "festgesteckt|und jetzt|schief|lost sich|summt|brummt|flackert|flimmert|klappert|knarzt|macht geräusche|" +
    "macht ein geräusch|platt wie|plattgesessen|durchgesessen|eingesunken",
  "quebrado|quebrada|quebrou|partiu|partiu-se|danificado|danificada|defeituoso|defeituosa|avariou|avariado|" +
    "avariada|avaria|riscado|riscada|amolgado|amolgada|amassado|amassada|manchado|manchada|rasgado|rasgada|abana|" +
    "bambo|bamba|nao funciona|parou de funcionar|deixou de funcionar|nao liga|ma qualidade|pessima qualidade|" +
    "molhado|molhada|encharcado|encharcada|enferrujado|falta|faltam|faltando|incompleto|incompleta|errado|errada|" +
    "nao bate|nao corresponde|e normal|range|soltou|soltou-se|descolar|descolou|descolado|descolada|" +
    "emperra|emperrado|encravado|cheira a|cheiro a|cheiro de|torto|torta|empenado|empenada|descoseu|descosido|" +
    "buraco|buracos|encolheu|desbotou|bolinhas|desfiado|mancha|manchas|nao consigo dormir|e suposto|desconfortavel|" +
    "nao e o que encomendei|desapareceu|parado|parada|retido|retida|e agora|a levantar|descolar|zumbido|zumbe|pisca|" +
    "faz barulho|faz um barulho|espalmad*|achatad*|afundad*",
];
wordsOfLanguages(productProblemsLists);
const productProblems = lexicon(...productProblemsLists, ...termsOf("product"));

/** Problems with a delivery: not arrived, late, lost, no-show. */
const deliveryProblemsLists = [
  "never arrived|hasn't arrived|has not arrived|not arrived|didn't arrive|did not arrive|never came|never showed|" +
    "nobody came|no one came|nobody showed|no one showed|didn't show up|no-show|not delivered|never delivered|" +
    "never received|didn't receive|haven't received|have not received|not received|nothing at my door|" +
    "hasn't moved|not moving|still waiting|been waiting|# weeks waiting|# days waiting|late|delayed|delay|postponed|" +
    "rescheduled|where is my|where is it|where's my|wheres my|lost|still nothing|and nothing|no nothing|still no|" +
    "still not|nothing yet|says delivered|marked as delivered|shows delivered|another delay|another # weeks|" +
    "another week|another day|yet another|hasn't shown up|still says|still shows|still processing|still pending|" +
    "it's been #|its been #|it's been a week|it's been a month|no news|no update|no updates|is now #|now # weeks|" +
    "now # days|threw|thrown|tossed|dropped|overdue|waiting for",
  "no llega|no ha llegado|nunca llego|no llego|sin llegar|no vino nadie|nadie vino|no ha venido|no aparecio|" +
    "no recibi|no he recibido|nunca recibi|no se mueve|sigo esperando|llevo ~ esperando|esperando|retraso|retrasado|" +
    "retrasada|aplazad*|pospuest*|llego tarde|llega tarde|donde esta|perdido|perdida|todavia no|aun no|sigo sin|" +
    "y nada|ni rastro|marcado como entregado|aparece como entregado|otro retraso|otra semana|otro mes|sigue poniendo|" +
    "ya van #|ya son #|sin noticias|ninguna noticia|tiraron|tiro|sin avisar|vencido",
  "jamais arrive*|pas arrive*|toujours pas|toujours rien|j'attends|personne n'est venu|personne est venu|pas livre*|" +
    "jamais livre*|jamais recu*|pas recu*|rien recu|rien devant|ne bouge plus|ne bouge pas|retard|en retard|" +
    "reporte|reportee|ou est|elle est ou|il est ou|ou en est|perdu|perdue|et rien|indique* comme livre*|" +
    "marque* comme livre*|encore un retard|encore une semaine|indique toujours|toujours en preparation|" +
    "ca fait # ~ que|cela fait # ~ que|aucune nouvelle|sans nouvelles|pas de nouvelles|jete|balance|sans prevenir",
  "nie angekommen|nicht angekommen|nichts angekommen|nie geliefert|nicht geliefert|nicht erhalten|nie erhalten|" +
    "niemand kam|keiner kam|niemand kommt|keiner kommt|bewegt sich nicht|bewegt sich ~ nicht|immer noch nicht|" +
    "immer noch kein*|warte immer noch|warte seit|warte ich|ich warte|wir warten|verspatung|verspatet|verzogert|" +
    "verschoben|wo ist|wo bleibt|verloren|und nichts|noch nichts|als zugestellt|zugestellt markiert|schon wieder|" +
    "noch eine woche|steht immer noch|immer noch in bearbeitung|keine ruckmeldung|keine nachricht|" +
    "nichts gehort|nichts mehr gehort|geworfen|ohne vorwarnung|ohne bescheid|uberfallig",
  "nunca chegou|nao chegou|nao recebi|nunca recebi|ninguem apareceu|ninguem veio|nao apareceu|nao aparece|" +
    "nao mexe|continuo esperando|continuo a espera|continuo a aguardar|estou a espera|ainda espero|que espero|" +
    "a espera de|atraso|atrasado|atrasada|adiad*|onde esta|cade|perdido|perdida|ainda nao|e nada|ainda sem|" +
    "aparece como entregue|consta como entregue|mais um atraso|outro atraso|mais uma semana|ainda diz|" +
    "so chegou|so veio|so recebi|ja faz #|ja sao #|sem noticias|nenhuma noticia|nenhum retorno|sem retorno|atiraram|" +
    "sem avisar",
];
wordsOfLanguages(deliveryProblemsLists);
const deliveryProblems = lexicon(...deliveryProblemsLists, ...termsOf("delivery"));

/**
 * An order cancelled, or the wish to cancel: a complaint to answer, but not a failure in itself (a customer may
 * cancel and be pleased with how it went: "refund back in 2 days, fair play").
 */
const cancellations = lexicon(
  "cancelled|canceled|was cancelled|was canceled|want to cancel|cancel my order|cancel it",
  "cancelado|cancelada|cancelaron|cancelasteis|habeis cancelado|quiero cancelar|cancelad",
  "annule|annulee|a ete annulee|je veux annuler|annulez",
  "storniert|stornieren sie|will stornieren|mochte stornieren",
  "cancelaram|cancelada|quero cancelar|cancelem",
  ...termsOf("cancellation"),
);

/** Problems with money: refunds, double charges, a payment taken without an order. */
const moneyProblemsLists = [
  "refund|refunds|money back|my money|charged twice|double charged|charged me twice|charged ~ twice|overcharged|" +
    "took my payment|took my money|no order at all|was charged|were charged|charged me|i've been charged",
  "reembolso|reembolsen|reembolsad*|devuelvan|devolvais|devolved|devolucion|mi dinero|cobrado dos veces|" +
    "cobrado ~ dos veces|cobraron ~ dos veces|cobrado de mas|el cargo|me cobraron|me han cobrado|me habeis cobrado|" +
    "me cobran|me cobrais",
  "rembourse*|mon argent|debite* deux fois|debite* ~ deux fois|preleve* deux fois|preleve* ~ deux fois|" +
    "facture* deux fois|on m'a facture|on m'a debite|m'avez debite*|m'avez facture",
  "geld zuruck|mein geld|ruckerstattung|erstattung|erstatten|zweimal abgebucht|doppelt abgebucht|" +
    "doppelt berechnet|abgebucht ~ zweimal|geld ist ~ weg|geld ist weg|abgebucht|berechnet",
  "reembolso|reembolsem|devolvam|devolverem|devolucao|meu dinheiro|cobrado duas vezes|cobraram ~ duas vezes|" +
    "dinheiro saiu|dinheiro de volta|cobraram-me|me cobraram|fui cobrado|fui cobrada",
];
wordsOfLanguages(moneyProblemsLists);
const moneyProblems = lexicon(...moneyProblemsLists, ...termsOf("money"));

/** Problems with the service, the site or the brand, and the words of an unhappy customer. */
const serviceProblemsLists = [
  "error|glitch|crashed|crashing|crashes|locked out|can't log in|cannot log in|declined|no answer|no reply|" +
    "no response|zero answers|nobody answers|nobody answered|hasn't answered|haven't answered|no one answers|nobody replies|nobody cares|" +
    "nobody picks up|no one picks up|ignored|ignoring me|rude|unhelpful|not helpful|useless|poor service|bad service|" +
    "terrible service|is a joke|a joke|haven't heard|still haven't|not happy|unhappy|disappointed|disappointing|" +
    "frustrated|frustrating|furious|angry|annoyed|fed up|sick of|worst|terrible|awful|horrible|disgusting|" +
    "unacceptable|ridiculous|pathetic|shameful|shame on|scam|fraud|rip off|ripoff|waste|wasted|for nothing|" +
    "complaint|warranty claim|claim has been|no explanation|without explanation|no reason|who pays|what happened|" +
    "fix this|fix it|sort this out|sort it out|call me|call me back|sitting for|embarrassing|on hold for|" +
    "line dropped|hung up",
  "error|dio error|fallo|falla|se cuelga|no puedo entrar|rechazad*|denegad*|nadie responde|nadie contesta|" +
    "nadie me responde|nadie me contesta|nadie me dice nada|sin respuesta|ninguna respuesta|no me haceis caso|" +
    "no me hacen caso|maleducad*|grosero|grosera|inutil|inutiles|pesimo|pesima|mal servicio|muy mal|fatal|harto|" +
    "harta|decepcionad*|decepcion|frustrad*|enfadad*|cabread*|indignad*|furios*|peor|horrible|terrible|asco|" +
    "asqueroso|inaceptable|ridiculo|vergonzoso|verguenza|estafa|fraude|timo|perdida de tiempo|para nada|queja|" +
    "reclamacion|sin explicacion|sin ninguna explicacion|quien paga|que ha pasado|solucionen|arreglen|" +
    "no hay derecho|una broma|lamentable|penoso|no se entiende|no se entienden|llamadme|llamame|llamenme",
  "erreur|bug|bugue|a plante|le site a plante|impossible de me connecter|refuse|refusee|personne ne repond|" +
    "personne ne me repond|personne ne decroche|aucune reponse|pas de reponse|sans reponse|inutile|nul|nulle|" +
    "lamentable|deplorable|injoignable|decu|decue|decevant|decevante|deception|frustre|frustree|furieux|furieuse|" +
    "enerve|enervee|en colere|marre|ras le bol|pire|horrible|honteux|honte|inadmissible|inacceptable|scandaleux|" +
    "scandale|ridicule|arnaque|escroquerie|escrocs|voleurs|pour rien|plainte|reclamation|sans explication|qui paie|" +
    "qui paye|n'importe quoi|une blague|traine|trainent|rappelez-moi|rappelez moi|appelez-moi",
  "fehler|absturz|sturzt ab|kann mich nicht einloggen|abgelehnt|keine antwort|niemand antwortet|keiner antwortet|" +
    "niemand reagiert|keiner reagiert|reagiert ~ keiner|reagiert ~ niemand|geht ~ ans telefon|geht keiner ran|" +
    "ignoriert|unfreundlich|unverschamt|nutzlos|schlecht|schlechter|schlechteste*|schwach|enttauscht|enttauschend|" +
    "enttauschung|frustriert|frustrierend|wutend|sauer|verargert|genervt|reicht mir|furchtbar|schrecklich|" +
    "katastrophe|katastrophal|inakzeptabel|unmoglich|lacherlich|frechheit|schande|betrug|abzocke|betruger|" +
    "verschwendet|verschwendung|fur nichts|fuer nichts|fur nix|fuer nix|beschwerde|reklamation|ohne begrundung|" +
    "ohne erklarung|wer zahlt|was ist passiert|ein witz|liegt ~ rum|liegt seit|rufen sie mich ~ an|ruft mich ~ an|" +
    "peinlich|warteschleife|aufgelegt",
  "erro|deu erro|falha|recusad*|recusaram|rejeitad*|ninguem responde|ninguem me responde|ninguem atende|" +
    "sem resposta|nenhuma resposta|inutil|pessimo|pessima|mau servico|mau atendimento|vergonha|decepcionad*|" +
    "desilusao|decepcao|frustrad*|irritad*|chatead*|furios*|farto|farta|pior|horrivel|terrivel|inaceitavel|ridiculo|" +
    "golpe|fraude|burla|enganad*|perda de tempo|a toa|reclamacao|queixa|sem explicacao|quem paga|o que aconteceu|" +
    "lamentavel|uma piada|pendente|liguem-me|liguem me|ligue-me",
];
wordsOfLanguages(serviceProblemsLists);
const serviceProblems = lexicon(...serviceProblemsLists, ...termsOf("service"));

/** A demand, and open anger (see lexicon/demands-and-anger.ts). */
const demandTerms = lexicon(...demands, ...termsOf("demands"));
const angerTerms = lexicon(...anger, ...termsOf("anger"));

/** Nobody answers, calls back or helps ("why does nobody at the store pick up the phone"). */
const nobodyHelps = near(
  ["nobody|no one|noone|nadie|personne|niemand|keiner|ninguem", ...grammarTermsOf("nobody")].join("|"),
  [
    "answers|answer|answered|picks up|pick up|picked up|replies|reply|replied|responds|respond|helps|help|helped|cares|" +
      "calls back|call back|called back|gets back|got back|told me|has called|responde|contesta|ayuda|llama|devuelve|" +
      "devuelto|ha devuelto|ha llamado|ha contestado|ha respondido|ha ayudado|resuelve|me dice|me ha dicho|" +
      "repond|rappelle|aide|decroche|s'occupe|antwortet|reagiert|hilft|meldet sich|ruft zuruck|kummert sich|atende|ajuda|" +
      "liga|resolve|diz nada|warned|told|informed|notified|let me know|avisa|aviso|avisado|avisaron|informo|previent|" +
      "prevenu|prevenue|informe|warnt|gewarnt|bescheid|informiert|avisou|avisaram|informou|disse",
    ...grammarTermsOf("answers"),
  ].join("|"),
  3,
  false,
);

/** A negation next to what a delivery or a product should do: "only one arrived", "wouldn't fit", "nunca llegó". */
const deliveryNegated = near(
  "never|not|n't|only|nothing|no|nunca|solo|nada|pas|jamais|rien|seulement|nicht|nie|nur|nichts|kein|nao|apenas",
  "arrived|came|come|delivered|fit|fits|expanded|expand|close|closes|open|opens|work|works|worked|turned up|showed up|" +
    "llegado|llego|llega|vino|entregado|cabe|cupo|cierra|abre|funciona|funciono|arrive|arrivee|venu|livre|livree|recu|" +
    "rentre|ferme|marche|fonctionne|angekommen|gekommen|kam|geliefert|passt|schliesst|funktioniert|chegou|veio|" +
    "entregue|cabe|fecha|abre|funciona|funcionou",
  1,
  false,
);

/** The customer's own, new thing, and a question whether that is normal: "is it normal that my 3 week old sofa…". */
const normalAlready = near(
  "is it normal|is this normal|is that normal|normal that|normal for|es normal|c'est normal|c normal|est-ce normal|" +
    "ist es normal|ist das normal|e normal",
  "already|new|brand new|# week old|# weeks old|# month old|# months old|after # days|after # weeks|after # months|ya|" +
    "nuevo|nueva|nuevos|nuevas|de # semanas|de # meses|deja|neuf|neuve|neufs|neuves|de # semaines|de # mois|" +
    "apres # jours|apres # semaines|schon|bereits|neu|neue|neuer|neues|neuen|nach # tagen|nach # wochen|" +
    "nach # monaten|ja|novo|nova|novos|novas|ao fim de # dias|ao fim de # semanas",
  14,
  false,
);

/** A product that arrived with something ("llegó con una mancha"): a report, even inside a question. */
const arrivedWith = near(
  "arrived|came|delivered|llego|vino|arrive|arrivee|livre|livree|kam|angekommen|geliefert|chegou|veio|entregue",
  "with|con|avec|mit|com",
  1,
  false,
);

/** Things short, or working only halfway: "two screws short", "only opens halfway", "geht nur halb auf". */
const shortOrHalf = [
  /(?<![\p{L}\p{N}])(?:\d+|one|two|three|four|five|a few|a couple of)\s+(?:[\p{L}-]+\s+){0,2}short(?![\p{L}\p{N}])/u,
  near(
    "open|opens|opened|close|closes|closed|shut|shuts|slides|pulls out|extends|abre|cierra|entra|sale|ouvre|s'ouvre|" +
      "ferme|se ferme|rentre|sort|geht|offnet|schliesst|fecha|entra|sai",
    "halfway|half way|a medias|a la mitad|hasta la mitad|a moitie|qu'a moitie|halb|zur halfte|ate meio|" +
      "ate a metade|pela metade",
    3,
  ),
];

/** The colour or the look is nothing like the photo or the description. */
const unlikePhoto = near(
  "nothing like|nothing to do with|doesn't look like|does not look like|not like|different from|different to|" +
    "nada que ver|no se parece|distinto|diferente|rien a voir|ressemble pas|ressemble en rien|different de|" +
    "differente de|nichts zu tun|null zu tun|nichts mit|anders als|nada a ver|nao se parece",
  "photo|photos|picture|pictures|pic|pics|image|images|website|listing|description|foto|fotos|imagen|imagenes|" +
    "web|anuncio|descripcion|annonce|bild|bilder|bildern|beschreibung|webseite|imagem|imagens|descricao",
  6,
);

/** A delivery status that does not move: "still showing 'processing' after 11 days", "em processamento há 12 dias". */
const statusStuck = near(
  "processing|pending|preparing|in preparation|awaiting dispatch|in transit|label created|en proceso|procesando|" +
    "pendiente|en preparacion|en transito|en cours|en preparation|en attente|en cours de traitement|in bearbeitung|" +
    "in vorbereitung|ausstehend|in zustellung|wird bearbeitet|em processamento|pendente|em preparacao|em transito|" +
    "a processar",
  "still|after|since|for # days|for # weeks|sigue|desde hace|lleva|llevo|hace # dias|hace # semanas|toujours|depuis|" +
    "immer noch|noch immer|seit|ainda|continua|ha # dias|ha # semanas|desde|ja # dias",
  4,
);

/** Money taken: "charged £649 on Friday", "débitée de 749 €", "Debitaram 749 €". */
const moneyTaken = new RegExp(
  `(?<!(?:be|get|ser|etre|sera|werde|werden)\\s+)${B}(?:charged|debited|billed|cobrad[oa]s?|cobraron|cargad[oa]s?|cargaron|` +
    `debitee?s?|prelevee?s?|facturee?s?|abgebucht|belastet|abgezogen|debitad[oa]s?|debitaram|cobraram|descontad[oa]s?)` +
    `\\s+(?:\\p{L}+\\s+){0,2}?(?:[£$€]|r\\$)?\\s?\\d`,
  "u",
);

/** A thing promised or advertised that did not happen: "war als kostenlos angekündigt", "was supposed to arrive". */
const promisedNot = lexicon(
  "was advertised|advertised as|was supposed to|were supposed to|was meant to|were meant to|no confirmation|" +
    "se suponia|anunciado como|anunciada como|anunciaban|deberia haber|sin confirmacion|ningun correo de confirmacion|" +
    "etait cense|etait censee|devait etre|devait arriver|annonce comme|annoncee comme|aucune confirmation|" +
    "pas de mail de confirmation|pas de confirmation|war als ~ angekundigt|war ~ angekundigt|sollte eigentlich|" +
    "hiess es|keine bestatigung|keine bestatigungsmail|era suposto|devia ter|deveria ter|supostamente|" +
    "nenhum email de confirmacao|nenhuma confirmacao|sem confirmacao",
);

/** Delivered to the wrong place: a neighbour, another address. */
const wrongPlace = [
  near(
    "left|dejaron|dejo|entregaron|entrego|laisse|livre|depose|abgegeben|abgestellt|geliefert|deixou|deixaram|" +
      "entregou|entregaram|delivered|gave|dio|donne|gegeben",
    "neighbour|neighbor|neighbours|neighbors|vecino|vecina|vecinos|voisin|voisine|voisins|nachbarn|nachbar|" +
      "nachbarin|vizinho|vizinha|vizinhos",
    4,
  ),
  near(
    "sent|delivered|mandaron|enviaron|entregaron|llevaron|livre|livree|envoye|envoyee|geliefert|geschickt|" +
      "zugestellt|entregaram|mandaram|enviaram|entregue|enviado|mandado|enviada",
    "another address|other address|different address|wrong address|otra direccion|direccion equivocada|" +
      "autre adresse|mauvaise adresse|andere adresse|falsche adresse|falschen adresse|outra morada|outro endereco|" +
      "morada errada|endereco errado",
    6,
    false,
  ),
];

/** Delivered without a part: "delivered the wardrobe without the doors", "entregaram sem as portas". */
const deliveredWithout = near(
  "delivered|arrived|came|sent|shipped|entregaron|llego|llegaron|vino|mandaron|enviaron|livre|livree|arrive|arrivee|" +
    "envoye|envoyee|geliefert|kam|angekommen|geschickt|entregaram|chegou|veio|mandaram|enviaram",
  "without the|without its|without any|sin los|sin las|sin el|sin la|sin sus|sans les|sans la|sans le|sans ses|" +
    "ohne die|ohne den|ohne das|ohne seine|sem as|sem os|sem a|sem o|sem os seus",
  4,
  false,
);

/** Giving up on the brand: "I give up", "me rindo", "j'abandonne", "ich geb's auf", "desisto". */
const givingUp =
  /(?<![\p{L}\p{N}])(?:i give up|i'm giving up|forget it(?!['\p{L}])|me rindo|olvidadlo|olvidenlo|j'abandonne|laissez tomber|ich geb'?s auf|ich gebe auf|vergesst es|vergessen sie es|desisto|esquecam|esquece(?=\s*[.!]|\s*$))(?![\p{L}\p{N}])/u;

/** The problem was had and put right: "had a wonky leg, Priya sent a new one in 2 days". */
const hadBefore = lexicon(
  "had|tuve|tuvimos|tenia|j'avais|j'ai eu|on avait|nous avions|hatte|hatten|tive|tivemos|tinha",
  ...grammarTermsOf("had"),
);
const putRight = lexicon(
  "sent a new one|sent me a new one|sent a replacement|sent me a replacement|sent another|replaced it|" +
    "me mando otr*|me mandaron otr*|me envio otr*|me enviaron otr*|me mando un* nuev*|me enviaron un* nuev*|" +
    "m'en a envoye|m'a envoye un nouveau|m'a envoye une nouvelle|remplace|remplacee|ersatz geschickt|" +
    "ersatz ~ geschickt|ersatz geliefert|neue* ~ geschickt|mandou uma nova|mandou um novo|mandou outr*|enviou outr*|" +
    "enviou uma nova|enviou um novo|enviaram outr*|mandaram outr*|substituiu|substituiram",
);
/** The languages of lexicon/: a problem told together with how someone put it right. */
const putRightStory = lexicon(...termsOf("putRight"));
const stillWrong = lexicon(
  "still|again|but|yet|too|also|same|todavia|aun|sigue|otra vez|pero|tambien|mismo|misma|toujours|encore|mais|" +
    "aussi|meme|immer noch|wieder|aber|auch|gleiche|gleichen|ainda|de novo|mas|tambem|mesmo|mesma",
  ...grammarTermsOf("still"),
);

/** The customer speaking of their own things. */
const personal = lexicon(
  "my|mine|i|i'm|i've|me|we|our|ours|us|mi|mis|mio|mia|me|nos|nuestro|nuestra|yo|mon|ma|mes|mien|mienne|je|j'|moi|" +
    "nous|notre|nos|mein|meine|meiner|meinen|meinem|ich|mir|mich|wir|unser|unsere|meu|minha|meus|minhas|eu|nosso|nossa",
  ...grammarTermsOf("personal"),
);

/** "Why was my order cancelled?": a why-question about the customer's own order or money is a complaint. */
const whyMine = near(
  ["why|por que|pourquoi|warum|wieso|weshalb", ...grammarTermsOf("why")].join("|"),
  [
    "my|me|i|mi|mis|ma|mon|mes|m'|mir|mich|meine|meiner|meinen|meinem|minha|meu|meus|minhas",
    ...grammarTermsOf("personal"),
  ].join("|"),
  3,
  false,
);

/** Praise, then "but" and a negation: "love the colour but it doesn't close", "bonita pero no cierra". */
const praiseButNot = near(
  ["but|pero|mais|aber|mas", ...grammarTermsOf("but")].join("|"),
  [
    "not|no|never|doesn't|don't|didn't|won't|isn't|wasn't|can't|nunca|ya no|pas|plus|jamais|nicht|kein|keine|nie|nao|sem|" +
      "sin|ohne|sans|nada|rien|nichts",
    ...grammarTermsOf("not"),
  ].join("|"),
  4,
  false,
);

/** Sarcasm: a positive word that says the opposite. */
const sarcasmPatterns = [
  lexicon(
    "thanks for nothing|thank you for nothing|thanks a lot for nothing|gracias por nada|merci pour rien|" +
      "danke fur nichts|danke fuer nichts|obrigado por nada|obrigada por nada",
  ),
  // "5 stars for the box, 0 for what was in it"
  /(?<![\p{L}\p{N}])[1-5]\s*(?:stars?|estrellas?|etoiles?|sternen?|estrelas?)(?![\p{L}\p{N}]).{0,60}?(?<![\p{L}\p{N}])(?:0|zero|cero|null)(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])(?:0|zero|cero|null|1|one|una|une|ein|uma)\s*(?:stars?|estrellas?|etoiles?|sternen?|estrelas?)(?![\p{L}\p{N}])/u,
  // "'next day' apparently means next month"
  near(
    "apparently|al parecer|por lo visto|apparemment|visiblement|anscheinend|offenbar|scheinbar|pelos vistos|" +
      "aparentemente",
    "means|significa|quiere decir|veut dire|signifie|heisst|bedeutet|quer dizer",
    2,
    false,
  ),
  // "like seriously?", "¿en serio?", "sérieux ?", "im Ernst?"
  /(?<![\p{L}\p{N}])(?:seriously|en serio|serieux|serieusement|im ernst|ernsthaft|echt jetzt|a serio|serio)\s*\?/u,
  lexicon(...termsOf("sarcasm")),
];
/** Sarcasm: an opening "great," / "genial," / "na toll," followed by a wait, a repeat or a scare-quoted promise. */
const sarcasticOpening = new RegExp(
  `^\\W*(?:oh\\s+|wow\\s+|na\\s+|ah\\s+|que\\s+|qué\\s+)?(?:${split(
    "great|fantastic|brilliant|perfect|wonderful|lovely|awesome|nice|amazing|genial|estupendo|perfecto|maravilla|" +
      "increible|fantastico|super|genial|parfait|formidable|magnifique|bravo|toll|super|prima|klasse|wunderbar|" +
      "perfekt|otimo|perfeito|maravilha|fantastico|bom|super sache|tolle sache|parabens|congrats|congratulations|" +
      "well done|good job|nice job|stellar|bravo|chapeau|enhorabuena|felicidades|felicitations|gut gemacht",
  )
    .map(termSource)
    .join("|")})\\s*(?:[,.!…]|\\p{Extended_Pictographic})`,
  "u",
);
const waitOrRepeat = lexicon(
  "# days|# weeks|# months|a week|a month|again|another|yet another|still|dias|semanas|meses|otra vez|de nuevo|otro|" +
    "otra|sigue|jours|semaines|mois|encore|toujours|tage|tagen|wochen|monate|monaten|wieder|noch|immer noch|dias|" +
    "semanas|de novo|outra vez|mais um|mais uma|ainda|reporte|verschoben|aplazado|adiado",
);
const scareQuotes =
  /["“«„']\s*(?:express|premium|next day|fast|quick|white glove|customer service|support|guaranteed|24h|48h|rapide|rapido|rápido|schnell|expresso|express delivery|entrega premium|livraison premium|service client|kundenservice|atendimento)[^"”»“']{0,30}["”»“']/iu;

/** Emoji of anger, disappointment or sarcasm (eye roll, clown, upside-down face). */
const negativeEmoji = /[😡🤬😠👎💩😤😒🙄🤡🙃😕😞😩😫💔]/u;
const positiveEmoji = /😍|🥰|❤️?|💕|💖|💗|💯|👏|🙌|🤩|😊|☺️?|👍|👌|⭐|🌟|✨|😘|🤗|💙|💚|💜|🧡|🔥/u;

/**
 * Words of urgency used in another sense: slang praise ("this playlist is FIRE", "ça met le feu", "to die for"), and
 * a profession stated in passing ("I'm a lawyer and I need a desk", "as a journalist I fly a lot"). Blanked before the
 * urgency terms are looked for.
 */
const figurative = new RegExp(
  `${B}(?:${split(
    "is fire|was fire|so fire|pure fire|absolute fire|straight fire|is lit|to die for|killing it|killed it|dying to|" +
      "burning question|i'm a lawyer|i am a lawyer|as a lawyer|as a journalist|i'm a journalist and|i fly a lot",
    "es fuego|esta que arde|me muero por|muero de ganas|soy abogado|soy abogada|como periodista|soy periodista y",
    "met le feu|c'est le feu|de feu|je meurs d'envie|avocat de profession|avocate de profession|journaliste, je|" +
      "en tant que journaliste",
    "ist feuer|einfach feuer|bin anwalt|bin anwaltin|als anwalt|als anwaltin|als journalist|als journalistin",
    "pegando fogo|e fogo|morrendo de vontade|sou advogado|sou advogada|como advogado|como advogada|como jornalista",
    ...grammarTermsOf("figurative"),
  )
    .map((term) => termSource(term))
    .join("|")})${E}`,
  "gu",
);

/** Churn, safety, legal, press and repeat contact are complaints however they are phrased. */
const baseUrgencyTerms: Record<Urgency, Matcher[]> = {
  legal: [
    lexicon(
      "lawyer|attorney|solicitor|sue you|suing|lawsuit|legal action|small claims|to court|in court|court case|" +
        "consumer protection|" +
        "trading standards|ombudsman|chargeback|better business bureau|bbb|filing a dispute|disputed the charge",
      "abogado|abogada|demandar|denunciar|denuncia|juzgado|tribunales|omic|facua|en consumo|a consumo|" +
        "oficina de consumo|hoja de reclamaciones|via judicial|profeco|ocu|contracargo",
      "avocat|avocate|proces|poursuivre en justice|tribunal|porter plainte|deposer plainte|ufc|que choisir|dgccrf|" +
        "mediateur|conciliateur|mise en demeure|opposition bancaire|fait opposition|opposition sur le paiement",
      "anwalt|anwaltin|rechtsanwalt|verklagen|klage|gericht|verbraucherzentrale|rechtliche schritte|schlichtungsstelle|" +
        "ruckbuchung|lastschrift zuruck*",
      "advogado|advogada|processar|processo judicial|procon|deco proteste|queixa na deco|livro de reclamacoes|" +
        "justica|reclame aqui",
    ),
  ],
  // An incident: fire, smoke, burns, shattered glass, injury. Not a child or a baby by itself ("we have a baby").
  safety: [
    lexicon(
      "on fire|caught fire|a fire|the fire|fire brigade|fire department|fire alarm|started a fire|flames|burn|burned|burnt|burns|smoke came|smoke coming|smoke from|full of smoke|" +
        "smoking|sparks|sparked|electric shock|" +
        "shocked me|injured|injury|hurt my|hurt his|hurt her|got hurt|cut myself|cut his|cut her|bleeding|shattered|" +
        "shards|broken glass|exploded|overheated|overheating|melted|dangerous|unsafe|hazard|choking|tipped over|" +
        "fell on|got injured|injured himself|injured herself|caught ~ fingers|trapped ~ fingers|pinched ~ fingers|" +
        "lose a finger|loses a finger|set fire|set on fire|allergic reaction|anaphylactic|anaphylaxis|food poisoning|" +
        "poisoned|vomiting|threw up|ended up in hospital|in the hospital|rushed to hospital|to a&e|in a&e|" +
        "emergency room|gas leak|smell of gas|smells of gas|smelled gas|carbon monoxide|brakes failed|brake failed|" +
        "brakes gave out|no brakes|battery ~ swelled|battery ~ swollen|swollen battery|battery ~ swelling|electrocuted|wrong medication|" +
        "wrong medicine|glass in my|metal in my|plastic in my|choked|choking hazard|sharp edge|a rash|skin rash|rash on|rash from|skin reaction|" +
        "blisters|undercooked|raw chicken|salmonella|exposed wires|live wire|bare wires|power line down|" +
        "cable snapped|collapsed under|fell off the|tyre burst|tire blew|steering locked|airbag|fumes|" +
        "scorching hot|bulged|hissing|throwing up|on a drip|lodged in|got lodged|stuck in ~ throat|jolt off|got a jolt|went numb|scorch mark|scorched|# stitches|brake pedal|" +
        "came off in ~ mouth|back of ~ throat|in the face|smacked ~ face|strong smell of gas|" +
        "passed out|fainted|concussion|needed stitches|got stitches|broke my arm|broke my wrist|sprained",
      "fuego en|el fuego|se prendio|en llamas|bomberos|incendio|llamas|quemadura|quemo|quemado|se quemo|humo|chispas|descarga|calambrazo|herido|herida|sangre|" +
        "estallo|exploto|cristales por todo|vidrios por todo|peligroso|peligrosa|se derritio|sobrecalent*|" +
        "se lastimo|se hizo dano|lastimado|lastimada|se cayo encima|se pillo ~ dedos|atrapo ~ dedos|prendio fuego|" +
        "sangrando|rueda ~ revento|revento ~ rueda|revento en la|ahogando|se ahogaba|ahogarse|huele ~ a gas|" +
        "anicos|tiene cortes|cortes en|cortes por|en vez del jarabe|dosis equivocada|ambulancia|" +
        "reaccion alergica|shock anafilactico|intoxicacion|intoxicado|intoxicada|intoxicados|vomitando|vomitos|" +
        "en urgencias|a urgencias|acabe en el hospital|acabo en el hospital|ingresado|ingresada|fuga de gas|" +
        "olor a gas|huele a gas|monoxido|fallaron los frenos|no frenaba|sin frenos|bateria hinchada|" +
        "se hincho la bateria|electrocutado|medicamento equivocado|cristal en|trozo de metal|se atraganto|atragant*|" +
        "sarpullido|reaccion en la piel|ampollas|pollo crudo|salmonela|cables pelados|cables al aire|" +
        "se rompio el cable|revento la rueda|reventon|airbag|me desmaye|se desmayo|puntos de sutura|" +
        "me rompi el brazo|esguince",
      "le feu|du feu|en feu|pris feu|pompiers|incendie|flammes|brulure|brule|brulee|fumee|etincelles|decharge electrique|electrocut*|blesse|" +
        "blessee|blessure|explose|eclats|eclate|verre brise|dangereux|dangereuse|surchauffe|fondu|s'est blesse*|" +
        "s'est fait mal|tombe sur|coince ~ doigts|pince ~ doigts|a mis le feu|pris feu|reaction allergique|" +
        "batterie ~ gonfle|fumait|levres gonflees|a fait une reaction|a cede sous|pompiers|samu|" +
        "pris une chataigne|le courant m'a traverse|ambulance|" +
        "choc anaphylactique|intoxication|intoxique|intoxiquee|intoxiques|vomi|vomissements|aux urgences|" +
        "fini a l'hopital|hospitalise|hospitalisee|fuite de gaz|odeur de gaz|sent le gaz|monoxyde|" +
        "freins ont lache|plus de freins|batterie gonflee|batterie a gonfle|mauvais medicament|morceau de verre|" +
        "s'est etouffe|s'est etouffee|etouffe|eruption cutanee|plaques rouges|cloques|poulet cru|pas cuit|" +
        "salmonelle|fils denudes|fils a nu|cable a lache|pneu a eclate|eclatement|airbag|emanations|" +
        "evanoui|evanouie|malaise|points de suture|entorse|casse le bras",
      "feuer gefangen|feuerwehr|in flammen|in brand|brandgefahr|brennen|brennt|gebrannt|verbrannt|flammen|rauch|qualm|qualmen|qualmt|funken|" +
        "stromschlag|verletzt|verletzung|blutet|zersprungen|explodiert|scherben|glassplitter|gefahrlich|uberhitzt|" +
        "verschmort|geschmolzen|umgekippt|hat sich ~ verletzt|wehgetan|gesprüht|gespruht|angezundet|flamme|" +
        "atemnot|quaddeln|notarzt|nach gas|krankenwagen|rettungswagen|im krankenhaus|seil gerissen|reifen ~ platzt|" +
        "platzt ~ reifen|gewurgt|stinkt ~ nach gas|brechdurchfall|durchfall|erbrechen|" +
        "finger ~ eingeklemmt|eingeklemmt|allergische reaktion|allergischen schock|anaphylaktisch*|" +
        "lebensmittelvergiftung|vergiftung|erbrochen|ubergeben mussen|notaufnahme|im krankenhaus gelandet|" +
        "ins krankenhaus|gasleck|gasgeruch|riecht nach gas|kohlenmonoxid|bremsen versagt|bremse versagt|" +
        "bremse ausgefallen|bremsen ausgefallen|akku ~ aufgeblaht|aufgeblahter akku|falsche* medikament|" +
        "glassplitter im|metallsplitter|verschluckt|erstickt|fast erstickt|ausschlag|hautreaktion|" +
        "rohes hahnchen|salmonellen|blanke kabel|offene kabel|kabel gerissen|" +
        "reifen geplatzt|reifenplatzer|airbag|dampfe|ohnmachtig|bewusstlos|genaht|verstaucht|arm gebrochen",
      "pegou fogo|pegar fogo|em chamas|bombeiros|incendio|chamas|queimadura|queimou|queimado|fumo|fumaca|faiscas|choque eletrico|" +
        "ferido|ferida|ferimento|sangue|estilhacou|estilhacos|explodiu|vidros por todo|perigoso|perigosa|" +
        "sobreaquec*|derreteu|magoou|magoou-se|machucou|se machucou|caiu em cima|entalou ~ dedos|prendeu ~ dedos|" +
        "pneu ~ estourou|estourou ~ pneu|capotei|capotou|capotar|cheira ~ a gas|cortou a perna|cortou o braco|" +
        "cortou a mao|me cortei|se cortou|levei um choque|tomei um choque|deu choque|faisca|ambulancia|samu|" +
        "reacao alergica|choque anafilatico|intoxicacao|intoxicado|intoxicada|intoxicados|vomitar|vomitando|" +
        "vomitou|nas urgencias|pronto-socorro|pronto socorro|fui parar ao hospital|fui parar no hospital|internado|" +
        "internada|fuga de gas|vazamento de gas|cheiro a gas|cheiro de gas|monoxido|travoes falharam|" +
        "travao falhou|freio falhou|freios falharam|sem travoes|sem freio|bateria inchada|bateria inchou|" +
        "medicamento errado|vidro no|engasgou|engasgada|engasgado|alergia na pele|reacao na pele|" +
        "frango cru|salmonela|fios descascados|fios expostos|fio desencapado|cabo partiu|cabo rompeu|" +
        "pneu rebentou|pneu estourou|airbag|desmaiei|desmaiou|pontos de sutura|levei pontos|entorse|parti o braco|quebrei o braco",
    ),
  ],
  churn: [
    // "nunca más" / "nunca mais" is churn, but "nunca mais chega" is a delivery that never comes.
    /(?<![\p{L}\p{N}])nunca\s+ma[si]s?(?![\p{L}\p{N}])(?!\s+(?:chega|chegou|vem|veio|llega|llego|viene|vino|aparece|apareceu|responde|responderam|contestan|contesto))/u,
    lexicon(
      "cancel my account|close my account|delete my account|closing my account|cancel my subscription|unsubscribe|" +
        "switching to|moving to|shop elsewhere|buy elsewhere|taking my business elsewhere|lost a customer|" +
        "lost me as a customer|never buying|never ordering|never again|won't be buying|competitor|competition|" +
        "porting my number|port my number|porting to|moving everything to|moving our gas|moving my account|" +
        "cancel my contract|cancelling my contract|canceling my contract|terminate my contract|leaving you for",
      "darme de baja|dar de baja|me doy de baja|cancelad mi cuenta|cerrad mi cuenta|borrad mi cuenta|" +
        "eliminad mi cuenta|cancelar mi cuenta|cerrar mi cuenta|me cambio a|la competencia|perdido un cliente|" +
        "no vuelvo a comprar|no volvere a comprar|a partir de ahora compro|a partir de ahora pido|ahora compro en|" +
        "me porto a|portabilidad|me paso a|cerrar la cuenta|cierro la cuenta|cancelar el contrato|rescindir|" +
        "me llevo la nomina|me cambio de compania|cambio de compania",
      "resilier|fermez mon compte|fermer mon compte|supprimez mon compte|supprimer mon compte|je passe chez|" +
        "concurrent|concurrence|plus jamais|je ne commanderai plus|perdu un client|desormais je commande|" +
        "je commanderai chez|j'ai resilie|resiliation|je resilie|je pars chez|cloture mon compte|cloturer mon compte|" +
        "je cloture|change de fournisseur|changer de fournisseur|changer d'operateur|portabilite",
      "kundigen|kundige|loschen sie mein konto|loschen sie mein kundenkonto|konto loschen|kundenkonto loschen|" +
        "ich wechsle|wechsle zu|konkurrenz|nie wieder|nicht mehr bei euch|gekundigt|bestell ich bei|bestelle ich bei|" +
        "kaufe ich bei|kauf ich bei|rufnummernmitnahme|konto ~ auflosen|wir wechseln|anbieterwechsel|" +
        "vertrag kundigen|wechseln zum|wechseln zu",
      "cancelem a minha conta|cancelar a minha conta|fechem a minha conta|fechar a minha conta|" +
        "apaguem a minha conta|vou passar a comprar|vou mudar para|concorrencia|concorrente|perderam um cliente|" +
        "cancelar minha conta|comprar na concorrencia|from now on i'll order from|i'll be ordering from|vou portar|" +
        "portar pra|portar para|" +
        "portabilidade|fecho a conta|fechar a conta|encerrar a conta|encerrar|rescindir|mudamos a luz|" +
        "passar tudo para|mudar de operadora|cancelar o contrato|vou para o|vou pra",
    ),
    // "I don't know why I keep giving you my money"
    near(
      "why|por que|porque|pourquoi|warum",
      "keep buying|keep ordering|keep giving|still buy|still order|sigo comprando|sigo pidiendo|continue a acheter|" +
        "continue a commander|noch bestelle|noch kaufe|continuo a comprar|continuo comprando|continuo a encomendar",
      4,
      false,
    ),
  ],
  press: [
    // An audience and a story about the brand: "380k subscribers and my next video is about how you handle returns".
    near(
      "subscribers|followers|readers|seguidores|suscriptores|lectores|abonnes|lecteurs|abos|follower|leser|" +
        "inscritos|leitores",
      "video|story|post|article|blog|contar|contarlo|todo|articulo|temoigner|raconter|berichten|artikel|contar tudo|" +
        "tudinho|publicar",
      12,
    ),
    lexicon(
      "journalist|reporter|newspaper|the press|going public|going to the media|on the news|local news|on tv|" +
        "story on|writing a story|reporting on|bbc|writing a piece|press office|for the gazette|for the newspaper|" +
        "investigating|my next video|next video|video about|watchdog|consumer programme|tv programme",
      "periodista|prensa|los medios|reportaje|reportero|reportera|articulo sobre|redaccion|redactora|redactor|" +
        "voy a contar|programa de consumo|programa de la tele",
      "journaliste|la presse|les medias|reportage|un article sur|redaction|enquete sur|prochain article|" +
        "prochaine video|emission conso|une emission|france tele|temoigner",
      "journalistin|zeitung|medien|presse|recherchiere|artikel uber|redaktion|nachste video|video uber|" +
        "verbrauchermagazin",
      "jornalista|imprensa|jornal|os media|reportagem|artigo sobre|redacao|redatora|redator|fazer um video|" +
        "vou contar|programa de defesa do consumidor",
    ),
  ],
  // Contact the customer already made: "third time I write", "emailed twice", a promised call back.
  // "Again a delay" ("otra vez", "schon wieder") is not a repeat contact.
  repeat: [
    lexicon(
      "third time|3rd time|fourth time|4th time|second time|2nd time|again and again|already emailed|already wrote|" +
        "already written|already called|already contacted|already messaged|already asked|keep asking|asked twice|" +
        "second message|third message|as i said|like i said|as already mentioned|i already told you|told you already|" +
        "in my last dm|my previous message|promised to call|said you'd call|said you would call|still no call back|" +
        "been calling|been emailing|keep calling|keep emailing|llevo ~ llamando|llevo ~ escribiendo|" +
        "je n'arrete pas d'appeler|ando ligando|estou ligando|rufe ~ an seit",
      "tercera vez|cuarta vez|segunda vez|ya os escribi|ya escribi|ya he escrito|ya llame|ya he llamado|ya os mande|" +
        "ya pregunte|segundo mensaje|tercer mensaje|como ya os dije|como ya dije|como ya te dije|ya os lo dije|" +
        "ya os lo conte|me dijisteis que me llamariais|dijeron que me llamarian|prometieron llamar|" +
        "escribiendo por lo mismo",
      "troisieme fois|quatrieme fois|deuxieme fois|deja ecrit|deja appele|deja envoye|deja contacte|deja relance|" +
        "deuxieme message|troisieme message|comme je vous l'ai deja dit|comme deja dit|je vous l'ai deja dit|" +
        "relance n|ma relance|nouvelle relance|enieme relance|on devait me rappeler|on m'avait promis|promis de me rappeler",
      "zum dritten mal|zum zweiten mal|zum vierten mal|bereits geschrieben|bereits angerufen|schon geschrieben|" +
        "schon angerufen|zweite nachricht|dritte nachricht|wie schon gesagt|wie schon geschrieben|" +
        "wie bereits geschrieben|wie schon per dm|ihr wolltet zuruckrufen|sollte zuruckgerufen",
      "terceira vez|quarta vez|segunda vez|ja escrevi|ja liguei|ja mandei|ja enviei|ja contactei|ja reclamei|" +
        "segunda mensagem|terceira mensagem|como eu falei|como ja disse|como ja falei|ja vos disse|" +
        "prometeram retorno|prometeram ligar|ficaram de ligar",
    ),
    near(
      "wrote|written|writing|emailed|e-mailed|called|rang|rung|phoned|sent|uploaded|mandado|enviado|subido|envoye|" +
        "hochgeladen|geschickt|enviei|mandei|messaged|contacted|gave my number|given my number|" +
        "escrito|escribi|llame|llamado|contactado|di mi numero|ecrit|appele|contacte|donne mon numero|geschrieben|" +
        "angerufen|gemailt|kontaktiert|gegeben|escrevi|liguei|contactei|dei o meu numero",
      "twice|two times|three times|several times|multiple times|many times|# times|# veces|# fois|# mal|# vezes|" +
        "dos veces|tres veces|varias veces|" +
        "muchas veces|deux fois|trois fois|plusieurs fois|zweimal|dreimal|mehrmals|mehrfach|duas vezes|tres vezes|" +
        "varias vezes|muitas vezes",
      8,
    ),
    // "schon 3x geschrieben", "called 3x": a count written as "3x" before or after the contact.
    /(?<![\p{L}\p{N}])\d+\s?x(?![\p{L}\p{N}])(?:[^\p{L}\p{N}]+[\p{L}\p{N}'-]+){0,3}?[^\p{L}\p{N}]+(?:geschrieben|angerufen|gemailt|written|wrote|called|emailed|rang|escrito|escribi|llamado|llame|ecrit|appele|escrevi|liguei)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:geschrieben|angerufen|gemailt|written|wrote|called|emailed|rang|escrito|escribi|llamado|llame|ecrit|appele|escrevi|liguei)[^\p{L}\p{N}]+(?:[\p{L}\p{N}'-]+[^\p{L}\p{N}]+){0,3}?\d+\s?x(?![\p{L}\p{N}])/u,
    // "c'est la 3e fois que j'écris", "3rd time I write", "3ª vez", "zum 3. Mal": a counted time.
    /(?<![\p{L}\p{N}])\d+(?:\s?(?:e|eme|th|rd|nd|te|ª|º|a)|\.)\s+(?:fois|time|vez|mal)(?:[^\p{L}\p{N}]+[\p{L}\p{N}'-]+){0,3}?[^\p{L}\p{N}]+(?:j'ecris|ecris|j'appelle|appelle|write|writing|call|calling|escribo|escribiendo|llamo|llamando|schreibe|rufe|anrufe|escrevo|ligo|contacto|contact)(?![\p{L}\p{N}])/u,
    // "third email", "3e mail", "dritte Mail", "terceiro email": the customer counts their own contacts.
    near(
      "second|third|fourth|fifth|2nd|3rd|4th|5th|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|" +
        "quinta|deuxieme|troisieme|quatrieme|cinquieme|zweite|zweiten|dritte|dritten|vierte|vierten|funfte|funften|" +
        "terceiro|terceira|quarto|quarta",
      "email|emails|e-mail|mail|mails|message|call|dm|correo|mensaje|llamada|courriel|appel|relance|nachricht|anruf|" +
        "mensagem|chamada|telefonema",
      0,
      false,
    ),
    /(?<![\p{L}\p{N}])\d+\s?(?:e|eme|º|ª|o|a|te|ten)\.?\s+(?:e-?mail|mail|message|mensaje|mensagem|nachricht|appel|anruf|llamada|chamada|correo)(?![\p{L}\p{N}])/u,
    // "three calls, two emails", "ya os mandé dos correos": the customer counts their own contacts.
    near(
      "two|three|four|five|several|dos|tres|cuatro|cinco|varios|varias|deux|trois|quatre|cinq|plusieurs|zwei|drei|" +
        "vier|funf|mehrere|dois|duas|tres|quatro|cinco|varios|varias|# ",
      "calls|emails|e-mails|mails|messages|dms|llamadas|correos|emails|mensajes|appels|mails|messages|anrufe|" +
        "nachrichten|chamadas|mensagens|telefonemas",
      0,
      false,
    ),
    // Waiting for a call back that was promised.
    near(
      "still waiting|promised|sigo esperando|prometido|prometieron|attends toujours|promis|warte immer noch|" +
        "prometeram-me|prometeram|versprochen*|continuo a espera|continuo esperando|prometeram",
      "call back|callback|call|to call|que me llam*|llamada|llamar|rappel|rappelle|rappeler|ruckruf|anruf|" +
        "anzurufen|zuruckzurufen|que me liguem|chamada|ligacao|ligar|ligar-me",
      4,
    ),
  ],
};

const urgencyTerms: Record<Urgency, Matcher[]> = Object.fromEntries(
  (Object.keys(baseUrgencyTerms) as Urgency[]).map((name) => [
    name,
    [...baseUrgencyTerms[name], lexicon(...urgencyTermsOf(name))],
  ]),
) as Record<Urgency, Matcher[]>;

/** Spans that are not problems although they contain a problem word ("no complaints", "thanks for the refund"). */
const neutralizers = [
  // What the customer thanks for is not a problem ("thanks for the quick refund"), but "thanks for nothing" is.
  /(?<![\p{L}\p{N}])(?:thanks|thank you|thx|ty|cheers|gracias|grasias|merci|danke|dankeschon|obrigad[oa]|valeu)(?:\s+(?:so much|a lot|muchas|muchisimas|beaucoup|vielmals|sehr|muito))?\s+(?:for|por|pour|fur|fuer|pelo|pela)\s+(?!nothing|nada|rien|nichts|nix)(?:[\p{L}\p{N}'-]+\s*){1,5}/gu,
  // A problem someone already solved ("Maria sorted my return in five minutes").
  /(?<![\p{L}\p{N}])(?<!(?:not|never|no|n't|nunca|jamais|pas|nicht|nie|nao)\s+(?:\p{L}+\s+)?)(?:sorted|solved|fixed|resolved|handled|soluciono|solucionaron|resolvio|resolvieron|arreglo|arreglaron|gestiono|regle|resolu|erledigt|gelost|geklart|resolveu|resolveram|tratou|trataram|resolvido)(?:\s+[\p{L}\p{N}'-]+){0,5}/gu,
  // A refund that came through is good news.
  new RegExp(
    `${B}(?:${split(
      "refund ~ came through|refund ~ arrived|got my refund|received my refund|refund received",
      "reembolso ~ llego|recibi el reembolso|he recibido el reembolso|devolucion ~ llego",
      "remboursement ~ arrive|j'ai recu mon remboursement|remboursement recu",
      "erstattung ~ angekommen|erstattung erhalten|geld ist ~ zuruck|geld ~ zuruck bekommen",
      "reembolso ~ chegou|recebi o reembolso|reembolso recebido",
    )
      .map(termSource)
      .join("|")})${E}`,
    "gu",
  ),
  // Negated problems ("no complaints", "sin una queja", "nicht schlecht").
  new RegExp(
    `${B}(?:${split(
      "no problem|no problems|not a problem|no issues|no complaints|without a complaint|without complaining|" +
        "didn't complain|did not complain|never complained|not bad|no delay|without delay",
      "sin problema|sin problemas|ningun problema|sin una queja|sin ninguna queja|sin quejarse|no esta mal|sin retraso",
      "pas de souci|pas de probleme|aucun souci|aucun probleme|sans souci|sans une plainte|sans se plaindre|pas mal|" +
        "sans retard",
      "kein problem|keine probleme|problemlos|ohne zu meckern|ohne meckern|ohne murren|ohne beschwerde|nicht schlecht|" +
        "ohne verspatung",
      "sem problema|sem problemas|nenhum problema|sem uma queixa|sem queixas|sem reclamar|nada mal|nao e mau|sem atraso",
    )
      .map(termSource)
      .join("|")})${E}`,
    "gu",
  ),
  // The languages of lexicon/: thanks for what went well, problems solved.
  lexiconPattern(...termsOf("neutral")),
];

/** Thanks, compliments and love. */
const praiseLists = [
  "love|loved|loving|lovely|amazing|awesome|great|excellent|fantastic|wonderful|perfect|perfectly|beautiful|" +
    "gorgeous|stunning|best|thank you|thanks|thx|appreciate|appreciated|well done|brilliant|impressed|impressive|" +
    "happy with|so happy|delighted|recommend|obsessed|in love|10/10|five stars|would buy again|will buy again|sturdy|" +
    "solid|top notch|superb|kudos|congrats|congratulations|shout out|shoutout|lifesaver|looks new|like new|" +
    "good as new|arrived early|a day early|ahead of schedule|so comfy|comfortable|cozy|cosy|proud of|exceeded|" +
    "helpful|so helpful|friendly|nice|as a rock",
  "encanta|encanto|encantada|encantado|grasias|increible|genial|excelente|perfecto|perfecta|precioso|preciosa|bonito|bonita|" +
    "bonitos|bonitas|lindo|linda|gracias|recomiendo|recomendable|maravilloso|maravillosa|maravilla|fantastico|" +
    "fantastica|estupendo|estupenda|enamorada|enamorado|enhorabuena|felicidades|felicitaciones|mejor|de 10|de diez|" +
    "como nuevo|como nueva|como nuevos|antes de tiempo|comodisimo|comodisima|comodo|comoda|solido|solida|una roca|" +
    "contenta|contento|feliz|amables|amable|impecable|chulo|chula|bravo",
  "adore|j'adore|adoree|adorable|adorables|genial|excellent|excellente|parfait|parfaite|magnifique|merci|bravo|" +
    "recommande|superbe|super|top|au top|nickel|impeccable|meilleur|meilleure|sublime|splendide|ravi|ravie|content|" +
    "contente|heureux|heureuse|fan|felicitations|belle|beau|jolie|comme neuf|comme neuve|en avance|solide|" +
    "confortable|agreable|souriant|souriants|incroyable|chapeau|trop bien|comme un roc",
  "liebe|lieben|toll|tolle|toller|großartig|grossartig|ausgezeichnet|perfekt|wunderschon|schone|schoner|schones|" +
    "danke|vielen dank|dankeschon|empfehle|empfehlenswert|super|klasse|spitze|top|genial|begeistert|zufrieden|" +
    "glucklich|verliebt|lob|kompliment|bester|beste|besten|tadellos|einwandfrei|wie neu|fruher als|vorzeitig|stabil|" +
    "solide|robust|bequem|gemutlich|freundlich|wie eine eins|weiter so|gerne wieder|prima|wunderbar|fantastisch|" +
    "wie ein fels",
  "amo|amei|adoro|adorei|incrivel|otimo|otima|excelente|perfeito|perfeita|lindo|linda|lindos|lindas|obrigado|" +
    "obrigada|recomendo|maravilhoso|maravilhosa|maravilha|fantastico|fantastica|apaixonada|apaixonado|parabens|" +
    "melhor|top|impecavel|como novo|como nova|antes do prazo|solido|solida|uma rocha|feliz|contente|satisfeito|" +
    "satisfeita|confortavel|bem-dispostos|bem dispostos|simpaticos|simpatico|nota 10|muito bom|muito boa|" +
    "espetacular|sensacional|gostei|gosto|satisfait|satisfaite|satisfied|satisfecho|satisfecha|gusta|gusto|" +
    "above and beyond|quick|fast|rapido|rapidos|rapidisimo|rapidisimos|rapide|schnell|schnelle|bestens|rapida",
  // Praise without a stock word: "unreal", "next level", "una pasada", "une dinguerie", "der Wahnsinn", "outro nível".
  "unreal|next level|another level|game changer|that's how you do it|no fuss|una pasada|que pasada|otro nivel|" +
    "asi da gusto|asi si|dinguerie|une tuerie|rien a redire|der wahnsinn|so geht das|so muss das|outro nivel|" +
    "assim sim|um arraso|softer every|mas suave cada|plus doux a chaque|weicher mit jeder|mais macia a cada",
];
wordsOfLanguages(praiseLists.slice(0, 5));
const praiseTerms = lexicon(...praiseLists, ...termsOf("praise"));
/** Terms of languages written with spaces: what `near` can look for. */
const spacedOnly = (lists: readonly string[]) => split(...lists).filter((term) => !unspaced.test(term));
/** Praise denied: "not impressed", "no me gusta", "pas satisfait", "nicht zufrieden", "não gostei". */
const negatedPraise = near(
  [
    "not|never|no|n't|nunca|ni|pas|jamais|nicht|kein|keine|nie|nao|nem|never been",
    ...spacedOnly(termsOf("negations")),
  ].join("|"),
  spacedOnly([...praiseLists, ...termsOf("praise")]).join("|"),
  1,
  false,
  true,
);

/** "comfiest chair ever", "Bequemster Sessel ever": a superlative and "ever" (the worst ones are problems first). */
const superlativeEver =
  /(?<![\p{L}\p{N}])\p{L}{2,}(?:est|ster|stes|ste)\s+(?:[\p{L}-]+\s+){0,2}(?:ever|de mi vida|de ma vie|meines lebens|da minha vida)(?![\p{L}\p{N}])/u;

/** Polite formulas that are not praise ("merci d'envoyer…", "thanks in advance"). */
const notPraise = lexiconPattern(
  "thanks in advance|thank you in advance|gracias de antemano|merci d'avance|merci de|merci d'|danke im voraus|" +
    "desde ja obrigado|desde ja obrigada|obrigado desde ja|de # de",
  ...termsOf("notPraise"),
);

/** Spam: strong signals, each enough on its own. */
const spamStrong = [
  lexicon(...termsOf("spam")),
  // follow-for-follow
  lexicon(
    "follow for follow|follow4follow|f4f|l4l|follow back|followback|sigueme y te sigo|te sigo|sigo a todos|" +
      "sigoatodos|sigo de volta|sigodevolta|segue e eu sigo|abonne-toi|je m'abonne en retour|abonnement en retour|" +
      "folgst du mir|folg ich dir|folge zuruck|ich folge zuruck|te devuelvo el follow|follow de vuelta|sigo de vuelta|" +
      "follow my account|follow me|sigueme|sigue mi cuenta|suivez-moi|suis-moi|je follow en retour|folgt mir|folg mir|" +
      "me segue|sigam-me|segue-me|segue a minha conta",
  ),
  // self-promotion
  lexicon(
    "check my channel|check out my channel|check my page|check my profile|visit my page|visit my profile|" +
      "subscribe to my|my channel|link in bio|link in my bio|mi canal|suscribete|suscribanse|link en mi bio|" +
      "enlace en mi bio|ma chaine|lien dans ma bio|lien en bio|meinen kanal|abonniert|link in meiner bio|" +
      "link in der bio|meu canal|o meu canal|subscrevam|inscreva-se|inscrevam-se|link na bio|link en bio|link en la bio",
  ),
  // get rich, work from home, crypto and "investment managers"
  lexicon(
    "work from home|working from home|ask me how|make money|earn money|passive income|guaranteed returns|" +
      "guaranteed profit|investment manager|bitcoin|crypto|forex|desde casa gano|gana dinero|ganar dinero|" +
      "preguntame como|ingresos pasivos|rentabilidad garantizada|gestor de inversiones|criptomonedas|cripto|" +
      "gagnez de l'argent|gagner de l'argent|demandez-moi comment|revenu passif|rendements ~ garantis|" +
      "gestionnaire de placements|geld verdienen|frag mich wie|passives einkommen|garantierte*|vermogensberater|" +
      "krypto|ganhe dinheiro|ganhar dinheiro|pergunta-me como|me pergunta como|renda passiva|lucros garantidos|" +
      "gestor de investimentos|investimento garantido",
  ),
  /(?<![\p{L}\p{N}])(?:earn|earned|earning|make|made|making|gana|gano|ganar|gagne|gagnez|gagner|verdiene|verdienen|ganhe|ganho|ganhar|invest|investing|invierte|invertir|investissez|investir|investiere|investieren|invista|investe)\s+(?:\S+\s+){0,2}?[$€£]?\s?\d[\d.,]*\s?(?:k\b)?\s?[$€£]?.{0,30}?(?:day|daily|week|weekly|month|dia|diario|semana|mes|jour|semaine|mois|tag|taglich|woche|monat|home|casa|chez|hause|online|tasks|jours|dias|tagen|recevez|receive|recibe|erhalte|receba)/u,
  near(
    "whatsapp|telegram",
    "invest*|inversion*|placement*|anlage|crypto|cripto|krypto|bitcoin|€|$|ganhar|gana|gagne|verdien*|profit|lucro*|rendement*|rentabilidad|rendite*",
    6,
  ),
  // loans
  lexicon(
    "no credit check|loan approved|loans approved|instant loan|instant loans|fast cash|quick cash|payday loan|" +
      "prestamo sin aval|prestamos sin aval|sin aval|prestamo rapido|prestamos rapidos|credito rapido|credito urgente|" +
      "pret rapide|prets rapides|credit rapide|sans justificatif|kredit ohne schufa|ohne schufa|sofortkredit|" +
      "schnellkredit|emprestimo rapido|emprestimo aprovado|emprestimos aprovados|credito facil|spc/serasa|serasa",
  ),
  // recruiting "brand ambassadors"
  near(
    "ambassador|ambassadors|embajador*|ambassadeur*|ambassadrice*|markenbotschafter*|botschafter*|embaixador*",
    "dm|collab|collabs|collaborate|colaborar|colabora|collaborer|kooperation|kooperieren|parceria|recruit*|recrut*|" +
      "looking for|buscamos|seleccionando|wir suchen|suchen|selecionando|procuramos|apply|join",
    8,
  ),
  // adult bait
  lexicon(
    "uncensored|sin censura|sans censure|unzensiert|sem censura|private pics|my private photos|fotos privadas|" +
      "mes photos privees|privaten bilder|nudes|🔞",
  ),
  // selling followers
  near(
    "followers|follower|seguidores|abonnes",
    "real|cheap|buy|fast|reales|baratos|reais|vrais|pas chers|echte|gunstig|comprar|kaufen",
    3,
  ),
  // phishing in the brand's name and fake prizes
  near(
    "your account|your * account|tu cuenta|su cuenta|votre compte|ton compte|ihr konto|ihr * konto|dein konto|" +
      "sua conta|a sua conta|tua conta|dein * konto",
    "flagged|suspended|blocked|locked|compromised|disabled|restricted|limited|will be closed|will be deleted|" +
      "bloqueada|suspendida|restringida|sera cerrada|sera eliminada|suspendu|bloque|restreint|sera ferme|" +
      "sera supprime|gesperrt|deaktiviert|eingeschrankt|wird geschlossen|wird geloscht|suspensa|desativada|restrita|" +
      "sera encerrada",
    4,
    false,
  ),
  lexicon(
    "verify now|verify your|confirm your details|log in here to|inicia sesion aqui|connectez-vous ici|hier anmelden|" +
      "jetzt bestatigen|faca login aqui|confirm your payment|update your payment|confirm your card|" +
      "update your billing|confirma tu pago|actualiza tus datos|confirmez votre paiement|mettez a jour vos|" +
      "bestatigen sie ihre zahlung|aktualisieren sie ihre|confirme o seu pagamento|atualize os seus dados|verifica tus datos|verifique sus datos|verifiez vos|verifiez votre|" +
      "bestatigen sie ihre|bestatige deine|confirme os seus dados|confirme seus dados|verifique os seus dados",
  ),
  lexicon(
    "you have been selected|you've been selected|you were selected|you have won|you've won|claim your prize|" +
      "claim it here|claim here|claim now|you won|u won|lucky winner|send your card details|send your bank details|" +
      "ganador afortunado|afortunado ganador|heureux gagnant|glucklicher gewinner|grande vencedor|has sido elegid*|reclama aqui|reclamez ici|hier einlosen|has sido seleccionad*|has ganado|reclamalo|vous avez ete selectionne*|" +
      "vous avez gagne|reclamez-le|du wurdest ausgewahlt|du hast gewonnen|sie haben gewonnen|foi selecionad*|" +
      "voce ganhou|resgate aqui|resgate ja",
  ),
];
/** Spam: a parcel "held" until a fee is paid through a link, in the brand's name. */
const feeToRelease = near(
  "pay|paga|pague|pagad|reglez|payez|zahlen sie|bezahlen sie|zahle|paguem|pagar|regler|payer|bezahlen",
  "fee|fees|customs|duty|tasa|tasas|aduana|frais|douane|gebuhr|gebuhren|zoll|zollgebuhr|taxa|taxas|alfandega",
  4,
);

/** Spam: weak signals, spam only together with a link and without a complaint. */
const spamWeak = lexicon(
  "giveaway|free|click here|click the link|dm me|dm for|whatsapp|promo code|winner|prize|followers|sorteo|gratis|" +
    "haz clic|premio|seguidores|jeu concours|concours|gratuit|cliquez ici|clique ici|abonnes|gewinnspiel|klicke hier|" +
    "gewinn|passatempo|sorteio|gratuito|clique aqui|premio",
  ...termsOf("spamWeak"),
);

/** Questions: how they start (in every language), and verb-first questions without a question mark. */
const questionStart = new RegExp(
  `^\\s*(?:${split(
    "how|when|what|what's|whats|where|why|which|who|do you|do u|does|did|can i|can you|can we|could|is there|" +
      "are there|is it|is the|is this|are you|are your|are the|will|would|should|have you|has|any chance|" +
      "anyone know|anybody know|does anyone|i was wondering|wondering",
    "como|cuando|cuanto|cuanta|cuantos|cuantas|que|donde|por que|cual|cuales|quien|hay|haceis|hacen|teneis|tienen|" +
      "tiene|puedo|pueden|podeis|se puede|alguien sabe|sabeis|saben",
    "comment|quand|quel|quelle|quels|quelles|pourquoi|combien|est-ce|pouvez|peut-on|puis-je|avez-vous|vous avez|" +
      "y a-t-il|savez-vous|quelqu'un sait",
    "wie|wann|was|wo|warum|wieso|weshalb|welche|welcher|welches|wer|gibt es|gibts|kann|konnen|konnt|habt ihr|" +
      "haben sie|hat|ist|sind|liefert|liefern|gilt|geht|passt|funktioniert|kommt|weiss jemand|bietet|macht ihr|" +
      "verkauft|wird|werden|muss|darf",
    "como|quando|quanto|quanta|quantos|quantas|qual|quais|onde|porque|quem|voces|voce|tem|fazem|posso|podem|pode|" +
      "da para|alguem sabe|sabem|existe",
    ...spacedOnly(termsOf("questionStart")),
  )
    .map(termSource)
    .join("|")})${E}`,
  "u",
);
/** What makes a question wherever it stands, in the languages that have such words (Japanese ですか, Turkish mı). */
const questionAnywhere = lexicon(...termsOf("questionAnywhere"));

/** Messages for someone else, or for nobody in particular. */
const crowdQuestion = lexicon(
  "anyone else|anybody else|who else|am i the only one|quien mas|alguem mais|quem mais|qui d'autre|wer noch|wer sonst|is it just me|alguien mas|soy la unica|soy el unico|solo yo|" +
    "je suis la seule|je suis le seul|quelqu'un d'autre|il n'y a que moi|bin ich die einzige|bin ich der einzige|" +
    "noch jemand|geht es nur mir|sou a unica|sou o unico|mais alguem|so eu",
  ...termsOf("notForBrand"),
);
/** A question about the pet in the photo ("what breed is the dog?"), not for the brand. */
const petInPhoto = near(
  "dog|cat|puppy|kitten|perro|perrito|gato|gatito|chien|chat|chiot|hund|katze|cao|cachorro|gato",
  "photo|picture|pic|foto|bild|video|breed|raza|race|rasse|raca|comes with|viene con|vient avec|vem com|dabei",
  5,
);
const taggingFriend = lexicon("tagging|tag my|etiqueto|etiquetando|j'identifie|je tague|markiere|a marcar|marcando");
const greetingFrom = lexicon(
  "greetings from|hello from|hi from|watching this from|watching from|saludos desde|un saludo desde|hola desde|" +
    "coucou depuis|coucou de|bonjour depuis|salut de|grusse aus|gruße aus|hallo aus|um abraco d*|abracos d*|" +
    "beijos d*|ola d*",
);
const firstOrAck =
  /^\s*(?:first|primero|primera|premier|premiere|erster|erste|primeiro|primeira|ok|okay|k|kk|vale|d'accord|dac|alles klar|beleza|ta bom|certo|lol|haha+|jaja(?:ja)*|mdr|k{3,}|xd)\s*[!.]*\s*$/u;
const leadingMention = /^\s*@[\p{L}\p{N}_.]+/u;
const mentions = /@[\p{L}\p{N}_.]+/gu;

// ---------------------------------------------------------------------------------------------------------------------
// Typos: a word one letter off a lexicon word of six letters or more ("mising", "apreciate", "remboursemnt").

const fuzzyWords = (pattern: Matcher) => singleWords.get(pattern) ?? [];

interface FuzzyIndex {
  byDeletion: Map<string, string[]>;
  words: Set<string>;
}

const deletions = (word: string) => {
  const result: string[] = [];
  for (let i = 0; i < word.length; i++) result.push(word.slice(0, i) + word.slice(i + 1));
  return result;
};

const buildFuzzy = (words: readonly string[]): FuzzyIndex => {
  const byDeletion = new Map<string, string[]>();
  for (const word of words) {
    for (const key of [word, ...deletions(word)]) {
      const list = byDeletion.get(key) ?? [];
      list.push(word);
      byDeletion.set(key, list);
    }
  }
  return { byDeletion, words: new Set(words) };
};

/**
 * A likely typo of `word`: a doubled letter typed once or twice ("mising", "erstatung"), or, past the first three
 * letters of a word of eight or more, one letter added, dropped, changed or two swapped ("remboursemnt", "enttäushung").
 * Changes at the start make other words ("pedido" is not "perdido", "venido" is not "vencido").
 */
const isTypo = (token: string, word: string): boolean => {
  if (token === word || Math.abs(token.length - word.length) > 1) return false;
  let i = 0;
  while (i < token.length && i < word.length && token[i] === word[i]) i++;
  const [longer, shorter] = token.length > word.length ? [token, word] : [word, token];
  if (longer.length !== shorter.length) {
    if (longer.slice(i + 1) !== shorter.slice(i)) return false;
    const doubled = longer[i] === longer[i - 1] || longer[i] === longer[i + 1];
    return doubled || (i >= 3 && word.length >= 8);
  }
  if (i < 3 || word.length < 8) return false;
  return (
    token.slice(i + 1) === word.slice(i + 1) ||
    (token[i] === word[i + 1] && token[i + 1] === word[i] && token.slice(i + 2) === word.slice(i + 2))
  );
};

const fuzzyFind = (index: FuzzyIndex, tokens: readonly string[]): string | undefined => {
  for (const token of tokens) {
    if (token.length < 6 || index.words.has(token)) continue;
    for (const key of [token, ...deletions(token)]) {
      const match = index.byDeletion.get(key)?.find((word) => isTypo(token, word));
      if (match) return `${match} (typed "${token}")`;
    }
  }
  return undefined;
};

const complaintFuzzy = buildFuzzy([
  ...fuzzyWords(productProblems),
  ...fuzzyWords(deliveryProblems),
  ...fuzzyWords(moneyProblems),
  ...fuzzyWords(serviceProblems),
]);
const praiseFuzzy = buildFuzzy(fuzzyWords(praiseTerms));

// ---------------------------------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------------------------------

/**
 * How the rules' verdict and the model's probabilities make one kind (chosen by cross-validation, `npm run train -- --cv`).
 * The complaint threshold is low on purpose: a question or a compliment treated as a complaint gets a kind answer and a
 * person's look; a complaint taken for anything else may get no answer at all.
 */
export interface KindPolicy {
  /** The model's complaint probability (plus `ruleWeight` when a rule found a problem) that makes a complaint. */
  complaint: number;
  /** The same, when a rule found a question, a compliment or a reply to someone else, and no problem. */
  complaintOverRule: number;
  /** What a rule's finding of a problem adds to the model's complaint probability. */
  ruleWeight: number;
  /** The same, when a rule found praise and no problem ("great job team 👏" is sarcasm only with a problem nearby). */
  complaintOverPraise: number;
  /** A rule's question, praise or other stands unless the model's own pick is at least this likely. */
  keepRuleBelow: number;
  /** A rule's spam stands unless the model's complaint probability is at least this (a complaint with a link). */
  spamUnlessComplaint: number;
  /** When no rule matched and no other kind reaches `unsure`, this complaint probability is enough. */
  complaintWhenUnsure: number;
  /** Below this, the model's pick among question, praise, other and spam counts as unsure. */
  unsure: number;
}

export const KIND_POLICY: KindPolicy = {
  complaint: 0.3,
  complaintOverRule: 0.5,
  complaintOverPraise: 0.7,
  ruleWeight: 0.25,
  keepRuleBelow: 0.8,
  spamUnlessComplaint: 0.7,
  complaintWhenUnsure: 0.15,
  unsure: 0.5,
};

/** A model with no opinion (every kind equally likely), used with `model: null`. */
const emptyModel: KindModel = {
  kinds: ["complaint", "question", "praise", "spam", "other"],
  bias: [0, 0, 0, 0, 0],
  weights: {},
};

const firstMatch = (patterns: readonly Matcher[], text: string): string | undefined => {
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
};

const neutralize = (text: string): string => {
  let result = text;
  for (const pattern of neutralizers) result = result.replace(pattern, " ");
  return result;
};

/** Everything the rules find in a message, before the model has its say. */
function analyse(raw: string) {
  // One spelling of each accented letter, whether typed as one character or as a letter plus a combining mark.
  const text = raw.normalize("NFC");
  const folded = fold(text);
  const reasons: string[] = [];
  const sensitiveKinds = findSensitive(text);
  if (sensitiveKinds.length > 0) reasons.push(`sensitive: ${sensitiveKinds.join(", ")}`);
  const { language, confidence: languageConfidence } = detectLanguageOf(text);

  // Urgency: an incident only counts as safety when the message reports it, not when it asks about a risk.
  const literal = folded.replace(figurative, " ");
  const urgencyFound = (Object.keys(urgencyTerms) as Urgency[]).filter(
    (name) => firstMatch(urgencyTerms[name], literal) !== undefined,
  );

  const praiseText = folded.replace(notPraise, " ");
  const sarcasm =
    firstMatch(sarcasmPatterns, folded) ??
    (sarcasticOpening.test(folded) && (waitOrRepeat.test(folded) || scareQuotes.test(text))
      ? "a cheerful opening about a wait"
      : undefined) ??
    (scareQuotes.exec(text)?.[0] &&
    /\d|never|nunca|jamais|nie|nunca|nobody|nadie|personne|niemand|ninguem/u.test(folded)
      ? "scare quotes"
      : undefined) ??
    firstMatch([negatedPraise], praiseText);
  const problemText = neutralize(folded);
  const tokens = problemText.match(/[\p{L}]+/gu) ?? [];
  // A product word in a question about the product ("does the warranty cover stains?") is not a problem the customer
  // has, unless they speak of their own ("is it normal that it wobbles? mine does").
  const questionMark = /[?¿？؟]/u.test(text);
  const normalQuestion = firstMatch([normalAlready], problemText);
  const productProblem =
    questionMark && !personal.test(problemText) && !normalQuestion && !arrivedWith.test(problemText)
      ? undefined
      : firstMatch([productProblems, ...shortOrHalf, unlikePhoto], problemText);
  const foundProblem =
    normalQuestion ??
    productProblem ??
    firstMatch(
      [
        deliveryProblems,
        cancellations,
        moneyProblems,
        serviceProblems,
        nobodyHelps,
        whyMine,
        deliveryNegated,
        statusStuck,
        moneyTaken,
        promisedNot,
        ...wrongPlace,
        deliveredWithout,
        givingUp,
      ],
      problemText,
    ) ??
    fuzzyFind(complaintFuzzy, tokens);
  // A problem the customer had and the team put right is told as praise ("had a wonky leg, Priya sent a new one").
  const putRightBefore =
    foundProblem !== undefined &&
    ((hadBefore.test(problemText) && putRight.test(problemText)) || putRightStory.test(problemText)) &&
    !stillWrong.test(problemText) &&
    !questionMark;
  const problem = putRightBefore ? undefined : foundProblem;
  const angryEmoji = negativeEmoji.test(text);
  const praise =
    firstMatch([praiseTerms, superlativeEver], praiseText) ??
    fuzzyFind(praiseFuzzy, praiseText.match(/[\p{L}]+/gu) ?? []) ??
    (putRightBefore ? "a problem the team put right" : undefined);
  const lovedEmoji = positiveEmoji.test(text);
  const linked = hasLink(text);
  const asks = questionMark || questionStart.test(folded) || questionAnywhere.test(folded);
  const words =
    folded
      .replace(mentions, " ")
      .replace(linkPattern, " ")
      .match(/[\p{L}\p{N}]+/gu) ?? [];

  const spamStrongHit = firstMatch(spamStrong, folded);
  const spamWeakHit = firstMatch([spamWeak], folded);
  const urgentComplaint = urgencyFound.filter((u) => u !== "safety" || !asks || problem || angryEmoji);
  const butNot = praise ? firstMatch([praiseButNot], problemText) : undefined;
  // Read in the folded text: the neutralizers take "fixed" for a solved problem, but "I want this fixed" is a demand.
  const demand = firstMatch([demandTerms], folded);
  const angry = firstMatch([angerTerms], folded);
  const complaintSignal =
    sarcasm ??
    problem ??
    butNot ??
    (angryEmoji ? "angry or sarcastic emoji" : undefined) ??
    urgentComplaint[0] ??
    demand ??
    angry;
  const ruleVerdict = (): { kind: CaseKind; reasons: string[]; fallback: boolean } => {
    const reasons: string[] = [];
    let kind: CaseKind;
    if (spamStrongHit && !(problem && urgentComplaint.length > 0)) {
      kind = "spam";
      reasons.push(`spam: "${spamStrongHit}"`);
    } else if (linked && feeToRelease.test(folded)) {
      kind = "spam";
      reasons.push("asks for a fee through a link");
    } else if (spamWeakHit && linked && !complaintSignal) {
      kind = "spam";
      reasons.push(`spam term "${spamWeakHit}" with a link`);
    } else if (linked && !complaintSignal && !questionMark && !praise && words.length <= 4) {
      // A bare link is spam; a sentence with a link may be a customer showing a photo of the problem.
      kind = "spam";
      reasons.push("a bare link");
    } else if (complaintSignal) {
      kind = "complaint";
      reasons.push(
        sarcasm
          ? `sarcasm "${sarcasm}"`
          : problem
            ? `complaint term "${problem}"`
            : butNot
              ? `praise, then "${butNot}"`
              : angryEmoji
                ? "angry or sarcastic emoji"
                : urgentComplaint.length > 0
                  ? `urgent: ${urgentComplaint.join(", ")}`
                  : `a demand or anger: "${demand ?? angry}"`,
      );
      if (praise) reasons.push(`praise "${praise}" with a problem is a complaint`);
      if (asks) reasons.push("a question about a problem is a complaint");
    } else if (leadingMention.test(text) || taggingFriend.test(folded)) {
      kind = "other";
      reasons.push("addressed to another person");
    } else if (
      crowdQuestion.test(folded) ||
      greetingFrom.test(folded) ||
      firstOrAck.test(folded) ||
      petInPhoto.test(folded)
    ) {
      kind = "other";
      reasons.push("not addressed to the brand");
    } else if (questionMark || (asks && !praise)) {
      kind = "question";
      reasons.push("asks a question");
    } else if (praise || lovedEmoji) {
      kind = "praise";
      reasons.push(praise ? `praise term "${praise}"` : "positive emoji");
    } else {
      return { kind: "other", reasons: ["no complaint, question or praise found"], fallback: true };
    }
    return { kind, reasons, fallback: false };
  };
  const rules = ruleVerdict();
  // A complaint the rules are sure of: a demand ("fix it", "is anyone reading this"), or open anger with no praise
  // around it, not addressed to someone else. The model may call it a question (still answered), never praise or
  // chatter.
  const firmComplaint =
    rules.kind === "complaint" && !leadingMention.test(text) && !taggingFriend.test(folded)
      ? (demand ?? (praise || lovedEmoji ? undefined : angry))
      : undefined;
  // Urgency that makes a complaint whatever the model says; not a question about switching ("can I keep my number if
  // I move to you?"), which is churn to watch but a question to answer.
  const urgentForcing = urgentComplaint.filter((u) => u !== "churn" || !asks);
  return {
    text,
    reasons,
    sensitiveKinds,
    language,
    languageConfidence,
    urgencyFound,
    urgentForcing,
    angryEmoji,
    rules,
    firmComplaint,
  };
}

/**
 * Triage: kind (spam, complaint, question, praise, other), language, urgency, sensitive data, and how likely a complaint
 * it is, with the reasons. Rules and the learned model each give their view and `KIND_POLICY` combines them (see
 * docs/architecture.md). Complaints win over questions and praise ("where is my order?", "love the lamp but the switch
 * broke"), because missing a complaint costs more than treating a question kindly. Capitals and "!!" / "??" are
 * intensity, not a kind. `model: null` gives the rules' verdict alone, for measuring what the model adds.
 *
 * @example
 * ```ts
 * classify("Worst order ever, where is it?").kind; // "complaint"
 * ```
 */
export function classify(raw: string, options: { model?: KindModel | null; policy?: KindPolicy } = {}): Classification {
  const {
    text,
    reasons,
    sensitiveKinds,
    language,
    languageConfidence,
    urgencyFound,
    urgentForcing,
    angryEmoji,
    rules,
    firmComplaint,
  } = analyse(raw);
  const learned = scoreKinds(text, options.model === undefined ? kindModel : (options.model ?? emptyModel));
  const chance = learned.probabilities;
  const because = (kind: CaseKind) => {
    const words = learned.evidence(kind);
    return `model: ${kind} ${chance[kind].toFixed(2)}${words.length > 0 ? ` (${words.map((w) => `"${w}"`).join(", ")})` : ""}`;
  };

  // The rules' verdict, then the model's: rules are precise about spam and name the problem when they find it; the model
  // reads complaints told in words no list has. A rule's complaint counts as extra evidence, not as the verdict.
  const policy = options.policy ?? KIND_POLICY;
  const ruleFoundOther = rules.kind !== "complaint" && rules.kind !== "spam" && !rules.fallback;
  const complaintScore = chance.complaint + (rules.kind === "complaint" ? policy.ruleWeight : 0);
  let kind: CaseKind;
  if (options.model === null) {
    // Rules alone, to measure what the model adds (`npm run train -- --cv`).
    kind = rules.kind;
    reasons.push(...rules.reasons);
  } else if (rules.kind === "spam" && chance.complaint < policy.spamUnlessComplaint) {
    kind = "spam";
    reasons.push(...rules.reasons);
  } else if (rules.kind === "complaint" && urgentForcing.some((u) => u !== "churn" || chance.praise < 0.5)) {
    // Safety, legal threats, churn, press and repeat contact are complaints however they are phrased (churn told as
    // praise of the brand one moved to, "no problems at all switching to you", is praise).
    kind = "complaint";
    reasons.push(...rules.reasons, because("complaint"));
  } else if (
    complaintScore >=
    (rules.kind === "praise"
      ? policy.complaintOverPraise
      : ruleFoundOther
        ? policy.complaintOverRule
        : policy.complaint)
  ) {
    kind = "complaint";
    if (rules.kind === "complaint") reasons.push(...rules.reasons);
    reasons.push(because("complaint"));
  } else if (
    rules.fallback &&
    Math.max(chance.question, chance.praise, chance.other, chance.spam) < policy.unsure &&
    chance.complaint >= policy.complaintWhenUnsure
  ) {
    // Nothing the rules know, and the model sure of nothing: a short statement such as "the buttons fell off" is more
    // often a problem than anything else, and a complaint is the kind that must not go unanswered.
    kind = "complaint";
    reasons.push(because("complaint"), "nothing else is likely");
  } else {
    const best = (["question", "praise", "other", "spam"] as const).reduce((a, b) => (chance[b] > chance[a] ? b : a));
    kind = ruleFoundOther && chance[best] < policy.keepRuleBelow ? rules.kind : best;
    if (firmComplaint && kind !== "question" && options.model !== null) {
      // The model reads words, not intent: "Honestly: the parcel never came, fix it" looked like praise to it. A
      // problem, demand or anger with nothing kind around it is answered as the complaint it is.
      kind = "complaint";
      reasons.push(...rules.reasons, `"${firmComplaint}": a demand or anger is never chatter`, because("complaint"));
    } else if (kind === rules.kind && !rules.fallback) reasons.push(...rules.reasons);
    else {
      reasons.push(because(kind));
      if (rules.kind !== kind) reasons.push(`rules said ${rules.kind}: ${rules.reasons.join("; ")}`);
    }
  }
  // A language triage has no words for: what the rules and the model make of it is a guess ("Moje zamówienie nie
  // dotarło" came out as praise). Unless it is spam, it needs a person's answer, so it is answered as a question (the
  // acknowledgement then only says someone will reply) and never thanked or closed.
  const unread = language !== "und" && !triageLanguages.has(language);
  if (unread && kind !== "spam" && kind !== "question") {
    reasons.push(`written in ${language}, which triage has no words for: ${kind} is a guess, so it waits for a person`);
    kind = "question";
  }
  // Account details in a message only matter to someone who needs help (unless it is clearly a compliment).
  if (sensitiveKinds.length > 0 && (kind === "other" || (kind === "praise" && chance.praise < 0.5))) {
    kind = "question";
    reasons.push("shares account details, so it needs an answer");
  }
  // A complaint carries every urgency found (an incident reported with a question is still an incident); a question
  // can only be churn ("how do I close my account?"): a lawyer or a journalist asking about a desk is neither.
  const urgency =
    kind === "complaint" ? urgencyFound : kind === "spam" ? [] : urgencyFound.filter((u) => u === "churn");
  // Urgency may already be the reason it is a complaint: say it once.
  const urgentReason = `urgent: ${urgency.join(", ")}`;
  if (urgency.length > 0 && !reasons.includes(urgentReason)) reasons.push(urgentReason);
  const sentiment: Sentiment =
    kind === "complaint" ? "negative" : kind === "praise" ? "positive" : angryEmoji ? "negative" : "neutral";
  const complaintChance =
    options.model === null ? (rules.kind === "complaint" ? 1 : 0) : Math.min(1, Math.round(complaintScore * 100) / 100);
  if (kind === "praise" && complaintChance >= PRAISE_DOUBT) {
    reasons.push(`complaint chance ${complaintChance.toFixed(2)}: praise that may be sarcasm waits for a person`);
  }
  return {
    kind,
    language,
    languageConfidence,
    sentiment,
    urgency,
    sensitive: sensitiveKinds.length > 0,
    sensitiveKinds,
    complaintChance,
    reasons,
  };
}

/**
 * The language of a message and how sure we are (language.ts), with the words of this module's lexicons as evidence.
 * Import it from here: the first five languages' lexicon words are registered when this module loads.
 */
export { detectLanguageOf } from "./language.ts";
