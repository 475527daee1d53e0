import type { CaseKind } from "../config/schema.ts";
import { fold } from "./fold.ts";
import trained from "./kind-model.json" with { type: "json" };

/**
 * A learned second opinion on a message's kind: multinomial logistic regression over the words of the message (word,
 * word pair, word stem, first word, a few shape features), trained by `npm run train` on the labelled sets under
 * test/triage/ and stored in kind-model.json. `classify` uses it for what rules miss: complaints told without a
 * complaint word ("ordered it in grey, it came in beige"), and praise or questions in words no list has.
 */
export interface KindModel {
  kinds: readonly CaseKind[];
  /** Stored numbers are the weights times this (the trained file keeps hundredths as integers, to stay small). */
  scale?: number;
  bias: readonly number[];
  weights: Readonly<Record<string, readonly number[]>>;
}

export interface KindScores {
  /** Probability per kind; they sum to 1. */
  probabilities: Record<CaseKind, number>;
  /** The features that pushed hardest towards `kind`, for the reasons in the case history. */
  evidence: (kind: CaseKind, count?: number) => string[];
}

export const kindModel: KindModel = trained as KindModel;

const linkPattern =
  /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ly|io|biz|xyz|top|click|example|com|net|org)\b\S*/gu;
const mentionPattern = /@[\p{L}\p{N}_.]+/gu;
const tokenPattern = /[\p{L}\p{N}_']+|\p{Extended_Pictographic}|[?!]/gu;
/** A run of a script written without spaces between words (Japanese, Chinese). */
const unspacedRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/u;

let segmenter: Intl.Segmenter | undefined;
/** Japanese words, by the dictionary of the runtime's ICU (Node's full ICU). */
const japaneseWords = (run: string): string[] => {
  segmenter ??= new Intl.Segmenter("ja", { granularity: "word" });
  return Array.from(segmenter.segment(run), (segment) => segment.segment);
};

/**
 * The features of a text, each once. Links, mentions and numbers are replaced by placeholders so that they generalise
 * ("45 days" and "3 days" share "0 days").
 *
 * @example
 * ```ts
 * kindFeatures("Still no refund??"); // ["w:still", "w:no", "w:refund", "w:?", "b:still no", ...]
 * ```
 */
const splitUnspaced = (part: string): string[] => (unspacedRun.test(part) ? japaneseWords(part) : [part]);

export function kindFeatures(text: string): string[] {
  const folded = fold(text.normalize("NFC"))
    .replace(linkPattern, " zlink ")
    .replace(mentionPattern, " zmention ")
    .replace(/\d+(?:[.,]\d+)*/g, "0");
  const tokens = (folded.replace(/[？؟]/g, " ? ").replace(/！/g, " ! ").match(tokenPattern) ?? [])
    .flatMap((t) => (unspacedRun.test(t) ? t.split(/(?<=\P{L})|(?=\P{L})/u).flatMap(splitUnspaced) : [t]))
    .map((t) => t.replace(/^'+|'+$/g, ""))
    .filter((t) => t !== "");
  const features = new Set<string>();
  // Character pairs of Japanese text: what the dictionary splits oddly ("届きません") still shares its pairs.
  for (const run of folded.match(new RegExp(unspacedRun.source, "gu")) ?? []) {
    for (let i = 1; i < run.length; i++) features.add(`c:${run.slice(i - 1, i + 1)}`);
  }
  const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t));
  for (const token of tokens) features.add(`w:${token}`);
  for (let i = 1; i < tokens.length; i++) features.add(`b:${tokens[i - 1]} ${tokens[i]}`);
  for (const word of words) if (word.length > 5) features.add(`p:${word.slice(0, 5)}`);
  if (words[0]) features.add(`s:${words[0]}`);
  features.add(`n:${words.length <= 3 ? "1-3" : words.length <= 8 ? "4-8" : words.length <= 20 ? "9-20" : "21+"}`);
  if (tokens.at(-1) === "?") features.add("e:?");
  if (/[\p{Lu}]{4,}/u.test(text) && text === text.toUpperCase()) features.add("m:caps");
  return [...features];
}

/**
 * Scores a text with the model.
 *
 * @example
 * ```ts
 * const { probabilities } = scoreKinds("ordered it in grey, it came in beige");
 * probabilities.complaint; // e.g. 0.81
 * ```
 */
export function scoreKinds(text: string, model: KindModel = kindModel): KindScores {
  const found = kindFeatures(text).filter((f) => model.weights[f] !== undefined);
  const logits = [...model.bias];
  for (const feature of found) {
    const weights = model.weights[feature] as readonly number[];
    for (let k = 0; k < logits.length; k++) logits[k] = (logits[k] as number) + (weights[k] as number);
  }
  const scale = model.scale ?? 1;
  const probabilities = softmax(logits.map((l) => l / scale));
  const byKind = Object.fromEntries(model.kinds.map((kind, k) => [kind, probabilities[k] as number])) as Record<
    CaseKind,
    number
  >;
  return {
    probabilities: byKind,
    evidence: (kind, count = 3) => {
      const k = model.kinds.indexOf(kind);
      return found
        .map((feature) => ({ feature, weight: (model.weights[feature] as readonly number[])[k] as number }))
        .filter((f) => f.weight > 0)
        .sort((a, b) => b.weight - a.weight)
        .map((f) => f.feature.slice(2))
        .filter((name, i, names) => names.indexOf(name) === i)
        .slice(0, count);
    },
  };
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
