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
      // List views read whole cases, so a narrower projection would cost a second read per item.
      { hashKey: index.hashKey, rangeKey: index.rangeKey, projection: "all" as const },
    ]),
  ),
  ttl: tableDesign.ttlAttribute,
  // SST already turns point-in-time recovery on for every table; a permanent stage also refuses deletion.
  deletionProtection: isPermanentStage($app.stage),
});
