import { DomainError } from "../errors.ts";

/** Messages could not be put on a queue (down, hanging, refusing them): the caller answers so the sender retries. */
export class QueueUnavailable extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("queue_unavailable", message, options);
  }
}

/** A list cursor this API never returned. */
export class BadCursor extends DomainError {
  constructor() {
    super("bad_cursor", "cursor is not one this API returned");
  }
}
