import { conversationKeyOf } from "#core/cases/ids.ts";
import { type HistoryEntry, historyOrder } from "#core/cases/schema.ts";
import type { CaseChange, CaseRecord, CaseStore, ListQuery, QueueBacklog } from "#core/cases/store.ts";
import type { OverdueSnapshot } from "#core/paging/schema.ts";
import type { PlatformName } from "#core/platforms/names.ts";

/**
 * An in-memory CaseStore for unit tests of the domain. The running product always uses DynamoDB (local or AWS); this
 * exists so the service's logic can be tested with an injected clock and without processes.
 */
export class MemoryCaseStore implements CaseStore {
  readonly cases = new Map<string, CaseRecord>();
  readonly history = new Map<string, Map<string, HistoryEntry>>();
  readonly threads = new Map<string, { caseId: string; at: string }>();
  /** Makes the next `mutate` calls throw, to simulate a crash at that point. */
  failNextMutations = 0;

  async create(draft: CaseRecord, history: HistoryEntry[]): Promise<CaseRecord | null> {
    if (this.cases.has(draft.id)) return null;
    const record = { ...draft, revision: 1 };
    this.cases.set(record.id, structuredClone(record));
    for (const entry of history) await this.addHistory(record.id, entry);
    this.threads.set(`${record.platform}#${conversationKeyOf(record)}`, { caseId: record.id, at: record.receivedAt });
    return structuredClone(record);
  }

  async get(id: string) {
    const record = this.cases.get(id);
    return record ? structuredClone(record) : undefined;
  }

  async getWithHistory(id: string) {
    const record = await this.get(id);
    if (!record) return undefined;
    const history = [...(this.history.get(id)?.values() ?? [])].sort(historyOrder);
    return { record, history };
  }

  async findByConversation(platform: PlatformName, key: string) {
    return this.threads.get(`${platform}#${key}`);
  }

  async addHistory(id: string, entry: HistoryEntry): Promise<boolean> {
    const entries = this.history.get(id) ?? new Map<string, HistoryEntry>();
    this.history.set(id, entries);
    const key = entry.key ?? `${entry.at}#${entries.size}`;
    if (entries.has(key)) return false;
    entries.set(key, structuredClone(entry));
    return true;
  }

  async mutate(id: string, change: CaseChange, known?: CaseRecord): Promise<CaseRecord | null> {
    if (this.failNextMutations > 0) {
      this.failNextMutations -= 1;
      throw new Error("simulated crash");
    }
    // No await between read and write: atomic, like the DynamoDB store's conditional write on `revision`. A caller's
    // stale copy is refused, and the change is computed again on the stored one, as the DynamoDB store does.
    const stored = this.cases.get(id);
    if (!stored) return null;
    const base = known && known.revision === stored.revision ? known : stored;
    const next = change(structuredClone(base));
    if (!next) return null;
    const written = { ...next.record, revision: stored.revision + 1 };
    this.cases.set(id, structuredClone(written));
    if (next.entry) await this.addHistory(id, next.entry);
    return structuredClone(written);
  }

  async list(query: ListQuery): Promise<{ items: CaseRecord[]; next: string | null }> {
    const all = [...this.cases.values()]
      .filter((c) => (!query.queue || c.queue === query.queue) && (!query.status || c.status === query.status))
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    const start = query.cursor ? Number(query.cursor) : 0;
    const items = all.slice(start, start + query.limit);
    return { items, next: start + query.limit < all.length ? String(start + query.limit) : null };
  }

  async queueBacklog(queue: string, now: Date): Promise<QueueBacklog> {
    const waiting = [...this.cases.values()].filter(
      (c) => c.queue === queue && c.status !== "closed" && c.status !== "waiting" && !c.respondedAt,
    );
    return {
      open: waiting.length,
      overdue: waiting.filter((c) => Date.parse(c.firstResponseDueAt) < now.getTime()).length,
      oldestReceivedAt: waiting.map((c) => c.receivedAt).sort()[0] ?? null,
    };
  }

  async overdue(queue: string, now: Date, limit: number): Promise<OverdueSnapshot> {
    const overdue = [...this.cases.values()]
      .filter(
        (c) =>
          c.queue === queue &&
          c.status !== "closed" &&
          c.status !== "waiting" &&
          !c.respondedAt &&
          Date.parse(c.firstResponseDueAt) < now.getTime(),
      )
      .sort((a, b) => a.firstResponseDueAt.localeCompare(b.firstResponseDueAt));
    return {
      count: overdue.length,
      cases: overdue.slice(0, limit).map((c) => ({
        id: c.id,
        firstResponseDueAt: c.firstResponseDueAt,
        receivedAt: c.receivedAt,
        text: c.text,
        url: c.url,
      })),
    };
  }

  async receivedBetween(from: Date, to: Date): Promise<CaseRecord[]> {
    return [...this.cases.values()].filter(
      (c) => Date.parse(c.receivedAt) >= from.getTime() && Date.parse(c.receivedAt) < to.getTime(),
    );
  }
}
