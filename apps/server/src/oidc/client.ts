import * as client from 'openid-client';
import type { OidcProviderConfig } from './config.ts';

/**
 * openid-client (docs/adr/0016) against one configured provider: discovery once (again after
 * a failure), the authorization URL with PKCE, state and nonce, and the code exchange, in
 * which the library validates the ID token (signature, issuer, audience, expiry, nonce).
 */
export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(
    readonly provider: OidcProviderConfig,
    readonly redirectUri: string,
  ) {}

  private config(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.provider.issuer),
        this.provider.clientId,
        this.provider.clientSecret,
        undefined,
        // Plain http is accepted by the configuration only for a provider on this machine.
        new URL(this.provider.issuer).protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = null;
        throw error;
      });
    return this.configuration;
  }

  async start(): Promise<{ url: URL; state: string; nonce: string; codeVerifier: string }> {
    const config = await this.config();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const parameters: Record<string, string> = {
      redirect_uri: this.redirectUri,
      scope: this.provider.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    };
    if (this.provider.acr[0]) parameters.acr_values = this.provider.acr[0];
    return { url: client.buildAuthorizationUrl(config, parameters), state, nonce, codeVerifier };
  }

  /** Exchange the code; the claims of the validated ID token. Throws OidcRefusal. */
  async finish(
    search: string,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<client.IDToken> {
    const config = await this.config().catch(() => {
      throw new OidcRefusal('provider');
    });
    let claims: client.IDToken | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, new URL(this.redirectUri + search), {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      throw new OidcRefusal(reasonOf(error));
    }
    if (!claims) throw new OidcRefusal('token');
    const acr = this.provider.acr;
    if (acr.length > 0 && !(typeof claims.acr === 'string' && acr.includes(claims.acr))) throw new OidcRefusal('acr');
    return claims;
  }
}

export type RefusalReason = 'state' | 'token' | 'acr' | 'provider';

export class OidcRefusal extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`OpenID Connect sign-in refused: ${reason}`);
  }
}

function reasonOf(error: unknown): RefusalReason {
  if (error instanceof client.AuthorizationResponseError) return 'provider'; // the person cancelled, say
  // openid-client wraps oauth4webapi's error, which names the parameter that did not match.
  const cause = error instanceof Error ? error.cause : undefined;
  const message = [error, cause].map((e) => (e instanceof Error ? e.message : '')).join(' ');
  if (message.includes('"state"')) return 'state';
  if (error instanceof TypeError || (error instanceof Error && 'cause' in error && error.cause instanceof TypeError))
    return 'provider'; // the provider could not be reached
  return 'token';
}
