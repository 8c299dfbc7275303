import { describe, expect, test } from 'vitest';
import { oidcProvidersFrom } from './config.ts';

describe('OpenID Connect providers from the environment', () => {
  test('none configured: none', () => {
    expect(oidcProvidersFrom({})).toEqual([]);
  });

  test('each provider from its own variables, with defaults', () => {
    const providers = oidcProvidersFrom({
      OIDC_PROVIDERS: 'idporten, trondheim-kommune',
      OIDC_IDPORTEN_ISSUER: 'https://idporten.no',
      OIDC_IDPORTEN_CLIENT_ID: 'klient',
      OIDC_IDPORTEN_CLIENT_SECRET: 'hemmelig',
      OIDC_IDPORTEN_SCOPES: 'openid profile',
      OIDC_IDPORTEN_ACR: 'idporten-loa-substantial, idporten-loa-high',
      OIDC_IDPORTEN_NAME: 'ID-porten',
      OIDC_TRONDHEIM_KOMMUNE_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
      OIDC_TRONDHEIM_KOMMUNE_CLIENT_ID: 'entra',
      OIDC_TRONDHEIM_KOMMUNE_CLIENT_SECRET: 's',
      OIDC_TRONDHEIM_KOMMUNE_TRUST_EMAIL: 'true',
    });
    expect(providers).toEqual([
      {
        id: 'idporten',
        name: 'ID-porten',
        issuer: 'https://idporten.no',
        clientId: 'klient',
        clientSecret: 'hemmelig',
        scopes: 'openid profile',
        acr: ['idporten-loa-substantial', 'idporten-loa-high'],
        trustEmail: false,
      },
      {
        id: 'trondheim-kommune',
        name: 'trondheim-kommune',
        issuer: 'https://login.microsoftonline.com/tenant/v2.0',
        clientId: 'entra',
        clientSecret: 's',
        scopes: 'openid email profile',
        acr: [],
        trustEmail: true,
      },
    ]);
  });

  test.each([
    [{ OIDC_PROVIDERS: 'ID porten' }, /not a provider id/],
    [{ OIDC_PROVIDERS: 'a,a' }, /twice/],
    [{ OIDC_PROVIDERS: 'a', OIDC_A_ISSUER: 'https://a.example' }, /needs OIDC_A_CLIENT_ID, OIDC_A_CLIENT_SECRET/],
    [
      { OIDC_PROVIDERS: 'a', OIDC_A_ISSUER: 'http://a.example', OIDC_A_CLIENT_ID: 'c', OIDC_A_CLIENT_SECRET: 's' },
      /https/,
    ],
    [
      {
        OIDC_PROVIDERS: 'a',
        OIDC_A_ISSUER: 'https://a.example',
        OIDC_A_CLIENT_ID: 'c',
        OIDC_A_CLIENT_SECRET: 's',
        OIDC_A_SCOPES: 'email',
      },
      /must include "openid"/,
    ],
  ])('a clear error for %j', (env, message) => {
    expect(() => oidcProvidersFrom(env)).toThrow(message);
  });

  test('plain http only for a provider on this machine', () => {
    const env = {
      OIDC_PROVIDERS: 'test',
      OIDC_TEST_ISSUER: 'http://127.0.0.1:4000',
      OIDC_TEST_CLIENT_ID: 'c',
      OIDC_TEST_CLIENT_SECRET: 's',
    };
    expect(oidcProvidersFrom(env)[0]!.issuer).toBe('http://127.0.0.1:4000');
  });
});
