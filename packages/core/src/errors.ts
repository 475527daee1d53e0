/**
 * Base of every error a module declares in its own words (`cases/errors.ts`, `platforms/errors.ts`, ...): a stable
 * machine `code` (what API clients see) and a sentence. Nothing in the domain knows about HTTP; the edge
 * (`http/statuses.ts`) decides the status of each kind.
 *
 * @example
 * ```ts
 * export class CaseNotFound extends DomainError {
 *   constructor(id: string) { super("case_not_found", `No case ${id}`); }
 * }
 * ```
 */
export class DomainError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Thrown when the configuration file or the environment is missing or invalid; start-up stops with its message. */
export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ConfigError";
  }
}
