import { ar } from "./ar.ts";
import { id } from "./id.ts";
import { it } from "./it.ts";
import { ja } from "./ja.ts";
import type { GrammarName, LanguageLexicon } from "./language.ts";
import { nl } from "./nl.ts";
import { sw } from "./sw.ts";
import { tr } from "./tr.ts";

export type { GrammarName, LanguageLexicon, UrgencyName } from "./language.ts";

/** The lexicons of the languages beyond the first five, whose words are in classify.ts. */
export const languageLexicons: readonly LanguageLexicon[] = [it, nl, ar, id, ja, tr, sw].filter(
  (lexicon): lexicon is LanguageLexicon => lexicon !== undefined,
);

/** One field of every language's lexicon, for merging into classify.ts's lists. */
export const termsOf = (
  field: Exclude<keyof LanguageLexicon, "language" | "marks" | "urgency" | "grammar">,
): string[] => languageLexicons.map((lexicon) => lexicon[field]).filter((terms) => terms.trim() !== "");

/** One urgency of every language's lexicon. */
export const urgencyTermsOf = (name: keyof LanguageLexicon["urgency"]): string[] =>
  languageLexicons.map((lexicon) => lexicon.urgency[name]).filter((terms) => terms.trim() !== "");

/** One grammar list of every language's lexicon that has it. */
export const grammarTermsOf = (name: GrammarName): string[] =>
  languageLexicons.map((lexicon) => lexicon.grammar?.[name] ?? "").filter((terms) => terms.trim() !== "");
