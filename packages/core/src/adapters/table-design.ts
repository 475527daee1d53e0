/**
 * The single DynamoDB table's key design, shared by the SST infra (`infra/storage.ts`) and the local stack's
 * provisioning so both create exactly the same table. Access patterns are documented in docs/architecture.md.
 *
 * @example
 * ```ts
 * import { tableDesign } from "#core/adapters/table-design.ts";
 * tableDesign.indexes.byQueue.hashKey; // "gsi1pk"
 * ```
 */
export const tableDesign = {
  hashKey: "pk",
  rangeKey: "sk",
  /**
   * Each index projects only what its queries read (`projection`: the keys, or the keys plus these attributes):
   * every case write is also written to each index it belongs to, and a copy of a whole case (over 1 KB) costs two
   * write units where keys cost one. List views read the page's keys from an index, then the cases themselves in one
   * BatchGetItem.
   */
  indexes: {
    /**
     * Cases of one team queue, newest first: gsi1pk = `QUEUE#<queue>#<shard>`, gsi1sk = `<receivedAt>#<id>`.
     * Carries the status, which a queue's list filters on.
     */
    byQueue: { hashKey: "gsi1pk", rangeKey: "gsi1sk", projection: ["status"] },
    /**
     * Cases in one status, newest first: gsi2pk = `STATUS#<status>#<shard>`, gsi2sk = `<receivedAt>#<id>` (pages:
     * `PAGE_NOTICES`).
     */
    byStatus: { hashKey: "gsi2pk", rangeKey: "gsi2sk", projection: "keys-only" },
    /** All cases, newest first: gsi3pk = `CASES#<shard>`, gsi3sk = `<receivedAt>#<id>` (pages: `PAGES`). */
    byTime: { hashKey: "gsi3pk", rangeKey: "gsi3sk", projection: "keys-only" },
    /**
     * Sparse: only cases still waiting for a human response carry these attributes, so a queue's backlog and its
     * oldest due cases are one Query per shard: awaitingQueue = `<queue>#<shard of awaitingShards>`, awaitingDue =
     * `<firstResponseDueAt>#<id>`. Carries what a page quotes of its overdue cases, so the watchdog never reads the
     * cases themselves.
     */
    awaiting: {
      hashKey: "awaitingQueue",
      rangeKey: "awaitingDue",
      projection: ["id", "receivedAt", "firstResponseDueAt", "text", "url"],
    },
  },
  /**
   * Every case is written to `byTime` and `byStatus`, and in a crisis most of them to one queue's `byQueue` and
   * `awaiting` keys, so one key each would be one index partition for all of them (at most 1,000 write units a
   * second): every index key ends in one of this many shards, chosen by the case id, and a read takes them all and
   * merges them. Cases written before the shards carry the bare key (`CASES`, `STATUS#<status>`, `QUEUE#<queue>`,
   * `<queue>`), which reads still take. Fixed for the life of a table: items keep the shard they were written with.
   */
  listShards: 16,
  /**
   * The `awaiting` keys' own shards, fewer: the watchdog reads all of a queue's at every look, the moment a case falls
   * due, where a list is read when someone opens it; and a case is written to `awaiting` about twice in its life (in
   * when it comes, out when answered: 4 to 6 units, transactions included). Four keys take about 4,000 write units a
   * second, some 700 new cases a second in one queue. Fixed for the life of a table, like `listShards`.
   */
  awaitingShards: 4,
  /** Epoch seconds; DynamoDB deletes conversation pointers once past it (cases themselves are kept). */
  ttlAttribute: "expiresAt",
} as const;

export type IndexName = keyof typeof tableDesign.indexes;

/** Every key attribute is a string. */
export const keyAttributes = (): string[] => {
  const names = new Set<string>([tableDesign.hashKey, tableDesign.rangeKey]);
  for (const index of Object.values(tableDesign.indexes)) {
    names.add(index.hashKey);
    names.add(index.rangeKey);
  }
  return [...names];
};
