// `npm run train`: trains the kind model (packages/core/src/triage/model.ts) on the development sets and the training
// corpora under test/triage/train/, and writes packages/core/src/triage/kind-model.json. The held-out sets are read
// only to leave out training lines that repeat one of their texts; their labels never are. Training is deterministic
// (seeded order, fixed passes), so the same data gives the same file, which test/triage-model.test.ts checks.
// `npm run train -- --cv` first prints a 5-fold cross-validation of the model alone and of `classify` with it, for
// KIND_POLICY and its neighbours.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CaseKind } from "#core/config/schema.ts";
import { classify, KIND_POLICY, type KindPolicy } from "#core/triage/classify.ts";
import { type KindModel, kindFeatures, scoreKinds, softmax } from "#core/triage/model.ts";
import { DEVELOPMENT_PATHS, HOLDOUT_PATH, HOLDOUT2_PATH, KINDS, loadLabelled } from "./eval.ts";

export const MODEL_PATH = resolve(import.meta.dirname, "../packages/core/src/triage/kind-model.json");
export const CORPUS_DIR = resolve(import.meta.dirname, "../test/triage/train");

export interface TrainingLine {
  id: string;
  text: string;
  kind: CaseKind;
  /** The development sets tuned the rules too; only corpus lines measure `classify` fairly in cross-validation. */
  source: "development" | "corpus";
}

export interface TrainingOptions {
  /** Passes over the lines. */
  passes: number;
  /** AdaGrad's learning rate. */
  rate: number;
  /** L2 penalty per update. */
  l2: number;
  /** Features seen in fewer lines are left out. */
  minCount: number;
  /** Seed of the shuffle. */
  seed: number;
  /** Weights are kept when one of them is at least this large. */
  keep: number;
}

export const TRAINING: TrainingOptions = {
  passes: 30,
  rate: 0.05,
  l2: 5e-4,
  minCount: 2,
  seed: 20261123,
  keep: 0.005,
};

/** Texts compared the way the leak check compares them: case, spacing and Unicode form aside. */
export const sameText = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The lines the model learns from: both development sets and every corpus under test/triage/train/, less any line
 * whose text is also in a held-out set (short ones such as "😍😍" or "ok" come up in several sets), so that the held-out
 * sets keep measuring text the model has never seen. Only their texts are read here, never their labels.
 */
export function trainingLines(): TrainingLine[] {
  const heldOut = new Set([...loadLabelled(HOLDOUT_PATH), ...loadLabelled(HOLDOUT2_PATH)].map((l) => sameText(l.text)));
  return allTrainingLines().filter((line) => !heldOut.has(sameText(line.text)));
}

function allTrainingLines(): TrainingLine[] {
  const lines: TrainingLine[] = DEVELOPMENT_PATHS.flatMap((path) => loadLabelled(path)).map(({ id, text, kind }) => ({
    id,
    text,
    kind,
    source: "development" as const,
  }));
  for (const file of readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    const path = resolve(CORPUS_DIR, file);
    readFileSync(path, "utf8")
      .split("\n")
      .forEach((raw, index) => {
        if (raw.trim() === "") return;
        const line = JSON.parse(raw) as Partial<TrainingLine>;
        if (typeof line.text !== "string" || !(KINDS as readonly string[]).includes(line.kind as string)) {
          throw new Error(`${file}:${index + 1}: needs a text and a kind (${KINDS.join(", ")})`);
        }
        lines.push({
          id: String(line.id ?? `${file}:${index + 1}`),
          text: line.text,
          kind: line.kind as CaseKind,
          source: "corpus",
        });
      });
  }
  return lines;
}

/** A small seeded generator (mulberry32), so training shuffles the same way on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Multinomial logistic regression by AdaGrad over binary features, L2-regularised. Features seen fewer than
 * `minCount` times are left out, and weights are stored in hundredths as integers (rows under `keep` in every kind
 * dropped), which keeps the file small with no measurable loss.
 */
export function trainKindModel(lines: readonly TrainingLine[], options: Partial<TrainingOptions> = {}): KindModel {
  const { passes, rate, l2, minCount, seed, keep } = { ...TRAINING, ...options };
  const kinds = [...KINDS] as CaseKind[];
  const K = kinds.length;
  const counts = new Map<string, number>();
  const featureLists = lines.map((line) => kindFeatures(line.text));
  for (const list of featureLists) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.entries()]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const examples = featureLists.map((list, i) => ({
    features: list.map((f) => index.get(f)).filter((n): n is number => n !== undefined),
    target: kinds.indexOf(lines[i]?.kind as CaseKind),
  }));

  const weights = new Float64Array(vocabulary.length * K);
  const squares = new Float64Array(vocabulary.length * K);
  const bias = new Float64Array(K);
  const biasSquares = new Float64Array(K);
  const next = random(seed);
  const order = examples.map((_, i) => i);
  for (let pass = 0; pass < passes; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const e of order) {
      const { features, target } = examples[e] as (typeof examples)[number];
      const logits = Array.from(bias);
      for (const f of features)
        for (let k = 0; k < K; k++) logits[k] = (logits[k] as number) + (weights[f * K + k] as number);
      const p = softmax(logits);
      for (let k = 0; k < K; k++) {
        const error = (p[k] as number) - (k === target ? 1 : 0);
        biasSquares[k] = (biasSquares[k] as number) + error * error;
        bias[k] = (bias[k] as number) - (rate * error) / Math.sqrt((biasSquares[k] as number) + 1e-8);
        for (const f of features) {
          const at = f * K + k;
          const gradient = error + l2 * (weights[at] as number);
          squares[at] = (squares[at] as number) + gradient * gradient;
          weights[at] = (weights[at] as number) - (rate * gradient) / Math.sqrt((squares[at] as number) + 1e-8);
        }
      }
    }
  }

  const scale = 100;
  const round = (n: number) => Math.round(n * scale);
  const stored: Record<string, number[]> = {};
  vocabulary.forEach((feature, f) => {
    const row = Array.from(weights.subarray(f * K, f * K + K));
    if (row.some((w) => Math.abs(w) >= keep)) stored[feature] = row.map(round);
  });
  return { kinds, scale, bias: Array.from(bias, round), weights: stored };
}

/** Splits lines into `folds` parts, each kind spread evenly, the same way every time. */
function folds<T extends { kind: string }>(lines: readonly T[], count: number): T[][] {
  const parts: T[][] = Array.from({ length: count }, () => []);
  for (const kind of KINDS) {
    lines
      .filter((l) => l.kind === kind)
      .forEach((line, i) => {
        parts[i % count]?.push(line);
      });
  }
  return parts;
}

/** Kind policies tried by the cross-validation: the chosen one and its neighbours. */
function candidatePolicies(): { name: string; policy?: KindPolicy; model?: null }[] {
  const variants: Partial<KindPolicy>[] = [
    {},
    { complaint: 0.25 },
    { complaint: 0.35 },
    { complaintOverPraise: 0.5 },
    { complaintOverPraise: 0.6 },
    { complaintOverPraise: 0.8 },
    { complaintOverRule: 0.4 },
    { complaintOverRule: 0.6 },
    { ruleWeight: 0.15 },
    { ruleWeight: 0.35 },
    { keepRuleBelow: 0.6 },
    { keepRuleBelow: 1 },
    { spamUnlessComplaint: 0.5 },
    { spamUnlessComplaint: 0.9 },
    { complaintWhenUnsure: 0.1 },
    { complaintWhenUnsure: 0.2 },
    { unsure: 0.4 },
    { unsure: 0.6 },
  ];
  return [
    { name: "rules alone", model: null },
    ...variants.map((v) => ({
      name: Object.keys(v).length === 0 ? "KIND_POLICY" : JSON.stringify(v),
      policy: { ...KIND_POLICY, ...v },
    })),
  ];
}

/**
 * 5-fold cross-validation. The model alone is scored on every line; `classify` only on corpus lines, because the rules
 * were tuned on the development sets and would look better there than on text they have not seen.
 */
function crossValidate(lines: readonly TrainingLine[]) {
  const parts = folds(lines, 5);
  const candidates = candidatePolicies();
  const totals = candidates.map(() => ({ right: 0, complaints: 0, found: 0, falseComplaints: 0, all: 0 }));
  const confusion = Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(KINDS.map((g) => [g, 0]))]));
  let modelRight = 0;
  parts.forEach((test, i) => {
    const model = trainKindModel(parts.filter((_, j) => j !== i).flat());
    for (const line of test) {
      const p = scoreKinds(line.text, model).probabilities;
      if (KINDS.reduce((x, y) => (p[y] > p[x] ? y : x)) === line.kind) modelRight++;
    }
    for (const line of test.filter((t) => t.source === "corpus")) {
      candidates.forEach((candidate, c) => {
        const got = classify(line.text, { model: candidate.model === null ? null : model, policy: candidate.policy });
        const total = totals[c] as (typeof totals)[number];
        total.all++;
        if (got.kind === line.kind) total.right++;
        const row = confusion[line.kind] as Record<string, number>;
        if (c === 1) row[got.kind] = (row[got.kind] ?? 0) + 1;
        if (line.kind === "complaint") {
          total.complaints++;
          if (got.kind === "complaint") total.found++;
        } else if (got.kind === "complaint") total.falseComplaints++;
      });
    }
  });
  console.log(`model alone, all ${lines.length} lines: accuracy ${(modelRight / lines.length).toFixed(3)}`);
  console.log(`classify with each fold's model, on the ${totals[0]?.all} corpus lines:`);
  console.log(`  KIND_POLICY's confusion (rows: labelled, columns: classified as ${KINDS.join(", ")}):`);
  for (const kind of KINDS) {
    console.log(`    ${kind.padEnd(10)} ${KINDS.map((g) => String(confusion[kind]?.[g]).padStart(5)).join("")}`);
  }
  candidates.forEach((candidate, c) => {
    const t = totals[c] as (typeof totals)[number];
    console.log(
      `  ${candidate.name}: accuracy ${(t.right / t.all).toFixed(3)}, complaint recall ${(t.found / t.complaints).toFixed(3)}, ${t.falseComplaints} false complaints`,
    );
  });
}

/** The JSON text of a model as committed: one feature per line, so a retrained model diffs readably. */
export function modelJson(model: KindModel): string {
  const rows = Object.entries(model.weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  return `{\n  "kinds": ${JSON.stringify(model.kinds)},\n  "scale": ${model.scale ?? 1},\n  "bias": ${JSON.stringify(model.bias)},\n  "weights": {\n${rows.join(",\n")}\n  }\n}\n`;
}

if (import.meta.main) {
  const lines = trainingLines();
  console.log(`training on ${lines.length} lines`);
  if (process.argv.includes("--cv")) crossValidate(lines);
  const model = trainKindModel(lines);
  const json = modelJson(model);
  // `--out /tmp/model.json` writes elsewhere, to try a corpus without touching the committed model (see eval.ts).
  const outIndex = process.argv.indexOf("--out");
  const out = outIndex >= 0 ? resolve(process.argv[outIndex + 1] as string) : MODEL_PATH;
  writeFileSync(out, json);
  console.log(`wrote ${out}: ${Object.keys(model.weights).length} features, ${(json.length / 1024).toFixed(0)} KiB`);
}
