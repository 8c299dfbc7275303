import { defineMessages } from '../../define.ts';

/** Bruker Spør Bruker in the admin app (docs/adr/0025): the menu and the list; the pages keep their own files. */
export const evaluationsAdmin = defineMessages({
  'evaluations.admin.nav': { nb: 'Bruker spør bruker', nn: 'Brukar spør brukar', en: 'User asks user' },
  'evaluations.admin.list.title': {
    nb: 'Bruker spør bruker-evalueringer',
    nn: 'Brukar spør brukar-evalueringar',
    en: 'User-asks-user evaluations',
  },
  'evaluations.admin.list.intro': {
    nb: 'Evalueringene du leder. Administratorer ser alle.',
    nn: 'Evalueringane du leier. Administratorar ser alle.',
    en: 'The evaluations you lead. Administrators see all of them.',
  },
  'evaluations.admin.list.col.title': { nb: 'Evaluering', nn: 'Evaluering', en: 'Evaluation' },
  'evaluations.admin.list.col.service': { nb: 'Tjeneste', nn: 'Teneste', en: 'Service' },
  'evaluations.admin.list.col.phase': { nb: 'Fase', nn: 'Fase', en: 'Phase' },
  'evaluations.admin.list.col.lead': { nb: 'Leder', nn: 'Leiar', en: 'Lead' },
  'evaluations.admin.list.empty': {
    nb: 'Ingen evalueringer ennå.',
    nn: 'Ingen evalueringar enno.',
    en: 'No evaluations yet.',
  },
});
