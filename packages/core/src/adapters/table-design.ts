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
  /** Every index projects all attributes: list views read whole cases. */
  indexes: {
    /** Cases of one team queue, newest first: gsi1pk = `QUEUE#<queue>`, gsi1sk = `<receivedAt>#<id>`. */
    byQueue: { hashKey: "gsi1pk", rangeKey: "gsi1sk" },
    /** Cases in one status, newest first: gsi2pk = `STATUS#<status>`, gsi2sk = `<receivedAt>#<id>`. */
    byStatus: { hashKey: "gsi2pk", rangeKey: "gsi2sk" },
    /** All cases, newest first: gsi3pk = `CASES#<yyyy-mm>`, gsi3sk = `<receivedAt>#<id>` (monthly buckets). */
    byTime: { hashKey: "gsi3pk", rangeKey: "gsi3sk" },
    /**
     * Sparse: only cases still waiting for a human response carry these attributes, so a queue's backlog and its
     * oldest due case are one Query: awaitingQueue = `<queue>`, awaitingDue = `<firstResponseDueAt>#<id>`.
     */
    awaiting: { hashKey: "awaitingQueue", rangeKey: "awaitingDue" },
  },
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
