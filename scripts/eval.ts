// `npm run eval`: measures triage (`classify` in packages/core/src/triage/classify.ts) against the hand-labelled set
// in test/triage/labelled.jsonl and prints a report: kind precision/recall/F1, accuracy per language, sensitive-data
// recall and precision, language detection, urgency (once the classifier returns it), speed, and every line it got
// wrong. It always exits 0: it is a report. The targets are asserted by test/triage-eval.test.ts, which reuses
// `evaluate` from here. How the set was made and what the labels mean: test/triage/README.md.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { replyLanguageFor } from "#core/replies/templates.ts";
import { classify } from "#core/triage/classify.ts";
import type { KindModel } from "#core/triage/model.ts";

export const KINDS = ["complaint", "question", "praise", "spam", "other"] as const;
export const LANGUAGES = ["en", "es", "fr", "de", "pt", "it", "nl", "ar", "id", "ja", "tr", "sw"] as const;
/** The languages of labelled.jsonl, dev2-5 and the held-out sets; the others have a development set each. */
export const FIRST_FIVE = ["en", "es", "fr", "de", "pt"] as const;
export const SENSITIVE_KINDS = ["email", "phone", "card", "order", "address", "national-id"] as const;
export const URGENCY_KINDS = ["legal", "safety", "churn", "press", "repeat"] as const;

export type Kind = (typeof KINDS)[number];
export type Language = (typeof LANGUAGES)[number];
export type SensitiveLabel = (typeof SENSITIVE_KINDS)[number];
export type Urgency = (typeof URGENCY_KINDS)[number];

export interface LabelledLine {
  id: string;
  text: string;
  kind: Kind;
  language: Language;
  sensitive: SensitiveLabel[];
  urgency: Urgency[];
  notes?: string;
}

/** The targets the classifier is held to (asserted by test/triage-eval.test.ts). */
export const TARGETS = { kindAccuracy: 0.9, complaintRecall: 0.97, sensitiveRecall: 1 } as const;

export const LABELLED_PATH = resolve(import.meta.dirname, "../test/triage/labelled.jsonl");
/**
 * Written blind, after the classifier was tuned on the labelled set, and never tuned on: what the classifier does on
 * messages it has not seen. Do not fix misses found here by special rules, or it stops measuring that.
 */
export const HOLDOUT_PATH = resolve(import.meta.dirname, "../test/triage/holdout.jsonl");
/** A second blind set, written by someone who saw neither the classifier nor the other sets, for all industries. */
export const HOLDOUT2_PATH = resolve(import.meta.dirname, "../test/triage/holdout2.jsonl");
/** A second development set, written blind like the held-out one, for the next round of rules. */
export const DEV2_PATH = resolve(import.meta.dirname, "../test/triage/dev2.jsonl");
/** Development sets on urgency (dev3) and sensitive data (dev4) across industries, written blind, then worked on. */
export const DEV3_PATH = resolve(import.meta.dirname, "../test/triage/dev3.jsonl");
export const DEV4_PATH = resolve(import.meta.dirname, "../test/triage/dev4.jsonl");
/** Angry bursts: plain complaints carried by anger or a demand, and their look-alikes; written blind, then worked on. */
export const DEV5_PATH = resolve(import.meta.dirname, "../test/triage/dev5.jsonl");
const TRIAGE_DIR = resolve(import.meta.dirname, "../test/triage");
/** One development set per language beyond the first five: `dev-it.jsonl`, `dev-ja.jsonl`, ... */
export const LANGUAGE_DEV_PATHS = readdirSync(TRIAGE_DIR)
  .filter((file) => /^dev-[a-z]{2}\.jsonl$/.test(file))
  .sort()
  .map((file) => resolve(TRIAGE_DIR, file));
/** Every development set: the rules are tuned on them and the model learns from them. */
export const DEVELOPMENT_PATHS = [LABELLED_PATH, DEV2_PATH, DEV3_PATH, DEV4_PATH, DEV5_PATH, ...LANGUAGE_DEV_PATHS];
/**
 * Language detection only: `{ id, text, language }` in any language, many without a reply pack, to measure that each
 * is answered in its own language where we have a pack and in the default language otherwise, never in a third.
 */
export const DETECT_PATH = resolve(TRIAGE_DIR, "detect.jsonl");
/** The language replies fall back to in the evaluation (the default of `brand.defaultLanguage`). */
export const EVAL_DEFAULT_LANGUAGE = "en";

const FIELDS = new Set(["id", "text", "kind", "language", "sensitive", "urgency", "notes"]);

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value);

/** Everything wrong with one parsed line of the set (empty when the line is well-formed). */
export function lineProblems(value: unknown): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return ["not a JSON object"];
  const line = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(line)) if (!FIELDS.has(key)) problems.push(`unknown field "${key}"`);
  if (typeof line.id !== "string" || !/^(?:(?:h2|d3|d4|d5|dl|[hd])-)?([a-z]{2})-\d{3}$/.test(line.id)) {
    problems.push(`id must look like "en-001", got ${JSON.stringify(line.id)}`);
  }
  if (typeof line.text !== "string" || line.text.trim() === "") problems.push("text must be a non-empty string");
  if (!isOneOf(KINDS, line.kind)) problems.push(`unknown kind ${JSON.stringify(line.kind)}`);
  if (!isOneOf(LANGUAGES, line.language)) problems.push(`unknown language ${JSON.stringify(line.language)}`);
  else if (
    typeof line.id === "string" &&
    !line.id.replace(/^(?:h2|d3|d4|d5|dl|[hd])-/, "").startsWith(`${line.language}-`)
  ) {
    problems.push(`id ${line.id} does not start with its language "${line.language}-"`);
  }
  const listOf = (field: "sensitive" | "urgency", allowed: readonly string[]) => {
    const list = line[field];
    if (!Array.isArray(list)) return problems.push(`${field} must be an array (empty when none)`);
    for (const item of list)
      if (!isOneOf(allowed, item)) problems.push(`unknown ${field} kind ${JSON.stringify(item)}`);
    if (new Set(list).size !== list.length) problems.push(`${field} lists a kind twice`);
  };
  listOf("sensitive", SENSITIVE_KINDS);
  listOf("urgency", URGENCY_KINDS);
  if (line.notes !== undefined && typeof line.notes !== "string") problems.push("notes must be a string when present");
  return problems;
}

/** Parses the JSONL set; throws one error naming every malformed line (by line number and id). */
export function parseLabelled(content: string): LabelledLine[] {
  const lines: LabelledLine[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  content.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") return;
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      errors.push(`${where}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const problems = lineProblems(value);
    const id = (value as { id?: unknown })?.id;
    if (typeof id === "string") {
      if (seen.has(id)) problems.push(`duplicate id ${id}`);
      seen.add(id);
    }
    if (problems.length > 0) errors.push(`${where} (${String(id)}): ${problems.join("; ")}`);
    else lines.push(value as LabelledLine);
  });
  if (errors.length > 0) throw new Error(`malformed labelled set:\n  ${errors.join("\n  ")}`);
  return lines;
}

export const loadLabelled = (path: string = LABELLED_PATH): LabelledLine[] => parseLabelled(readFileSync(path, "utf8"));

/** What the evaluation needs from the classifier; `urgency` is undefined while the classifier does not return it. */
export interface Prediction {
  kind: string;
  language: string;
  sensitive: boolean;
  sensitiveKinds: string[];
  urgency?: string[];
}

export type Predict = (text: string) => Prediction;

/** "nationalId", "national_id" and "national-id" all compare equal to the label "national-id". */
const normaliseKind = (kind: string): string =>
  kind
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .replace(/[_\s]+/g, "-")
    .toLowerCase();

const NOT_URGENT = new Set(["", "none", "normal", "low", "no"]);

/** Reads `urgency` whatever shape it takes (list of kinds, list of objects with a kind, `{ kinds }`, flags). */
function readUrgency(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const asKind = (item: unknown): string | undefined => {
    if (typeof item === "string") return item;
    if (typeof item === "object" && item !== null) {
      const o = item as Record<string, unknown>;
      for (const key of ["kind", "type", "name"]) if (typeof o[key] === "string") return o[key] as string;
    }
    return undefined;
  };
  let list: string[];
  if (Array.isArray(value)) list = value.map(asKind).filter((k): k is string => k !== undefined);
  else if (typeof value === "string") list = [value];
  else if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.kinds)) return readUrgency(o.kinds);
    list = Object.entries(o)
      .filter(([, flag]) => flag === true)
      .map(([key]) => key);
  } else return undefined;
  return list.map(normaliseKind).filter((k) => !NOT_URGENT.has(k));
}

/**
 * A model to evaluate instead of the committed one: `TRIAGE_MODEL=/tmp/model.json npm run eval` (written by
 * `npm run train -- --out /tmp/model.json`).
 */
const modelOverride: KindModel | undefined = process.env.TRIAGE_MODEL
  ? (JSON.parse(readFileSync(process.env.TRIAGE_MODEL, "utf8")) as KindModel)
  : undefined;

/** The classifier under evaluation, reduced to what is scored. A throw becomes kind "error" rather than a crash. */
export const predictWithClassify: Predict = (text) => {
  try {
    const options = modelOverride ? { model: modelOverride } : {};
    const result = classify(text, options) as unknown as Record<string, unknown> & Prediction;
    return {
      kind: String(result.kind),
      language: String(result.language),
      sensitive: result.sensitive === true,
      sensitiveKinds: Array.isArray(result.sensitiveKinds) ? result.sensitiveKinds.map(String).map(normaliseKind) : [],
      urgency: "urgency" in result ? readUrgency(result.urgency) : undefined,
    };
  } catch (error) {
    return { kind: "error", language: `error: ${(error as Error).message}`, sensitive: false, sensitiveKinds: [] };
  }
};

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** How many lines carry this label. */
  support: number;
  /** How many lines the classifier gave this label. */
  predicted: number;
}

export type MissKind =
  | "kind"
  | "sensitive missed"
  | "sensitive kind missed"
  | "sensitive false alarm"
  | "language"
  | "urgency missed"
  | "urgency false alarm";

export interface Miss {
  id: string;
  what: MissKind;
  expected: string;
  got: string;
  text: string;
}

/** How one language fares: triage, and which language its replies would be written in. */
export interface LanguageScore {
  kindAccuracy: number;
  complaintRecall: number;
  complaints: number;
  sensitiveRecall: number;
  sensitives: number;
  support: number;
  /** Share of lines whose reply would be in the customer's own language. */
  inLanguage: number;
  /** Share answered in the default language because the language was not told apart (or has no pack). */
  fallback: number;
  /** Lines whose reply would be in a third language: neither theirs nor the default. Must be 0. */
  thirdLanguage: number;
}

/** The language a reply to a line would be written in, given what the detector said. */
export const replyLanguageOf = (detected: string): string =>
  replyLanguageFor(detected === "und" ? EVAL_DEFAULT_LANGUAGE : detected, { defaultLanguage: EVAL_DEFAULT_LANGUAGE });

/** Where a reply to a line in `labelled` goes when the detector says `detected`. */
export function replyOutcome(labelled: string, detected: string): "in-language" | "fallback" | "third" {
  const reply = replyLanguageOf(languageCode(detected));
  if (reply === labelled) return "in-language";
  return reply === EVAL_DEFAULT_LANGUAGE ? "fallback" : "third";
}

export interface Evaluation {
  total: number;
  kindAccuracy: number;
  complaintRecall: number;
  perKind: Record<Kind, Score>;
  /** Rows: labelled kind; columns: predicted kind (may include values outside KINDS, such as "error"). */
  confusion: Record<Kind, Record<string, number>>;
  perLanguage: Record<Language, LanguageScore>;
  sensitive: {
    /** A labelled line counts as found when it comes out sensitive and every labelled kind is in sensitiveKinds. */
    recall: number;
    /** Of the lines flagged sensitive, the share labelled sensitive. */
    precision: number;
    /** Labelled lines that come out sensitive at all, whatever the kinds. */
    flagRecall: number;
    support: number;
    flagged: number;
    perKind: Record<SensitiveLabel, Score>;
  };
  language: {
    accuracy: number;
    /** Only lines with at least three words (emoji-only and one-word lines carry too little to tell a language). */
    accuracyOnSentences: number;
    sentences: number;
    confusion: Record<Language, Record<string, number>>;
  };
  /** Undefined while the classifier does not return `urgency`. */
  urgency?: { anyRecall: number; anyPrecision: number; support: number; perKind: Record<Urgency, Score> };
  misses: Miss[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

function score(truePositives: number, support: number, predicted: number): Score {
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, support);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support, predicted };
}

const keyed = <K extends string, V>(keys: readonly K[], make: (key: K) => V): Record<K, V> =>
  Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, V>;

const wordCount = (text: string): number => text.match(/\p{L}{2,}/gu)?.length ?? 0;

const languageCode = (language: string): string => language.toLowerCase().split(/[-_]/)[0] ?? "";

const show = (list: readonly string[]): string => (list.length === 0 ? "none" : list.join("+"));

/** Scores `predict` (the real classifier by default) on the labelled lines. */
export function evaluate(lines: readonly LabelledLine[], predict: Predict = predictWithClassify): Evaluation {
  const predictions = lines.map((line) => predict(line.text));
  const misses: Miss[] = [];
  const miss = (line: LabelledLine, what: MissKind, expected: string, got: string) =>
    misses.push({ id: line.id, what, expected, got, text: line.text });

  // Kind
  const confusion = keyed(KINDS, () => ({}) as Record<string, number>);
  let kindCorrect = 0;
  lines.forEach((line, i) => {
    const got = (predictions[i] as Prediction).kind;
    confusion[line.kind][got] = (confusion[line.kind][got] ?? 0) + 1;
    if (got === line.kind) kindCorrect++;
    else miss(line, "kind", line.kind, got);
  });
  const perKind = keyed(KINDS, (kind) =>
    score(
      confusion[kind][kind] ?? 0,
      lines.filter((l) => l.kind === kind).length,
      predictions.filter((p) => p.kind === kind).length,
    ),
  );
  const perLanguage = keyed(LANGUAGES, (language): LanguageScore => {
    const indexes = lines.flatMap((l, i) => (l.language === language ? [i] : []));
    const line = (i: number) => lines[i] as LabelledLine;
    const prediction = (i: number) => predictions[i] as Prediction;
    const correct = indexes.filter((i) => prediction(i).kind === line(i).kind);
    const complaints = indexes.filter((i) => line(i).kind === "complaint");
    const sensitives = indexes.filter((i) => line(i).sensitive.length > 0);
    const found = sensitives.filter(
      (i) => prediction(i).sensitive && line(i).sensitive.every((k) => prediction(i).sensitiveKinds.includes(k)),
    );
    const outcomes = indexes.map((i) => replyOutcome(language, prediction(i).language));
    return {
      kindAccuracy: ratio(correct.length, indexes.length),
      complaintRecall: ratio(complaints.filter((i) => prediction(i).kind === "complaint").length, complaints.length),
      complaints: complaints.length,
      sensitiveRecall: ratio(found.length, sensitives.length),
      sensitives: sensitives.length,
      support: indexes.length,
      inLanguage: ratio(outcomes.filter((o) => o === "in-language").length, indexes.length),
      fallback: ratio(outcomes.filter((o) => o === "fallback").length, indexes.length),
      thirdLanguage: outcomes.filter((o) => o === "third").length,
    };
  });

  // Sensitive data
  let sensitiveSupport = 0;
  let sensitiveFound = 0;
  let sensitiveFlagged = 0;
  let flaggedAndLabelled = 0;
  let flaggedAtAll = 0;
  lines.forEach((line, i) => {
    const p = predictions[i] as Prediction;
    const labelled = line.sensitive.length > 0;
    if (p.sensitive) {
      sensitiveFlagged++;
      if (labelled) flaggedAndLabelled++;
      else miss(line, "sensitive false alarm", "none", show(p.sensitiveKinds));
    }
    if (!labelled) return;
    sensitiveSupport++;
    if (p.sensitive) flaggedAtAll++;
    const missing = line.sensitive.filter((k) => !p.sensitiveKinds.includes(k));
    if (p.sensitive && missing.length === 0) sensitiveFound++;
    else if (!p.sensitive) miss(line, "sensitive missed", show(line.sensitive), show(p.sensitiveKinds));
    else
      miss(line, "sensitive kind missed", show(line.sensitive), `${show(p.sensitiveKinds)} (no ${missing.join("+")})`);
  });
  const sensitivePerKind = keyed(SENSITIVE_KINDS, (kind) => {
    const truePositives = lines.filter(
      (l, i) => l.sensitive.includes(kind) && (predictions[i] as Prediction).sensitiveKinds.includes(kind),
    ).length;
    return score(
      truePositives,
      lines.filter((l) => l.sensitive.includes(kind)).length,
      predictions.filter((p) => p.sensitiveKinds.includes(kind)).length,
    );
  });

  // Language
  const languageConfusion = keyed(LANGUAGES, () => ({}) as Record<string, number>);
  let languageCorrect = 0;
  let sentences = 0;
  let sentencesCorrect = 0;
  lines.forEach((line, i) => {
    const got = languageCode((predictions[i] as Prediction).language);
    languageConfusion[line.language][got] = (languageConfusion[line.language][got] ?? 0) + 1;
    const correct = got === line.language;
    if (correct) languageCorrect++;
    if (wordCount(line.text) >= 3) {
      sentences++;
      if (correct) sentencesCorrect++;
      else miss(line, "language", line.language, (predictions[i] as Prediction).language);
    }
  });

  // Urgency, once the classifier returns it
  let urgency: Evaluation["urgency"];
  if (predictions.some((p) => p.urgency !== undefined)) {
    const got = (i: number) => (predictions[i] as Prediction).urgency ?? [];
    lines.forEach((line, i) => {
      const missing = line.urgency.filter((u) => !got(i).includes(u));
      const extra = got(i).filter((u) => !(line.urgency as string[]).includes(u));
      if (missing.length > 0) miss(line, "urgency missed", show(line.urgency), show(got(i)));
      else if (extra.length > 0) miss(line, "urgency false alarm", show(line.urgency), show(got(i)));
    });
    const urgent = lines.flatMap((l, i) => (l.urgency.length > 0 ? [i] : []));
    const predictedUrgent = lines.flatMap((_, i) => (got(i).length > 0 ? [i] : []));
    urgency = {
      anyRecall: ratio(urgent.filter((i) => got(i).length > 0).length, urgent.length),
      anyPrecision: ratio(
        predictedUrgent.filter((i) => (lines[i] as LabelledLine).urgency.length > 0).length,
        predictedUrgent.length,
      ),
      support: urgent.length,
      perKind: keyed(URGENCY_KINDS, (kind) =>
        score(
          lines.filter((l, i) => l.urgency.includes(kind) && got(i).includes(kind)).length,
          lines.filter((l) => l.urgency.includes(kind)).length,
          lines.filter((_, i) => got(i).includes(kind)).length,
        ),
      ),
    };
  }

  return {
    total: lines.length,
    kindAccuracy: ratio(kindCorrect, lines.length),
    complaintRecall: perKind.complaint.recall,
    perKind,
    confusion,
    perLanguage,
    sensitive: {
      recall: ratio(sensitiveFound, sensitiveSupport),
      precision: ratio(flaggedAndLabelled, sensitiveFlagged),
      flagRecall: ratio(flaggedAtAll, sensitiveSupport),
      support: sensitiveSupport,
      flagged: sensitiveFlagged,
      perKind: sensitivePerKind,
    },
    language: {
      accuracy: ratio(languageCorrect, lines.length),
      accuracyOnSentences: ratio(sentencesCorrect, sentences),
      sentences,
      confusion: languageConfusion,
    },
    urgency,
    misses,
  };
}

/** Mean time of one `classify` call in microseconds, over `repetitions` passes through every text after a warm-up. */
export function timeClassify(texts: readonly string[], repetitions: number): number {
  for (const text of texts) classify(text);
  const start = performance.now();
  for (let r = 0; r < repetitions; r++) for (const text of texts) classify(text);
  return ((performance.now() - start) * 1000) / (repetitions * texts.length);
}

/** Rounded down, so a shown value never overstates (0.996 shows as 0.99, not as a misleading 1.00). */
const fixed = (value: number): string => (Math.floor(value * 100 + 1e-9) / 100).toFixed(2);

export interface TargetCheck {
  name: string;
  value: number;
  target: number;
  ok: boolean;
}

export function checkTargets(result: Evaluation): TargetCheck[] {
  return [
    { name: "kind accuracy", value: result.kindAccuracy, target: TARGETS.kindAccuracy },
    { name: "complaint recall", value: result.complaintRecall, target: TARGETS.complaintRecall },
    { name: "sensitive recall", value: result.sensitive.recall, target: TARGETS.sensitiveRecall },
  ].map((check) => ({ ...check, ok: check.value >= check.target }));
}

export const targetsLine = (result: Evaluation): string =>
  `targets: ${checkTargets(result)
    .map((t) => `${t.name} ${fixed(t.value)} >= ${fixed(t.target)} ${t.ok ? "ok" : "MISSED"}`)
    .join(", ")}`;

const pad = (value: string | number, width: number): string => String(value).padStart(width);

function table(header: string[], rows: (string | number)[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c] ?? "").length)));
  const line = (cells: (string | number)[]) =>
    cells.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[0] ?? 0) : pad(cell, widths[c] ?? 0))).join("  ");
  return [line(header), ...rows.map(line)];
}

/** Kind accuracy, complaint and sensitive recall, and where replies go, for each language with lines. */
export function languageTable(result: Evaluation): string[] {
  const present = LANGUAGES.filter((l) => result.perLanguage[l].support > 0);
  return table(
    ["language", "lines", "kind acc", "complaint rec", "sensitive rec", "reply in theirs", "default", "third"],
    present.map((l) => {
      const p = result.perLanguage[l];
      return [
        l,
        p.support,
        fixed(p.kindAccuracy),
        p.complaints > 0 ? fixed(p.complaintRecall) : "-",
        p.sensitives > 0 ? fixed(p.sensitiveRecall) : "-",
        fixed(p.inLanguage),
        fixed(p.fallback),
        p.thirdLanguage,
      ];
    }),
  );
}

const scoreRow = (name: string, s: Score) => [
  name,
  fixed(s.precision),
  fixed(s.recall),
  fixed(s.f1),
  s.support,
  s.predicted,
];

/** The printed report (everything but the timing line). */
export function formatReport(
  result: Evaluation,
  source = "test/triage/labelled.jsonl",
  options: { listMisses?: boolean } = {},
): string {
  const out: string[] = [];
  const section = (title: string) => out.push("", `== ${title}`);
  out.push(`triage eval: ${result.total} labelled messages (${source})`);

  section("kind: precision / recall / F1 per kind");
  out.push(
    ...table(
      ["kind", "precision", "recall", "F1", "support", "predicted"],
      KINDS.map((k) => scoreRow(k, result.perKind[k])),
    ),
  );
  const columns = [...new Set([...KINDS, ...KINDS.flatMap((k) => Object.keys(result.confusion[k]))])];
  section("kind confusion (rows: labelled, columns: classified)");
  out.push(
    ...table(
      ["labelled \\ got", ...columns],
      KINDS.map((k) => [k, ...columns.map((c) => result.confusion[k][c] ?? 0)]),
    ),
  );
  section("per language: triage, and the language of the reply");
  out.push(...languageTable(result));
  out.push(`overall kind accuracy: ${fixed(result.kindAccuracy)}`);
  out.push(`complaint recall: ${fixed(result.complaintRecall)}`);

  section("sensitive data");
  const s = result.sensitive;
  out.push(
    `sensitive recall (flagged, and every labelled kind found): ${fixed(s.recall)} of ${s.support} labelled messages`,
    `sensitive flag recall (flagged at all): ${fixed(s.flagRecall)}`,
    `sensitive precision (flagged messages that are labelled sensitive): ${fixed(s.precision)} of ${s.flagged} flagged`,
  );
  out.push(
    ...table(
      ["sensitive kind", "precision", "recall", "F1", "support", "predicted"],
      SENSITIVE_KINDS.map((k) => scoreRow(k, s.perKind[k])),
    ),
  );

  section("language");
  out.push(
    `language accuracy: ${fixed(result.language.accuracy)} (all ${result.total} messages)`,
    `language accuracy on messages of 3+ words: ${fixed(result.language.accuracyOnSentences)} (${result.language.sentences} messages)`,
  );
  const labelledLanguages = LANGUAGES.filter((l) => result.perLanguage[l].support > 0);
  const detected = [
    ...new Set([...labelledLanguages, ...labelledLanguages.flatMap((l) => Object.keys(result.language.confusion[l]))]),
  ];
  out.push(
    ...table(
      ["labelled \\ got", ...detected],
      labelledLanguages.map((l) => [l, ...detected.map((d) => result.language.confusion[l][d] ?? 0)]),
    ),
  );

  section("urgency");
  if (result.urgency === undefined) {
    out.push("skipped: classify() does not return `urgency` yet");
  } else {
    const u = result.urgency;
    out.push(`any-urgency recall: ${fixed(u.anyRecall)} of ${u.support}, precision ${fixed(u.anyPrecision)}`);
    out.push(
      ...table(
        ["urgency", "precision", "recall", "F1", "support", "predicted"],
        URGENCY_KINDS.map((k) => scoreRow(k, u.perKind[k])),
      ),
    );
  }

  section(`misclassified (${result.misses.length})`);
  if (options.listMisses === false) {
    out.push("not listed: this set stays blind, so that it keeps measuring what the classifier does on unseen text");
    return out.join("\n");
  }
  const groups = new Map<string, Miss[]>();
  for (const m of result.misses) {
    const key = m.what === "kind" ? `kind: ${m.expected} -> ${m.got}` : m.what;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const order = (key: string) => (key.startsWith("kind:") ? 0 : 1);
  for (const [key, group] of [...groups].sort((a, b) => order(a[0]) - order(b[0]) || b[1].length - a[1].length)) {
    out.push(`-- ${key} (${group.length})`);
    for (const m of group) {
      const text = m.text.length > 140 ? `${m.text.slice(0, 137)}...` : m.text;
      const detail = m.what === "kind" ? "" : ` expected ${m.expected}, got ${m.got}:`;
      out.push(`  ${m.id}${detail} ${JSON.stringify(text)}`);
    }
  }
  return out.join("\n");
}

/** A line of the language-detection set: any language, with or without a reply pack. */
export interface DetectLine {
  id: string;
  text: string;
  language: string;
  notes?: string;
}

export function loadDetect(path: string = DETECT_PATH): DetectLine[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((raw) => raw.trim() !== "")
    .map((raw, index) => {
      const line = JSON.parse(raw) as DetectLine;
      if (typeof line.text !== "string" || !/^[a-z]{2,3}$/.test(String(line.language))) {
        throw new Error(`${path}:${index + 1}: needs a text and an ISO 639-1 language`);
      }
      return line;
    });
}

export interface DetectionResult {
  /** Per labelled language: lines, replies in their language, in the default, in a third language. */
  perLanguage: Map<string, { support: number; inLanguage: number; fallback: number; third: number }>;
  third: { id: string; text: string; language: string; got: string }[];
}

/** Where the replies to the detection set would go. */
export function evaluateDetection(
  lines: readonly DetectLine[],
  predict: Predict = predictWithClassify,
): DetectionResult {
  const perLanguage: DetectionResult["perLanguage"] = new Map();
  const third: DetectionResult["third"] = [];
  for (const line of lines) {
    const got = predict(line.text).language;
    const outcome = replyOutcome(line.language, got);
    const entry = perLanguage.get(line.language) ?? { support: 0, inLanguage: 0, fallback: 0, third: 0 };
    entry.support++;
    if (outcome === "in-language") entry.inLanguage++;
    else if (outcome === "fallback") entry.fallback++;
    else {
      entry.third++;
      third.push({ id: line.id, text: line.text, language: line.language, got });
    }
    perLanguage.set(line.language, entry);
  }
  return { perLanguage, third };
}

function formatDetection(result: DetectionResult): string {
  const rows = [...result.perLanguage.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([language, e]) => [
      language,
      e.support,
      (LANGUAGES as readonly string[]).includes(language) ? "yes" : "no",
      fixed(e.inLanguage / e.support),
      fixed(e.fallback / e.support),
      e.third,
    ]);
  return [
    ...table(["language", "lines", "pack", "reply in theirs", "default", "third"], rows),
    `replies in a third language: ${result.third.length}`,
    ...result.third.map((t) => `  ${t.id} (${t.language}, detected ${t.got}) ${JSON.stringify(t.text)}`),
  ].join("\n");
}

/** `--language it`: only the lines of that language. */
const onlyLanguage = (() => {
  const index = process.argv.indexOf("--language");
  return index >= 0 ? process.argv[index + 1] : undefined;
})();
const ofLanguage = <T extends { language: string }>(lines: T[]): T[] =>
  onlyLanguage ? lines.filter((line) => line.language === onlyLanguage) : lines;

if (import.meta.main) {
  try {
    const lines = ofLanguage(loadLabelled());
    if (lines.length > 0) {
      const result = evaluate(lines);
      console.log(
        formatReport(result, "test/triage/labelled.jsonl: the development set, which the rules were tuned on"),
      );
      const repetitions = Number(process.env.EVAL_REPETITIONS ?? 200);
      const micros = timeClassify(
        lines.map((l) => l.text),
        repetitions,
      );
      console.log(
        `\n== speed\nmean time per message: ${micros.toFixed(1)} µs (${repetitions} repetitions of ${lines.length} messages)`,
      );
      console.log(`\n${targetsLine(result)}`);
    }
    const development: LabelledLine[] = [...lines];
    for (const [path, name, what] of [
      [DEV2_PATH, "dev2", "the second development set"],
      [DEV3_PATH, "dev3", "urgency across industries (development)"],
      [DEV4_PATH, "dev4", "sensitive data across industries (development)"],
      [DEV5_PATH, "dev5", "angry bursts: anger, demands and their look-alikes (development)"],
      ...LANGUAGE_DEV_PATHS.map(
        (path) => [path, path.replace(/^.*\/|\.jsonl$/g, ""), `development set of one language`] as const,
      ),
    ] as const) {
      const set = ofLanguage(loadLabelled(path));
      if (set.length === 0) continue;
      development.push(...set);
      const result = evaluate(set);
      console.log(`\n\n${formatReport(result, `test/triage/${name}.jsonl: ${what}`)}`);
      console.log(`\n${name} ${targetsLine(result)}`);
    }
    for (const [path, name, label] of [
      [HOLDOUT_PATH, "holdout.jsonl", "held-out"],
      [HOLDOUT2_PATH, "holdout2.jsonl", "held-out 2"],
    ] as const) {
      const set = ofLanguage(loadLabelled(path));
      if (set.length === 0) continue;
      const result = evaluate(set);
      const title = `test/triage/${name}: written blind, never tuned on, never trained on`;
      console.log(`\n\n${formatReport(result, title, { listMisses: false })}`);
      console.log(`\n${label} ${targetsLine(result)}`);
    }
    const all = evaluate(development);
    console.log(
      `\n\n== all development sets, per language (${all.total} lines; replies default to ${EVAL_DEFAULT_LANGUAGE})`,
    );
    console.log(languageTable(all).join("\n"));
    console.log(`\nall development sets ${targetsLine(all)}`);
    const detection = ofLanguage(loadDetect());
    if (detection.length > 0) {
      console.log(
        `\n\n== language detection: test/triage/detect.jsonl (${detection.length} lines, languages with and without a pack)`,
      );
      console.log(formatDetection(evaluateDetection(detection)));
    }
  } catch (error) {
    // A report, not a gate: say what went wrong and still exit 0 (the test fails on a malformed set).
    console.error(`triage eval could not run: ${(error as Error).message}`);
  }
  process.exitCode = 0;
}
