/** Sign-in through OpenID Connect providers (docs/adr/0016). */
export const signInMethodsPaths = {
  web: {
    /** "Koble til eksisterende konto": prove you own the account with the same e-mail. */
    link: '/logg-inn/koble-til',
  },
} as const;

/** The server's own routes for a provider (not pages): start, and the redirect URI the provider sends back to. */
export const oidcRoutes = {
  start: (providerId: string) => `/auth/oidc/${encodeURIComponent(providerId)}/start`,
  callback: (providerId: string) => `/auth/oidc/${encodeURIComponent(providerId)}/callback`,
};
