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
    /** The evaluation form after the meeting, for those who may answer (docs/adr/0022). */
    evaluation: '/moter/:slug/evaluering',
    /** Server routes (apps/server/src/calendar), not pages: one meeting's .ics and a network's feed. */
    calendar: '/moter/:slug/kalender.ics',
    networkCalendar: '/nettverk/:networkSlug/moter.ics',
  },
  admin: {
    list: '/moter',
    create: '/moter/ny',
    meeting: '/moter/:meetingId',
    registrations: '/moter/:meetingId/pameldinger',
    evaluation: '/moter/:meetingId/evaluering',
    evaluationResults: '/moter/:meetingId/evaluering/resultater',
    /** The day of the meeting (docs/adr/0021): check-in on a phone, the printable list and badges. */
    checkIn: '/moter/:meetingId/innsjekk',
    participants: '/moter/:meetingId/deltakerliste',
    badges: '/moter/:meetingId/navnelapper',
  },
} as const;
