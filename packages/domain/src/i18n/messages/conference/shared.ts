import type { SessionKind } from '../../../conference/snapshot.ts';
import { defineMessages, type Translations } from '../../define.ts';

/** Every kind of session has a label; a kind without one is a type error below. */
type ConferenceLabelKey = `conference.kind.${SessionKind}`;

const labels = {
  'conference.kind.plenary': { nb: 'Plenum', nn: 'Plenum', en: 'Plenary' },
  'conference.kind.parallel': { nb: 'Parallellsesjon', nn: 'Parallellsesjon', en: 'Parallel session' },
  'conference.kind.workshop': { nb: 'Verksted', nn: 'Verkstad', en: 'Workshop' },
  'conference.kind.poster': { nb: 'Poster', nn: 'Poster', en: 'Poster' },
  'conference.kind.break': { nb: 'Pause', nn: 'Pause', en: 'Break' },
} satisfies Record<ConferenceLabelKey, Translations>;

/**
 * The conference programme's strings both apps and the server's e-mails use (docs/adr/0023).
 * Each part of the module keeps its own file beside this one (shared-releases.ts, …).
 */
export const conferenceShared = defineMessages({
  ...labels,
  'conference.osloTime': {
    nb: 'Alle tider er norsk tid.',
    nn: 'Alle tider er norsk tid.',
    en: 'All times are Norwegian time (Europe/Oslo).',
  },
});
