import { Logger } from "@aws-lambda-powertools/logger";

/**
 * The structured JSON logger every handler shares. Never give it secrets, tokens or message bodies.
 *
 * @example
 * ```ts
 * logger.info("case created", { caseId });
 * ```
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "firstreply" });
