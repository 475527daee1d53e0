import { createServer, type IncomingHttpHeaders } from "node:http";

export interface StubRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
  at: number;
}

/**
 * A loopback stand-in for an outside API (the Graph API here): records every request and answers with what
 * `respond` returns (by default 200 with a fresh id).
 */
export async function startPlatformStub() {
  const requests: StubRequest[] = [];
  let counter = 0;
  let respond: (request: StubRequest) => {
    status: number;
    body: unknown;
    headers?: Record<string, string>;
    /** Answer only after this long (the request is recorded at once). */
    delayMs?: number;
  } = () => ({
    status: 200,
    body: { id: `stub_${++counter}` },
  });
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => {
      raw += chunk;
    });
    req.on("end", () => {
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // keep raw
      }
      const request = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body, at: Date.now() };
      requests.push(request);
      const answer = respond(request);
      const reply = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
        res.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
      };
      if (answer.delayMs) setTimeout(reply, answer.delayMs);
      else reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answerWith(fn: typeof respond) {
      respond = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
