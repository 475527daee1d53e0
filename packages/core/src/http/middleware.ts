import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import middy, { type MiddlewareObj } from "@middy/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { DomainError } from "../errors.ts";
import { jsonDepth, MAX_JSON_DEPTH } from "../platforms/issues.ts";
import { safeEqual } from "../platforms/signature.ts";
import { logger } from "../runtime/logger.ts";
import { InvalidRequest, Unauthorized } from "./errors.ts";
import { statusOf } from "./statuses.ts";

export type HttpResult = APIGatewayProxyStructuredResultV2;
export type HttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<HttpResult>;

/**
 * A JSON answer.
 *
 * @example
 * ```ts
 * return json(200, { items });
 * ```
 */
export const json = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { "content-type": "application/json; charset=utf-8" },
  body: JSON.stringify(body),
});

/** The request body as the exact bytes the sender signed. */
export const rawBody = (event: APIGatewayProxyEventV2): Buffer =>
  Buffer.from(event.body ?? "", event.isBase64Encoded ? "base64" : "utf8");

/** Parses a JSON body. @throws InvalidRequest when it is not JSON, or nests deeper than any request needs. */
export function jsonBody(event: APIGatewayProxyEventV2): unknown {
  const raw = rawBody(event);
  if (jsonDepth(raw) > MAX_JSON_DEPTH) {
    throw new InvalidRequest(`The body nests deeper than ${MAX_JSON_DEPTH} levels`, "malformed_json");
  }
  const body = raw.toString("utf8");
  if (body.trim() === "") return {};
  try {
    return JSON.parse(body);
  } catch {
    throw new InvalidRequest("The body is not valid JSON", "malformed_json");
  }
}

/**
 * Maps errors to answers at the edge: a domain error to its status (`statuses.ts`) with
 * `{ error: { code, message } }`; anything else to a 500 that reveals nothing (the details go to the log).
 */
export const httpErrors = (): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => ({
  onError: async (request) => {
    const error = request.error;
    if (error instanceof DomainError) {
      const status = statusOf(error);
      if (status >= 500) logger.warn("request failed", { code: error.code, error: error.message, status });
      request.response = json(status, { error: { code: error.code, message: error.message } });
      return;
    }
    logger.error("unexpected error", { error: error as Error });
    request.response = json(500, { error: { code: "internal", message: "Something went wrong on our side" } });
  },
});

/**
 * Requires `Authorization: Bearer <RESPONDER_API_TOKEN>`, compared in constant time.
 */
export const bearerAuth = (token: () => string | undefined): MiddlewareObj<APIGatewayProxyEventV2, HttpResult> => ({
  before: async (request) => {
    const expected = token();
    const header = request.event.headers?.authorization ?? request.event.headers?.Authorization ?? "";
    const presented = /^Bearer\s+(.+)$/i.exec(header.trim())?.[1];
    if (!expected || !presented || !safeEqual(expected, presented)) throw new Unauthorized();
  },
});

/**
 * Wraps an HTTP handler with the shared middlewares: the Lambda context in every log line, error mapping, and any
 * extra ones (authentication).
 *
 * @example
 * ```ts
 * export const handler = httpHandler(async (event) => json(200, { ok: true }));
 * ```
 */
export function httpHandler(handle: HttpHandler, ...extra: MiddlewareObj<APIGatewayProxyEventV2, HttpResult>[]) {
  // Every log line of the invocation carries the Lambda context (request id, function, cold start).
  const chain = middy<APIGatewayProxyEventV2, HttpResult>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(httpErrors());
  for (const middleware of extra) chain.use(middleware);
  return chain.handler(handle);
}
