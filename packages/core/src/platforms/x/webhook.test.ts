import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sign } from "../../../../../test/support/sign.mjs";
import { DomainError } from "../../errors.ts";
import { statusOf } from "../../http/statuses.ts";
import { verifyXSignature, xHandshake } from "./webhook.ts";

const fixture = (name: string) => readFileSync(new URL(`../../../../../test/fixtures/x/${name}`, import.meta.url));
const fixtureNames = ["direct-message-events.json", "tweet-create-brand-own.json", "tweet-create-mention-reply.json"];

const consumerSecret = "xq8TzR1vK3mN5pL7wE9yU2iO4aS6dF0gH8jB3nC5vX7zQ1wE";

/** The x-twitter-webhooks-signature value X would send for these bytes. */
const xHeader = (secret: string, body: Buffer): string => {
  const [[name, value] = ["", ""]] = sign("x", secret, body);
  expect(name).toBe("x-twitter-webhooks-signature");
  return value;
};

/** The CRC answer X expects, exactly as sign.mjs serialises it. */
const expectedCrcBody = (secret: string, token: string): string => JSON.stringify(sign("x-crc", secret, token));

const crcRequest = (query: Record<string, string | undefined>) => ({
  method: "GET",
  query,
  headers: {},
  body: Buffer.alloc(0),
  receivedAt: "2026-03-12T12:00:00.000Z",
});

/** Runs `act` and returns the DomainError it throws, failing the test when it throws nothing or something else. */
const domainErrorOf = (act: () => unknown): DomainError => {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error("expected a DomainError, nothing was thrown");
};

describe("xHandshake (CRC)", () => {
  it("answers X's challenge with the response token, byte for byte, as JSON", () => {
    // Prepare
    const token = "ZTkyMzE4ZjAtYTg2Ny00YjZmLWI3ODctNDYxNTc2M2E4NmQ2";

    // Act
    const answer = xHandshake(crcRequest({ crc_token: token }), consumerSecret);

    // Assess
    expect(answer.contentType).toBe("application/json");
    expect(answer.body).toBe(expectedCrcBody(consumerSecret, token));
    expect(answer.body).toMatch(/^\{"response_token":"sha256=[A-Za-z0-9+/]{43}="\}$/);
  });

  it("answers tokens of any shape X may send: base64 punctuation, long, short, non-ASCII", () => {
    // Prepare
    const tokens = ["a+b/c==", "x".repeat(2048), "1", "tøken-ñ-✓", "with space & ampersand"];

    // Act
    const bodies = tokens.map((token) => xHandshake(crcRequest({ crc_token: token }), consumerSecret).body);

    // Assess
    expect(bodies).toEqual(tokens.map((token) => expectedCrcBody(consumerSecret, token)));
  });

  it("keys the answer with the consumer secret: another secret gives another token", () => {
    // Prepare
    const request = crcRequest({ crc_token: "abc123" });

    // Act
    const ours = xHandshake(request, consumerSecret).body;
    const theirs = xHandshake(request, "someone-elses-secret").body;

    // Assess
    expect(ours).not.toBe(theirs);
    expect(theirs).toBe(expectedCrcBody("someone-elses-secret", "abc123"));
  });

  it("refuses a GET without a crc_token (400), answering no token at all", () => {
    // Prepare
    const queries = [{}, { crc_token: "" }, { "hub.challenge": "42" }];

    // Act
    const errors = queries.map((query) => domainErrorOf(() => xHandshake(crcRequest(query), consumerSecret)));

    // Assess
    expect(errors.map((e) => [statusOf(e), e.code])).toEqual(queries.map(() => [400, "bad_handshake"]));
  });
});

describe("verifyXSignature", () => {
  const body = fixture("tweet-create-mention-reply.json");

  it("accepts every X fixture signed the way X signs it, each over its exact bytes", () => {
    // Act / Assess
    for (const name of fixtureNames) {
      const bytes = fixture(name);
      expect(() => verifyXSignature(bytes, xHeader(consumerSecret, bytes), consumerSecret), name).not.toThrow();
    }
  });

  it("rejects a signature made with another secret (401)", () => {
    // Prepare
    const header = xHeader("not-the-consumer-secret", body);

    // Act
    const error = domainErrorOf(() => verifyXSignature(body, header, consumerSecret));

    // Assess
    expect(statusOf(error)).toBe(401);
    expect(error.code).toBe("bad_signature");
  });

  it("rejects a body with one byte changed after signing (401)", () => {
    // Prepare
    const header = xHeader(consumerSecret, body);
    const tampered = Buffer.from(body);
    tampered[tampered.indexOf("19 days")] = "9".charCodeAt(0);

    // Act
    const error = domainErrorOf(() => verifyXSignature(tampered, header, consumerSecret));

    // Assess
    expect(statusOf(error)).toBe(401);
    expect(error.code).toBe("bad_signature");
  });

  it("rejects the same JSON re-serialized: the signature covers the bytes as sent", () => {
    // Prepare: re-serializing also rounds the numeric ids above 2^53, as any JSON reader would.
    const header = xHeader(consumerSecret, body);
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(body.toString("utf8")), null, 2));

    // Act
    const error = domainErrorOf(() => verifyXSignature(reserialized, header, consumerSecret));

    // Assess
    expect(statusOf(error)).toBe(401);
  });

  it("rejects a delivery without the header (401, missing_signature)", () => {
    // Act
    const errors = [undefined, "", "   "].map((header) =>
      domainErrorOf(() => verifyXSignature(body, header, consumerSecret)),
    );

    // Assess
    expect(errors.map((e) => [statusOf(e), e.code])).toEqual([
      [401, "missing_signature"],
      [401, "missing_signature"],
      [401, "missing_signature"],
    ]);
  });

  it("rejects the right digest in any other spelling: hex, unpadded, bare, sha1=, followed by anything", () => {
    // Prepare
    const value = xHeader(consumerSecret, body);
    const digest = value.slice("sha256=".length);
    const hex = Buffer.from(digest, "base64").toString("hex");
    const headers = [
      `sha256=${hex}`,
      `sha256=${digest.replace(/=$/, "")}`,
      digest,
      `sha1=${digest}`,
      `SHA256=${digest}`,
      `${value},sha256=${digest}`,
      `${value}=`,
      `sha256=${digest.slice(0, 20)}`,
    ];

    // Act
    const statuses = headers.map((header) =>
      statusOf(domainErrorOf(() => verifyXSignature(body, header, consumerSecret))),
    );

    // Assess
    expect(statuses).toEqual(headers.map(() => 401));
  });

  it("accepts the header with surrounding whitespace, as proxies sometimes leave it", () => {
    // Prepare
    const header = ` ${xHeader(consumerSecret, body)} `;

    // Act / Assess
    expect(() => verifyXSignature(body, header, consumerSecret)).not.toThrow();
  });

  it("checks an empty body and a body of emoji, RTL text and NUL like any other", () => {
    // Prepare
    const empty = Buffer.alloc(0);
    const unusual = Buffer.from('{"text":"שלום 👩‍👩‍👧 مرحبا \\u0000 e\u0301"}');

    // Act / Assess
    expect(() => verifyXSignature(empty, xHeader(consumerSecret, empty), consumerSecret)).not.toThrow();
    expect(() => verifyXSignature(unusual, xHeader(consumerSecret, unusual), consumerSecret)).not.toThrow();
    expect(statusOf(domainErrorOf(() => verifyXSignature(empty, xHeader(consumerSecret, body), consumerSecret)))).toBe(
      401,
    );
  });
});
