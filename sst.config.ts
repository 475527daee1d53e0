/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  async app(input) {
    // sst.config.ts takes no top-level imports; infra/stage.ts is the one decision on which stages are permanent.
    const { isPermanentStage } = await import("./infra/stage.ts");
    const permanent = isPermanentStage(input.stage);
    return {
      name: "firstreply",
      home: "aws",
      // A permanent stage keeps its table and queues even if the stack goes; others clean up after themselves.
      removal: permanent ? "retain" : "remove",
      protect: permanent,
    };
  },
  async run() {
    const { api } = await import("./infra/api.ts");
    const { table } = await import("./infra/storage.ts");
    const { intakeQueue, intakeDeadLetterQueue } = await import("./infra/queues.ts");
    await import("./infra/router.ts");
    await import("./infra/schedules.ts");
    const { alarmTopic } = await import("./infra/alarms.ts");
    return {
      api: api.url,
      table: table.name,
      intakeQueue: intakeQueue.url,
      intakeDeadLetterQueue: intakeDeadLetterQueue.url,
      alarmTopic: alarmTopic.arn,
    };
  },
});
