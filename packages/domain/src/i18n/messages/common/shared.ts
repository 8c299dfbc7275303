import { defineMessages } from '../../define.ts';

/**
 * Strings every part of the platform uses: errors a user can cause (the server translates
 * them; the apps show a few of their own), field validation (the zod schemas in this package
 * use these keys as their messages) and the shared components in packages/ui.
 */
export const commonShared = defineMessages({
  // Errors a user can cause, in the server's answers and the apps' own
  'error.unauthorized': {
    nb: 'Du må logge inn for å gjøre dette.',
    nn: 'Du må logge inn for å gjere dette.',
    en: 'You need to sign in to do this.',
  },
  'error.forbidden': {
    nb: 'Du har ikke tilgang til dette.',
    nn: 'Du har ikkje tilgang til dette.',
    en: 'You do not have access to this.',
  },
  'error.notFound': {
    nb: 'Vi fant ikke det du lette etter.',
    nn: 'Vi fann ikkje det du leita etter.',
    en: 'We could not find what you were looking for.',
  },
  'error.badRequest': {
    nb: 'Noe i skjemaet er ikke riktig fylt ut. Se over feltene som er merket.',
    nn: 'Noko i skjemaet er ikkje rett fylt ut. Sjå over felta som er merkte.',
    en: 'Something in the form is not filled in correctly. Check the marked fields.',
  },
  'error.conflict': {
    nb: 'Dette finnes allerede.',
    nn: 'Dette finst allereie.',
    en: 'This already exists.',
  },
  'error.tooManyRequests': {
    nb: 'For mange forsøk. Vent {minutes} minutter og prøv igjen.',
    nn: 'For mange forsøk. Vent {minutes} minutt og prøv igjen.',
    en: 'Too many attempts. Wait {minutes} minutes and try again.',
  },
  'error.csrf': {
    nb: 'Forespørselen ble avvist av sikkerhetshensyn. Last inn siden på nytt og prøv igjen.',
    nn: 'Førespurnaden vart avvist av omsyn til tryggleik. Last inn sida på nytt og prøv igjen.',
    en: 'The request was refused for security reasons. Reload the page and try again.',
  },
  'error.internal': {
    nb: 'Noe gikk galt hos oss. Prøv igjen om litt.',
    nn: 'Noko gjekk gale hos oss. Prøv igjen om litt.',
    en: 'Something went wrong on our side. Try again in a moment.',
  },
  'error.network': {
    nb: 'Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.',
    nn: 'Fekk ikkje kontakt med tenesta. Sjekk nettsambandet og prøv igjen.',
    en: 'Could not reach the service. Check your connection and try again.',
  },
  'error.signIn.failed': {
    nb: 'E-postadressen eller passordet er feil.',
    nn: 'E-postadressa eller passordet er feil.',
    en: 'The e-mail address or password is wrong.',
  },
  'error.password.wrong': {
    nb: 'Det nåværende passordet er feil.',
    nn: 'Det noverande passordet er feil.',
    en: 'The current password is wrong.',
  },
  'error.email.taken': {
    nb: 'Kunne ikke opprette kontoen med denne e-postadressen. Har du allerede en konto? Prøv å logge inn.',
    nn: 'Kunne ikkje opprette kontoen med denne e-postadressa. Har du allereie ein konto? Prøv å logge inn.',
    en: 'Could not create an account with this e-mail address. Do you already have one? Try signing in.',
  },
  'error.slug.taken': {
    nb: 'Denne nettadressen (kortnavnet) er allerede i bruk.',
    nn: 'Denne nettadressa (kortnamnet) er allereie i bruk.',
    en: 'This web address (short name) is already in use.',
  },
  'error.membership.exists': {
    nb: 'Du er allerede knyttet til, eller har bedt om å bli knyttet til, denne organisasjonen.',
    nn: 'Du er allereie knytt til, eller har bede om å bli knytt til, denne organisasjonen.',
    en: 'You are already linked to, or have asked to be linked to, this organisation.',
  },
  'error.selfDisable': {
    nb: 'Du kan ikke deaktivere din egen konto.',
    nn: 'Du kan ikkje deaktivere din eigen konto.',
    en: 'You cannot disable your own account.',
  },

  // Field validation: the zod schemas' messages
  'validation.required': {
    nb: 'Feltet må fylles ut.',
    nn: 'Feltet må fyllast ut.',
    en: 'This field is required.',
  },
  'validation.invalid': {
    nb: 'Verdien er ikke gyldig.',
    nn: 'Verdien er ikkje gyldig.',
    en: 'The value is not valid.',
  },
  'validation.tooLong': {
    nb: 'Teksten er for lang (høyst {max} tegn).',
    nn: 'Teksten er for lang (høgst {max} teikn).',
    en: 'The text is too long (at most {max} characters).',
  },
  'validation.tooShort': {
    nb: 'Teksten er for kort (minst {min} tegn).',
    nn: 'Teksten er for kort (minst {min} teikn).',
    en: 'The text is too short (at least {min} characters).',
  },
  'validation.email': {
    nb: 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.',
    nn: 'Skriv ei gyldig e-postadresse, til dømes namn@kommune.no.',
    en: 'Enter a valid e-mail address, for example name@example.org.',
  },
  'validation.url': {
    nb: 'Skriv en gyldig nettadresse som begynner med https://.',
    nn: 'Skriv ei gyldig nettadresse som byrjar med https://.',
    en: 'Enter a valid web address starting with https://.',
  },
  'validation.password.length': {
    nb: 'Passordet må ha minst 10 tegn.',
    nn: 'Passordet må ha minst 10 teikn.',
    en: 'The password must have at least 10 characters.',
  },
  'validation.password.common': {
    nb: 'Passordet er for lett å gjette. Velg et annet.',
    nn: 'Passordet er for lett å gjette. Vel eit anna.',
    en: 'The password is too easy to guess. Choose another.',
  },
  'validation.slug': {
    nb: 'Bruk bare små bokstaver a–z, tall og bindestrek.',
    nn: 'Bruk berre små bokstavar a–z, tal og bindestrek.',
    en: 'Use only lower-case letters a–z, digits and hyphens.',
  },
  'validation.phone': {
    nb: 'Skriv et gyldig telefonnummer.',
    nn: 'Skriv eit gyldig telefonnummer.',
    en: 'Enter a valid phone number.',
  },
  'validation.choice': {
    nb: 'Velg et av alternativene.',
    nn: 'Vel eitt av alternativa.',
    en: 'Choose one of the options.',
  },

  // The shared components in packages/ui
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
  'ui.dialog.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  // DataTable's sortable column headers: the hints describe the header button, the results are
  // said in a polite live region after a sort (screen readers do not reliably announce aria-sort).
  'ui.table.sortAscending': {
    nb: 'Sorter stigende',
    nn: 'Sorter stigande',
    en: 'Sort ascending',
  },
  'ui.table.sortDescending': {
    nb: 'Sorter synkende',
    nn: 'Sorter søkkande',
    en: 'Sort descending',
  },
  'ui.table.sortedAscending': {
    nb: 'Sortert etter {column}, stigende',
    nn: 'Sortert etter {column}, stigande',
    en: 'Sorted by {column}, ascending',
  },
  'ui.table.sortedDescending': {
    nb: 'Sortert etter {column}, synkende',
    nn: 'Sortert etter {column}, søkkande',
    en: 'Sorted by {column}, descending',
  },
});
