import { DomainError } from "../errors.ts";

// The edge's own errors: what is wrong with a request before the domain sees it.

/** A query or body that does not have the fields the route takes, or is not JSON. */
export class InvalidRequest extends DomainError {
  constructor(message: string, code: "invalid_request" | "malformed_json" = "invalid_request") {
    super(code, message);
  }
}

/** No valid bearer token. */
export class Unauthorized extends DomainError {
  constructor(message = "A valid bearer token (RESPONDER_API_TOKEN) is required") {
    super("unauthorized", message);
  }
}

/** No route of that method and path. */
export class RouteNotFound extends DomainError {
  constructor(message: string) {
    super("not_found", message);
  }
}
