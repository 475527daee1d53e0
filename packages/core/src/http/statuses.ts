import { BadCursor, QueueUnavailable } from "../adapters/errors.ts";
import {
  CannotWait,
  CaseClosed,
  CaseNotFound,
  NotWaiting,
  PlatformNotConfigured,
  PlatformRefusedReply,
  ReplyRejected,
  WindowClosed,
} from "../cases/errors.ts";
import type { DomainError } from "../errors.ts";
import { PageNotFound } from "../paging/errors.ts";
import {
  BadHandshake,
  BadSignature,
  DeliveryTooLarge,
  MalformedDelivery,
  MethodNotAllowed,
  MissingSignature,
  PlatformDisabled,
  StaleDelivery,
  UnknownPlatform,
  WrongVerifyToken,
} from "../platforms/errors.ts";
import { InvalidRequest, RouteNotFound, Unauthorized } from "./errors.ts";

type ErrorClass = abstract new (...args: never[]) => DomainError;

/** The one place that turns what went wrong (in each module's words) into an HTTP status. */
const statuses: readonly (readonly [ErrorClass, number | ((error: DomainError) => number)])[] = [
  [InvalidRequest, 400],
  [BadHandshake, 400],
  [MalformedDelivery, 400],
  [BadCursor, 400],
  [Unauthorized, 401],
  [MissingSignature, 401],
  [BadSignature, 401],
  [StaleDelivery, 401],
  [WrongVerifyToken, 403],
  [CaseNotFound, 404],
  [PageNotFound, 404],
  [PlatformDisabled, 404],
  [UnknownPlatform, 404],
  [RouteNotFound, 404],
  [MethodNotAllowed, 405],
  [CaseClosed, 409],
  [CannotWait, 409],
  [NotWaiting, 409],
  [WindowClosed, 409],
  [DeliveryTooLarge, 413],
  [ReplyRejected, 422],
  [PlatformRefusedReply, (error) => ((error as PlatformRefusedReply).uncertain ? 504 : 502)],
  [PlatformNotConfigured, 503],
  [QueueUnavailable, 503],
];

/**
 * The HTTP status of a domain error; 500 for one nobody mapped (a bug, reported as such).
 *
 * @example
 * ```ts
 * statusOf(new CaseNotFound("c_1")); // 404
 * ```
 */
export function statusOf(error: DomainError): number {
  for (const [kind, status] of statuses) {
    if (error instanceof kind) return typeof status === "function" ? status(error) : status;
  }
  return 500;
}
