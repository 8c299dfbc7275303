import { defineMessages } from '../../define.ts';

/**
 * Workshop sign-ups and the conference's registration (docs/adr/0023), both apps and the
 * server's e-mails: the refusals the API gives and the e-mail to someone promoted from a
 * workshop's waiting list. Nynorsk: eit verkstad, påmelding, ventelista.
 */
export const conferenceSharedSignups = defineMessages({
  'conference.signup.error.noSignup': {
    nb: 'Denne sesjonen har ikke påmelding.',
    nn: 'Denne sesjonen har ikkje påmelding.',
    en: 'This session has no sign-up.',
  },
  'conference.signup.error.closed': {
    nb: 'Sesjonen har begynt, så påmeldingen er stengt.',
    nn: 'Sesjonen har byrja, så påmeldinga er stengd.',
    en: 'The session has started, so sign-up is closed.',
  },
  'conference.signup.error.notSignedUp': {
    nb: 'Du er ikke påmeldt denne sesjonen.',
    nn: 'Du er ikkje påmeld denne sesjonen.',
    en: 'You are not signed up for this session.',
  },
  'conference.signup.error.full': {
    nb: 'Alle plassene er tatt. Flytt noen til ventelisten først, eller øk antallet plasser.',
    nn: 'Alle plassane er tekne. Flytt nokon til ventelista først, eller auk talet på plassar.',
    en: 'Every place is taken. Move someone to the waiting list first, or raise the number of places.',
  },
  'conference.signup.error.state': {
    nb: 'Påmeldingen er endret av noen andre. Last siden på nytt.',
    nn: 'Påmeldinga er endra av nokon andre. Last sida på nytt.',
    en: 'The sign-up was changed by someone else. Reload the page.',
  },
  'conference.registration.error.meetingClosed': {
    nb: 'Konferansens påmelding er avlyst eller avsluttet og kan ikke endres her.',
    nn: 'Påmeldinga til konferansen er avlyst eller avslutta og kan ikkje endrast her.',
    en: 'The conference’s registration is cancelled or over and cannot be changed here.',
  },
  'conference.registration.error.noOwner': {
    nb: 'Konferansen har ikke noe nettverk som eier, så påmeldingen kan ikke settes opp.',
    nn: 'Konferansen har ikkje noko nettverk som eig han, så påmeldinga kan ikkje setjast opp.',
    en: 'The conference has no owning network, so its registration cannot be set up.',
  },
  'conference.mail.signupPromoted.subject': {
    nb: 'Du har fått plass: {title}',
    nn: 'Du har fått plass: {title}',
    en: 'You have a place: {title}',
  },
  'conference.mail.signupPromoted.body': {
    nb: 'En plass ble ledig, og du er flyttet fra ventelisten til deltakerne på «{title}», {when} (norsk tid).\n\nKan du ikke komme likevel? Meld deg av på sesjonens side, så får nestemann plassen: {link}',
    nn: 'Ein plass vart ledig, og du er flytt frå ventelista til deltakarane på «{title}», {when} (norsk tid).\n\nKan du ikkje kome likevel? Meld deg av på sida til sesjonen, så får nestemann plassen: {link}',
    en: 'A place came free, and you have been moved from the waiting list to the participants of “{title}”, {when} (Norwegian time).\n\nCannot come after all? Cancel on the session’s page so the next person gets the place: {link}',
  },
});
