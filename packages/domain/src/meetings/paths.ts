/**
 * The meetings' page addresses (apps/web/src/routes/meetings), and the
 * calendar routes the web listener serves (`calendar`, `networkCalendar`).
 */
export const meetingPaths = {
  web: {
    list: '/moter',
    network: '/nettverk/:networkSlug/moter',
    meeting: '/moter/:slug',
    mine: '/min-side/moter',
    /** Server routes (apps/server/src/calendar), not pages: one meeting's .ics and a network's feed. */
    calendar: '/moter/:slug/kalender.ics',
    networkCalendar: '/nettverk/:networkSlug/moter.ics',
    /** A person's own feed: `:feed` is `<secret token>.ics` (personalCalendarPath). */
    personalCalendar: '/kalender/:feed',
    /** Atom feeds of newly published meetings: all networks', one network's. */
    atom: '/moter.atom',
    networkAtom: '/nettverk/:networkSlug/moter.atom',
  },
  admin: {
    list: '/moter',
    create: '/moter/ny',
    meeting: '/moter/:meetingId',
    registrations: '/moter/:meetingId/pameldinger',
  },
} as const;

/** The address of a person's own calendar feed (docs/adr/0019). */
export const personalCalendarPath = (token: string) => `/kalender/${encodeURIComponent(token)}.ics`;
