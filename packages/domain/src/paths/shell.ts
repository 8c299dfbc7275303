/** The pages of each app that belong to no module: front page, signing in, the accessibility statement. */
export const shellPaths = {
  web: {
    home: '/',
    signIn: '/logg-inn',
    register: '/registrer',
    myPage: '/min-side',
    accessibility: '/tilgjengelighet',
  },
  admin: {
    dashboard: '/',
    signIn: '/logg-inn',
    accessibility: '/tilgjengelighet',
  },
} as const;
