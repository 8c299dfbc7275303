/** Asking for a password reset link and using it, in the web app (docs/adr/0015). */
export const passwordResetPaths = {
  web: {
    /** Ask for a link by e-mail address. */
    forgot: '/glemt-passord',
    /** The link in the message: `/nytt-passord?token=…`. */
    reset: '/nytt-passord',
  },
} as const;

/** The query parameter that carries the token in a reset link. */
export const RESET_TOKEN_PARAM = 'token';
