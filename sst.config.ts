/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  app(input) {
    const production = input.stage === "production";
    return {
      name: "firstreply",
      home: "aws",
      // Production keeps its table and queues even if the stack goes; other stages clean up after themselves.
      removal: production ? "retain" : "remove",
      protect: production,
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
