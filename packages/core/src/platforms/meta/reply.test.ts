import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DeliveryError } from "../../replies/delivery.ts";
import { GraphApiReplies } from "./reply.ts";

interface Received {
  method: string | undefined;
  url: string;
  headers: IncomingHttpHeaders;
  json: unknown;
}

const token = "EAAG-page-token-123";

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
    const result = await graph.send({ kind: "comment", commentId: "1209913347725510_1034528716402277" }, "Hi Dana");

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
    const result = await graph.send({ kind: "message", recipientId: "8112349067752310" }, "Hi Grace");

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
    await graph.send({ kind: "private-reply", commentId: "1209913347725510_1034528716402277" }, "Hi Dana");

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
    await graph.send({ kind: "comment", commentId: "1_2" }, "a");
    await graph.send({ kind: "message", recipientId: "PSID" }, "b");
    await graph.send({ kind: "private-reply", commentId: "1_2" }, "c");

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
    await graph.send({ kind: "comment", commentId: "1_2" }, "a");

    // Assess
    expect(received[0]?.url).toBe("/v23.0/1_2/comments");
  });

  it("keeps a comment id from reaching another path", async () => {
    // Prepare
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    await graph.send({ kind: "comment", commentId: "../me/messages" }, "a");

    // Assess
    expect(received[0]?.url).not.toBe("/v23.0/me/messages/comments");
    expect(received[0]?.url).toMatch(/^\/v23\.0\/[^/]+\/comments$/);
  });

  it("passes on a refusal from the Graph API as a DeliveryError", async () => {
    // Prepare
    respond = (res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end('{"error":{"message":"(#10) This message is sent outside of allowed window."}}');
    };
    const graph = new GraphApiReplies({ graphUrl, pageAccessToken: token });

    // Act
    const error = await graph.send({ kind: "message", recipientId: "PSID" }, "late").catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ delivered: "no", retryable: false, status: 400 });
  });
});
