import type { CaseKind, ResponderConfig, RouteConfig } from "../config/schema.ts";
import type { PlatformName } from "../platforms/names.ts";
import { wholeWords } from "../triage/classify.ts";

export interface RoutingInput {
  text: string;
  platform: PlatformName;
  kind: CaseKind;
  language: string;
  sensitive: boolean;
  urgency?: readonly string[];
}

export interface RoutingDecision {
  queue: string;
  /** Index of the route that matched, or null for the default queue. */
  routeIndex: number | null;
  /** The route's own first-response target, when it sets one (shorter for urgent items). */
  firstResponseTarget?: string;
}

const asList = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

const matchesUrgency = (wanted: RouteConfig["match"]["urgency"], found: readonly string[]) => {
  if (wanted === undefined) return true;
  if (typeof wanted === "boolean") return wanted === found.length > 0;
  return (Array.isArray(wanted) ? wanted : [wanted]).some((u) => found.includes(u));
};

const compile = (route: RouteConfig) => {
  const { keywords, platform, kind, language, sensitive, urgency } = route.match;
  const keywordPattern = keywords ? wholeWords(keywords.map((k) => k.normalize("NFC"))) : undefined;
  const platforms = asList(platform);
  const kinds = asList(kind);
  const languages = asList(language);
  return (input: RoutingInput) =>
    (!keywordPattern || keywordPattern.test(input.text.normalize("NFC"))) &&
    (!platforms || platforms.includes(input.platform)) &&
    (!kinds || kinds.includes(input.kind)) &&
    (!languages || languages.includes(input.language)) &&
    (sensitive === undefined || sensitive === input.sensitive) &&
    matchesUrgency(urgency, input.urgency ?? []);
};

/**
 * Compiles the config's routes once; the returned function picks the queue for an item: routes are tried in order,
 * the first whose every condition holds wins, else the default queue. Keywords match whole words, case-insensitively.
 *
 * @example
 * ```ts
 * const route = compileRoutes(config);
 * route({ text: "Refund please", platform: "facebook", kind: "complaint", language: "en", sensitive: false });
 * // { queue: "billing", routeIndex: 0 }
 * ```
 */
export function compileRoutes(config: ResponderConfig): (input: RoutingInput) => RoutingDecision {
  const matchers = config.routes.map((route) => ({
    queue: route.queue,
    firstResponseTarget: route.firstResponseTarget,
    matches: compile(route),
  }));
  return (input) => {
    const index = matchers.findIndex((m) => m.matches(input));
    const match = matchers[index];
    if (!match) return { queue: config.defaultQueue, routeIndex: null };
    return {
      queue: match.queue,
      routeIndex: index,
      ...(match.firstResponseTarget ? { firstResponseTarget: match.firstResponseTarget } : {}),
    };
  };
}
