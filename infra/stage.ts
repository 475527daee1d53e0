/**
 * The stages that hold real customers' cases. Their table is deletion-protected and, like their queues, retained if
 * the stack is removed; every other stage (a developer's, a pull request's) is removed with everything in it. Both
 * spellings count, so that neither `--stage prod` (the README's) nor `--stage production` can lose data. This is the
 * one place that decides it: `sst.config.ts` and `infra/` read it, never a stage name of their own.
 *
 * Plain TypeScript with no SST globals, so `sst.config.ts`'s `app()` and the tests can import it.
 */
export const permanentStages: readonly string[] = ["prod", "production"];

/**
 * Whether a stage is permanent (see `permanentStages`).
 *
 * @example
 * ```ts
 * isPermanentStage("prod"); // true
 * isPermanentStage("pr-42"); // false
 * ```
 */
export const isPermanentStage = (stage: string | undefined): boolean =>
  stage !== undefined && permanentStages.includes(stage);
