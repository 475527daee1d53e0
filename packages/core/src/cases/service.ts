import { AcknowledgementProtocol } from "./acknowledgement.ts";
import { CaseCommands } from "./commands.ts";
import { CaseContext, type CaseServiceDeps } from "./context.ts";
import { CaseIntake } from "./intake.ts";
import { CaseViews } from "./views.ts";

export { AcknowledgementBusyError } from "./acknowledgement.ts";
export type { CaseServiceDeps } from "./context.ts";
export type { QueueSummary } from "./views.ts";

/**
 * What happens to cases, in four parts: intake from webhooks (`intake.ts`), the automatic acknowledgement protocol
 * (`acknowledgement.ts`), operators' commands (`commands.ts`) and read views (`views.ts`). This facade wires them
 * over one set of dependencies.
 *
 * @example
 * ```ts
 * const cases = new CaseService({ store, config, clock: systemClock, senders: { facebook: graph } });
 * await cases.ingest(item); // creates the case once and acknowledges it once
 * ```
 */
export class CaseService {
  readonly #intake: CaseIntake;
  readonly #commands: CaseCommands;
  readonly #views: CaseViews;

  constructor(deps: CaseServiceDeps) {
    const context = new CaseContext(deps);
    this.#intake = new CaseIntake(context, new AcknowledgementProtocol(context));
    this.#commands = new CaseCommands(context);
    this.#views = new CaseViews(context);
  }

  /** See `CaseIntake.ingest`. */
  ingest(...args: Parameters<CaseIntake["ingest"]>) {
    return this.#intake.ingest(...args);
  }

  /** See `CaseCommands.respond`. */
  respond(...args: Parameters<CaseCommands["respond"]>) {
    return this.#commands.respond(...args);
  }

  close(...args: Parameters<CaseCommands["close"]>) {
    return this.#commands.close(...args);
  }

  wait(...args: Parameters<CaseCommands["wait"]>) {
    return this.#commands.wait(...args);
  }

  resume(...args: Parameters<CaseCommands["resume"]>) {
    return this.#commands.resume(...args);
  }

  get(...args: Parameters<CaseViews["get"]>) {
    return this.#views.get(...args);
  }

  list(...args: Parameters<CaseViews["list"]>) {
    return this.#views.list(...args);
  }

  queues() {
    return this.#views.queues();
  }
}
