import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutboundError } from "../../http/post.ts";
import { MessagingWindowClosed } from "../platform.ts";
import { GraphApiReplies } from "./reply.ts";

interface Received {
  method: string | undefined;
  url: string;
  headers: IncomingHttpHeaders;
  json: unknown;
}

const token = "EAAG-page-token-123";

const now = new Date("2026-03-12T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
/** An automatic acknowledgement seconds after the customer wrote. */
const fresh = { customerWroteAt: hoursAgo(0), now, automatic: true };

/** A loopback stand-in for the Graph API that records each request. */
let server: Server;
let graphUrl: string;
let received: Received[];
let respond: (res: ServerResponse, request: Received) => void;

beforeEach(async () => {
  received = [];
  respond = (res, request) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(request.url.endsWith("/comments") ? { id: "reply-comment-1" } : { message_id: "m_1" }));
  };
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString();
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
  graphUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v23.0`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("GraphApiReplies", () => {
  it("answers a comment publicly in its thread: POST /{comment-id}/comments with the message", async () => {
    // Prepare
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    const result = await graph.send(
      { kind: "comment", commentId: "1209913347725510_1034528716402277" },
      "Hi Dana",
      fresh,
    );

    // Assess
    expect(result).toEqual({ id: "reply-comment-1" });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      method: "POST",
      url: "/v23.0/1209913347725510_1034528716402277/comments",
      json: { message: "Hi Dana" },
    });
  });

  it("answers in a Messenger conversation: POST /me/messages to the PSID, as a response", async () => {
    // Prepare
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    const result = await graph.send({ kind: "message", recipientId: "8112349067752310" }, "Hi Grace", fresh);

    // Assess
    expect(result).toEqual({ id: "m_1" });
    expect(received[0]).toMatchObject({ method: "POST", url: "/v23.0/me/messages" });
    expect(received[0]?.json).toEqual({
      recipient: { id: "8112349067752310" },
      messaging_type: "RESPONSE",
      message: { text: "Hi Grace" },
    });
  });

  it("opens a private conversation about a comment: POST /me/messages to the comment id", async () => {
    // Prepare
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    await graph.send({ kind: "private-reply", commentId: "1209913347725510_1034528716402277" }, "Hi Dana", fresh);

    // Assess
    expect(received[0]).toMatchObject({ method: "POST", url: "/v23.0/me/messages" });
    expect(received[0]?.json).toEqual({
      recipient: { comment_id: "1209913347725510_1034528716402277" },
      message: { text: "Hi Dana" },
    });
  });

  it("sends the Page token as a bearer header, never in the URL", async () => {
    // Prepare
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    await graph.send({ kind: "comment", commentId: "1_2" }, "a", fresh);
    await graph.send({ kind: "message", recipientId: "PSID" }, "b", fresh);
    await graph.send({ kind: "private-reply", commentId: "1_2" }, "c", fresh);

    // Assess
    expect(received).toHaveLength(3);
    for (const request of received) {
      expect(request.headers.authorization).toBe(`Bearer ${token}`);
      expect(request.headers["content-type"]).toBe("application/json");
      expect(request.url).not.toContain(token);
      expect(request.url).not.toContain("access_token");
    }
  });

  it("accepts a base URL with a trailing slash", async () => {
    // Prepare
    const graph = new GraphApiReplies({ graphUrl: `${graphUrl}/`, pageAccessToken: token });

    // Act
    await graph.send({ kind: "comment", commentId: "1_2" }, "a", fresh);

    // Assess
    expect(received[0]?.url).toBe("/v23.0/1_2/comments");
  });

  it("keeps a comment id from reaching another path", async () => {
    // Prepare
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    await graph.send({ kind: "comment", commentId: "../me/messages" }, "a", fresh);

    // Assess
    expect(received[0]?.url).not.toBe("/v23.0/me/messages/comments");
    expect(received[0]?.url).toMatch(/^\/v23\.0\/[^/]+\/comments$/);
  });

  it("passes on a refusal from the Graph API as a OutboundError", async () => {
    // Prepare
    respond = (res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end('{"error":{"message":"(#10) This message is sent outside of allowed window."}}');
    };
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    const error = await graph.send({ kind: "message", recipientId: "PSID" }, "late", fresh).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(OutboundError);
    expect(error).toMatchObject({ delivered: "no", retryable: false, status: 400 });
  });

  it("answers an Instagram comment under it: POST /{ig-comment-id}/replies", async () => {
    // Prepare
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    await graph.send({ kind: "ig-comment", commentId: "17912346578901234" }, "Hi Jonah", fresh);

    // Assess
    expect(received[0]).toMatchObject({
      method: "POST",
      url: "/v23.0/17912346578901234/replies",
      json: { message: "Hi Jonah" },
    });
  });

  it("answers on WhatsApp from the business number, quoting the customer's message", async () => {
    // Prepare
    respond = (res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"messaging_product":"whatsapp","contacts":[{"wa_id":"12025550183"}],"messages":[{"id":"wamid.OUT1"}]}');
    };
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    const result = await graph.send(
      { kind: "whatsapp", phoneNumberId: "110384752209417", to: "12025550183", quote: "wamid.IN1" },
      "Hola Carmen",
      fresh,
    );

    // Assess
    expect(result.id).toBe("wamid.OUT1");
    expect(received[0]).toMatchObject({
      url: "/v23.0/110384752209417/messages",
      json: {
        messaging_product: "whatsapp",
        recipient_type: "individual",
        to: "12025550183",
        type: "text",
        text: { body: "Hola Carmen" },
        context: { message_id: "wamid.IN1" },
      },
    });
  });

  it("refuses a WhatsApp free text after the 24-hour window, sending nothing", async () => {
    // Prepare
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });
    const late = { customerWroteAt: hoursAgo(25), now, automatic: false };

    // Act
    const error = await graph
      .send({ kind: "whatsapp", phoneNumberId: "1", to: "2", quote: "w" }, "Hola", late)
      .catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(MessagingWindowClosed);
    expect((error as Error).message).toContain("24-hour customer-service window");
    expect(received).toEqual([]);
  });

  it("answers a DM as a RESPONSE within 24 hours, with the human-agent tag for a person up to 7 days, then not at all", async () => {
    // Prepare
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });
    const dm = { kind: "message", recipientId: "IGSID" };

    // Act
    await graph.send(dm, "within a day", { customerWroteAt: hoursAgo(23), now, automatic: false });
    await graph.send(dm, "a person after two days", { customerWroteAt: hoursAgo(48), now, automatic: false });
    const automatic = await graph
      .send(dm, "automatic after two days", { customerWroteAt: hoursAgo(48), now, automatic: true })
      .catch((e: unknown) => e);
    const tooLate = await graph
      .send(dm, "a person after 8 days", { customerWroteAt: hoursAgo(8 * 24), now, automatic: false })
      .catch((e: unknown) => e);

    // Assess
    expect(received.map((r) => r.json)).toEqual([
      { recipient: { id: "IGSID" }, messaging_type: "RESPONSE", message: { text: "within a day" } },
      {
        recipient: { id: "IGSID" },
        messaging_type: "MESSAGE_TAG",
        tag: "HUMAN_AGENT",
        message: { text: "a person after two days" },
      },
    ]);
    expect(automatic).toBeInstanceOf(MessagingWindowClosed);
    expect(tooLate).toBeInstanceOf(MessagingWindowClosed);
  });
});

describe("GraphApiReplies: Meta's refusals", () => {
  const refusing = (status: number, error: Record<string, unknown>) => {
    respond = (res) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error }));
    };
  };

  it("retries a rate limit Meta answers with a 4xx (codes 4, 17, 32, 613, or is_transient)", async () => {
    // Prepare
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });
    const errors: unknown[] = [];

    // Act
    for (const error of [
      { code: 4, message: "Application request limit reached" },
      { code: 32, message: "Page request limit reached" },
      { code: 613, message: "Calls to this api have exceeded the rate limit." },
      { code: 100, is_transient: true, message: "Service temporarily unavailable" },
    ]) {
      refusing(400, error);
      errors.push(await graph.send({ kind: "comment", commentId: "1_2" }, "a", fresh).catch((e: unknown) => e));
    }

    // Assess
    for (const error of errors) expect(error).toMatchObject({ retryable: true, delivered: "no", status: 400 });
  });

  it("does not retry an expired token, and says what to renew", async () => {
    // Prepare
    refusing(400, { code: 190, type: "OAuthException", message: "Error validating access token: Session has expired" });
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    const error = await graph.send({ kind: "comment", commentId: "1_2" }, "a", fresh).catch((e: unknown) => e);

    // Assess
    expect(error).toMatchObject({ retryable: false, delivered: "no" });
    expect((error as Error).message).toContain("OAuth error 190");
    expect((error as Error).message).toContain("renew META_PAGE_ACCESS_TOKEN");
    expect((error as Error).message).not.toContain(token);
  });
});

describe("GraphApiReplies: reading a thread back after a crash", () => {
  it("finds the Page's reply with the text under a Facebook comment, and only the Page's", async () => {
    // Prepare
    respond = (res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          data: [
            { id: "C_other", from: { id: "999" }, message: "Hi Dana, we're on it. Sam" },
            { id: "C_ours", from: { id: "118204355731962" }, message: "Hi Dana,  we're on it. Sam" },
          ],
        }),
      );
    };
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    const found = await graph.readBack(
      { kind: "comment", commentId: "1_2" },
      "Hi Dana, we're on it. Sam",
      "118204355731962",
    );
    const missing = await graph.readBack({ kind: "comment", commentId: "1_2" }, "another text", "118204355731962");

    // Assess
    expect(found).toEqual({ id: "C_ours" });
    expect(missing).toBeNull();
    expect(received[0]).toMatchObject({ method: "GET", url: "/v23.0/1_2/comments?fields=from,message&limit=100" });
    expect(received[0]?.headers.authorization).toBe(`Bearer ${token}`);
  });

  it("reads Instagram replies through /replies with their text, and cannot read a private conversation", async () => {
    // Prepare
    respond = (res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          data: [
            {
              id: "IG_ours",
              from: { id: "17841459201837465" },
              username: "tidewellgoods",
              text: "Thanks Jonah! Amira",
            },
          ],
        }),
      );
    };
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    const found = await graph.readBack(
      { kind: "ig-comment", commentId: "179" },
      "Thanks Jonah! Amira",
      "17841459201837465",
    );

    // Assess
    expect(found).toEqual({ id: "IG_ours" });
    expect(received[0]?.url).toBe("/v23.0/179/replies?fields=from,username,text&limit=100");
    expect(graph.canReadBack({ kind: "message", recipientId: "PSID" })).toBe(false);
    expect(graph.canReadBack({ kind: "comment", commentId: "1_2" })).toBe(true);
  });
});
