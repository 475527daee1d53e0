import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the loopback server saw it, body byte for byte. */
export interface RecordedRequest {
  method: string | undefined;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RecordingServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * For tests: a loopback HTTP server on a free port that records each request and answers with `respond` (which may
 * also never answer, to exercise timeouts). Close it after the test.
 *
 * @example
 * ```ts
 * const server = await startRecordingServer((res) => res.writeHead(202).end('{"status":"success"}'));
 * await new PagerDutyPager({ eventsUrl: `${server.origin}/v2/enqueue`, routingKey: "k" }).send(notice);
 * await server.close();
 * ```
 */
export async function startRecordingServer(
  respond: (res: ServerResponse, request: RecordedRequest) => void,
): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        method: req.method,
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(request);
      respond(res, request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * For tests: a loopback port where nothing listens, so a connection to it is refused.
 *
 * @example
 * ```ts
 * const url = `http://127.0.0.1:${await closedPort()}/v2/enqueue`;
 * ```
 */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
