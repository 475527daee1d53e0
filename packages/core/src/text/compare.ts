/**
 * Two texts alike but for spacing: how our own reply is recognised when a platform echoes it or lists it back.
 *
 * @example
 * ```ts
 * sameText("Hi Dana,  sorry", "Hi Dana, sorry"); // true
 * ```
 */
export const sameText = (a: string | null | undefined, b: string): boolean =>
  a !== null && a !== undefined && a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
