import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Evaluation,
  evaluate,
  evaluateDetection,
  FIRST_FIVE,
  HOLDOUT_PATH,
  HOLDOUT2_PATH,
  KINDS,
  LABELLED_PATH,
  LANGUAGE_DEV_PATHS,
  LANGUAGES,
  type LabelledLine,
  lineProblems,
  loadDetect,
  loadLabelled,
  type MissKind,
  parseLabelled,
  SENSITIVE_KINDS,
  TARGETS,
  targetsLine,
  URGENCY_KINDS,
} from "../scripts/eval.ts";

// The hand-labelled triage set (test/triage/README.md) and the targets the classifier is held to. The first blocks
// check the set itself; the last one scores `classify` on it with the same code as `npm run eval`.

const raw = readFileSync(LABELLED_PATH, "utf8");

/** Every run of 13 to 19 digits (spaces and dashes allowed between them) that passes the Luhn check. */
function luhnNumbers(text: string): string[] {
  return [...text.matchAll(/\d(?:[ -]?\d){12,18}/g)]
    .map((m) => m[0].replace(/\D/g, ""))
    .filter((digits) => {
      let sum = 0;
      for (let i = 0; i < digits.length; i++) {
        let d = Number(digits[digits.length - 1 - i]);
        if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
      }
      return sum % 10 === 0;
    });
}

describe("the labelled triage set", () => {
  it("has a well-formed JSON object on every line, with known kinds, languages and sensitive kinds", () => {
    // Prepare
    const problems: string[] = [];

    // Act
    raw.split("\n").forEach((text, index) => {
      if (text.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        problems.push(`line ${index + 1}: not valid JSON (${(error as Error).message})`);
        return;
      }
      for (const problem of lineProblems(value)) problems.push(`line ${index + 1}: ${problem}`);
    });

    // Assess
    expect(problems, problems.join("\n")).toEqual([]);
    expect(() => parseLabelled(raw)).not.toThrow();
    expect(raw.endsWith("\n"), "file ends with a newline").toBe(true);
  });

  it("rejects malformed lines loudly, naming the line", () => {
    // Prepare
    const good = { id: "en-001", text: "hi", kind: "other", language: "en", sensitive: [], urgency: [] };
    const bad = [
      "{not json",
      JSON.stringify({ ...good, kind: "rant" }),
      JSON.stringify({ ...good, language: "xx" }),
      JSON.stringify({ ...good, sensitive: ["iban"] }),
      JSON.stringify({ ...good, urgency: ["vip"] }),
      JSON.stringify({ ...good, sensitive: "email" }),
      JSON.stringify({ ...good, text: "" }),
      JSON.stringify({ ...good, id: "es-001" }),
      JSON.stringify({ ...good, label: "complaint" }),
    ];

    // Act / Assess
    for (const [i, line] of bad.entries()) {
      expect(() => parseLabelled(`${JSON.stringify(good)}\n${line}\n`), line).toThrow(/line 2/);
      expect(lineProblems(i === 0 ? null : JSON.parse(line)), line).not.toEqual([]);
    }
    expect(() => parseLabelled(`${JSON.stringify(good)}\n${JSON.stringify(good)}\n`)).toThrow(/duplicate id en-001/);
  });

  const lines = loadLabelled();
  const byLanguage = (language: string) => lines.filter((l) => l.language === language);

  it("is big enough: 320+ lines, 60+ per language, 30+ sensitive, 25+ urgent", () => {
    expect(lines.length).toBeGreaterThanOrEqual(320);
    for (const language of FIRST_FIVE) expect(byLanguage(language).length, language).toBeGreaterThanOrEqual(60);
    expect(lines.filter((l) => l.sensitive.length > 0).length).toBeGreaterThanOrEqual(30);
    expect(lines.filter((l) => l.urgency.length > 0).length).toBeGreaterThanOrEqual(25);
  });

  it("has in each language roughly 40% complaints, 20% questions, 15% praise, 12% spam, 13% other", () => {
    const share = { complaint: 0.4, question: 0.2, praise: 0.15, spam: 0.12, other: 0.13 };
    for (const language of FIRST_FIVE) {
      const set = byLanguage(language);
      for (const kind of KINDS) {
        const actual = set.filter((l) => l.kind === kind).length / set.length;
        expect(Math.abs(actual - share[kind]), `${language} ${kind}: ${actual.toFixed(2)}`).toBeLessThanOrEqual(0.05);
      }
    }
  });

  it("covers in each language every sensitive kind, every urgency and the hard cases", () => {
    const cases: [string, (l: LabelledLine) => boolean][] = [
      ["sarcasm", (l) => /sarcasm/.test(l.notes ?? "")],
      ["emoji-only", (l) => /emoji-only/.test(l.notes ?? "")],
      ["emoji-heavy", (l) => /emoji/.test(l.notes ?? "") && /\p{Extended_Pictographic}{3}/u.test(l.text)],
      ["typo or missing accents", (l) => /typo|no accents|no umlauts/.test(l.notes ?? "")],
      ["all caps", (l) => /caps/.test(l.notes ?? "") && l.text === l.text.toUpperCase()],
      ["very short", (l) => l.text.length <= 15 && /short/.test(l.notes ?? "")],
      ["long rant", (l) => /rant/.test(l.notes ?? "") && l.text.length >= 400],
      ["mixed language", (l) => /mixed/.test(l.notes ?? "")],
      ["complaint phrased as a question", (l) => l.kind === "complaint" && l.text.includes("?")],
      ["question that is no complaint", (l) => l.kind === "question"],
      [
        "praise with a complaint, labelled complaint",
        (l) => l.kind === "complaint" && /praise\+complaint/.test(l.notes ?? ""),
      ],
      ["spam with a link", (l) => l.kind === "spam" && /https?:\/\/|\.example/.test(l.text)],
      ["crypto spam", (l) => l.kind === "spam" && /crypto/.test(l.notes ?? "")],
      ["follow-for-follow", (l) => l.kind === "spam" && /f4f/.test(l.notes ?? "")],
      ["fake giveaway", (l) => l.kind === "spam" && /giveaway/.test(l.notes ?? "")],
      ["last-4 card digits, not labelled card", (l) => /last4/.test(l.notes ?? "") && !l.sensitive.includes("card")],
      ["international phone", (l) => l.sensitive.includes("phone") && /\+\d/.test(l.text)],
      ["local phone", (l) => l.sensitive.includes("phone") && !/\+\d/.test(l.text)],
      ["reply to another user", (l) => l.kind === "other" && /^@\w/.test(l.text)],
      ...SENSITIVE_KINDS.map((k): [string, (l: LabelledLine) => boolean] => [
        `sensitive ${k}`,
        (l) => l.sensitive.includes(k),
      ]),
      ...URGENCY_KINDS.map((u): [string, (l: LabelledLine) => boolean] => [
        `urgency ${u}`,
        (l) => l.urgency.includes(u),
      ]),
    ];
    const missing = FIRST_FIVE.flatMap((language) =>
      cases.filter(([, test]) => !byLanguage(language).some(test)).map(([name]) => `${language}: ${name}`),
    );
    expect(missing, missing.join("\n")).toEqual([]);
  });

  it("labels card only for a full card number, and keeps personal data fictional", () => {
    const wrong: string[] = [];
    for (const l of lines) {
      const cards = luhnNumbers(l.text);
      if (l.sensitive.includes("card") && cards.length === 0)
        wrong.push(`${l.id}: labelled card without a full number`);
      if (/last4/.test(l.notes ?? "") && (l.sensitive.includes("card") || cards.length > 0)) {
        wrong.push(`${l.id}: last-4 mention labelled or written as a full card`);
      }
      for (const [email] of l.text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
        if (!/@example\.(com|org)$/.test(email)) wrong.push(`${l.id}: e-mail ${email} is not at example.com/.org`);
        if (!l.sensitive.includes("email")) wrong.push(`${l.id}: holds an e-mail but is not labelled email`);
      }
      if (l.sensitive.includes("phone") && !/555[ -]?01\d\d|555 ?010 ?1\d\d|5550 ?1\d\d|55 01 01 \d\d/.test(l.text)) {
        wrong.push(`${l.id}: phone outside the fictional 555-01xx range`);
      }
    }
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
});

describe("triage/classify on the labelled set", () => {
  const result: Evaluation = evaluate(loadLabelled());
  const missed = (...what: MissKind[]) =>
    result.misses
      .filter((m) => what.includes(m.what))
      .map((m) => `${m.id} expected ${m.expected}, got ${m.got}: ${m.text}`)
      .join("\n");

  it(`classifies the kind of at least ${TARGETS.kindAccuracy * 100}% of messages`, () => {
    expect(result.kindAccuracy, `${targetsLine(result)}\n${missed("kind")}`).toBeGreaterThanOrEqual(
      TARGETS.kindAccuracy,
    );
  });

  it(`finds at least ${TARGETS.complaintRecall * 100}% of complaints`, () => {
    const lost = result.misses.filter((m) => m.what === "kind" && m.expected === "complaint");
    expect(
      result.complaintRecall,
      `${targetsLine(result)}\n${lost.map((m) => `${m.id} got ${m.got}: ${m.text}`).join("\n")}`,
    ).toBeGreaterThanOrEqual(TARGETS.complaintRecall);
  });

  it("flags every message with personal data, with every kind of data it holds", () => {
    expect(
      result.sensitive.recall,
      `${targetsLine(result)}\n${missed("sensitive missed", "sensitive kind missed")}`,
    ).toBeGreaterThanOrEqual(TARGETS.sensitiveRecall);
  });
});

describe("triage/classify on the held-out sets (written blind, never tuned on, never trained on)", () => {
  // The labelled set and dev2 built the rules and train the model, so they flatter both. holdout.jsonl (furniture, like
  // the development sets) and holdout2.jsonl (ten other industries, written by someone who saw nothing else) measure
  // unseen text. Measured with the model trained by `npm run train`: holdout 0.97 kind accuracy, 0.93 complaint recall,
  // 1.00 sensitive recall; holdout2 0.90, 1.00, 1.00 (before the seven added languages' 5,600 lines: 0.98, 0.95 and
  // 0.89, 0.99: one complaint of each set moved, in opposite directions). The floors sit a little below, so a retrain
  // on more data does not fail on one line, while a real regression does. Raise them as the numbers rise, never by
  // adding rules or training lines for these very messages.
  const floors = [
    { path: HOLDOUT_PATH, name: "holdout.jsonl", size: 160, kindAccuracy: 0.95, complaintRecall: 0.91 },
    { path: HOLDOUT2_PATH, name: "holdout2.jsonl", size: 250, kindAccuracy: 0.87, complaintRecall: 0.97 },
  ];

  for (const floor of floors) {
    const lines = loadLabelled(floor.path);
    const result: Evaluation = evaluate(lines);

    it(`${floor.name} is a well-formed set of ${floor.size} messages in five languages`, () => {
      expect(lines.length).toBeGreaterThanOrEqual(floor.size);
      for (const language of FIRST_FIVE)
        expect(lines.filter((l) => l.language === language).length).toBeGreaterThanOrEqual(30);
    });

    it(`${floor.name}: does not fall below today's accuracy on unseen messages`, () => {
      expect(result.kindAccuracy, targetsLine(result)).toBeGreaterThanOrEqual(floor.kindAccuracy);
      expect(result.complaintRecall, targetsLine(result)).toBeGreaterThanOrEqual(floor.complaintRecall);
      expect(result.sensitive.recall, targetsLine(result)).toBeGreaterThanOrEqual(1);
    });
  }
});

describe("a burst of plain angry complaints", () => {
  it("leaves none of them unacknowledged as chatter, thanked as praise, or closed as spam", async () => {
    // Prepare: openings of anger, product failures and demands, combined (test/triage/complaint-grid.ts).
    const { classify } = await import("#core/triage/classify.ts");
    const { gridComplaints } = await import("./triage/complaint-grid.ts");
    const complaints = gridComplaints();

    // Act
    const missed = complaints
      .map(({ language, text }) => ({ language, text, kind: classify(text).kind }))
      .filter(({ kind }) => kind !== "complaint" && kind !== "question");

    // Assess: a question still gets an acknowledgement; anything else would leave an angry customer unanswered.
    expect(complaints.length).toBeGreaterThanOrEqual(2500);
    expect(missed).toEqual([]);
  });
});

describe("twelve languages: each one's development set, triage and the language of its replies", () => {
  const newLanguages = LANGUAGES.filter((language) => !(FIRST_FIVE as readonly string[]).includes(language));
  const sets = new Map(
    LANGUAGE_DEV_PATHS.map((path) => [path.replace(/^.*dev-|\.jsonl$/g, ""), loadLabelled(path)] as const),
  );

  it("has a development set of 150+ lines for each language beyond the first five, in the mix of the others", () => {
    const share = { complaint: 0.4, question: 0.2, praise: 0.15, spam: 0.12, other: 0.12 };
    const problems: string[] = [];
    for (const language of newLanguages) {
      const set = sets.get(language) ?? [];
      if (set.length < 150) problems.push(`${language}: ${set.length} lines`);
      if (set.some((l) => l.language !== language)) problems.push(`${language}: a line of another language`);
      if (set.filter((l) => l.sensitive.length > 0).length < 20) problems.push(`${language}: under 20 sensitive`);
      for (const urgency of URGENCY_KINDS) {
        if (!set.some((l) => l.urgency.includes(urgency))) problems.push(`${language}: no ${urgency} line`);
      }
      for (const kind of KINDS) {
        const actual = set.filter((l) => l.kind === kind).length / Math.max(1, set.length);
        if (Math.abs(actual - share[kind]) > 0.05) problems.push(`${language} ${kind}: ${actual.toFixed(2)}`);
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  const all = evaluate(
    [LABELLED_PATH, ...LANGUAGE_DEV_PATHS]
      .flatMap((path) => loadLabelled(path))
      .concat(
        ["dev2", "dev3", "dev4", "dev5"].flatMap((name) =>
          loadLabelled(LABELLED_PATH.replace("labelled.jsonl", `${name}.jsonl`)),
        ),
      ),
  );
  for (const language of LANGUAGES) {
    it(`${language}: kind accuracy >= ${TARGETS.kindAccuracy}, complaint recall >= ${TARGETS.complaintRecall}, sensitive recall 1, no reply in a third language`, () => {
      const score = all.perLanguage[language];
      const misses = all.misses
        .filter((m) => m.what === "kind" && m.id.includes(`${language}-`))
        .map((m) => `${m.id} ${m.expected} -> ${m.got}: ${m.text}`)
        .join("\n");
      expect(score.support, language).toBeGreaterThanOrEqual(150);
      expect(score.kindAccuracy, misses).toBeGreaterThanOrEqual(TARGETS.kindAccuracy);
      expect(score.complaintRecall, misses).toBeGreaterThanOrEqual(TARGETS.complaintRecall);
      expect(score.sensitiveRecall).toBe(1);
      expect(score.thirdLanguage).toBe(0);
    });
  }

  it("answers the language-detection set (many languages, with and without a pack) never in a third language", () => {
    const detection = loadDetect();
    const result = evaluateDetection(detection);
    expect(detection.length).toBeGreaterThanOrEqual(200);
    expect(result.third.map((t) => `${t.id} (${t.language} -> ${t.got}) ${t.text}`)).toEqual([]);
  });
});
