/** Network pages: public on the web app, coordination on the admin app. */
export const networkPaths = {
  web: {
    list: '/nettverk',
    network: '/nettverk/:slug',
  },
  admin: {
    list: '/nettverk',
    create: '/nettverk/ny',
    network: '/nettverk/:networkId',
  },
} as const;
