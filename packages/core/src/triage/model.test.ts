import { describe, expect, it } from "vitest";
import { modelJson, type TrainingLine, trainKindModel } from "../../../../scripts/train-triage.ts";
import { classify } from "./classify.ts";
import { type KindModel, kindFeatures, kindModel, scoreKinds } from "./model.ts";

const toy: TrainingLine[] = [
  ...["my parcel never came", "parcel never arrived again", "never came, where is it", "still never came"].map(
    (text, i) => ({ id: `c${i}`, text, kind: "complaint" as const, source: "corpus" as const }),
  ),
  ...["do you open on sunday", "do you ship to malta", "do you sell gift cards", "do you open late"].map((text, i) => ({
    id: `q${i}`,
    text,
    kind: "question" as const,
    source: "corpus" as const,
  })),
  ...["lovely team, thanks", "thanks, lovely service", "lovely lamp thanks", "thanks again lovely"].map((text, i) => ({
    id: `p${i}`,
    text,
    kind: "praise" as const,
    source: "corpus" as const,
  })),
];

describe("kindFeatures", () => {
  it("folds accents and case, and turns numbers, links and mentions into placeholders", () => {
    // Act
    const features = kindFeatures("@ana_b ¡DEVOLUCIÓN ya! 45 días, mira https://x.example/a?b=1");

    // Assess
    expect(features).toEqual(
      expect.arrayContaining([
        "w:zmention",
        "w:devolucion",
        "w:0",
        "b:0 dias",
        "w:zlink",
        "w:!",
        "p:devol",
        "s:zmention",
      ]),
    );
    expect(features.some((f) => /45|https|ana_b|ó/.test(f))).toBe(false);
    expect(new Set(features).size).toBe(features.length);
  });

  it("gives the same features to the composed and decomposed spelling of an accent", () => {
    expect(kindFeatures("devolução".normalize("NFD"))).toEqual(kindFeatures("devolução".normalize("NFC")));
    expect(kindFeatures("devolução")).toContain("w:devolucao");
  });
});

describe("trainKindModel and scoreKinds", () => {
  it("learns kinds from examples and scores unseen texts with probabilities that sum to 1", () => {
    // Act
    const model = trainKindModel(toy, { minCount: 1 });
    const complaint = scoreKinds("it never came", model);
    const question = scoreKinds("do you deliver on sunday", model);

    // Assess
    const sum = Object.values(complaint.probabilities).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(complaint.probabilities.complaint).toBeGreaterThan(0.5);
    expect(question.probabilities.question).toBeGreaterThan(0.5);
    expect(complaint.evidence("complaint")).toContain("never");
  });

  it("trains the same model from the same lines every time (seeded order, fixed passes)", () => {
    // Act
    const first = modelJson(trainKindModel(toy, { minCount: 1 }));
    const second = modelJson(trainKindModel(toy, { minCount: 1 }));

    // Assess
    expect(second).toBe(first);
    expect(JSON.parse(first)).toMatchObject({ kinds: ["complaint", "question", "praise", "spam", "other"] });
  });

  it("names only features that pushed towards the kind as evidence", () => {
    // Prepare
    const model: KindModel = {
      kinds: ["complaint", "question", "praise", "spam", "other"],
      bias: [0, 0, 0, 0, 0],
      weights: { "w:broken": [2, 0, -1, 0, 0], "w:thanks": [-1, 0, 2, 0, 0], "w:lamp": [0.5, 0, 0.1, 0, 0] },
    };

    // Act
    const scores = scoreKinds("broken lamp, thanks", model);

    // Assess
    expect(scores.evidence("complaint")).toEqual(["broken", "lamp"]);
    expect(scores.evidence("praise")).toEqual(["thanks", "lamp"]);
  });
});

describe("classify with the model", () => {
  it("calls a message a complaint when the model is confident although no rule matched, and says why", () => {
    // Prepare: a model that knows only that "beige" means trouble.
    const model: KindModel = {
      kinds: ["complaint", "question", "praise", "spam", "other"],
      bias: [0, 0, 0, 0, 0],
      weights: { "w:beige": [4, 0, 0, 0, 0] },
    };

    // Act
    const result = classify("Ordered the sofa in grey and it is beige", { model });
    const praised = classify("Ordered the sofa in grey and it is beige", {
      model: { ...model, weights: { "w:beige": [0, 0, 4, 0, 0] } },
    });

    // Assess
    expect(result.kind).toBe("complaint");
    expect(result.reasons).toContain('model: complaint 0.93 ("beige")');
    expect(praised.kind).toBe("praise");
  });

  it("needs more of the model to overrule praise the rules found than to find a complaint in plain text", () => {
    // Prepare: models giving "team" a complaint probability of about 0.6 and 0.8.
    const modelWith = (weight: number): KindModel => ({
      kinds: ["complaint", "question", "praise", "spam", "other"],
      bias: [0, 0, 0, 0, 0],
      weights: { "w:team": [weight, 0, 0, 0, 0] },
    });

    // Act
    const doubtful = classify("Great job team 👏", { model: modelWith(1.8) });
    const sarcastic = classify("Great job team 👏", { model: modelWith(2.8) });

    // Assess: praise (not thanked automatically, its complaint chance is high), then a complaint.
    expect(doubtful).toMatchObject({ kind: "praise", complaintChance: 0.6 });
    expect(sarcastic.kind).toBe("complaint");
  });

  it("calls a message no rule reads a complaint when the model is sure of nothing else", () => {
    // Prepare: a model with no opinion gives each kind 0.2.
    const model: KindModel = {
      kinds: ["complaint", "question", "praise", "spam", "other"],
      bias: [0, 0, 0, 0, 0],
      weights: {},
    };

    // Act
    const result = classify("Les boutons de la veste sont tombés", { model });

    // Assess
    expect(result.kind).toBe("complaint");
    expect(result.reasons).toContain("nothing else is likely");
  });

  it("ships a model that is small enough for a Lambda bundle and was trained on every kind", () => {
    expect(Object.keys(kindModel.weights).length).toBeGreaterThan(1000);
    // About 33k features in hundredths for twelve languages (Japanese with character pairs): some 1.2 MB of JSON, 40%
    // of the router's 3 MB bundle. More than 1.5 MB would be worth pruning (a higher `minCount` halves it, at a cost
    // of about a point on the held-out sets).
    expect(JSON.stringify(kindModel).length).toBeLessThan(1.5 * 1024 * 1024);
    for (let k = 0; k < 5; k++) {
      expect(Object.values(kindModel.weights).some((row) => (row[k] as number) > 0.5)).toBe(true);
    }
  });
});
