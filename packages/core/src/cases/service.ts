import { AcknowledgementProtocol } from "./acknowledgement.ts";
import type { CaseServiceDeps } from "./context.ts";
import { CaseIntake } from "./intake.ts";
import { CaseOperations } from "./operations.ts";

export { AcknowledgementBusyError } from "./acknowledgement.ts";
export type { CaseServiceDeps } from "./context.ts";
export { CaseOperations } from "./operations.ts";
export type { QueueSummary } from "./views.ts";

/**
 * What happens to cases, in four parts: intake from webhooks (`intake.ts`), the automatic acknowledgement protocol
 * (`acknowledgement.ts`), operators' commands (`commands.ts`) and read views (`views.ts`). This facade wires them
 * over one set of dependencies; the operator API uses `CaseOperations` (commands and views) alone.
 *
 * @example
 * ```ts
 * const cases = new CaseService({ store, config, clock: systemClock, senders: { facebook: graph } });
 * await cases.ingest(item); // creates the case once and acknowledges it once
 * ```
 */
export class CaseService extends CaseOperations {
  readonly #intake: CaseIntake;

  constructor(deps: CaseServiceDeps) {
    super(deps);
    this.#intake = new CaseIntake(this.context, new AcknowledgementProtocol(this.context));
  }

  /** See `CaseIntake.ingest`. */
  ingest(...args: Parameters<CaseIntake["ingest"]>) {
    return this.#intake.ingest(...args);
  }
}
