// What triage knows of one language beyond the first five (whose words are in classify.ts): the words of complaints,
// questions, praise, spam and urgency, and the words that tell the language apart. One file per language under
// lexicon/, merged into classify.ts's lexicons, so every rule reads every language.
//
// Each field is a `|`-separated list of terms in the lexicon syntax of classify.ts, matched on folded text (lower
// case; accents, Japanese voiced marks and Arabic short vowels and hamza dropped; Arabic ى as ي and ة as ه; Turkish ı
// as i): spaces match any run of spaces or hyphens, a trailing `*` on a word allows any ending, `~` allows up to
// three words between (in Japanese, up to eight characters), `#` is a number, an apostrophe is optional. Terms match
// whole words; in Japanese (no spaces between words) they match anywhere; an Arabic term also matches with the
// conjunctions و or ف, or a preposition ب, ل or ك, in front.

export type UrgencyName = "legal" | "safety" | "churn" | "press" | "repeat";

/**
 * - `personal`: the customer speaking of their own things (my, I, we), which makes a problem word in a question a
 *   report rather than a hypothetical.
 * - `why`: why-words, which with `personal` make "why was my order cancelled?" a complaint.
 * - `but` and `not`: "but" and the negations after it that turn praise into a complaint ("nice, but it doesn't close").
 * - `still`: what says a problem that was put right came back ("still", "again", "but … too").
 * - `had`: the past "had" of a problem told with how someone put it right.
 * - `nobody`: "nobody" (answers, helps, calls back), next to the first five languages' verbs of answering and helping
 *   and the language's own, given in `answers`.
 * - `figurative`: a profession or an urgency word said in passing ("I'm a journalist and I fly a lot").
 */
export type GrammarName = "personal" | "why" | "but" | "not" | "still" | "had" | "nobody" | "answers" | "figurative";

export interface LanguageLexicon {
  /** ISO 639-1. */
  language: string;
  /**
   * For language detection: the language's frequent short words (articles, pronouns, particles, auxiliaries,
   * greetings and thanks), the most telling first, each distinctive enough that a speaker of a neighbouring language
   * would not write it. In Japanese: particles and endings (です, ます, ください), matched anywhere.
   */
  functionWords: string;
  /** Spellings typical of the language: a regular-expression source over lower-case text, and its weight (0.5–2). */
  marks?: readonly (readonly [string, number])[];

  /** Problems with a product: broken, damaged, faulty, missing parts, wrong item, poor quality. */
  product: string;
  /** Problems with a delivery: not arrived, late, lost, no-show, still waiting. */
  delivery: string;
  /** An order cancelled, or the wish to cancel. */
  cancellation: string;
  /** Problems with money: refund, charged twice, overcharged, money taken. */
  money: string;
  /** Problems with the service: no answer, rude, useless, error, disappointed, scam, complaint. */
  service: string;
  /** Demands: fix it, I want my money back, is anyone reading this, I'm still waiting. */
  demands: string;
  /** Open anger and exasperation: fed up, furious, unacceptable, never again. */
  anger: string;
  /** What is not a problem although it holds a problem word: thanks for the quick refund, problem solved. */
  neutral: string;
  /** Problems someone already put right, told as praise: "the leg was broken, they sent a new one the next day". */
  putRight: string;

  /** Praise: thanks, love it, excellent, recommend, well done. */
  praise: string;
  /** Negations that turn praise around when they stand just before it: not, never. */
  negations: string;
  /** Polite formulas that are not praise: thanks in advance. */
  notPraise: string;
  /** Sarcasm: praise words that mean the opposite ("great, another week of waiting"). */
  sarcasm: string;

  /** How a question starts: question words and verb-first forms. */
  questionStart: string;
  /** What makes a question wherever it stands (Japanese ですか, でしょうか; Turkish mı/mi/mu/mü). */
  questionAnywhere: string;
  /** Not addressed to the brand: anyone else?, greetings from, tagging a friend, "first!". */
  notForBrand: string;

  /** Urgency: a lawyer or the consumer agency, an injury risk that happened, leaving for a competitor, the press,
   * contacting again. */
  urgency: Readonly<Record<UrgencyName, string>>;

  /**
   * The little words some rules read around the lexicons, where the language has them as words (Turkish and Arabic
   * mostly carry them as suffixes, Japanese as particles: leave those out).
   */
  grammar?: Readonly<Partial<Record<GrammarName, string>>>;

  /** Spam, each enough on its own: follow-for-follow, get-rich schemes, crypto, loans, fake prizes, phishing. */
  spam: string;
  /** Spam only together with a link and without a complaint: giveaway, free, click here, promo code. */
  spamWeak: string;
}
