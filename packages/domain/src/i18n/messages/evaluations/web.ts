import { defineMessages } from '../../define.ts';

/** Bruker Spør Bruker on the web app (docs/adr/0025): the frame's links and «mine evalueringer»; the pages keep their own files. */
export const evaluationsWeb = defineMessages({
  'evaluations.web.nav': { nb: 'Evalueringer', nn: 'Evalueringar', en: 'Evaluations' },
  'evaluations.web.mine.nav': { nb: 'Mine evalueringer', nn: 'Mine evalueringar', en: 'My evaluations' },
  'evaluations.web.mine.title': { nb: 'Mine evalueringer', nn: 'Mine evalueringar', en: 'My evaluations' },
  'evaluations.web.mine.intro': {
    nb: 'Evalueringene du er med i teamet på, og evalueringene av tjenester du er kontaktperson for.',
    nn: 'Evalueringane du er med i teamet på, og evalueringane av tenester du er kontaktperson for.',
    en: 'The evaluations you are on the team of, and the evaluations of services you are a contact for.',
  },
  'evaluations.web.mine.empty': {
    nb: 'Du er ikke med i noen evaluering.',
    nn: 'Du er ikkje med i nokon evaluering.',
    en: 'You are not part of any evaluation.',
  },
  'evaluations.web.mine.teamLink': {
    nb: 'Teamets arbeidsrom: intervjuer og analyse',
    nn: 'Arbeidsrommet til teamet: intervju og analyse',
    en: 'The team’s workspace: interviews and analysis',
  },
  'evaluations.web.service.title': {
    nb: 'Evaluering av tjenesten',
    nn: 'Evaluering av tenesta',
    en: 'Evaluation of the service',
  },
  'evaluations.web.mine.serviceLink': {
    nb: 'For tjenesten: plan, funn, rapport og oppfølging',
    nn: 'For tenesta: plan, funn, rapport og oppfølging',
    en: 'For the service: plan, findings, report and follow-up',
  },
});
