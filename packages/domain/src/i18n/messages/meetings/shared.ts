import type { AgendaKind } from '../../../meetings/schemas.ts';
import type { AttendanceMode, RegistrationStatus } from '../../../meetings/registration.ts';
import type { MeetingChange, MeetingMode, MeetingStatus } from '../../../meetings/workflow.ts';
import { defineMessages, type Translations } from '../../define.ts';

/** Every state and kind of the meetings module has a label; a code without one is a type error below. */
type MeetingLabelKey =
  | `meetings.status.${MeetingStatus}`
  | `meetings.mode.${MeetingMode}`
  | `meetings.agenda.${AgendaKind}`
  | `meetings.registration.${RegistrationStatus}`
  | `meetings.attendance.${AttendanceMode}`
  | `meetings.change.${MeetingChange}`;

const labels = {
  'meetings.status.draft': { nb: 'Utkast', nn: 'Utkast', en: 'Draft' },
  'meetings.status.published': { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  'meetings.status.cancelled': { nb: 'Avlyst', nn: 'Avlyst', en: 'Cancelled' },
  'meetings.status.held': { nb: 'Gjennomført', nn: 'Gjennomført', en: 'Held' },
  'meetings.mode.in_person': { nb: 'Fysisk møte', nn: 'Fysisk møte', en: 'In person' },
  'meetings.mode.online': { nb: 'Digitalt møte', nn: 'Digitalt møte', en: 'Online' },
  'meetings.mode.hybrid': { nb: 'Fysisk og digitalt', nn: 'Fysisk og digitalt', en: 'Hybrid' },
  'meetings.agenda.talk': { nb: 'Innlegg', nn: 'Innlegg', en: 'Talk' },
  'meetings.agenda.group_work': { nb: 'Gruppearbeid', nn: 'Gruppearbeid', en: 'Group work' },
  'meetings.agenda.break': { nb: 'Pause', nn: 'Pause', en: 'Break' },
  'meetings.agenda.meal': { nb: 'Måltid', nn: 'Måltid', en: 'Meal' },
  'meetings.agenda.since_last': { nb: 'Siden sist', nn: 'Sidan sist', en: 'Since last time' },
  'meetings.registration.confirmed': { nb: 'Påmeldt', nn: 'Påmeld', en: 'Registered' },
  'meetings.registration.waiting': { nb: 'På venteliste', nn: 'På venteliste', en: 'On the waiting list' },
  'meetings.registration.cancelled': { nb: 'Avmeldt', nn: 'Avmeld', en: 'Cancelled' },
  'meetings.attendance.in_person': { nb: 'Deltar fysisk', nn: 'Deltek fysisk', en: 'Attending in person' },
  'meetings.attendance.online': { nb: 'Deltar digitalt', nn: 'Deltek digitalt', en: 'Attending online' },
  'meetings.change.time': { nb: 'tidspunktet', nn: 'tidspunktet', en: 'the time' },
  'meetings.change.place': { nb: 'stedet', nn: 'staden', en: 'the place' },
} satisfies Record<MeetingLabelKey, Translations>;

/**
 * Network meetings (fagsamlinger): labels, the errors the server sends, and the e-mails.
 * Times are Norwegian wall-clock times; the DST questions follow docs/adr/0018.
 */
export const meetingsShared = defineMessages({
  ...labels,
  'meetings.time.gap': {
    nb: 'Klokken {time} finnes ikke {date}: klokka stilles fram fra 02:00 til 03:00 den natten. Velg et annet tidspunkt.',
    nn: 'Klokka {time} finst ikkje {date}: klokka blir stilt fram frå 02:00 til 03:00 den natta. Vel eit anna tidspunkt.',
    en: '{time} does not exist on {date}: the clocks go forward from 02:00 to 03:00 that night. Choose another time.',
  },
  'meetings.time.ambiguous': {
    nb: 'Klokken {time} kommer to ganger {date}, fordi klokka stilles tilbake. Velg den første (sommertid) eller den andre (normaltid).',
    nn: 'Klokka {time} kjem to gonger {date}, fordi klokka blir stilt tilbake. Vel den første (sommartid) eller den andre (normaltid).',
    en: '{time} happens twice on {date}, because the clocks go back. Choose the first (summer time) or the second (winter time).',
  },
  'meetings.time.earlier': {
    nb: 'Den første (sommertid)',
    nn: 'Den første (sommartid)',
    en: 'The first (summer time)',
  },
  'meetings.time.later': { nb: 'Den andre (normaltid)', nn: 'Den andre (normaltid)', en: 'The second (winter time)' },
  'meetings.validation.endBeforeStart': {
    nb: 'Slutten må være etter starten.',
    nn: 'Slutten må vere etter starten.',
    en: 'The end must be after the start.',
  },
  'meetings.validation.deadlineAfterStart': {
    nb: 'Påmeldingsfristen må være før møtet begynner.',
    nn: 'Påmeldingsfristen må vere før møtet byrjar.',
    en: 'The registration deadline must be before the meeting starts.',
  },
  'meetings.validation.opensAfterDeadline': {
    nb: 'Påmeldingen må åpne før fristen.',
    nn: 'Påmeldinga må opne før fristen.',
    en: 'Registration must open before the deadline.',
  },
  'meetings.validation.venueRequired': {
    nb: 'Skriv hvor møtet holdes.',
    nn: 'Skriv kvar møtet blir halde.',
    en: 'Say where the meeting is held.',
  },
  'meetings.error.state': {
    nb: 'Dette kan ikke gjøres med møtet slik det står nå. Last inn siden på nytt.',
    nn: 'Dette kan ikkje gjerast med møtet slik det står no. Last inn sida på nytt.',
    en: 'This cannot be done with the meeting as it stands now. Reload the page.',
  },
  'meetings.error.notStarted': {
    nb: 'Møtet kan merkes som gjennomført først når det har begynt.',
    nn: 'Møtet kan merkast som gjennomført først når det har byrja.',
    en: 'The meeting can be marked as held only once it has started.',
  },
  'meetings.error.notOpen': {
    nb: 'Påmeldingen har ikke åpnet ennå.',
    nn: 'Påmeldinga har ikkje opna enno.',
    en: 'Registration has not opened yet.',
  },
  'meetings.error.closed': {
    nb: 'Påmeldingen er stengt. Ta kontakt med koordinatoren for nettverket.',
    nn: 'Påmeldinga er stengd. Ta kontakt med koordinatoren for nettverket.',
    en: 'Registration is closed. Contact the network’s coordinator.',
  },
  'meetings.error.membersOnly': {
    nb: 'Møtet er bare for folk fra nettverkets medlemsorganisasjoner. Velg en av dem.',
    nn: 'Møtet er berre for folk frå medlemsorganisasjonane i nettverket. Vel ein av dei.',
    en: 'The meeting is only for people from the network’s member organisations. Choose one of them.',
  },
  'meetings.error.notYourOrganisation': {
    nb: 'Du kan bare melde på for en organisasjon du er knyttet til.',
    nn: 'Du kan berre melde på for ein organisasjon du er knytt til.',
    en: 'You can only register for an organisation you are linked to.',
  },
  'meetings.error.colleague': {
    nb: 'Du kan melde på kolleger bare som redaktør for organisasjonen deres, og bare folk som er knyttet til den.',
    nn: 'Du kan melde på kollegaer berre som redaktør for organisasjonen deira, og berre folk som er knytte til han.',
    en: 'You can register colleagues only as an editor of their organisation, and only people linked to it.',
  },
  'meetings.error.notRegistered': {
    nb: 'Du er ikke påmeldt dette møtet.',
    nn: 'Du er ikkje påmeld dette møtet.',
    en: 'You are not registered for this meeting.',
  },
  'meetings.error.started': {
    nb: 'Møtet har begynt, så påmeldingen kan ikke endres lenger.',
    nn: 'Møtet har byrja, så påmeldinga kan ikkje endrast lenger.',
    en: 'The meeting has started, so the registration can no longer be changed.',
  },
  'meetings.error.full': {
    nb: 'Alle plassene er tatt. Flytt noen til ventelisten først, eller øk antallet plasser.',
    nn: 'Alle plassane er tekne. Flytt nokon til ventelista først, eller auk talet på plassar.',
    en: 'Every seat is taken. Move someone to the waiting list first, or raise the number of seats.',
  },
  'meetings.mail.confirmed.subject': {
    nb: 'Du er påmeldt: {title}',
    nn: 'Du er påmeld: {title}',
    en: 'You are registered: {title}',
  },
  'meetings.mail.confirmed.body': {
    nb: 'Du har plass på «{title}», {when}.\n\nSe programmet og meld deg av her: {link}\n\nMøtet ligger som kalenderfil i denne e-posten: åpne den for å legge møtet i kalenderen din.',
    nn: 'Du har plass på «{title}», {when}.\n\nSjå programmet og meld deg av her: {link}\n\nMøtet ligg som kalenderfil i denne e-posten: opne ho for å leggje møtet i kalenderen din.',
    en: 'You have a seat at “{title}”, {when}.\n\nSee the programme or cancel here: {link}\n\nThe meeting is attached to this e-mail as a calendar file: open it to add the meeting to your calendar.',
  },
  'meetings.mail.promoted.subject': {
    nb: 'Du har fått plass: {title}',
    nn: 'Du har fått plass: {title}',
    en: 'You have a seat: {title}',
  },
  'meetings.mail.promoted.body': {
    nb: 'En plass ble ledig, og du er flyttet fra ventelisten til deltakerlisten for «{title}», {when}.\n\nFullfør påmeldingen på møtesiden: si om du kommer fysisk eller digitalt, og om du trenger noe (mat, tilrettelegging, reisestøtte): {link}\n\nKan du ikke komme likevel? Meld deg av på samme side, så får nestemann plassen.\n\nMøtet ligger som kalenderfil i denne e-posten.',
    nn: 'Ein plass vart ledig, og du er flytt frå ventelista til deltakarlista for «{title}», {when}.\n\nFullfør påmeldinga på møtesida: sei om du kjem fysisk eller digitalt, og om du treng noko (mat, tilrettelegging, reisestøtte): {link}\n\nKan du ikkje kome likevel? Meld deg av på same sida, så får nestemann plassen.\n\nMøtet ligg som kalenderfil i denne e-posten.',
    en: 'A seat came free, and you have been moved from the waiting list to the participants of “{title}”, {when}.\n\nPlease complete your registration on the meeting’s page: tell us whether you come in person or online, and whether you need anything (food, access, travel support): {link}\n\nCannot come after all? Cancel on the same page so the next person gets the seat.\n\nThe meeting is attached to this e-mail as a calendar file.',
  },
  'meetings.mail.changed.subject': {
    nb: 'Endret: {title}',
    nn: 'Endra: {title}',
    en: 'Changed: {title}',
  },
  'meetings.mail.changed.body': {
    nb: 'Koordinatoren har endret {changes} for «{title}».\n\nNå: {when}\nSted: {place}\n\nSe detaljene her: {link}',
    nn: 'Koordinatoren har endra {changes} for «{title}».\n\nNo: {when}\nStad: {place}\n\nSjå detaljane her: {link}',
    en: 'The coordinator has changed {changes} of “{title}”.\n\nNow: {when}\nPlace: {place}\n\nSee the details here: {link}',
  },
  'meetings.mail.cancelled.subject': {
    nb: 'Avlyst: {title}',
    nn: 'Avlyst: {title}',
    en: 'Cancelled: {title}',
  },
  'meetings.mail.cancelled.body': {
    nb: '«{title}», {when}, er avlyst. Du trenger ikke melde deg av eller gjøre noe annet.\n\n{link}',
    nn: '«{title}», {when}, er avlyst. Du treng ikkje melde deg av eller gjere noko anna.\n\n{link}',
    en: '“{title}”, {when}, has been cancelled. You need not cancel your registration or do anything else.\n\n{link}',
  },
  'meetings.mail.and': { nb: 'og', nn: 'og', en: 'and' },
  'meetings.mail.online': { nb: 'digitalt', nn: 'digitalt', en: 'online' },
});
