import { isUtf8 } from "node:buffer";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { type HttpRoute, httpRoutes } from "#functions/routes.ts";
import { loadHandler } from "./handlers.ts";
import { lambdaContext } from "./lambda-context.ts";
import { recordInvocation } from "./usage.ts";

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** API Gateway's own payload limit; handlers apply their tighter ones. */
const MAX_BODY = 10 * 1024 * 1024;

interface CompiledRoute {
  route: HttpRoute;
  method: string;
  pattern: RegExp;
  params: string[];
  score: number;
}

/** Route keys as API Gateway v2 reads them: exact method beats ANY, literal segments beat {params}, greedy last. */
function compileRoute(route: HttpRoute): CompiledRoute {
  const [method = "ANY", path = "/"] = route.route.split(" ");
  const params: string[] = [];
  let score = method === "ANY" ? 0 : 1;
  const source = path
    .split("/")
    .map((segment) => {
      const greedy = /^\{(\w+)\+\}$/.exec(segment);
      if (greedy?.[1]) {
        params.push(greedy[1]);
        score -= 1000;
        return "(.+)";
      }
      const param = /^\{(\w+)\}$/.exec(segment);
      if (param?.[1]) {
        params.push(param[1]);
        return "([^/]+)";
      }
      score += 10;
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return { route, method, pattern: new RegExp(`^${source}$`), params, score };
}

const compiled = httpRoutes.map(compileRoute);

/**
 * Finds the route API Gateway would pick for a request.
 *
 * @example
 * ```ts
 * matchRoute("POST", "/api/cases/c_1/respond")?.route.route; // "POST /api/cases/{id}/respond"
 * ```
 */
export function matchRoute(method: string, path: string) {
  let best: { route: CompiledRoute; pathParameters: Record<string, string> } | undefined;
  for (const candidate of compiled) {
    if (candidate.method !== "ANY" && candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    if (best && best.route.score >= candidate.score) continue;
    const pathParameters: Record<string, string> = {};
    candidate.params.forEach((name, index) => {
      pathParameters[name] = decodeURIComponent(match[index + 1] ?? "");
    });
    best = { route: candidate, pathParameters };
  }
  return best;
}

const readBody = (request: IncomingMessage): Promise<Buffer | "too-large"> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    request.on("end", () => resolve(size > MAX_BODY ? "too-large" : Buffer.concat(chunks)));
    request.on("error", reject);
  });

/** The API Gateway v2 (payload format 2.0) event for a request. */
function toEvent(request: IncomingMessage, body: Buffer, match: NonNullable<ReturnType<typeof matchRoute>>) {
  const url = new URL(request.url ?? "/", "http://local");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && name !== "cookie") headers[name] = Array.isArray(value) ? value.join(",") : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const now = new Date();
  const method = request.method ?? "GET";
  const hasBody = body.length > 0;
  const text = hasBody && isUtf8(body);
  const event: APIGatewayProxyEventV2 = {
    version: "2.0",
    routeKey: match.route.route.route,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: request.headers.cookie?.split(";").map((c) => c.trim()),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters: Object.keys(match.pathParameters).length ? match.pathParameters : undefined,
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      domainName: request.headers.host ?? "127.0.0.1",
      domainPrefix: "local",
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? "127.0.0.1",
        userAgent: request.headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey: match.route.route.route,
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body: hasBody ? body.toString(text ? "utf8" : "base64") : undefined,
    isBase64Encoded: hasBody && !text,
  };
  return event;
}

function send(response: ServerResponse, result: APIGatewayProxyStructuredResultV2) {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers["set-cookie"] = result.cookies;
  const body = result.body ? Buffer.from(result.body, result.isBase64Encoded ? "base64" : "utf8") : undefined;
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(body);
}

const errorResult = (statusCode: number, code: string, message: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { "content-type": "application/json; charset=utf-8" },
  body: JSON.stringify({ error: { code, message } }),
});

/**
 * The local HTTP front: turns requests into API Gateway v2 events, calls the handler SST would route them to, and
 * writes its answer back. Listens on 127.0.0.1 only.
 *
 * @example
 * ```ts
 * const front = await startHttpFront(3000);
 * console.log(front.url); // http://127.0.0.1:3000
 * ```
 */
export async function startHttpFront(port: number) {
  const handlers = new Map<string, Handler>();
  for (const route of httpRoutes) {
    if (!handlers.has(route.handler)) handlers.set(route.handler, await loadHandler<Handler>(route.handler));
  }
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://local");
      const match = matchRoute(request.method ?? "GET", url.pathname);
      if (!match) {
        await readBody(request);
        return send(response, errorResult(404, "not_found", `No route ${request.method} ${url.pathname}`));
      }
      const body = await readBody(request);
      if (body === "too-large") return send(response, errorResult(413, "payload_too_large", "Request too large"));
      const { route } = match.route;
      const handler = handlers.get(route.handler) as Handler;
      const started = performance.now();
      const result = await handler(toEvent(request, body, match), lambdaContext(route.handler, 10)).finally(() =>
        recordInvocation(route.function ?? route.handler, performance.now() - started),
      );
      send(response, result);
    } catch (error) {
      console.error("local front: handler crashed", error);
      if (!response.headersSent) send(response, errorResult(502, "bad_gateway", "The handler failed"));
      else response.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
