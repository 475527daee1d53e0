// Matching on folded text: NFD, combining marks stripped, lower case, one apostrophe, hashtags without "#". So
// "DEVOLUCION", "devolución" and "devolución" (e + combining accent) are the same word, and so are "j’ai" and "j'ai".

/**
 * The letters of a text without what people type or leave out at will: accents and other combining marks (Arabic
 * short vowels and hamza too, but not the Japanese voiced marks, which make other words), the Arabic tatweel, Arabic
 * ى and ة written as ي and ه, and Turkish dotless ı as i (many type Turkish on keyboards without it). Case is kept.
 *
 * @example
 * ```ts
 * foldLetters("Sipariş geldi mı?"); // "Siparis geldi mi?"
 * ```
 */
export const foldLetters = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[^\P{M}\u3099\u309a]+/gu, "")
    .normalize("NFC")
    .replace(/\u0640/g, "")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ı/g, "i");

/**
 * Folds a text (or a lexicon term) for matching.
 *
 * @example
 * ```ts
 * fold("Devolución #YA"); // "devolucion ya"
 * ```
 */
export const fold = (text: string): string =>
  foldLetters(text)
    .toLowerCase()
    .replace(/[’‘´`ʼ]/g, "'")
    .replace(/#(?=\p{L})/gu, "");
