/** Organisation pages: the public directory on the web app, administration on the admin app. */
export const organisationPaths = {
  web: {
    directory: '/organisasjoner',
    organisation: '/organisasjoner/:slug',
    edit: '/organisasjoner/:slug/rediger',
    requests: '/organisasjoner/:slug/foresporsler',
  },
  admin: {
    list: '/organisasjoner',
    create: '/organisasjoner/ny',
    organisation: '/organisasjoner/:organisationId',
  },
} as const;
