import type { PageRecord } from "./schema.ts";
import type { PageChange } from "./transitions.ts";

/**
 * Persistence of pages. A queue has at most one open episode: `openEpisode` writes the page together with a per-queue
 * lock that only one writer can create, so concurrent watchdogs never open two pages for one breach.
 */
export interface PageStore {
  /** The page of the queue's open episode, if any. */
  currentPageId(queue: string): Promise<string | undefined>;
  /** Opens an episode with this page; null when the queue already has one (someone else opened it). */
  openEpisode(page: PageRecord): Promise<PageRecord | null>;
  /** Ends the queue's episode, if it is still this page's. */
  closeEpisode(queue: string, pageId: string): Promise<void>;
  get(id: string): Promise<PageRecord | undefined>;
  /** Like CaseStore.mutate: atomic, retried on conflict, starting from `current` when given. */
  mutate(id: string, change: PageChange, current?: PageRecord): Promise<PageRecord | null>;
  /** Newest first. */
  list(query: { limit: number; cursor?: string }): Promise<{ items: PageRecord[]; next: string | null }>;
  /** Every page triggered in [from, to), for metrics. */
  triggeredBetween(from: Date, to: Date): Promise<PageRecord[]>;
  /** Pages with a notice due by `now`, oldest due first (for the sweep). */
  withDueNotices(now: Date): Promise<string[]>;
}
