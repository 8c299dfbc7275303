/** The audit log, in the admin app (admins only). */
export const auditPaths = {
  admin: {
    log: '/logg',
  },
} as const;
