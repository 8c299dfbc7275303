import { defineMessages } from '../../define.ts';

/**
 * Editing an edition's lists in the admin app (docs/adr/0023): moving rooms, tracks and session
 * types up and down, and the page furniture around editing one of them in place.
 */
export const conferenceAdminEditingOrder = defineMessages({
  'conference.admin.error.order': {
    nb: 'Lista er endret i mellomtiden. Last siden på nytt.',
    nn: 'Lista er endra i mellomtida. Last sida på nytt.',
    en: 'The list has changed in the meantime. Reload the page.',
  },
  'conference.admin.movedTo': {
    nb: '{name} er flyttet til plass {n}.',
    nn: '{name} er flytta til plass {n}.',
    en: '{name} has been moved to place {n}.',
  },
  'conference.admin.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  'conference.admin.saveNamed': { nb: 'Lagre {name}', nn: 'Lagre {name}', en: 'Save {name}' },
  'conference.admin.back': { nb: 'Tilbake til {edition}', nn: 'Tilbake til {edition}', en: 'Back to {edition}' },
  'conference.admin.rooms.list': {
    nb: 'Rommene i programmet',
    nn: 'Romma i programmet',
    en: 'The rooms in the programme',
  },
});
