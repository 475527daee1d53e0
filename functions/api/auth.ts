import { bearerAuth } from "#core/http/middleware.ts";
import { apiEnv } from "#core/runtime/api-env.ts";

/** Every `/api/*` route requires the operator token. */
export const operatorAuth = () => bearerAuth(() => apiEnv().RESPONDER_API_TOKEN);
