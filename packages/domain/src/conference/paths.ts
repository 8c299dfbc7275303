/**
 * The conference programme's addresses (docs/adr/0023): the web app's pages, the server
 * routes of the web listener (exports, the widget, photos), and the admin app's pages.
 * `:slug` is the edition's slug; sessions and speakers are addressed by their number
 * within the edition, which stays the same across releases.
 */
export const conferencePaths = {
  web: {
    list: '/konferanse',
    edition: '/konferanse/:slug',
    programme: '/konferanse/:slug/program',
    /** During the conference: what is on now and what comes next. */
    now: '/konferanse/:slug/na',
    session: '/konferanse/:slug/sesjon/:number',
    speakers: '/konferanse/:slug/foredragsholdere',
    speaker: '/konferanse/:slug/foredragsholder/:number',
    /** The public change log: every published release and what it changed. */
    changes: '/konferanse/:slug/endringer',
    /** My programme: starred sessions, clashes, the personal feed, a printable copy. */
    mine: '/konferanse/:slug/mitt-program',
    print: '/konferanse/:slug/mitt-program/utskrift',
    /** Server routes, not pages: frab XML and JSON, iCal of the programme and of one session. */
    frabXml: '/konferanse/:slug/schedule.xml',
    frabJson: '/konferanse/:slug/schedule.json',
    calendar: '/konferanse/:slug/program.ics',
    sessionCalendar: '/konferanse/:slug/sesjon/:number/kalender.ics',
    /** Server route: the embeddable programme for partner sites (framed only from the edition's listed origins). */
    widget: '/konferanse/:slug/widget',
    /** Server route: a speaker's photo or a partner's logo, as published. */
    image: '/konferanse-bilde/:imageKey',
  },
  admin: {
    list: '/konferanse',
    create: '/konferanse/ny',
    edition: '/konferanse/:editionId',
    rooms: '/konferanse/:editionId/rom',
    tracks: '/konferanse/:editionId/spor',
    sessions: '/konferanse/:editionId/sesjoner',
    session: '/konferanse/:editionId/sesjoner/:sessionId',
    speakers: '/konferanse/:editionId/foredragsholdere',
    speaker: '/konferanse/:editionId/foredragsholdere/:speakerId',
    /** The programme editor: day × room × time, unscheduled sessions beside it. */
    grid: '/konferanse/:editionId/programeditor',
    releases: '/konferanse/:editionId/utgivelser',
    signups: '/konferanse/:editionId/pameldinger',
    /** Server route on the admin listener: upload a speaker's photo or a partner's logo (multipart). */
    imageUpload: '/api/conference/:editionId/images',
  },
} as const;
