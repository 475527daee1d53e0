import { schedules } from "../functions/routes.ts";
import { functionDefaults } from "./functions.ts";

/** The watchdog's sweep: the safety net behind its timers, every minute. */
export const crons = schedules.map(
  (schedule) =>
    new sst.aws.Cron(schedule.name, {
      schedule: `rate(${schedule.everyMinutes} minute${schedule.everyMinutes === 1 ? "" : "s"})`,
      function: {
        handler: schedule.handler,
        ...functionDefaults({
          secrets: [],
          uses: schedule.uses,
          timeoutSeconds: 50,
          sendsPages: schedule.sendsPages,
        }),
      },
    }),
);
