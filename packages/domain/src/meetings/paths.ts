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
    /** Server routes (apps/server/src/calendar), not pages: one meeting's .ics and a network's feed. */
    calendar: '/moter/:slug/kalender.ics',
    networkCalendar: '/nettverk/:networkSlug/moter.ics',
    /** Server route: a minutes attachment, for those who may read the minutes. */
    minutesAttachment: '/referat-vedlegg/:attachmentId/:fileName',
  },
  admin: {
    list: '/moter',
    create: '/moter/ny',
    meeting: '/moter/:meetingId',
    registrations: '/moter/:meetingId/pameldinger',
    minutes: '/moter/:meetingId/referat',
    /** Server route on the admin listener: upload a minutes attachment (multipart). */
    minutesUpload: '/api/meetings/:meetingId/minutes/attachments',
  },
} as const;
