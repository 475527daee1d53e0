import { describe, expect, it } from "vitest";
import { maskCards, maskSensitive, maskSensitiveValue } from "./mask.ts";
import { findSensitiveValues } from "./sensitive.ts";

/** Each kind of value, what its mask looks like, and the hint the mask is allowed to keep. */
const examples = [
  { text: "write to grace.okafor@example.com", masked: "write to g***@e***.com", value: "grace.okafor@example.com" },
  { text: "mail dana+orders@example.co.uk", masked: "mail d***@e***.co.uk", value: "dana+orders@example.co.uk" },
  { text: "mi correo: lucía.ferrer@ejemplo.es", masked: "mi correo: l***@e***.es", value: "lucía.ferrer@ejemplo.es" },
  { text: "call me on +1 (202) 555-0147", masked: "call me on +1 *** *** **47", value: "+1 (202) 555-0147" },
  {
    text: "o meu telemóvel é +351 912 345 678",
    masked: "o meu telemóvel é +351 *** *** **78",
    value: "+351 912 345 678",
  },
  { text: "mon portable : 06 12 34 56 78", masked: "mon portable : *** *** **78", value: "06 12 34 56 78" },
  { text: "card 4111 1111 1111 1111", masked: "card **** **** **** 1111", value: "4111 1111 1111 1111" },
  { text: "Amex 378282246310005", masked: "Amex **** **** **** 0005", value: "378282246310005" },
  { text: "Order TW-48213", masked: "Order TW-***13", value: "TW-48213" },
  { text: "pedido 48213", masked: "pedido ***13", value: "48213" },
  { text: "commande n° 99812", masked: "commande n° ***12", value: "99812" },
  { text: "please send it to 221 Baker Street", masked: "please send it to [address]", value: "221 Baker Street" },
  { text: "Lieferung bitte an Hauptstraße 5", masked: "Lieferung bitte an [address]", value: "Hauptstraße 5" },
  { text: "mi DNI es 12345678Z", masked: "mi DNI es [national id]", value: "12345678Z" },
  { text: "NIR 2 55 08 14 168 025 38", masked: "NIR [national id]", value: "2 55 08 14 168 025 38" },
  { text: "my SSN is 123-45-6789", masked: "my SSN is [national id]", value: "123-45-6789" },
  { text: "o meu NIF é 123456789", masked: "o meu NIF é [national id]", value: "123456789" },
  { text: "Meine Steuer-ID lautet 86095742719", masked: "Meine Steuer-ID lautet [national id]", value: "86095742719" },
];

const mixedTexts = [
  "I'm grace.okafor@example.com, my mobile is +1 (202) 555-0147 and my address is 221 Baker Street",
  "Card 4111 1111 1111 1111, phone +44 20 7946 0958, order TW-48213 — still nothing!!",
  "Hola, soy Lucía (lucia@ejemplo.es), DNI 12345678Z, pedido 48213, calle Mayor 12, móvil 612 345 678",
  "Bonjour, commande n° 99812, NIR 2 55 08 14 168 025 38, j'habite au 12 rue de Rivoli",
  "Bestellung Nr. 48213, Steuer-ID 86095742719, Hauptstraße 5, Tel. +49 30 901820",
  "Encomenda nº 55555, NIF 123456789, telemóvel +351 912 345 678, mail joao@exemplo.pt",
];

describe("maskSensitive", () => {
  for (const { text, masked } of examples) {
    it(`masks ${JSON.stringify(text)} as ${JSON.stringify(masked)}`, () => {
      // Act
      const result = maskSensitive(text);

      // Assess
      expect(result).toBe(masked);
    });
  }

  it("keeps no more of a value than its hint: no full value, no digits beyond the documented ones", () => {
    // Prepare
    const hintDigits: Record<string, number> = { phone: 2, card: 4, order: 2 };

    for (const { text, value } of examples) {
      const [found] = findSensitiveValues(text);

      // Act
      const masked = maskSensitive(text);

      // Assess
      expect(masked).not.toContain(value);
      expect(findSensitiveValues(masked)).toEqual([]);
      const mask = masked.slice(found?.start);
      const callingCode = /^\+(\d+) /.exec(mask)?.[1] ?? "";
      const keptDigits = mask.slice(callingCode ? callingCode.length + 2 : 0).replace(/\D/g, "");
      expect(keptDigits.length).toBeLessThanOrEqual(hintDigits[found?.kind ?? ""] ?? 0);
    }
  });

  it("keeps only the first letter of an e-mail's local part and of its domain", () => {
    // Act
    const masked = maskSensitive("from jonas.berg@berg-family.de");

    // Assess
    expect(masked).toBe("from j***@b***.de");
    expect(masked).not.toMatch(/jonas|berg/i);
  });

  it("masks every value in a mixed text and leaves the words around them", () => {
    // Prepare
    const text = mixedTexts[0] as string;

    // Act
    const masked = maskSensitive(text);

    // Assess
    expect(masked).toBe("I'm g***@e***.com, my mobile is +1 *** *** **47 and my address is [address]");
  });

  it("masks values that follow each other closely, each with its own mask", () => {
    // Prepare
    const text = mixedTexts[2] as string;

    // Act
    const masked = maskSensitive(text);

    // Assess
    expect(masked).toBe(
      "Hola, soy Lucía (l***@e***.es), DNI [national id], pedido ***13, [address], móvil *** *** **78",
    );
  });

  it("leaves nothing sensitive in texts that mix kinds and languages", () => {
    // Act
    const masked = mixedTexts.map((text) => maskSensitive(text));

    // Assess
    for (const text of masked) expect(findSensitiveValues(text)).toEqual([]);
    expect(masked.join(" ")).not.toMatch(/grace|okafor|lucia|joao|12345678Z|48213|99812|55555|Baker|Rivoli|Mayor/i);
  });

  it("is idempotent: masking masked text changes nothing", () => {
    // Prepare
    const texts = [...examples.map(({ text }) => text), ...mixedTexts];

    // Act
    const twice = texts.map((text) => maskSensitive(maskSensitive(text)));

    // Assess
    expect(twice).toEqual(texts.map((text) => maskSensitive(text)));
  });

  it("stays idempotent with an order pattern from config that matches its own masks", () => {
    // Prepare
    const options = { orderPatterns: [/\bTW-\S+/, /\bref\s+(?<value>R\d{6})\b/i] };
    const text = "Order TW-48213, ref R123456";

    // Act
    const once = maskSensitive(text, options);
    const twice = maskSensitive(once, options);

    // Assess
    expect(once).not.toMatch(/48213|123456/);
    expect(twice).toBe(once);
  });

  it("leaves a text without account data as it is", () => {
    // Prepare
    const texts = ["19 days since I ordered, it cost $129.99", "Where is my order?", "", "delivered on 2026-03-01"];

    // Act
    const masked = texts.map((text) => maskSensitive(text));

    // Assess
    expect(masked).toEqual(texts);
  });
});

describe("maskSensitiveValue", () => {
  it("masks one value of each kind", () => {
    // Act
    const masks = [
      maskSensitiveValue({ kind: "email", value: "grace@example.com" }),
      maskSensitiveValue({ kind: "phone", value: "+44 20 7946 0958" }),
      maskSensitiveValue({ kind: "card", value: "5500-0000-0000-0004" }),
      maskSensitiveValue({ kind: "order", value: "#123456" }),
      maskSensitiveValue({ kind: "address", value: "calle Mayor 12" }),
      maskSensitiveValue({ kind: "national-id", value: "X1234567L" }),
    ];

    // Assess
    expect(masks).toEqual([
      "g***@e***.com",
      "+44 *** *** **58",
      "**** **** **** 0004",
      "#***56",
      "[address]",
      "[national id]",
    ]);
  });
});

describe("maskCards", () => {
  it("masks full card numbers only, keeping what a person answering needs", () => {
    // Act
    const masked = maskCards(
      "Charged twice on 4111 1111 1111 1111 and 5555-5555-5555-4444, card ending 4242, order TW-48213, ana@example.com",
    );

    // Assess
    expect(masked).toBe(
      "Charged twice on **** **** **** 1111 and **** **** **** 4444, card ending 4242, order TW-48213, ana@example.com",
    );
    expect(maskCards(masked)).toBe(masked);
  });
});
