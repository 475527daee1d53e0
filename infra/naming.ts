/**
 * Turns a kebab, snake or path-like name into the PascalCase SST expects of component names (letters and digits
 * only, leading capital), so components can be named after the shared designs instead of a second hand-kept list.
 *
 * @example
 * ```ts
 * componentName("intake-dlq"); // "IntakeDlq"
 * componentName("webhooks/not-found"); // "WebhooksNotFound"
 * componentName("GET /api/cases/{id}"); // "GetApiCasesId"
 * ```
 */
export function componentName(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join("");
}
