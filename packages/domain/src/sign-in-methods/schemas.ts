import { z } from 'zod';
import { emailField, idField, requiredText } from '../schemas/fields.ts';

/** Why a sign-in through a provider was refused; the sign-in page shows `sign-in-methods.web.failed.<reason>`. */
export const OIDC_FAILURES = [
  'state',
  'token',
  'acr',
  'provider',
  'disabled',
  // An e-mail link that was used, expired, unknown or tampered; or opened in another browser than the sign-in's.
  'link',
  'linkBrowser',
] as const;
export type OidcFailure = (typeof OIDC_FAILURES)[number];
export const isOidcFailure = (v: unknown): v is OidcFailure => OIDC_FAILURES.includes(v as OidcFailure);

export const confirmLinkInput = z.object({
  password: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(200, {
    error: 'validation.tooLong',
  }),
});
export const signInMethodIdInput = z.object({ identityId: idField });

/** "Fullfør registreringen": the name and e-mail address a provider did not give (docs/adr/0016). */
export const completeRegistrationInput = z.object({ name: requiredText(120), email: emailField });
