/**
 * OpenID Connect providers people may sign in with (docs/adr/0016), from the environment:
 * OIDC_PROVIDERS=idporten,trondheim, then per provider (its id in capitals, `-` as `_`)
 * OIDC_<ID>_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _SCOPES (default "openid email profile"),
 * _ACR (accepted `acr` values, comma-separated, the first one asked for; optional) and
 * _NAME (the button's label; default the id) and _TRUST_EMAIL (true: the provider's e-mail
 * addresses are taken as verified without an `email_verified` claim; default false). None
 * configured: e-mail and password only.
 */
export interface OidcProviderConfig {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** Accepted `acr` values; empty: any. The first is sent as acr_values. */
  acr: string[];
  /**
   * Take the provider's `email` as the person's own even without `email_verified: true`: for an
   * organisation's own provider (Entra ID sends no such claim) whose addresses it manages itself.
   */
  trustEmail: boolean;
}

const ID = /^[a-z0-9][a-z0-9-]{0,30}$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain http only for a provider on this machine (tests, development); anything else must be https. */
export function isAllowedIssuer(issuer: string): boolean {
  try {
    const url = new URL(issuer);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  } catch {
    return false;
  }
}

export function oidcProvidersFrom(env: NodeJS.ProcessEnv): OidcProviderConfig[] {
  const ids = (env.OIDC_PROVIDERS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const [i, id] of ids.entries()) {
    if (!ID.test(id))
      throw new Error(
        `OIDC_PROVIDERS: "${id}" is not a provider id (lower-case letters, digits and -, like "idporten")`,
      );
    if (ids.indexOf(id) !== i) throw new Error(`OIDC_PROVIDERS names "${id}" twice`);
  }
  return ids.map((id) => {
    const prefix = `OIDC_${id.toUpperCase().replaceAll('-', '_')}_`;
    const value = (name: string) => env[prefix + name]?.trim() || undefined;
    const missing = ['ISSUER', 'CLIENT_ID', 'CLIENT_SECRET'].filter((name) => !value(name)).map((n) => prefix + n);
    if (missing.length > 0) throw new Error(`OpenID Connect provider "${id}" needs ${missing.join(', ')}`);
    const issuer = value('ISSUER')!;
    if (!isAllowedIssuer(issuer))
      throw new Error(`${prefix}ISSUER must be an https:// address (http:// only on localhost); got "${issuer}"`);
    const scopes = value('SCOPES') ?? 'openid email profile';
    const trustEmail = value('TRUST_EMAIL') ?? 'false';
    if (trustEmail !== 'true' && trustEmail !== 'false')
      throw new Error(`${prefix}TRUST_EMAIL must be "true" or "false" (got "${trustEmail}")`);
    if (!scopes.split(/\s+/).includes('openid'))
      throw new Error(`${prefix}SCOPES must include "openid" (got "${scopes}")`);
    return {
      id,
      name: value('NAME') ?? id,
      issuer,
      clientId: value('CLIENT_ID')!,
      clientSecret: value('CLIENT_SECRET')!,
      scopes,
      acr: (value('ACR') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      trustEmail: trustEmail === 'true',
    };
  });
}
