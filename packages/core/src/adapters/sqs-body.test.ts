import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeSqsBody } from "./sqs-body.ts";

// What SQS accepts in a message body, and what the local emulator accepts (the Basic Multilingual Plane only).
const SQS_ALLOWED = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const EMULATOR_ALLOWED = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD]*$/;

describe("encodeSqsBody", () => {
  it("writes emoji, U+FFFE/U+FFFF, controls and lone surrogates so that both queues accept them", () => {
    // Prepare
    const value = { text: "Thanks a lot 🙄 👩‍👩‍👧 🇳🇬 \uFFFE\uFFFF \u0000\u0007 \uD800 \uDC00 𠀋" };

    // Act
    const body = encodeSqsBody(value);

    // Assess
    expect(body).toMatch(EMULATOR_ALLOWED);
    expect(JSON.parse(body)).toEqual(value);
  });

  it("gives back exactly the value for any string, and only characters SQS and the emulator accept", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.string({ unit: fc.nat(0xffff).map((n) => String.fromCharCode(n)) }),
        (a, b) => {
          const value = { a, b, nested: [{ b }] };
          const body = encodeSqsBody(value);
          expect(body).toMatch(SQS_ALLOWED);
          expect(body).toMatch(EMULATOR_ALLOWED);
          expect(JSON.parse(body)).toEqual(value);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("leaves text that needs no escape as JSON.stringify writes it", () => {
    const value = { text: "Où est ma commande ? 注文 طلبي" };
    expect(encodeSqsBody(value)).toBe(JSON.stringify(value));
  });
});
