import { bearerAuth } from "#core/http/middleware.ts";
import { runtimeEnv } from "#core/runtime/container.ts";

/** Every `/api/*` route requires the operator token. */
export const operatorAuth = () => bearerAuth(() => runtimeEnv().RESPONDER_API_TOKEN);
