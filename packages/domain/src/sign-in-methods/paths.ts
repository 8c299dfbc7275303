/** Sign-in through OpenID Connect providers (docs/adr/0016). */
export const signInMethodsPaths = {
  web: {
    /** "Koble til eksisterende konto": prove you own the account with the same e-mail. */
    link: '/logg-inn/koble-til',
    /** "Fullfør registreringen": the provider gave no e-mail address; give a name and one. */
    complete: '/logg-inn/fullfor',
  },
} as const;

/** The server's own routes for a provider (not pages): start, and the redirect URI the provider sends back to. */
export const oidcRoutes = {
  start: (providerId: string) => `/auth/oidc/${encodeURIComponent(providerId)}/start`,
  callback: (providerId: string) => `/auth/oidc/${encodeURIComponent(providerId)}/callback`,
  /** The e-mail link that proves an address: `/auth/oidc/email-link?token=…`. */
  emailLink: '/auth/oidc/email-link',
};

/** The query parameter that carries the token in a sign-in's e-mail link. */
export const EMAIL_LINK_TOKEN_PARAM = 'token';
