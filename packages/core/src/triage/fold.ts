// Matching on folded text: NFD, combining marks stripped, lower case, one apostrophe, hashtags without "#". So
// "DEVOLUCION", "devolución" and "devolución" (e + combining accent) are the same word, and so are "j’ai" and "j'ai".

/**
 * Folds a text (or a lexicon term) for matching.
 *
 * @example
 * ```ts
 * fold("Devolución #YA"); // "devolucion ya"
 * ```
 */
export const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘´`ʼ]/g, "'")
    .replace(/#(?=\p{L})/gu, "");
