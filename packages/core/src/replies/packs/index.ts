import type { defaultReplyLanguages } from "../template-config.ts";
import { ar } from "./ar.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { id } from "./id.ts";
import { it } from "./it.ts";
import { ja } from "./ja.ts";
import { nl } from "./nl.ts";
import type { Deflection, LanguagePack } from "./pack.ts";
import { pt } from "./pt.ts";
import { sw } from "./sw.ts";
import { tr } from "./tr.ts";

export type { DefaultTemplate, Deflection, LanguagePack, ZonedMoment } from "./pack.ts";

type PackLanguage = (typeof defaultReplyLanguages)[number];

const all: Record<PackLanguage, LanguagePack | undefined> = { en, es, fr, de, pt, it, nl, ar, id, ja, tr, sw };

/** The built-in reply wording per language (ISO 639-1). */
export const packs: Readonly<Partial<Record<PackLanguage, LanguagePack>>> = Object.fromEntries(
  Object.entries(all).filter((entry): entry is [PackLanguage, LanguagePack] => entry[1] !== undefined),
);

/**
 * The pack of a language, if we have one.
 *
 * @example
 * ```ts
 * packOf("es")?.locale; // "es"
 * packOf("pl"); // undefined
 * ```
 */
export const packOf = (language: string): LanguagePack | undefined =>
  Object.hasOwn(packs, language) ? packs[language as PackLanguage] : undefined;

/** Every pack's phrases that send a customer to another channel, with the pack's language. */
export const allDeflections: readonly (Deflection & { language: string })[] = Object.entries(packs).flatMap(
  ([language, pack]) => pack.deflections.map((deflection) => ({ ...deflection, language })),
);
