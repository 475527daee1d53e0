import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sign } from "../../../../test/support/sign.mjs";
import { DomainError } from "../errors.ts";
import { statusOf } from "../http/statuses.ts";
import { verifyStandardWebhook } from "./standard-webhooks.ts";

const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/generic/${name}`, import.meta.url));

const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const otherSecret = "whsec_dGhpcyBpcyBzb21lb25lIGVsc2UncyBrZXk=";
const body = fixture("complaint-created-email.json");

/** Unix seconds, `offsetSeconds` from now. */
const secondsFromNow = (offsetSeconds: number) => String(Math.floor(Date.now() / 1000) + offsetSeconds);

/** The headers a genuine Standard Webhooks sender attaches, lower-cased as our webhook sees them. */
const signedHeaders = (
  bytes: Buffer,
  options: { secret?: string; id?: string; timestamp?: string } = {},
): Record<string, string> =>
  Object.fromEntries(
    sign("standard", options.secret ?? secret, bytes, {
      id: options.id ?? "msg_2Kq7WfT9zLcB4nVd",
      timestamp: options.timestamp ?? secondsFromNow(0),
    }),
  );

const delivery = (bytes: Buffer, headers: Record<string, string | undefined>) => ({ headers, body: bytes });

/** Runs `act` and returns the DomainError it throws, failing the test when it throws nothing or something else. */
const refusalOf = (act: () => unknown): DomainError => {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error("expected a DomainError, nothing was thrown");
};

afterEach(() => {
  vi.useRealTimers();
});

describe("verifyStandardWebhook", () => {
  it("accepts every generic fixture signed the way a Standard Webhooks sender signs it", () => {
    // Prepare
    const names = ["complaint-created-email.json", "complaint-created-chat.json", "complaint-reply-created-brand.json"];

    // Act / Assess
    for (const name of names) {
      const bytes = fixture(name);
      expect(() => verifyStandardWebhook(delivery(bytes, signedHeaders(bytes)), secret), name).not.toThrow();
    }
  });

  it("reproduces the published Standard Webhooks test vector", () => {
    // Prepare: the spec's own example, checked at the moment it was signed.
    vi.useFakeTimers({ now: 1614265330 * 1000 });
    const headers = {
      "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
      "webhook-timestamp": "1614265330",
      "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    };

    // Act / Assess
    expect(() => verifyStandardWebhook(delivery(Buffer.from('{"test": 2432232314}'), headers), secret)).not.toThrow();
  });

  it("accepts text in any script: emoji, ZWJ sequences, right-to-left, combining marks and a long letter", () => {
    // Prepare
    const texts = [
      "My parcel 📦 never came 😡👨‍👩‍👧",
      "طلبي لم يصل بعد، أريد استرداد المال",
      "הזמנה מספר 4471 לא הגיעה",
      "Cafe\u0301 order, e\u0301 with a combining accent",
      "Please read all of this. ".repeat(2000),
    ];

    // Act / Assess
    for (const text of texts) {
      const bytes = Buffer.from(JSON.stringify({ type: "complaint.created", data: { text } }));
      expect(() => verifyStandardWebhook(delivery(bytes, signedHeaders(bytes)), secret)).not.toThrow();
    }
  });

  it("refuses a delivery signed with another secret (401)", () => {
    // Prepare
    const headers = signedHeaders(body, { secret: otherSecret });

    // Act
    const error = refusalOf(() => verifyStandardWebhook(delivery(body, headers), secret));

    // Assess
    expect(statusOf(error)).toBe(401);
    expect(error.code).toBe("bad_signature");
  });

  it("refuses a body changed after signing, and a webhook-id or timestamp swapped in afterwards", () => {
    // Prepare
    const headers = signedHeaders(body);
    const tampered = Buffer.from(body.toString("utf8").replace("charged twice", "charged once"));
    const otherId = { ...headers, "webhook-id": "msg_someone_else" };
    const otherTime = { ...headers, "webhook-timestamp": String(Number(headers["webhook-timestamp"]) - 1) };

    // Act
    const errors = [
      refusalOf(() => verifyStandardWebhook(delivery(tampered, headers), secret)),
      refusalOf(() => verifyStandardWebhook(delivery(body, otherId), secret)),
      refusalOf(() => verifyStandardWebhook(delivery(body, otherTime), secret)),
    ];

    // Assess
    expect(errors.map((e) => [statusOf(e), e.code])).toEqual([
      [401, "bad_signature"],
      [401, "bad_signature"],
      [401, "bad_signature"],
    ]);
  });

  it("refuses the same JSON re-serialized: the signature covers the bytes as sent", () => {
    // Prepare
    const headers = signedHeaders(body);
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(body.toString("utf8"))));

    // Act
    const error = refusalOf(() => verifyStandardWebhook(delivery(reserialized, headers), secret));

    // Assess
    expect(error.code).toBe("bad_signature");
  });

  it("refuses an unsigned delivery, naming each header that is missing (401)", () => {
    // Prepare
    const headers = signedHeaders(body);
    const without = (name: string) => ({ ...headers, [name]: undefined });

    // Act
    const unsigned = refusalOf(() => verifyStandardWebhook(delivery(body, {}), secret));
    const partial = ["webhook-id", "webhook-timestamp", "webhook-signature"].map((name) =>
      refusalOf(() => verifyStandardWebhook(delivery(body, without(name)), secret)),
    );

    // Assess
    expect([unsigned, ...partial].map((e) => [statusOf(e), e.code])).toEqual(
      [0, 1, 2, 3].map(() => [401, "missing_signature"]),
    );
    expect(unsigned.message).toContain("webhook-id, webhook-timestamp, webhook-signature");
    expect(partial.map((e) => e.message)).toEqual([
      expect.stringMatching(/: webhook-id$/),
      expect.stringMatching(/: webhook-timestamp$/),
      expect.stringMatching(/: webhook-signature$/),
    ]);
  });

  it("refuses a delivery signed 6 minutes ago, and one dated 6 minutes ahead, as stale (401)", () => {
    // Prepare
    const old = signedHeaders(body, { timestamp: secondsFromNow(-6 * 60) });
    const ahead = signedHeaders(body, { timestamp: secondsFromNow(6 * 60) });

    // Act
    const errors = [old, ahead].map((headers) =>
      refusalOf(() => verifyStandardWebhook(delivery(body, headers), secret)),
    );

    // Assess
    expect(errors.map((e) => [statusOf(e), e.code])).toEqual([
      [401, "stale_timestamp"],
      [401, "stale_timestamp"],
    ]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/past/), expect.stringMatching(/future/)]);
  });

  it("accepts a delivery 4 minutes old or 4 minutes ahead: clocks drift, retries take time", () => {
    // Prepare
    const old = signedHeaders(body, { timestamp: secondsFromNow(-4 * 60) });
    const ahead = signedHeaders(body, { timestamp: secondsFromNow(4 * 60) });

    // Act / Assess
    expect(() => verifyStandardWebhook(delivery(body, old), secret)).not.toThrow();
    expect(() => verifyStandardWebhook(delivery(body, ahead), secret)).not.toThrow();
  });

  it("refuses a timestamp in milliseconds as stale and one that is no number as unreadable", () => {
    // Prepare
    const millis = signedHeaders(body, { timestamp: String(Date.now()) });
    const words = { ...signedHeaders(body), "webhook-timestamp": "yesterday" };

    // Act
    const errors = [millis, words].map((headers) =>
      refusalOf(() => verifyStandardWebhook(delivery(body, headers), secret)),
    );

    // Assess
    expect(errors.map((e) => [statusOf(e), e.code])).toEqual([
      [401, "stale_timestamp"],
      [401, "missing_signature"],
    ]);
  });

  it("accepts a header listing several signatures when any one of them matches", () => {
    // Prepare
    const genuine = signedHeaders(body);
    const forged = signedHeaders(body, { secret: otherSecret });
    const lists = [
      `${forged["webhook-signature"]} ${genuine["webhook-signature"]}`,
      `${genuine["webhook-signature"]} ${forged["webhook-signature"]}`,
      `v1a,c29tZSBlZDI1NTE5IHNpZ25hdHVyZQ== ${genuine["webhook-signature"]}`,
    ];

    // Act / Assess
    for (const list of lists) {
      const headers = { ...genuine, "webhook-signature": list };
      expect(() => verifyStandardWebhook(delivery(body, headers), secret), list).not.toThrow();
    }
  });

  it("refuses a list where no signature matches, or the right digest under another version", () => {
    // Prepare
    const genuine = signedHeaders(body)["webhook-signature"] ?? "";
    const forged = signedHeaders(body, { secret: otherSecret })["webhook-signature"] ?? "";
    const digest = genuine.slice("v1,".length);
    const lists = [`${forged} ${forged}`, `v2,${digest}`, digest, `v1,${digest.toLowerCase()}`];

    // Act
    const codes = lists.map(
      (list) =>
        refusalOf(() =>
          verifyStandardWebhook(delivery(body, { ...signedHeaders(body), "webhook-signature": list }), secret),
        ).code,
    );

    // Assess
    expect(codes).toEqual(lists.map(() => "bad_signature"));
  });

  it("keeps accepting the sender across a secret rotation: old and new signatures side by side", () => {
    // Prepare: while rotating, the sender signs with both keys; we have already moved to the new one.
    const rotated = "whsec_bmV3IGtleSBhZnRlciB0aGUgcm90YXRpb24h";
    const withOld = signedHeaders(body, { secret });
    const withNew = signedHeaders(body, { secret: rotated });
    const both = { ...withOld, "webhook-signature": `${withOld["webhook-signature"]} ${withNew["webhook-signature"]}` };

    // Act
    const onlyOld = refusalOf(() => verifyStandardWebhook(delivery(body, withOld), rotated));

    // Assess
    expect(() => verifyStandardWebhook(delivery(body, both), rotated)).not.toThrow();
    expect(() => verifyStandardWebhook(delivery(body, both), secret)).not.toThrow();
    expect(onlyOld.code).toBe("bad_signature");
  });

  it("fails as our own fault, not the sender's, when the configured secret is not whsec_ base64", () => {
    // Prepare
    const broken = "whsec_not base64!";

    // Act
    const act = () => verifyStandardWebhook(delivery(body, signedHeaders(body)), broken);

    // Assess: not a refusal (401) but an error, answered 500, whose message never repeats the secret.
    expect(act).toThrow(/STANDARD_WEBHOOKS_SECRET is not whsec_ followed by base64/);
    expect(act).not.toThrow(DomainError);
    expect(act).not.toThrow(/not base64!/);
  });
});
