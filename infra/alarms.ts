import { intakeDeadLetterQueue, intakeQueue, timersDeadLetterQueue } from "./queues.ts";

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
