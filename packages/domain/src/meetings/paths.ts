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
    /** The network's open action points from earlier meetings, shown at this one (docs/adr/0020). */
    sinceLast: '/moter/:slug/siden-sist',
    /** An organisation's contribution (innspill) before the meeting, and afterwards everyone's. */
    contributions: '/moter/:slug/innspill',
    /** The evaluation form after the meeting, for those who may answer (docs/adr/0022). */
    evaluation: '/moter/:slug/evaluering',
    /** Server routes (apps/server/src/calendar), not pages: one meeting's .ics and a network's feed. */
    calendar: '/moter/:slug/kalender.ics',
    networkCalendar: '/nettverk/:networkSlug/moter.ics',
    /** Server route: a minutes attachment, for those who may read the minutes. */
    minutesAttachment: '/referat-vedlegg/:attachmentId/:fileName',
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
    minutes: '/moter/:meetingId/referat',
    /** Server route on the admin listener: upload a minutes attachment (multipart). */
    minutesUpload: '/api/meetings/:meetingId/minutes/attachments',
    /** The prompts and deadline, and the compilation of the organisations' contributions. */
    contributions: '/moter/:meetingId/innspill',
    evaluation: '/moter/:meetingId/evaluering',
    evaluationResults: '/moter/:meetingId/evaluering/resultater',
    /** The day of the meeting (docs/adr/0021): check-in on a phone, the printable list and badges. */
    checkIn: '/moter/:meetingId/innsjekk',
    participants: '/moter/:meetingId/deltakerliste',
    badges: '/moter/:meetingId/navnelapper',
  },
} as const;

/** The address of a person's own calendar feed (docs/adr/0019). */
export const personalCalendarPath = (token: string) => `/kalender/${encodeURIComponent(token)}.ics`;
