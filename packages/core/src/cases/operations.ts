import { CaseCommands } from "./commands.ts";
import { CaseContext, type CaseServiceDeps } from "./context.ts";
import { CaseViews } from "./views.ts";

/**
 * What operators do with cases: their commands (`commands.ts`: respond, close, wait, resume) and the read views
 * (`views.ts`). The operator API uses this alone, so that triage, the reply templates and intake stay out of its
 * bundle; `CaseService` adds intake for the router.
 *
 * @example
 * ```ts
 * const cases = new CaseOperations({ store, config, clock: systemClock, senders: { facebook: graph } });
 * await cases.respond(caseId, { text: "Hi Dana, ...", responder: "sam" });
 * ```
 */
export class CaseOperations {
  protected readonly context: CaseContext;
  readonly #commands: CaseCommands;
  readonly #views: CaseViews;

  constructor(deps: CaseServiceDeps) {
    this.context = new CaseContext(deps);
    this.#commands = new CaseCommands(this.context);
    this.#views = new CaseViews(this.context);
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
