import { api } from "./api.ts";
import { intakeDeadLetterQueue, intakeQueue, timersDeadLetterQueue } from "./queues.ts";
import { crons } from "./schedules.ts";

/** Alarm notifications; other subscribers (PagerDuty, Chatbot) can be attached to it outside this app. */
export const alarmTopic = new aws.sns.Topic("AlarmTopic");

const alarmEmail = process.env.ALARM_EMAIL?.trim();

/** Only when ALARM_EMAIL is set at deploy time; AWS mails a confirmation link before anything is delivered. */
export const alarmEmailSubscription = alarmEmail
  ? new aws.sns.TopicSubscription("AlarmEmail", { topic: alarmTopic.arn, protocol: "email", endpoint: alarmEmail })
  : undefined;

const queueAlarmDefaults = {
  namespace: "AWS/SQS",
  statistic: "Maximum",
  period: 60,
  evaluationPeriods: 1,
  comparisonOperator: "GreaterThanThreshold",
  // SQS stops publishing for idle queues; silence means nothing is waiting, not an outage.
  treatMissingData: "notBreaching",
  alarmActions: [alarmTopic.arn],
  okActions: [alarmTopic.arn],
};

/** Any message here is a complaint that never became a case. */
export const deadLetterAlarm = new aws.cloudwatch.MetricAlarm("IntakeDlqNotEmpty", {
  ...queueAlarmDefaults,
  name: `${$app.name}-${$app.stage}-intake-dlq-not-empty`,
  alarmDescription: "Intake messages exhausted their retries and sit in the DLQ: inspect, fix, redrive.",
  metricName: "ApproximateNumberOfMessagesVisible",
  dimensions: { QueueName: intakeDeadLetterQueue.nodes.queue.name },
  threshold: 0,
});

/** The router should drain intake within seconds; a minute-old message means it is failing or throttled. */
export const intakeBacklogAlarm = new aws.cloudwatch.MetricAlarm("IntakeOldestMessageAge", {
  ...queueAlarmDefaults,
  name: `${$app.name}-${$app.stage}-intake-oldest-message-over-60s`,
  alarmDescription: "The oldest intake message is over 60 s old: new cases and their acknowledgements are delayed.",
  metricName: "ApproximateAgeOfOldestMessage",
  dimensions: { QueueName: intakeQueue.nodes.queue.name },
  threshold: 60,
});

/** Timers that kept failing: the sweep still covers their queues every minute, but the watchdog is failing. */
export const timersDeadLetterAlarm = new aws.cloudwatch.MetricAlarm("TimersDlqNotEmpty", {
  ...queueAlarmDefaults,
  name: `${$app.name}-${$app.stage}-timers-dlq-not-empty`,
  alarmDescription:
    "Watchdog timers exhausted their retries: pages may come up to a minute late. Check the timer logs.",
  metricName: "ApproximateNumberOfMessagesVisible",
  dimensions: { QueueName: timersDeadLetterQueue.nodes.queue.name },
  threshold: 0,
});

/** More than 5% of API calls (webhooks and /api) answered 5xx over 5 minutes, once there is traffic to judge by. */
export const apiErrorsAlarm = new aws.cloudwatch.MetricAlarm("ApiServerErrors", {
  name: `${$app.name}-${$app.stage}-api-5xx-over-5-percent`,
  alarmDescription:
    "Over 5% of webhook and API calls answered 5xx for 5 minutes: platforms are retrying and may disable the webhooks.",
  comparisonOperator: "GreaterThanThreshold",
  evaluationPeriods: 1,
  threshold: 5,
  treatMissingData: "notBreaching",
  alarmActions: [alarmTopic.arn],
  okActions: [alarmTopic.arn],
  metricQueries: [
    {
      id: "errors",
      metric: {
        namespace: "AWS/ApiGateway",
        metricName: "5xx",
        stat: "Sum",
        period: 300,
        dimensions: { ApiId: api.nodes.api.id },
      },
    },
    {
      id: "calls",
      metric: {
        namespace: "AWS/ApiGateway",
        metricName: "Count",
        stat: "Sum",
        period: 300,
        dimensions: { ApiId: api.nodes.api.id },
      },
    },
    { id: "rate", expression: "IF(calls > 20, 100 * errors / calls, 0)", label: "5xx %", returnData: true },
  ],
});

/** The sweep is the safety net behind the timers: it must not fail silently. */
export const sweepErrorsAlarms = crons.map(
  (cron, index) =>
    new aws.cloudwatch.MetricAlarm(`SweepErrors${index === 0 ? "" : index}`, {
      name: `${$app.name}-${$app.stage}-sweep-failing`,
      alarmDescription: "The watchdog's sweep failed twice in a row: a lost timer would now delay a page indefinitely.",
      namespace: "AWS/Lambda",
      metricName: "Errors",
      statistic: "Sum",
      period: 60,
      evaluationPeriods: 2,
      threshold: 0,
      comparisonOperator: "GreaterThanThreshold",
      treatMissingData: "notBreaching",
      dimensions: { FunctionName: cron.nodes.function.name },
      alarmActions: [alarmTopic.arn],
      okActions: [alarmTopic.arn],
    }),
);

/** Pages should go out within seconds of a breach (the product's promise); p95 over 5 s for 10 minutes is a fault. */
export const breachToPageAlarm = new aws.cloudwatch.MetricAlarm("BreachToPageSlow", {
  name: `${$app.name}-${$app.stage}-breach-to-page-p95-over-5s`,
  alarmDescription:
    "Pages reach responders more than 5 s after the breach (p95): check the timers queue and the sweep.",
  namespace: "firstreply",
  metricName: "BreachToPageMilliseconds",
  extendedStatistic: "p95",
  period: 300,
  evaluationPeriods: 2,
  threshold: 5000,
  comparisonOperator: "GreaterThanThreshold",
  treatMissingData: "notBreaching",
  dimensions: { service: "firstreply", stage: $app.stage },
  alarmActions: [alarmTopic.arn],
  okActions: [alarmTopic.arn],
});
