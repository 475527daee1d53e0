/**
 * The one user-facing error class. The domain throws it with the HTTP status that fits; the HTTP edge
 * (`http/middleware.ts`) turns it into `{ "error": { "code", "message" } }`. Anything else becomes a 500 whose
 * message says nothing about internals.
 *
 * @example
 * ```ts
 * throw new AppError(404, "case_not_found", `No case ${id}`);
 * ```
 */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.status = status;
    this.code = code;
  }
}

/** Thrown when the configuration file is missing or invalid; start-up stops with its message. */
export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ConfigError";
  }
}
