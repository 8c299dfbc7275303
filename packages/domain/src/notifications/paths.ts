/** The one-click unsubscribe of notification e-mails (a server route, not an app page). */
export const notificationPaths = {
  web: {
    unsubscribe: '/varsler/avmeld',
  },
} as const;

/** Where Min side's notification choices are: its section's heading has this id. */
export const NOTIFICATION_CHOICES_ANCHOR = 'varsler';
