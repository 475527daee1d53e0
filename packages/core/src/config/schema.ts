import { z } from "zod";
import { platformNames } from "../platforms/names.ts";
import { defaultReplyLanguages, replyPurposes, replyTemplatesSchema } from "../replies/template-config.ts";
import { businessHoursSchema } from "../sla/business-hours.ts";
import { credential, credentialFormats } from "./credentials.ts";
import { parseDurationMs } from "./duration.ts";

const duration = z
  .string()
  .refine((text) => parseDurationMs(text) !== undefined, {
    message: "must be a positive ISO 8601 duration in weeks, days, hours, minutes or seconds, such as PT1H or PT5S",
  })
  .meta({ description: "ISO 8601 duration (PnW, PnD, PTnH, PTnM, PTnS and combinations)", examples: ["PT1H"] });

export const caseKinds = ["complaint", "question", "praise", "spam", "other"] as const;
export const urgencyKinds = ["legal", "safety", "churn", "press", "repeat"] as const;

const responderSchema = z
  .object({
    name: z.string().min(1).meta({ description: "Who is paged, as shown in pages and history" }),
    pagerduty: z
      .object({ routingKey: credential(credentialFormats.routingKey) })
      .strict()
      .optional(),
    slack: z
      .object({ webhookUrl: credential(credentialFormats.webhookUrl) })
      .strict()
      .optional(),
    webhook: z
      .object({ url: z.url({ protocol: /^https?$/ }), secret: credential(credentialFormats.secret) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((r) => [r.pagerduty, r.slack, r.webhook].filter(Boolean).length === 1, {
    message: "needs exactly one of pagerduty, slack or webhook",
  });

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

const routeSchema = z
  .object({
    match: z
      .object({
        keywords: z.array(z.string().trim().min(1)).min(1).optional(),
        platform: oneOrMany(z.enum(platformNames)).optional(),
        kind: oneOrMany(z.enum(caseKinds)).optional(),
        language: oneOrMany(z.string().regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 code")).optional(),
        sensitive: z.boolean().optional(),
        /** `true`: any urgency; or the kinds: legal, safety, churn, press, repeat. */
        urgency: z.union([z.boolean(), oneOrMany(z.enum(urgencyKinds))]).optional(),
      })
      .strict(),
    queue: z.string().min(1),
    firstResponseTarget: duration.optional().meta({
      description: "A shorter target for what this route catches (e.g. urgent items), instead of the queue's",
    }),
  })
  .strict();

const queueIdPattern = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * The responder configuration (`responder.config.json`, or the file `RESPONDER_CONFIG` names).
 *
 * @example
 * ```ts
 * const config = responderConfigSchema.parse(JSON.parse(text));
 * ```
 */
export const responderConfigSchema = z
  .object({
    $schema: z.string().optional(),
    brand: z
      .object({
        name: z.string().min(1),
        signature: z.string().min(1).meta({ description: "Signs every reply, e.g. 'Dana, Acme Care'" }),
        defaultLanguage: z
          .string()
          .regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 code, such as en")
          .default("en")
          .meta({
            description:
              "The language of replies to customers whose language has no reply wording (or is too short to tell): never a third language",
          }),
        accounts: z
          .record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]))
          .default({})
          .meta({ description: "The brand's own account ids per platform, e.g. { facebook: PAGE_ID }" }),
      })
      .strict(),
    queues: z
      .array(
        z
          .object({
            id: z.string().regex(queueIdPattern, "must be lowercase letters, digits, - or _ (at most 64)"),
            name: z.string().min(1).optional(),
            firstResponseTarget: duration,
            escalateAfter: duration,
            businessHours: businessHoursSchema
              .optional()
              .meta({ description: "When set, the first-response clock only runs inside these hours" }),
            responders: z.array(responderSchema).min(1),
          })
          .strict(),
      )
      .min(1),
    routes: z.array(routeSchema).default([]),
    defaultQueue: z.string().min(1),
    retention: duration.default("P400D").meta({
      description:
        "How long a case's text and history are kept: each expires this long after it was written (DynamoDB TTL)",
    }),
    replies: z
      .object({
        praise: z
          .enum(["thank", "none"])
          .default("thank")
          .meta({
            description:
              "thank: a short automatic thanks closes the case, unless triage finds it may be sarcasm (then a person " +
              "looks); none: praise waits for a human",
          }),
        allowedDomains: z.array(z.string().min(3)).default([]).meta({
          description: "Domains replies may link to (e.g. the brand's status page); any other link is refused",
        }),
        templates: replyTemplatesSchema
          .optional()
          .meta({ description: "Reply templates per queue, kind and language; the built-in ones answer otherwise" }),
      })
      .strict()
      .default({ praise: "thank", allowedDomains: [] }),
  })
  .strict()
  .superRefine((config, ctx) => {
    const ids = new Set<string>();
    config.queues.forEach((queue, index) => {
      if (ids.has(queue.id)) {
        ctx.addIssue({ code: "custom", path: ["queues", index, "id"], message: `duplicate queue id "${queue.id}"` });
      }
      ids.add(queue.id);
    });
    if (!ids.has(config.defaultQueue)) {
      ctx.addIssue({
        code: "custom",
        path: ["defaultQueue"],
        message: `names no queue: "${config.defaultQueue}" is not one of ${[...ids].join(", ")}`,
      });
    }
    const language = config.brand.defaultLanguage;
    const configuredPurposes = new Set(
      (config.replies.templates ?? []).filter((t) => t.language === language).map((t) => t.purpose),
    );
    const missing = replyPurposes.filter((purpose) => !configuredPurposes.has(purpose));
    if (!(defaultReplyLanguages as readonly string[]).includes(language) && missing.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["brand", "defaultLanguage"],
        message: `"${language}" has no built-in reply wording (${defaultReplyLanguages.join(", ")} have): choose one of those, or configure replies.templates in "${language}" for ${missing.join(", ")}`,
      });
    }
    config.routes.forEach((route, index) => {
      if (!ids.has(route.queue)) {
        ctx.addIssue({
          code: "custom",
          path: ["routes", index, "queue"],
          message: `names no queue: "${route.queue}" is not one of ${[...ids].join(", ")}`,
        });
      }
    });
  });

export type ResponderConfig = z.infer<typeof responderConfigSchema>;
export type QueueConfig = ResponderConfig["queues"][number];
export type RouteConfig = ResponderConfig["routes"][number];
export type CaseKind = (typeof caseKinds)[number];
