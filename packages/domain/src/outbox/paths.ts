/** The outbox of notifications, in the admin app. */
export const outboxPaths = {
  admin: {
    list: '/varsler',
  },
} as const;
