import { DomainError } from "../errors.ts";

/** No case with that id. */
export class CaseNotFound extends DomainError {
  constructor(id: string) {
    super("case_not_found", `No case ${id}`);
  }
}

/** The case is closed: nothing more can be sent on it. */
export class CaseClosed extends DomainError {
  constructor(id: string) {
    super("case_closed", `Case ${id} is closed`);
  }
}

/** Only a case waiting for its first answer can pause its clock. */
export class CannotWait extends DomainError {
  constructor(id: string, status: string) {
    super("cannot_wait", `Case ${id} is ${status}: only a case waiting for its first answer can pause`);
  }
}

/** Resuming a case that is not waiting. */
export class NotWaiting extends DomainError {
  constructor(id: string) {
    super("not_waiting", `Case ${id} is not waiting`);
  }
}

/** A person's reply failed the guard; it can be fixed, or sent with `force`. */
export class ReplyRejected extends DomainError {
  readonly problems: readonly { code: string; message: string }[];

  constructor(problems: readonly { code: string; message: string }[]) {
    super(
      "reply_rejected",
      `The reply was not sent: ${problems.map((p) => p.message).join("; ")}. Fix it, or send it with "force": true.`,
    );
    this.problems = problems;
  }
}

/** The platform's reply credentials are unset here, or it has no reply API. */
export class PlatformNotConfigured extends DomainError {
  constructor(message: string) {
    super("platform_not_configured", message);
  }
}

/**
 * The platform did not take a person's reply. `uncertain` when it may have posted it anyway (a timeout): then it is
 * not resent blindly.
 */
export class PlatformRefusedReply extends DomainError {
  readonly uncertain: boolean;

  constructor(message: string, uncertain: boolean, options?: { cause?: unknown }) {
    super("platform_error", message, options);
    this.uncertain = uncertain;
  }
}

/** The platform's messaging window for this conversation is closed (see `MessagingWindowClosed`). */
export class WindowClosed extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("messaging_window_closed", message, options);
  }
}
