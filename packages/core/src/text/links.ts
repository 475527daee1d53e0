// The one definition of a link, shared by the reply guard (links outside the allow-list, X's 23-character links), the
// template checks (no links in reply wording) and triage (a link in a spam post).

const knownTopLevelDomains =
  "com|net|org|info|biz|io|co|ly|me|app|dev|ai|shop|store|online|site|help|support|care|link|page|tv|gl|gg|to|" +
  "xyz|top|click|example|" +
  "eu|uk|us|ca|au|nz|ie|es|fr|de|pt|br|mx|ar|cl|pe|it|nl|be|ch|at|lu|pl|se|no|dk|fi|cz|in|jp";

/**
 * Links as platforms turn them into links: with a scheme, starting with www., or a bare domain with a known
 * top-level domain or a path ("tidewell.com/help"). Top-level domains are lower-case, so a missing space after a
 * full stop ("sorry.No") is not taken for a domain; the part of an e-mail address after the @ is no link either.
 * Global: use it with `matchAll`/`replace`, or through the functions below.
 */
export const linkPattern = new RegExp(
  [
    String.raw`[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s<>"']+`,
    String.raw`(?<![\p{L}\p{N}@._%+-])[Ww]{3}\.[^\s<>"']+`,
    String.raw`(?<![\p{L}\p{N}@._%+\/-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:(?:${knownTopLevelDomains})(?![\p{L}\p{N}-])(?:[\/:?#][^\s<>"']*)?|\p{Ll}{2,24}\/[^\s<>"']*)`,
  ].join("|"),
  "gu",
);

/** Punctuation that ends a sentence, not the link it follows ("see tidewell.com/help."). */
export const trailingPunctuation = /[.,;:!?)\]}'"»…]+$/u;

/**
 * Every link in a text, without the punctuation that follows it.
 *
 * @example
 * ```ts
 * linksIn("Track it at www.parcels.example/x1, thanks"); // ["www.parcels.example/x1"]
 * ```
 */
export const linksIn = (text: string): string[] =>
  Array.from(text.matchAll(linkPattern), ([link]) => link.replace(trailingPunctuation, ""));

/**
 * Whether a text holds a link.
 *
 * @example
 * ```ts
 * hasLink("DM me or tap bit.ly/cash"); // true
 * hasLink("sorry.No answer"); // false
 * ```
 */
export const hasLink = (text: string): boolean => {
  linkPattern.lastIndex = 0;
  return linkPattern.test(text);
};
