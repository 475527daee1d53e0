import type { PageRecord } from "#core/paging/schema.ts";
import type { PageStore } from "#core/paging/store.ts";
import type { PageChange } from "#core/paging/transitions.ts";

/** An in-memory PageStore for unit tests; reads and writes are atomic, like the DynamoDB store's conditional writes. */
export class MemoryPageStore implements PageStore {
  readonly pages = new Map<string, PageRecord>();
  readonly locks = new Map<string, string>();

  async currentPageId(queue: string) {
    return this.locks.get(queue);
  }

  async openEpisode(draft: PageRecord) {
    if (this.locks.has(draft.queue)) return null;
    const page = { ...draft, revision: 1 };
    this.locks.set(page.queue, page.id);
    this.pages.set(page.id, structuredClone(page));
    return structuredClone(page);
  }

  async closeEpisode(queue: string, pageId: string) {
    if (this.locks.get(queue) === pageId) this.locks.delete(queue);
  }

  async get(id: string) {
    const page = this.pages.get(id);
    return page ? structuredClone(page) : undefined;
  }

  async mutate(id: string, change: PageChange, known?: PageRecord) {
    const stored = this.pages.get(id);
    if (!stored) return null;
    const base = known && known.revision === stored.revision ? known : stored;
    const next = change(structuredClone(base));
    if (!next) return null;
    const written = { ...next, revision: stored.revision + 1 };
    this.pages.set(id, structuredClone(written));
    return structuredClone(written);
  }

  async list(query: { limit: number; cursor?: string }) {
    const all = [...this.pages.values()].sort((a, b) => b.triggeredAt.localeCompare(a.triggeredAt));
    return { items: all.slice(0, query.limit), next: null };
  }

  async withDueNotices(now: Date) {
    return [...this.pages.values()]
      .filter((p) => p.notices.some((n) => n.status === "pending" && Date.parse(n.nextAttemptAt) <= now.getTime()))
      .map((p) => p.id);
  }

  async triggeredBetween(from: Date, to: Date) {
    return [...this.pages.values()].filter(
      (p) => Date.parse(p.triggeredAt) >= from.getTime() && Date.parse(p.triggeredAt) < to.getTime(),
    );
  }
}
