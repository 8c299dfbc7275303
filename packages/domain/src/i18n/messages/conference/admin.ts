import { defineMessages } from '../../define.ts';

/** The conference programme in the admin app (docs/adr/0023): the frame's link; the pages keep their own files. */
export const conferenceAdmin = defineMessages({
  'conference.admin.nav': { nb: 'Konferanse', nn: 'Konferanse', en: 'Conference' },
});
