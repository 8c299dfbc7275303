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
    /** An organisation's contribution (innspill) before the meeting, and afterwards everyone's. */
    contributions: '/moter/:slug/innspill',
    /** Server routes (apps/server/src/calendar), not pages: one meeting's .ics and a network's feed. */
    calendar: '/moter/:slug/kalender.ics',
    networkCalendar: '/nettverk/:networkSlug/moter.ics',
  },
  admin: {
    list: '/moter',
    create: '/moter/ny',
    meeting: '/moter/:meetingId',
    registrations: '/moter/:meetingId/pameldinger',
    /** The prompts and deadline, and the compilation of the organisations' contributions. */
    contributions: '/moter/:meetingId/innspill',
  },
} as const;
