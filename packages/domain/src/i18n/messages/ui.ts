import { defineMessages } from '../define.ts';

/** Interface strings: the shared components in packages/ui. Every key in bokmål, nynorsk and English. */
export const ui = defineMessages({
  'ui.skipLink': {
    nb: 'Hopp til hovedinnholdet',
    nn: 'Hopp til hovudinnhaldet',
    en: 'Skip to main content',
  },
  'ui.nav.primary': {
    nb: 'Hovedmeny',
    nn: 'Hovudmeny',
    en: 'Main menu',
  },
  'ui.nav.footer': {
    nb: 'Om nettstedet',
    nn: 'Om nettstaden',
    en: 'About this site',
  },
  'ui.language.label': {
    nb: 'Språk',
    nn: 'Språk',
    en: 'Language',
  },
  'ui.loading': {
    nb: 'Laster inn …',
    nn: 'Lastar inn …',
    en: 'Loading …',
  },
  'ui.error.title': {
    nb: 'Noe gikk galt',
    nn: 'Noko gjekk gale',
    en: 'Something went wrong',
  },
  'ui.error.retry': {
    nb: 'Prøv igjen',
    nn: 'Prøv igjen',
    en: 'Try again',
  },
  'ui.empty.default': {
    nb: 'Det er ingenting her ennå.',
    nn: 'Det er ingenting her enno.',
    en: 'There is nothing here yet.',
  },
  'ui.notFound.title': {
    nb: 'Fant ikke siden',
    nn: 'Fann ikkje sida',
    en: 'Page not found',
  },
  'ui.notFound.text': {
    nb: 'Siden du lette etter finnes ikke, eller den er flyttet. Sjekk at adressen er riktig.',
    nn: 'Sida du leita etter finst ikkje, eller ho er flytta. Sjekk at adressa er rett.',
    en: 'The page you were looking for does not exist, or it has moved. Check that the address is correct.',
  },
  'ui.notFound.home': {
    nb: 'Gå til forsiden',
    nn: 'Gå til framsida',
    en: 'Go to the front page',
  },
  'ui.errorSummary.heading': {
    nb: 'Feil i skjemaet. Rett opp dette før du går videre:',
    nn: 'Feil i skjemaet. Rett opp dette før du går vidare:',
    en: 'There are errors in the form. Correct these before you continue:',
  },
  'ui.field.required': {
    nb: 'Må fylles ut',
    nn: 'Må fyllast ut',
    en: 'Required',
  },
  'ui.select.choose': {
    nb: 'Velg …',
    nn: 'Vel …',
    en: 'Choose …',
  },
});
