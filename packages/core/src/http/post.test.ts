import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { OutboundError, send } from "./post.ts";

/** The answer's JSON, as reply senders read it. */
const postJson = (url: string, body: unknown, headers: Record<string, string>, timeoutMs?: number) =>
  send({ service: "Graph API", url, body, headers, timeoutMs }).then((answer) => answer.json);

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage["headers"];
  body: string;
}

const servers: Server[] = [];

/** Starts a loopback HTTP server that records each request and answers with `respond`. */
const startServer = async (respond: (res: ServerResponse, received: Received) => void) => {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      received.push(request);
      respond(res, request);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, server };
};

const stopServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

afterEach(async () => {
  await Promise.all(servers.splice(0).map(stopServer));
});

const answer =
  (status: number, body: string, contentType = "application/json") =>
  (res: ServerResponse) => {
    res.writeHead(status, { "content-type": contentType });
    res.end(body);
  };

/** The OutboundError a call rejects with, failing the test when it resolves or rejects with something else. */
const outboundErrorOf = async (call: Promise<unknown>): Promise<OutboundError> => {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(OutboundError);
  return error as OutboundError;
};

describe("send, the one HTTP poster (replies)", () => {
  it("posts the payload as JSON with the given headers and returns the parsed answer", async () => {
    // Prepare
    const { url, received } = await startServer(answer(200, '{"id":"1209913347725510_99"}'));

    // Act
    const body = await postJson(`${url}/v23.0/1_2/comments`, { message: "Hi Dana" }, { authorization: "Bearer t" });

    // Assess
    expect(body).toEqual({ id: "1209913347725510_99" });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      method: "POST",
      url: "/v23.0/1_2/comments",
      headers: { "content-type": "application/json", authorization: "Bearer t" },
    });
    expect(JSON.parse(received[0]?.body as string)).toEqual({ message: "Hi Dana" });
  });

  it("returns an empty object for a 2xx without a JSON body", async () => {
    // Prepare
    const empty = await startServer(answer(204, ""));
    const html = await startServer(answer(200, "<html>ok</html>", "text/html"));

    // Act
    const results = await Promise.all([postJson(empty.url, {}, {}), postJson(html.url, {}, {})]);

    // Assess
    expect(results).toEqual([{}, {}]);
  });

  it("reports a 400 as not delivered and not worth retrying", async () => {
    // Prepare
    const { url } = await startServer(answer(400, '{"error":{"message":"comment deleted"}}'));

    // Act
    const error = await outboundErrorOf(postJson(url, { message: "Hi" }, {}));

    // Assess
    expect(error).toMatchObject({ delivered: "no", retryable: false, status: 400 });
    expect(error.message).toContain("comment deleted");
  });

  it("reports rate limiting (429) and an outage (503) as not delivered and worth retrying", async () => {
    // Prepare
    const limited = await startServer(answer(429, '{"error":{"message":"rate limited"}}'));
    const down = await startServer(answer(503, "Service Unavailable", "text/plain"));

    // Act
    const errors = await Promise.all([
      outboundErrorOf(postJson(limited.url, {}, {})),
      outboundErrorOf(postJson(down.url, {}, {})),
    ]);

    // Assess
    expect(errors.map((e) => [e.status, e.delivered, e.retryable])).toEqual([
      [429, "no", true],
      [503, "no", true],
    ]);
  });

  it("reports a refused connection as not delivered", async () => {
    // Prepare: a port that was just open and is now closed.
    const { url, server } = await startServer(answer(200, "{}"));
    await stopServer(server);

    // Act
    const error = await outboundErrorOf(postJson(url, { message: "Hi" }, {}));

    // Assess
    expect(error.delivered).toBe("no");
    expect(error.retryable).toBe(true);
  });

  it("reports a server that never answers as maybe delivered, after the timeout", async () => {
    // Prepare
    const { url, received } = await startServer(() => {});
    const started = Date.now();

    // Act
    const error = await outboundErrorOf(postJson(url, { message: "Hi" }, {}, 200));

    // Assess
    expect(error.delivered).toBe("unknown");
    expect(received).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("reports a connection cut after the request was sent as maybe delivered", async () => {
    // Prepare
    const { url } = await startServer((res) => res.socket?.destroy());

    // Act
    const error = await outboundErrorOf(postJson(url, { message: "Hi" }, {}));

    // Assess
    expect(error.delivered).toBe("unknown");
  });

  it("never puts the request headers (the token) in its error message", async () => {
    // Prepare
    const { url } = await startServer(answer(401, '{"error":{"message":"Invalid OAuth access token"}}'));

    // Act
    const error = await outboundErrorOf(postJson(`${url}/me/messages`, {}, { authorization: "Bearer s3cr3t-token" }));

    // Assess
    expect(error.message).toContain("Graph API");
    expect(error.message).not.toContain("s3cr3t-token");
  });
});

describe("OutboundError", () => {
  it("carries whether it may have been delivered, whether to retry, the wait asked for, the status and the cause", () => {
    // Prepare
    const cause = new Error("socket hang up");

    // Act
    const error = new OutboundError(
      "PagerDuty failed",
      { delivered: "no", retryable: true, retryAfterMs: 7000, status: 429 },
      { cause },
    );

    // Assess
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "OutboundError",
      delivered: "no",
      retryable: true,
      retryAfterMs: 7000,
      status: 429,
      cause,
    });
  });
});

describe("send: the wait a rate limit asks for", () => {
  it("reads X's x-rate-limit-reset when there is no Retry-After", async () => {
    // Prepare
    const now = new Date("2026-03-12T12:00:00Z");
    const reset = String(Math.floor(now.getTime() / 1000) + 42);
    const { url } = await startServer((res) => {
      res.writeHead(429, { "x-rate-limit-reset": reset, "content-type": "application/json" });
      res.end('{"title":"Too Many Requests"}');
    });

    // Act
    const error = await outboundErrorOf(send({ service: "X API", url: `${url}/2/tweets`, body: {}, now: () => now }));

    // Assess
    expect(error).toMatchObject({ retryable: true, status: 429, retryAfterMs: 42_000 });
  });
});
