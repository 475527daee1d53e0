import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { OutboundError, retryAfterMs, send } from "../../http/post.ts";
import type { Pager } from "./pager.ts";
import { PagerDutyPager } from "./pagerduty.ts";
import { closedPort, type RecordingServer, startRecordingServer } from "./recording-server.ts";
import { sampleNotice } from "./sample-notice.ts";
import { SlackPager } from "./slack.ts";
import { SignedWebhookPager } from "./webhook.ts";

const now = new Date("2026-10-21T07:27:30Z");

type MakePager = (url: string, timeoutMs?: number) => Pager;

/** Every pager shares one failure classification; each is run through the same answers. */
const pagers: [string, MakePager][] = [
  [
    "PagerDutyPager",
    (url, timeoutMs) => new PagerDutyPager({ eventsUrl: url, routingKey: "k", timeoutMs, now: () => now }),
  ],
  ["SlackPager", (url, timeoutMs) => new SlackPager({ webhookUrl: url, timeoutMs, now: () => now })],
  [
    "SignedWebhookPager",
    (url, timeoutMs) =>
      new SignedWebhookPager({ url, secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", timeoutMs, now: () => now }),
  ],
];

let server: RecordingServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Sends the sample trigger and returns what it threw, or undefined when it went out. */
const outcomeOf = (pager: Pager) =>
  pager.send(sampleNotice()).then(
    () => undefined,
    (error: unknown) => error as OutboundError,
  );

describe.each(pagers)("%s failure classification", (_name, makePager) => {
  const answering = async (respond: (res: ServerResponse) => void, timeoutMs?: number) => {
    server = await startRecordingServer((res) => respond(res));
    return makePager(`${server.origin}/page`, timeoutMs);
  };

  it("succeeds on 202 Accepted", async () => {
    // Prepare
    const pager = await answering((res) => res.writeHead(202).end('{"status":"success"}'));

    // Act
    const error = await outcomeOf(pager);

    // Assess
    expect(error).toBeUndefined();
    expect(server?.requests).toHaveLength(1);
  });

  it("does not retry a 400", async () => {
    // Prepare
    const pager = await answering((res) => res.writeHead(400).end("bad request"));

    // Act
    const error = await outcomeOf(pager);

    // Assess
    expect(error).toBeInstanceOf(OutboundError);
    expect(error).toMatchObject({ retryable: false, status: 400, retryAfterMs: undefined });
  });

  it("retries a 429 after Retry-After: 7 (7000 ms)", async () => {
    // Prepare
    const pager = await answering((res) => res.writeHead(429, { "retry-after": "7" }).end());

    // Act
    const error = await outcomeOf(pager);

    // Assess
    expect(error).toMatchObject({ retryable: true, status: 429, retryAfterMs: 7000 });
  });

  it("retries a 429 after a Retry-After given as an HTTP date", async () => {
    // Prepare
    const pager = await answering((res) =>
      res.writeHead(429, { "retry-after": "Wed, 21 Oct 2026 07:28:00 GMT" }).end(),
    );

    // Act
    const error = await outcomeOf(pager);

    // Assess
    expect(error).toMatchObject({ retryable: true, status: 429, retryAfterMs: 30_000 });
  });

  it("retries a 503", async () => {
    // Prepare
    const pager = await answering((res) => res.writeHead(503).end("unavailable"));

    // Act
    const error = await outcomeOf(pager);

    // Assess
    expect(error).toMatchObject({ retryable: true, status: 503, retryAfterMs: undefined });
  });

  it("retries when the connection is refused, keeping the network error as the cause", async () => {
    // Prepare
    const pager = makePager(`http://127.0.0.1:${await closedPort()}/page`);

    // Act
    const error = await outcomeOf(pager);

    // Assess
    expect(error).toBeInstanceOf(OutboundError);
    expect(error).toMatchObject({ retryable: true, status: undefined });
    expect(error?.message).toContain("ECONNREFUSED");
    expect(error?.cause).toBeInstanceOf(Error);
  });

  it("retries when the server never answers within timeoutMs", async () => {
    // Prepare
    const pager = await answering(() => {}, 200);
    const started = Date.now();

    // Act
    const error = await outcomeOf(pager);

    // Assess
    expect(error).toMatchObject({ retryable: true, status: undefined });
    expect(error?.message).toContain("no answer within 200 ms");
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("send (the one HTTP poster), for pages", () => {
  it("does not follow a redirect, and does not retry it", async () => {
    // Prepare
    server = await startRecordingServer((res) =>
      res.writeHead(302, { location: "http://127.0.0.1:9/elsewhere" }).end(),
    );

    // Act
    const error = await send({ service: "webhook", url: `${server.origin}/page`, body: "{}" }).catch(
      (e: unknown) => e as OutboundError,
    );

    // Assess
    expect(error).toMatchObject({ retryable: false, status: 302 });
    expect(server.requests).toHaveLength(1);
  });

  it("refuses a URL that is not http(s) without sending anything", async () => {
    // Act
    const errors = await Promise.all(
      ["not a url", "ftp://example.com/page"].map((url) =>
        send({ service: "webhook", url, body: "{}" }).then(
          () => undefined,
          (e: unknown) => e as OutboundError,
        ),
      ),
    );

    // Assess
    expect(errors.map((e) => e instanceof OutboundError && e.retryable)).toEqual([false, false]);
    expect(errors.every((e) => e instanceof OutboundError)).toBe(true);
  });
});

describe("retryAfterMs", () => {
  it("reads delay-seconds and HTTP dates, and ignores what it cannot read", () => {
    // Prepare
    const headers = [
      "7",
      " 0 ",
      "Wed, 21 Oct 2026 07:28:00 GMT",
      "Wed, 21 Oct 2026 07:00:00 GMT",
      "soon",
      "-5",
      "",
      null,
    ];

    // Act
    const waits = headers.map((header) => retryAfterMs(header, now));

    // Assess
    expect(waits).toEqual([7000, 0, 30_000, 0, undefined, undefined, undefined, undefined]);
  });
});
