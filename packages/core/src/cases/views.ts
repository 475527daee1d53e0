import { maskSensitive } from "../triage/mask.ts";
import type { CaseContext, CaseServiceDeps } from "./context.ts";
import { CaseNotFound } from "./errors.ts";
import { caseIdPattern } from "./ids.ts";
import type { Case, CaseStatus, HistoryEntry } from "./schema.ts";
import type { QueueBacklog } from "./store.ts";

export interface QueueSummary {
  id: string;
  open: number;
  overdue: number;
  oldestOpenAgeSeconds: number | null;
}

/** What operators read: a case with its history, lists of cases (masked), each queue's backlog. */
export class CaseViews {
  readonly #deps: CaseServiceDeps;
  readonly #context: CaseContext;

  constructor(context: CaseContext) {
    this.#context = context;
    this.#deps = context.deps;
  }

  async get(id: string): Promise<Case & { history: HistoryEntry[] }> {
    const found = caseIdPattern.test(id) ? await this.#deps.store.getWithHistory(id) : undefined;
    if (!found) throw new CaseNotFound(id);
    return { ...this.#context.publicView(found.record), history: found.history };
  }

  async list(query: { queue?: string; status?: CaseStatus; limit: number; cursor?: string }) {
    const page = await this.#deps.store.list(query);
    // List views never show account data in full: the case's own page does, to the operator who opens it.
    return {
      items: page.items.map((record) => {
        const view = this.#context.publicView(record);
        return { ...view, text: maskSensitive(view.text) };
      }),
      next: page.next,
    };
  }

  async queues(): Promise<{ items: QueueSummary[] }> {
    const now = this.#deps.clock.now();
    const items = await Promise.all(
      this.#deps.config.queues.map(async (queue) => {
        const backlog: QueueBacklog = await this.#deps.store.queueBacklog(queue.id, now);
        return {
          id: queue.id,
          open: backlog.open,
          overdue: backlog.overdue,
          oldestOpenAgeSeconds: backlog.oldestReceivedAt
            ? Math.max(0, Math.floor((now.getTime() - Date.parse(backlog.oldestReceivedAt)) / 1000))
            : null,
        };
      }),
    );
    return { items };
  }
}
