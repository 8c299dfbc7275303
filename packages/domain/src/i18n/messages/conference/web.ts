import { defineMessages } from '../../define.ts';

/** The conference programme on the web app (docs/adr/0023): the frame's link; the pages keep their own files. */
export const conferenceWeb = defineMessages({
  'conference.web.nav': { nb: 'Konferanse', nn: 'Konferanse', en: 'Conference' },
});
