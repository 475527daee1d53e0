import { linkPattern, trailingPunctuation } from "../../text/links.ts";

// X counts code points in these ranges (Latin, Greek, Cyrillic, ... and some punctuation) once, all others and each
// emoji twice, and every link as 23 characters, after NFC normalisation (twitter-text v3 configuration).
const xSingleWeightRanges = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
] as const;
const xLinkLength = 23;
// Built on first use: bundled, this pattern becomes a `new RegExp(..., "v")`, which costs ~30 ms to compile, and the
// webhook function that imports the platform never counts characters.
let emojiPattern: RegExp | undefined;
const emoji = () => {
  emojiPattern ??= /\p{RGI_Emoji}/gv;
  return emojiPattern;
};

/** What X allows in a post. */
export const X_POST_LIMIT = 280;

/**
 * A text's length as X counts it: links 23, emoji and CJK 2, Latin and most punctuation 1, after NFC.
 *
 * @example
 * ```ts
 * xLength("Hi Dana 👋 see tidewell.com/help/orders/where-is-my-parcel"); // 8 + 2 + 5 + 23 = 38
 * ```
 */
export function xLength(text: string): number {
  let length = 0;
  const rest = text
    .normalize("NFC")
    .replace(linkPattern, (link) => {
      const kept = link.replace(trailingPunctuation, "");
      length += xLinkLength;
      return link.slice(kept.length);
    })
    .replace(emoji(), () => {
      length += 2;
      return "";
    });
  for (const character of rest) {
    const codePoint = character.codePointAt(0) ?? 0;
    length += xSingleWeightRanges.some(([from, to]) => codePoint >= from && codePoint <= to) ? 1 : 2;
  }
  return length;
}
