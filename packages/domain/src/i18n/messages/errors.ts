import { defineMessages } from '../define.ts';

/** Messages for errors a user can cause: validation, access, throttling. Server and apps share them. */
export const errors = defineMessages({
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
});
