import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeSqsBody } from "#core/adapters/sqs-body.ts";
import { parseConfig } from "#core/config/load.ts";
import { ConfigError, DomainError } from "#core/errors.ts";
import { statusOf } from "#core/http/statuses.ts";
import { webhookRequestOf } from "#core/http/webhook-request.ts";
import { acceptWebhook } from "#core/intake/accept.ts";
import { jsonDepth } from "#core/platforms/issues.ts";
import type { PlatformEnv, WebhookRequest } from "#core/platforms/platform.ts";
import { platformMessageSchema, platformOf, platforms } from "#core/platforms/registry.ts";
import { sign } from "./support/sign.mjs";

// Property-based: whatever arrives, a webhook refuses it with a 4xx and queues nothing unless it is signed, and a
// genuinely signed body of any shape is queued or refused with a 400, never a crash (a 5xx, which makes the platform
// retry for hours and then disable the webhook).

const env: PlatformEnv = {
  META_APP_SECRET: "hostile-meta-secret",
  META_VERIFY_TOKEN: "hostile-verify",
  X_CONSUMER_SECRET: "hostile-x-secret",
  STANDARD_WEBHOOKS_SECRET: "whsec_aG9zdGlsZS1zdGFuZGFyZC13ZWJob29rcy1rZXk=",
};

/** How each platform's genuine sender signs (test/support/sign.mjs), and the header names involved. */
const signing: Record<string, { scheme: string; secret: string; headers: string[] }> = {
  meta: { scheme: "meta", secret: env.META_APP_SECRET as string, headers: ["x-hub-signature-256"] },
  x: { scheme: "x", secret: env.X_CONSUMER_SECRET as string, headers: ["x-twitter-webhooks-signature"] },
  generic: {
    scheme: "standard",
    secret: env.STANDARD_WEBHOOKS_SECRET as string,
    headers: ["webhook-id", "webhook-timestamp", "webhook-signature"],
  },
};

const runs = { numRuns: Number(process.env.HOSTILE_RUNS ?? 300) };

/** Accepts a call with an in-memory queue: what it threw (if anything) and what it queued. */
async function outcome(source: string, request: WebhookRequest) {
  const queued: unknown[] = [];
  try {
    const result = await acceptWebhook(source, request, {
      env,
      intake: { enqueue: async (messages) => void queued.push(...messages) },
    });
    return { result, queued, error: undefined };
  } catch (error) {
    return { result: undefined, queued, error };
  }
}

const bodies = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
  fc.jsonValue({ maxDepth: 6 }).map((value) => Buffer.from(JSON.stringify(value) ?? "null")),
  fc.string({ unit: "binary", maxLength: 512 }).map((text) => Buffer.from(text)),
);

const headerValues = fc.oneof(fc.string({ maxLength: 120 }), fc.constantFrom("", "sha256=", "v1,", "sha256=AAAA", " "));

describe.each(platforms.map((p) => p.source))("hostile input to /webhooks/%s", (source) => {
  const scheme = signing[source];
  if (!scheme) throw new Error(`no signing scheme in this test for "${source}": add it`);
  const platform = platformOf(source);

  it("refuses any unsigned or wrongly signed call with a 4xx, and queues nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        bodies,
        fc.dictionary(fc.constantFrom(...scheme.headers, "content-type", "x-anything"), headerValues),
        async (body, headers) => {
          const { error, queued } = await outcome(source, {
            method: "POST",
            query: {},
            headers,
            body,
            receivedAt: new Date().toISOString(),
          });
          expect(error).toBeInstanceOf(DomainError);
          const status = statusOf(error as DomainError);
          expect(status).toBeGreaterThanOrEqual(400);
          expect(status).toBeLessThan(500);
          expect(queued).toEqual([]);
        },
      ),
      runs,
    );
  });

  it("queues a genuinely signed body of any shape, or refuses it with a 400: never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const headers = Object.fromEntries(
          sign(scheme.scheme, scheme.secret, body).map(([name, value]) => [name.toLowerCase(), value]),
        );
        const { error, queued } = await outcome(source, {
          method: "POST",
          query: {},
          headers,
          body,
          receivedAt: new Date().toISOString(),
        });
        if (error !== undefined) {
          expect(error).toBeInstanceOf(DomainError);
          expect(statusOf(error as DomainError)).toBe(400);
        }
        // Whatever was queued survives the queue and reads back as a message the router takes.
        for (const message of queued) {
          const parsed = platformMessageSchema.safeParse(JSON.parse(encodeSqsBody(message)));
          expect(parsed.success).toBe(true);
          const normalized = platform?.normalize(parsed.data as never, { brandAccounts: () => new Set() });
          expect(normalized && ("item" in normalized || "skip" in normalized)).toBe(true);
        }
      }),
      runs,
    );
  });

  it("answers any GET with its handshake, or a 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 200 })), async (query) => {
        const { error } = await outcome(source, {
          method: "GET",
          query,
          headers: {},
          body: Buffer.alloc(0),
          receivedAt: new Date().toISOString(),
        });
        if (error !== undefined) {
          expect(error).toBeInstanceOf(DomainError);
          expect(statusOf(error as DomainError)).toBeLessThan(500);
        }
      }),
      runs,
    );
  });

  it("refuses a signed body nested deeper than any platform sends, before parsing it", async () => {
    // Prepare: a delivery of the right shape with a value 200,000 levels deep where the platform keeps what it does
    // not know (queued as it is, such a value would crash the queue's JSON encoding).
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    const envelopes: Record<string, string> = {
      meta: `{"object":"page","entry":[{"id":"P","changes":[{"field":"feed","value":${deep}}]}]}`,
      x: `{"for_user_id":"1","tweet_create_events":[{"id_str":"2","text":"hi","user":{"id_str":"3"},"more":${deep}}]}`,
      generic: `{"type":"complaint.created","timestamp":"2026-01-01T00:00:00Z","data":{"channel":"chat","id":"d","author":{"id":"a"},"text":"t","more":${deep}}}`,
    };
    const body = Buffer.from(envelopes[source] ?? deep);
    const headers = Object.fromEntries(
      sign(scheme.scheme, scheme.secret, body).map(([name, value]) => [name.toLowerCase(), value]),
    );

    // Act
    const { error, queued } = await outcome(source, {
      method: "POST",
      query: {},
      headers,
      body,
      receivedAt: new Date().toISOString(),
    });

    // Assess
    expect(error).toMatchObject({ code: "malformed_json" });
    expect(statusOf(error as DomainError)).toBe(400);
    expect(queued).toEqual([]);
  });
});

describe("hostile input before any platform reads it", () => {
  it("refuses a body over 1 MiB (or one that says it is) before reading it", () => {
    const event = (body: string, headers: Record<string, string> = {}) =>
      ({ headers, body, isBase64Encoded: false, requestContext: { http: { method: "POST" } } }) as never;
    expect(() => webhookRequestOf(event("x".repeat(1024 * 1024 + 1)))).toThrow(
      expect.objectContaining({ code: "payload_too_large" }),
    );
    expect(() => webhookRequestOf(event("{}", { "Content-Length": String(2 * 1024 * 1024) }))).toThrow(
      expect.objectContaining({ code: "payload_too_large" }),
    );
  });

  it("measures depth through strings and escapes like a parser does", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 10 }), (value) => {
        const text = JSON.stringify(value) ?? "null";
        const depthOf = (v: unknown): number =>
          Array.isArray(v)
            ? 1 + Math.max(0, ...v.map(depthOf))
            : v && typeof v === "object"
              ? 1 + Math.max(0, ...Object.values(v).map(depthOf))
              : 0;
        expect(jsonDepth(Buffer.from(text), 1000)).toBe(depthOf(value));
      }),
      runs,
    );
  });
});

describe("hostile configuration", () => {
  it("loads any JSON value as a config or refuses it with a ConfigError naming what is wrong, never another error", () => {
    const configish = fc.record(
      {
        brand: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ name: fc.string(), signature: fc.string() })),
        queues: fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.array(
            fc.record({
              id: fc.oneof(fc.string(), fc.constant("care")),
              firstResponseTarget: fc.oneof(fc.string(), fc.constant("PT1H")),
              escalateAfter: fc.oneof(fc.string(), fc.constant("PT10M")),
              responders: fc.jsonValue({ maxDepth: 3 }),
            }),
          ),
        ),
        routes: fc.jsonValue({ maxDepth: 3 }),
        defaultQueue: fc.oneof(fc.string(), fc.constant("care")),
        replies: fc.jsonValue({ maxDepth: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), configish), (value) => {
        try {
          parseConfig(value);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as Error).message.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });
});
