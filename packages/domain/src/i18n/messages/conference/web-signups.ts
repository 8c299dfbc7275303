import { defineMessages } from '../../define.ts';

/**
 * Workshop sign-up on a session's page and the link to the conference's registration on the
 * edition's page (docs/adr/0023). Nynorsk: påmelding, ventelista, plassar.
 */
export const conferenceWebSignups = defineMessages({
  'conference.web.signup.heading': { nb: 'Påmelding', nn: 'Påmelding', en: 'Sign-up' },
  'conference.web.signup.placesLeft': {
    nb: '{left} av {capacity} plasser er ledige.',
    nn: '{left} av {capacity} plassar er ledige.',
    en: '{left} of {capacity} places are free.',
  },
  'conference.web.signup.full': {
    nb: 'Alle {capacity} plassene er tatt. Du kan sette deg på ventelisten ({waiting} venter nå).',
    nn: 'Alle dei {capacity} plassane er tekne. Du kan setje deg på ventelista ({waiting} ventar no).',
    en: 'All {capacity} places are taken. You can join the waiting list ({waiting} waiting now).',
  },
  'conference.web.signup.signUp': { nb: 'Meld deg på', nn: 'Meld deg på', en: 'Sign up' },
  'conference.web.signup.joinWaiting': {
    nb: 'Sett meg på ventelisten',
    nn: 'Set meg på ventelista',
    en: 'Put me on the waiting list',
  },
  'conference.web.signup.cancel': { nb: 'Meld av', nn: 'Meld av', en: 'Cancel my sign-up' },
  'conference.web.signup.youConfirmed': {
    nb: 'Du er påmeldt og har plass.',
    nn: 'Du er påmeld og har plass.',
    en: 'You are signed up and have a place.',
  },
  'conference.web.signup.youWaiting': {
    nb: 'Du står som nummer {place} på ventelisten. Får du plass, sier vi fra på e-post.',
    nn: 'Du står som nummer {place} på ventelista. Får du plass, seier vi frå på e-post.',
    en: 'You are number {place} on the waiting list. If you get a place, we tell you by e-mail.',
  },
  'conference.web.signup.cancelled': { nb: 'Du er meldt av.', nn: 'Du er meld av.', en: 'Your sign-up is cancelled.' },
  'conference.web.signup.closed': {
    nb: 'Påmeldingen er stengt: sesjonen har begynt.',
    nn: 'Påmeldinga er stengd: sesjonen har byrja.',
    en: 'Sign-up is closed: the session has started.',
  },
  'conference.web.signup.signIn': {
    nb: 'Logg inn for å melde deg på',
    nn: 'Logg inn for å melde deg på',
    en: 'Sign in to sign up',
  },
  'conference.web.registration.heading': {
    nb: 'Meld deg på konferansen',
    nn: 'Meld deg på konferansen',
    en: 'Register for the conference',
  },
  'conference.web.registration.link': {
    nb: 'Gå til påmeldingen',
    nn: 'Gå til påmeldinga',
    en: 'Go to the registration',
  },
  'conference.web.registration.seatsLeft': {
    nb: '{left} plasser er ledige.',
    nn: '{left} plassar er ledige.',
    en: '{left} places are free.',
  },
  'conference.web.registration.full': {
    nb: 'Alle plassene er tatt, men du kan sette deg på ventelisten.',
    nn: 'Alle plassane er tekne, men du kan setje deg på ventelista.',
    en: 'All places are taken, but you can join the waiting list.',
  },
  'conference.web.registration.notOpen': {
    nb: 'Påmeldingen er ikke åpen nå.',
    nn: 'Påmeldinga er ikkje open no.',
    en: 'Registration is not open now.',
  },
});
