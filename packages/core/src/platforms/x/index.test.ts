import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sign } from "../../../../../test/support/sign.mjs";
import { PlatformDisabled } from "../errors.ts";
import { x } from "./index.ts";

const secret = "consumer-secret-for-tests";
const env = { X_CONSUMER_SECRET: secret, X_ACCESS_TOKEN: "user-token" };
const body = readFileSync(new URL("../../../../../test/fixtures/x/tweet-create-mention-reply.json", import.meta.url));

const request = (method: string, query: Record<string, string> = {}, headers: Record<string, string> = {}) => ({
  method,
  query,
  headers,
  body,
  receivedAt: "2026-03-12T12:00:00.000Z",
});

describe("the X platform", () => {
  it("is on only when the consumer secret is set", () => {
    // Act
    const states = [{}, { X_CONSUMER_SECRET: "" }, { X_ACCESS_TOKEN: "t" }, { X_CONSUMER_SECRET: secret }].map((e) =>
      x.enabled(e),
    );

    // Assess
    expect(states).toEqual([false, false, false, true]);
  });

  it("declares the secrets it reads and the X API's real address as the default", () => {
    // Assess
    expect(x.source).toBe("x");
    expect(x.env.secrets).toEqual(["X_CONSUMER_SECRET", "X_ACCESS_TOKEN"]);
    expect(x.env.urls).toEqual({ X_API_URL: "https://api.x.com" });
  });

  it("answers the CRC and verifies deliveries with the consumer secret from the environment", () => {
    // Act
    const answer = x.handshake?.(request("GET", { crc_token: "abc" }), env);
    const verify = () =>
      x.verify(request("POST", {}, Object.fromEntries(sign("x", secret, body)) as Record<string, string>), env);
    const forged = () =>
      x.verify(request("POST", {}, Object.fromEntries(sign("x", "other", body)) as Record<string, string>), env);

    // Assess
    expect(answer?.body).toBe(JSON.stringify(sign("x-crc", secret, "abc")));
    expect(verify).not.toThrow();
    expect(forged).toThrow(/does not match/);
  });

  it("never checks a signature against an empty secret", () => {
    // Prepare: a body signed with the empty key, as anyone could.
    const headers = Object.fromEntries(sign("x", "", body)) as Record<string, string>;

    // Act / Assess
    expect(() => x.verify(request("POST", {}, headers), {})).toThrow(PlatformDisabled);
    expect(() => x.handshake?.(request("GET", { crc_token: "abc" }), {})).toThrow(PlatformDisabled);
  });

  it("replies as x only with the access token set", () => {
    // Act
    const without = x.replySenders({ X_CONSUMER_SECRET: secret });
    const withToken = x.replySenders(env);

    // Assess
    expect(without).toEqual({});
    expect(Object.keys(withToken)).toEqual(["x"]);
  });

  it("holds public replies to X's 280 weighted characters and DMs to 10,000", () => {
    // Prepare
    const rules = x.channels.x;

    // Act
    const lengths = ["a".repeat(280), "🙏", "日本", "see https://tidewell.example/help/orders/123456789"].map((text) =>
      rules?.public?.countCharacters?.(text),
    );

    // Assess
    expect(rules?.public?.maxLength).toBe(280);
    expect(rules?.private?.maxLength).toBe(10_000);
    expect(lengths).toEqual([280, 2, 4, 4 + 23]);
  });
});
