/** People, in the admin app (admins only). A person's own page is the web app's Min side (shellPaths). */
export const peoplePaths = {
  admin: {
    list: '/personer',
    person: '/personer/:userId',
  },
} as const;
