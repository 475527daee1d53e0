import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutboundError } from "../../http/post.ts";
import { XApiReplies } from "./reply.ts";

interface Received {
  method: string | undefined;
  url: string;
  headers: IncomingHttpHeaders;
  json: unknown;
}

const token = "x-user-context-token-Tidewell-123";

const now = new Date("2026-03-12T12:00:00Z");
/** An automatic acknowledgement seconds after the customer wrote. */
const fresh = { customerWroteAt: now.toISOString(), now, automatic: true };

/** A loopback stand-in for the X API that records each request and answers as X documents it (201 with data). */
let server: Server;
let apiUrl: string;
let received: Received[];
let respond: (res: ServerResponse, request: Received) => void;

beforeEach(async () => {
  received = [];
  respond = (res, request) => {
    res.writeHead(201, { "content-type": "application/json" });
    res.end(
      JSON.stringify(
        request.url === "/2/tweets"
          ? { data: { id: "1899840000000000001", text: "echo" } }
          : {
              data: {
                dm_conversation_id: "1375502218364928001-1487210954630066177",
                dm_event_id: "1899840000000000002",
              },
            },
      ),
    );
  };
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const request = {
        method: req.method,
        url: req.url ?? "",
        headers: req.headers,
        json: text ? JSON.parse(text) : null,
      };
      received.push(request);
      respond(res, request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("XApiReplies", () => {
  it("answers a post in its thread: POST /2/tweets with reply.in_reply_to_tweet_id, id from data.id", async () => {
    // Prepare
    const api = new XApiReplies({ apiUrl, accessToken: token });

    // Act
    const result = await api.send({ kind: "tweet", tweetId: "1899823487121046593" }, "Hi Dana, so sorry", fresh);

    // Assess
    expect(result).toEqual({ id: "1899840000000000001" });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: "POST", url: "/2/tweets" });
    expect(received[0]?.json).toEqual({
      text: "Hi Dana, so sorry",
      reply: { in_reply_to_tweet_id: "1899823487121046593" },
    });
  });

  it("answers a DM in the conversation: POST /2/dm_conversations/with/{participant}/messages, id from dm_event_id", async () => {
    // Prepare
    const api = new XApiReplies({ apiUrl, accessToken: token });

    // Act
    const result = await api.send({ kind: "dm", participantId: "1375502218364928001" }, "Hi Owen", fresh);

    // Assess
    expect(result).toEqual({ id: "1899840000000000002" });
    expect(received[0]).toMatchObject({ method: "POST", url: "/2/dm_conversations/with/1375502218364928001/messages" });
    expect(received[0]?.json).toEqual({ text: "Hi Owen" });
  });

  it("sends the user-context token as a bearer header, never in the URL, with a JSON body", async () => {
    // Prepare
    const api = new XApiReplies({ apiUrl, accessToken: token });

    // Act
    await api.send({ kind: "tweet", tweetId: "1" }, "a", fresh);
    await api.send({ kind: "dm", participantId: "2" }, "b", fresh);

    // Assess
    expect(received).toHaveLength(2);
    for (const request of received) {
      expect(request.headers.authorization).toBe(`Bearer ${token}`);
      expect(request.headers["content-type"]).toBe("application/json");
      expect(request.url).not.toContain(token);
    }
  });

  it("keeps the ids exact however large: tweet ids above 2^53 go out as the strings they are", async () => {
    // Prepare
    const api = new XApiReplies({ apiUrl, accessToken: token });
    const tweetId = "9223372036854775807";

    // Act
    await api.send({ kind: "tweet", tweetId }, "a", fresh);

    // Assess
    expect(received[0]?.json).toEqual({ text: "a", reply: { in_reply_to_tweet_id: tweetId } });
  });

  it("sends the text exactly: emoji, ZWJ sequences, RTL, combining marks, a long DM", async () => {
    // Prepare
    const api = new XApiReplies({ apiUrl, accessToken: token });
    const post = "Hola Lucía 👩‍👩‍👧 شكراً لصبرك e\u0301 — Marco, Tidewell Care";
    const longDm = `Hi Owen, ${"we have refunded the second charge. ".repeat(250)}Marco`;

    // Act
    await api.send({ kind: "tweet", tweetId: "1" }, post, fresh);
    await api.send({ kind: "dm", participantId: "2" }, longDm, fresh);

    // Assess
    expect(received.map((r) => (r.json as { text: string }).text)).toEqual([post, longDm]);
  });

  it("accepts a base URL with a trailing slash", async () => {
    // Prepare
    const api = new XApiReplies({ apiUrl: `${apiUrl}/`, accessToken: token });

    // Act
    await api.send({ kind: "tweet", tweetId: "1" }, "a", fresh);

    // Assess
    expect(received[0]?.url).toBe("/2/tweets");
  });

  it("keeps a participant id from reaching another path", async () => {
    // Prepare
    const api = new XApiReplies({ apiUrl, accessToken: token });

    // Act
    await api.send({ kind: "dm", participantId: "../../tweets?x=" }, "a", fresh);

    // Assess
    expect(received[0]?.url).toMatch(/^\/2\/dm_conversations\/with\/[^/]+\/messages$/);
  });

  it("refuses a target it cannot answer, for good, sending nothing", async () => {
    // Prepare
    const api = new XApiReplies({ apiUrl, accessToken: token });

    // Act
    const errors = await Promise.all(
      [{ kind: "comment", commentId: "1_2" }, { kind: "tweet" }, { kind: "dm", participantId: "" }].map((target) =>
        api.send(target, "a", fresh).catch((e: unknown) => e),
      ),
    );

    // Assess
    for (const error of errors) {
      expect(error).toBeInstanceOf(OutboundError);
      expect(error).toMatchObject({ delivered: "no", retryable: false });
    }
    expect((errors[0] as Error).message).toBe('X API: no way to answer a "comment"');
    expect(received).toEqual([]);
  });

  it("passes on a refusal for good (403: not allowed to reply) as not retryable", async () => {
    // Prepare
    respond = (res) => {
      res.writeHead(403, { "content-type": "application/json" });
      res.end(
        '{"detail":"You are not permitted to create a reply.","title":"Forbidden","status":403,"type":"about:blank"}',
      );
    };
    const api = new XApiReplies({ apiUrl, accessToken: token });

    // Act
    const error = await api.send({ kind: "tweet", tweetId: "1" }, "a", fresh).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(OutboundError);
    expect(error).toMatchObject({ delivered: "no", retryable: false, status: 403 });
    expect((error as Error).message).toContain("X API");
    expect((error as Error).message).not.toContain(token);
  });

  it("passes on a rate limit (429) as retryable, with how long X asked to wait", async () => {
    // Prepare
    respond = (res) => {
      res.writeHead(429, { "content-type": "application/json", "retry-after": "17" });
      res.end('{"title":"Too Many Requests","status":429}');
    };
    const api = new XApiReplies({ apiUrl, accessToken: token });

    // Act
    const error = await api.send({ kind: "dm", participantId: "2" }, "a", fresh).catch((e: unknown) => e);

    // Assess
    expect(error).toMatchObject({ delivered: "no", retryable: true, status: 429, retryAfterMs: 17_000 });
  });

  it("treats a success answer that carries only errors as not posted", async () => {
    // Prepare
    respond = (res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"errors":[{"message":"You cannot send messages to this user.","code":349}]}');
    };
    const api = new XApiReplies({ apiUrl, accessToken: token });

    // Act
    const error = await api.send({ kind: "dm", participantId: "2" }, "a", fresh).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(OutboundError);
    expect(error).toMatchObject({ delivered: "no", retryable: false });
    expect((error as Error).message).toContain("cannot send messages");
  });
});
