import { defineMessages } from '../../define.ts';

/**
 * The conference's server-rendered widget (apps/server/src/conference/widget.ts): the programme
 * shown in a frame on partners' sites. Server strings, so a shared file (both catalogues carry it).
 */
export const conferenceSharedExports = defineMessages({
  'conference.widget.title': { nb: '{title} – program', nn: '{title} – program', en: '{title} – programme' },
  'conference.widget.filters': { nb: 'Velg hva som vises', nn: 'Vel kva som blir vist', en: 'Choose what is shown' },
  'conference.widget.day': { nb: 'Dag', nn: 'Dag', en: 'Day' },
  'conference.widget.track': { nb: 'Spor', nn: 'Spor', en: 'Track' },
  'conference.widget.room': { nb: 'Rom', nn: 'Rom', en: 'Room' },
  'conference.widget.all': { nb: 'Alle', nn: 'Alle', en: 'All' },
  'conference.widget.show': { nb: 'Vis', nn: 'Vis', en: 'Show' },
  'conference.widget.empty': {
    nb: 'Ingen sesjoner passer til valget.',
    nn: 'Ingen sesjonar passar til valet.',
    en: 'No sessions match the choice.',
  },
  'conference.widget.fullProgramme': {
    nb: 'Se hele programmet',
    nn: 'Sjå heile programmet',
    en: 'See the whole programme',
  },
  'conference.widget.release': { nb: 'Versjon: {name}', nn: 'Versjon: {name}', en: 'Version: {name}' },
});
