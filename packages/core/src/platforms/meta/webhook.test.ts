import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../errors.ts";
import { statusOf } from "../../http/statuses.ts";
import { verifyHandshake, verifySignature } from "./webhook.ts";

type Sign = (scheme: string, secret: string, body: Buffer) => [string, string][];
// sign.mjs ships without type declarations; a computed specifier keeps the type checker out of it.
const signModuleUrl = new URL("../../../../../test/support/sign.mjs", import.meta.url).href;
const { sign } = (await import(signModuleUrl)) as { sign: Sign };

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../../test/fixtures/meta-page/${name}`, import.meta.url));

const appSecret = "0f5c2b7e9a1d4c3b8e6f";

/** The X-Hub-Signature-256 value Meta would send for these bytes. */
const metaHeader = (secret: string, body: Buffer): string => {
  const [[name, value] = ["", ""]] = sign("meta", secret, body);
  expect(name.toLowerCase()).toBe("x-hub-signature-256");
  return value;
};

/** Runs `act` and returns the DomainError it throws, failing the test when it throws nothing or something else. */
const domainErrorOf = (act: () => unknown): DomainError => {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error("expected an DomainError, nothing was thrown");
};

describe("verifyHandshake", () => {
  const verifyToken = "tidewell-verify-7f3a";

  it("answers Meta's subscription GET with the challenge when the verify token matches", () => {
    // Prepare
    const query = { "hub.mode": "subscribe", "hub.verify_token": verifyToken, "hub.challenge": "1158201444" };

    // Act
    const answer = verifyHandshake(query, verifyToken);

    // Assess
    expect(answer).toBe("1158201444");
  });

  it("refuses a wrong verify token with 403", () => {
    // Prepare
    const query = { "hub.mode": "subscribe", "hub.verify_token": "someone-else", "hub.challenge": "42" };

    // Act
    const error = domainErrorOf(() => verifyHandshake(query, verifyToken));

    // Assess
    expect(statusOf(error)).toBe(403);
    expect(error.code).toBe("wrong_verify_token");
  });

  it("refuses a verify token that only shares a prefix with the real one", () => {
    // Prepare: a shorter and a longer token, so a length shortcut cannot let either through.
    const shorter = { "hub.mode": "subscribe", "hub.verify_token": verifyToken.slice(0, -1), "hub.challenge": "42" };
    const longer = { "hub.mode": "subscribe", "hub.verify_token": `${verifyToken}x`, "hub.challenge": "42" };

    // Act
    const errors = [shorter, longer].map((query) => domainErrorOf(() => verifyHandshake(query, verifyToken)));

    // Assess
    expect(errors.map((e) => statusOf(e))).toEqual([403, 403]);
  });

  it("answers 400 when the challenge is missing or empty", () => {
    // Prepare
    const missing = { "hub.mode": "subscribe", "hub.verify_token": verifyToken };
    const empty = { "hub.mode": "subscribe", "hub.verify_token": verifyToken, "hub.challenge": "" };

    // Act
    const errors = [missing, empty].map((query) => domainErrorOf(() => verifyHandshake(query, verifyToken)));

    // Assess
    expect(errors.map((e) => statusOf(e))).toEqual([400, 400]);
    expect(errors.map((e) => e.code)).toEqual(["bad_handshake", "bad_handshake"]);
  });

  it("answers 400 when the mode is not subscribe", () => {
    // Prepare
    const modes = ["unsubscribe", "SUBSCRIBE", undefined];

    // Act
    const errors = modes.map((mode) =>
      domainErrorOf(() =>
        verifyHandshake({ "hub.mode": mode, "hub.verify_token": verifyToken, "hub.challenge": "42" }, verifyToken),
      ),
    );

    // Assess
    expect(errors.map((e) => statusOf(e))).toEqual([400, 400, 400]);
  });

  it("does not answer the challenge when no verify token is sent", () => {
    // Prepare
    const query = { "hub.mode": "subscribe", "hub.challenge": "42" };

    // Act
    const error = domainErrorOf(() => verifyHandshake(query, verifyToken));

    // Assess
    expect([400, 403]).toContain(statusOf(error));
  });
});

describe("verifySignature", () => {
  const body = fixture("feed-comment-add.json");

  it("accepts a fixture signed the way Meta signs it", () => {
    // Prepare
    const header = metaHeader(appSecret, body);

    // Act / Assess
    expect(() => verifySignature(body, header, appSecret)).not.toThrow();
  });

  it("accepts every Meta Page fixture, each over its exact bytes", () => {
    // Prepare
    const names = [
      "feed-batch-two-entries.json",
      "feed-comment-add.json",
      "feed-comment-edited.json",
      "feed-comment-page-reply.json",
      "feed-comment-removed.json",
      "messenger-message-echo.json",
      "messenger-message.json",
    ];

    // Act / Assess
    for (const name of names) {
      const bytes = fixture(name);
      expect(() => verifySignature(bytes, metaHeader(appSecret, bytes), appSecret), name).not.toThrow();
    }
  });

  it("rejects a signature made with another secret (401)", () => {
    // Prepare
    const header = metaHeader("not-the-app-secret", body);

    // Act
    const error = domainErrorOf(() => verifySignature(body, header, appSecret));

    // Assess
    expect(statusOf(error)).toBe(401);
    expect(error.code).toBe("bad_signature");
  });

  it("rejects a body with one byte changed after signing (401)", () => {
    // Prepare
    const header = metaHeader(appSecret, body);
    const tampered = Buffer.from(body);
    const at = tampered.indexOf("WHERE IS IT");
    tampered[at] = "w".charCodeAt(0);

    // Act
    const error = domainErrorOf(() => verifySignature(tampered, header, appSecret));

    // Assess
    expect(statusOf(error)).toBe(401);
  });

  it("rejects the same JSON re-serialized: the signature covers the bytes as sent", () => {
    // Prepare
    const header = metaHeader(appSecret, body);
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(body.toString("utf8"))));

    // Act
    const error = domainErrorOf(() => verifySignature(reserialized, header, appSecret));

    // Assess
    expect(statusOf(error)).toBe(401);
  });

  it("rejects a request without the header (401)", () => {
    // Act
    const errors = [undefined, ""].map((header) => domainErrorOf(() => verifySignature(body, header, appSecret)));

    // Assess
    expect(errors.map((e) => statusOf(e))).toEqual([401, 401]);
    expect(errors[0]?.code).toBe("missing_signature");
  });

  it("rejects the older sha1= header, even carrying a correct SHA-256 digest", () => {
    // Prepare
    const digest = metaHeader(appSecret, body).slice("sha256=".length);

    // Act
    const error = domainErrorOf(() => verifySignature(body, `sha1=${digest}`, appSecret));

    // Assess
    expect(statusOf(error)).toBe(401);
  });

  it("accepts the right digest written in uppercase hex", () => {
    // Prepare
    const digest = metaHeader(appSecret, body).slice("sha256=".length);

    // Act / Assess
    expect(() => verifySignature(body, `sha256=${digest.toUpperCase()}`, appSecret)).not.toThrow();
  });

  it("rejects a digest that is not hex, or too short, or followed by anything", () => {
    // Prepare
    const digest = metaHeader(appSecret, body).slice("sha256=".length);
    const headers = [
      `sha256=${"z".repeat(64)}`,
      `sha256=${digest.slice(0, 63)}`,
      `sha256=${digest}0`,
      `sha256=${digest},sha1=abc`,
      digest,
      `sha256=${Buffer.from(digest, "hex").toString("base64")}`,
    ];

    // Act
    const statuses = headers.map((header) => statusOf(domainErrorOf(() => verifySignature(body, header, appSecret))));

    // Assess
    expect(statuses).toEqual(headers.map(() => 401));
  });

  it("checks an empty body like any other", () => {
    // Prepare
    const empty = Buffer.alloc(0);

    // Act / Assess
    expect(() => verifySignature(empty, metaHeader(appSecret, empty), appSecret)).not.toThrow();
    expect(statusOf(domainErrorOf(() => verifySignature(empty, metaHeader(appSecret, body), appSecret)))).toBe(401);
  });
});
