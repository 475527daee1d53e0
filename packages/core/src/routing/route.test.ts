import { describe, expect, it } from "vitest";
import { parseConfig } from "../config/load.ts";
import { compileRoutes, type RoutingInput } from "./route.ts";

const queue = (id: string) => ({
  id,
  firstResponseTarget: "PT1H",
  escalateAfter: "PT10M",
  responders: [{ name: `${id} on-call`, pagerduty: { routingKey: `key-${id}` } }],
});

/** A router over the given routes, with queues billing, spanish, vip, privacy and the default care. */
const routerFor = (routes: unknown[]) =>
  compileRoutes(
    parseConfig({
      brand: { name: "Tidewell Goods", signature: "Dana, Tidewell Care" },
      queues: ["billing", "spanish", "vip", "privacy", "care"].map(queue),
      routes,
      defaultQueue: "care",
    }),
  );

const input = (overrides: Partial<RoutingInput> = {}): RoutingInput => ({
  text: "Hello",
  platform: "facebook",
  kind: "complaint",
  language: "en",
  sensitive: false,
  ...overrides,
});

describe("compileRoutes", () => {
  it("sends an item no route matches to the default queue, with no route index", () => {
    // Prepare
    const route = routerFor([{ match: { keywords: ["refund"] }, queue: "billing" }]);

    // Act
    const decision = route(input({ text: "Do you ship to Canada?" }));

    // Assess
    expect(decision).toEqual({ queue: "care", routeIndex: null });
  });

  it("uses the default queue when there are no routes at all", () => {
    // Act
    const decision = routerFor([])(input({ text: "refund" }));

    // Assess
    expect(decision).toEqual({ queue: "care", routeIndex: null });
  });

  it("lets the first matching route win, in config order", () => {
    // Prepare
    const route = routerFor([
      { match: { keywords: ["lamp"] }, queue: "vip" },
      { match: { keywords: ["refund"] }, queue: "billing" },
      { match: { keywords: ["refund"] }, queue: "spanish" },
    ]);

    // Act
    const refund = route(input({ text: "I want a refund" }));
    const both = route(input({ text: "refund for the lamp" }));

    // Assess
    expect(refund).toEqual({ queue: "billing", routeIndex: 1 });
    expect(both).toEqual({ queue: "vip", routeIndex: 0 });
  });

  it("matches keywords case-insensitively, next to punctuation", () => {
    // Prepare
    const route = routerFor([{ match: { keywords: ["refund", "Invoice"] }, queue: "billing" }]);

    // Act
    const queues = ["Refund!", "REFUND", "(refund)", "#refund", "where is my invoice?", "INVOICE."].map(
      (text) => route(input({ text })).queue,
    );

    // Assess
    expect(queues).toEqual(["billing", "billing", "billing", "billing", "billing", "billing"]);
  });

  it("matches whole words only", () => {
    // Prepare
    const route = routerFor([{ match: { keywords: ["refund", "charge"] }, queue: "billing" }]);

    // Act
    const queues = ["They refunded me already", "non-refundable?", "prerefund", "I was charged", "surcharge"].map(
      (text) => route(input({ text })).queue,
    );

    // Assess
    expect(queues).toEqual(["care", "care", "care", "care", "care"]);
  });

  it("matches accented keywords as written, in any case, but not inside longer words", () => {
    // Prepare
    const route = routerFor([
      { match: { keywords: ["reembolso", "devolución", "remboursement", "rückerstattung"] }, queue: "billing" },
    ]);

    // Act
    const matched = [
      "Quiero un REEMBOLSO ya",
      "¿Y mi devolución?",
      "DEVOLUCIÓN pendiente",
      "remboursement svp",
      "Wo bleibt die Rückerstattung?",
    ].map((text) => route(input({ text })).queue);
    const unmatched = ["reembolsos", "remboursements", "Rückerstattungen"].map((text) => route(input({ text })).queue);

    // Assess
    expect(matched).toEqual(["billing", "billing", "billing", "billing", "billing"]);
    expect(unmatched).toEqual(["care", "care", "care"]);
  });

  // Some keyboards and copy-paste produce "o" + combining accent (NFD) for "ó": both spellings must match.
  it("matches an accented keyword in text written with combining accents", () => {
    // Prepare
    const route = routerFor([{ match: { keywords: ["devolución"] }, queue: "billing" }]);

    // Act
    const decision = route(input({ text: "mi devolucio\u0301n".normalize("NFD") }));

    // Assess
    expect(decision.queue).toBe("billing");
  });

  it("matches multi-word phrases across any spacing, but not their words apart", () => {
    // Prepare
    const route = routerFor([{ match: { keywords: ["charged twice", "money back"] }, queue: "billing" }]);

    // Act
    const matched = ["I was CHARGED TWICE", "charged\ntwice", "charged   twice", "I want my money back!"].map(
      (text) => route(input({ text })).queue,
    );
    const unmatched = ["charged me twice", "twice charged", "moneyback"].map((text) => route(input({ text })).queue);

    // Assess
    expect(matched).toEqual(["billing", "billing", "billing", "billing"]);
    expect(unmatched).toEqual(["care", "care", "care"]);
  });

  it("filters on platform, one or several", () => {
    // Prepare
    const route = routerFor([
      { match: { platform: "messenger" }, queue: "privacy" },
      { match: { platform: ["x", "instagram"] }, queue: "vip" },
    ]);

    // Act
    const queues = (["messenger", "x", "instagram", "facebook"] as const).map(
      (platform) => route(input({ platform })).queue,
    );

    // Assess
    expect(queues).toEqual(["privacy", "vip", "vip", "care"]);
  });

  it("filters on kind, one or several", () => {
    // Prepare
    const route = routerFor([
      { match: { kind: "complaint" }, queue: "vip" },
      { match: { kind: ["question", "praise"] }, queue: "spanish" },
    ]);

    // Act
    const queues = (["complaint", "question", "praise", "spam", "other"] as const).map(
      (kind) => route(input({ kind })).queue,
    );

    // Assess
    expect(queues).toEqual(["vip", "spanish", "spanish", "care", "care"]);
  });

  it("filters on language, one or several", () => {
    // Prepare
    const route = routerFor([
      { match: { language: "es" }, queue: "spanish" },
      { match: { language: ["fr", "de"] }, queue: "vip" },
    ]);

    // Act
    const queues = ["es", "fr", "de", "en", "pt"].map((language) => route(input({ language })).queue);

    // Assess
    expect(queues).toEqual(["spanish", "vip", "vip", "care", "care"]);
  });

  it("filters on sensitive data, true or false", () => {
    // Prepare
    const sensitiveOnly = routerFor([{ match: { sensitive: true }, queue: "privacy" }]);
    const plainOnly = routerFor([{ match: { sensitive: false }, queue: "vip" }]);

    // Act / Assess
    expect(sensitiveOnly(input({ sensitive: true })).queue).toBe("privacy");
    expect(sensitiveOnly(input({ sensitive: false })).queue).toBe("care");
    expect(plainOnly(input({ sensitive: false })).queue).toBe("vip");
    expect(plainOnly(input({ sensitive: true })).queue).toBe("care");
  });

  it("needs every condition of a route to hold", () => {
    // Prepare
    const route = routerFor([
      {
        match: { keywords: ["reembolso"], platform: "facebook", kind: "complaint", language: "es", sensitive: false },
        queue: "spanish",
      },
    ]);
    const spanishRefund = input({ text: "Quiero mi reembolso", language: "es" });

    // Act
    const all = route(spanishRefund);
    const misses = [
      route({ ...spanishRefund, text: "Quiero mi dinero" }),
      route({ ...spanishRefund, platform: "messenger" }),
      route({ ...spanishRefund, kind: "question" }),
      route({ ...spanishRefund, language: "pt" }),
      route({ ...spanishRefund, sensitive: true }),
    ];

    // Assess
    expect(all).toEqual({ queue: "spanish", routeIndex: 0 });
    expect(misses.map((d) => d.queue)).toEqual(["care", "care", "care", "care", "care"]);
  });

  it("routes the sample config's refund keywords to billing", () => {
    // Prepare: the keywords of responder.config.json.
    const route = routerFor([
      { match: { keywords: ["refund", "charged", "invoice", "reembolso", "remboursement"] }, queue: "billing" },
    ]);

    // Act
    const queues = [
      "I was charged for a lamp I never got",
      "¿Cuándo llega mi reembolso?",
      "Où est mon remboursement ?",
      "Do you ship to Canada?",
    ].map((text) => route(input({ text })).queue);

    // Assess
    expect(queues).toEqual(["billing", "billing", "billing", "care"]);
  });
});
