import { keyAttributes, tableDesign } from "../packages/core/src/adapters/table-design.ts";
import { isPermanentStage } from "./stage.ts";

/**
 * The single table. Everything comes from `tableDesign`, which the local stack also provisions from, so indexes
 * named here are the ones the app queries on a laptop.
 */
export const table = new sst.aws.Dynamo("Table", {
  fields: Object.fromEntries(keyAttributes().map((name) => [name, "string" as const])),
  primaryIndex: { hashKey: tableDesign.hashKey, rangeKey: tableDesign.rangeKey },
  globalIndexes: Object.fromEntries(
    Object.entries(tableDesign.indexes).map(([name, index]) => [
      name,
      // Narrow projections (see tableDesign): each case write copies less into the indexes. A deployed index whose
      // projection changes is deleted and created again (DynamoDB cannot alter it in place), and backfilled; its
      // list queries fail until it is active again (docs/architecture.md, "The table").
      {
        hashKey: index.hashKey,
        rangeKey: index.rangeKey,
        projection: index.projection === "keys-only" ? ("keys-only" as const) : [...index.projection],
      },
    ]),
  ),
  ttl: tableDesign.ttlAttribute,
  // SST already turns point-in-time recovery on for every table; a permanent stage also refuses deletion.
  deletionProtection: isPermanentStage($app.stage),
});
