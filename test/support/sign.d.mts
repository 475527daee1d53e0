/** Signs a body (or a handshake token) the way the platform would; see sign.mjs. */
export function sign(
  scheme: string,
  secret: string,
  input: Buffer | string,
  options?: { id?: string; timestamp?: string },
): [string, string][] & Record<string, string>;
