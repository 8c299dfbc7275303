import { defineMessages } from '../../define.ts';

/**
 * The day of the meeting in the admin app (docs/adr/0021): check-in on a phone with its
 * offline queue, the printable participant list and badges, attendance per organisation.
 */
export const meetingsAdminCheckIn = defineMessages({
  'meetings.admin.checkIn.error.notYet': {
    nb: 'Innsjekken åpner tre timer før møtet starter.',
    nn: 'Innsjekken opnar tre timar før møtet startar.',
    en: 'Check-in opens three hours before the meeting starts.',
  },
  'meetings.admin.checkIn.error.closed': {
    nb: 'Innsjekken er stengt: møtet er avlyst, ikke publisert, eller det er mer enn en uke siden det var.',
    nn: 'Innsjekken er stengd: møtet er avlyst, ikkje publisert, eller det er meir enn ei veke sidan det var.',
    en: 'Check-in is closed: the meeting is cancelled, not published, or more than a week has passed since it ended.',
  },
  // ---------- links from the meeting's page ----------
  'meetings.admin.day.title': { nb: 'På møtedagen', nn: 'På møtedagen', en: 'On the day' },
  'meetings.admin.day.checkIn': { nb: 'Innsjekk', nn: 'Innsjekk', en: 'Check-in' },
  'meetings.admin.day.participants': {
    nb: 'Deltakerliste til utskrift',
    nn: 'Deltakarliste til utskrift',
    en: 'Participant list to print',
  },
  'meetings.admin.day.badges': { nb: 'Navnelapper', nn: 'Namnelappar', en: 'Name badges' },
  // ---------- check-in ----------
  'meetings.admin.checkIn.title': { nb: 'Innsjekk: {title}', nn: 'Innsjekk: {title}', en: 'Check-in: {title}' },
  'meetings.admin.checkIn.back': { nb: 'Tilbake til møtet', nn: 'Tilbake til møtet', en: 'Back to the meeting' },
  'meetings.admin.checkIn.notYet': {
    nb: 'Innsjekken åpner {time}. Du kan se listen allerede nå.',
    nn: 'Innsjekken opnar {time}. Du kan sjå lista allereie no.',
    en: 'Check-in opens {time}. You can look at the list already.',
  },
  'meetings.admin.checkIn.closed': {
    nb: 'Innsjekken er stengt. Listen viser hvem som møtte.',
    nn: 'Innsjekken er stengd. Lista viser kven som møtte.',
    en: 'Check-in is closed. The list shows who came.',
  },
  'meetings.admin.checkIn.search': { nb: 'Søk etter navn', nn: 'Søk etter namn', en: 'Search by name' },
  'meetings.admin.checkIn.hits.one': { nb: '1 treff', nn: '1 treff', en: '1 match' },
  'meetings.admin.checkIn.hits.many': { nb: '{n} treff', nn: '{n} treff', en: '{n} matches' },
  'meetings.admin.checkIn.counts': {
    nb: '{attended} av {total} har møtt',
    nn: '{attended} av {total} har møtt',
    en: '{attended} of {total} have come',
  },
  'meetings.admin.checkIn.legend': {
    nb: 'Kryss av for dem som har møtt',
    nn: 'Kryss av for dei som har møtt',
    en: 'Tick those who have come',
  },
  'meetings.admin.checkIn.attended': { nb: 'Møtt', nn: 'Møtt', en: 'Here' },
  'meetings.admin.checkIn.notAttended': { nb: 'Ikke møtt', nn: 'Ikkje møtt', en: 'Not here' },
  'meetings.admin.checkIn.online': { nb: 'Deltar digitalt', nn: 'Deltek digitalt', en: 'Attends online' },
  'meetings.admin.checkIn.unsent': { nb: 'Ikke sendt ennå', nn: 'Ikkje sendt enno', en: 'Not sent yet' },
  'meetings.admin.checkIn.empty': {
    nb: 'Ingen har plass på dette møtet.',
    nn: 'Ingen har plass på dette møtet.',
    en: 'Nobody has a seat at this meeting.',
  },
  'meetings.admin.checkIn.noHits': {
    nb: 'Ingen navn passer med søket.',
    nn: 'Ingen namn passar med søket.',
    en: 'No name matches the search.',
  },
  'meetings.admin.checkIn.noOrganisation': {
    nb: 'Uten organisasjon',
    nn: 'Utan organisasjon',
    en: 'No organisation',
  },
  // The sync status, announced as it changes.
  'meetings.admin.checkIn.sync.done': { nb: 'Alt er sendt.', nn: 'Alt er sendt.', en: 'Everything is sent.' },
  'meetings.admin.checkIn.sync.waiting.one': {
    nb: '1 markering venter på nett.',
    nn: '1 markering ventar på nett.',
    en: '1 mark is waiting for a connection.',
  },
  'meetings.admin.checkIn.sync.waiting.many': {
    nb: '{n} markeringer venter på nett.',
    nn: '{n} markeringar ventar på nett.',
    en: '{n} marks are waiting for a connection.',
  },
  'meetings.admin.checkIn.sync.offline': {
    nb: 'Du er uten nett. Markeringene lagres på telefonen og sendes når nettet er tilbake.',
    nn: 'Du er utan nett. Markeringane blir lagra på telefonen og sende når nettet er tilbake.',
    en: 'You are offline. Marks are kept on this phone and sent when the connection returns.',
  },
  'meetings.admin.checkIn.sync.sending': { nb: 'Sender …', nn: 'Sender …', en: 'Sending …' },
  'meetings.admin.checkIn.sync.refused': {
    nb: 'Markeringene ble ikke tatt imot: {message}',
    nn: 'Markeringane vart ikkje tekne imot: {message}',
    en: 'The marks were not accepted: {message}',
  },
  'meetings.admin.checkIn.sync.retry': { nb: 'Send på nytt', nn: 'Send på nytt', en: 'Send again' },
  // ---------- participant list ----------
  'meetings.admin.participants.title': {
    nb: 'Deltakerliste: {title}',
    nn: 'Deltakarliste: {title}',
    en: 'Participant list: {title}',
  },
  'meetings.admin.participants.consent': {
    nb: 'Bare de som har sagt ja til å stå på deltakerlisten: {listed} av {total} påmeldte.',
    nn: 'Berre dei som har sagt ja til å stå på deltakarlista: {listed} av {total} påmelde.',
    en: 'Only those who agreed to be on the participant list: {listed} of {total} registered.',
  },
  'meetings.admin.participants.name': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'meetings.admin.participants.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'meetings.admin.participants.empty': {
    nb: 'Ingen har sagt ja til å stå på listen.',
    nn: 'Ingen har sagt ja til å stå på lista.',
    en: 'Nobody has agreed to be on the list.',
  },
  'meetings.admin.print': { nb: 'Skriv ut', nn: 'Skriv ut', en: 'Print' },
  // ---------- badges ----------
  'meetings.admin.badges.title': { nb: 'Navnelapper: {title}', nn: 'Namnelappar: {title}', en: 'Name badges: {title}' },
  'meetings.admin.badges.intro': {
    nb: 'Én lapp for hver som har plass og deltar fysisk, åtte på et A4-ark.',
    nn: 'Éin lapp for kvar som har plass og deltek fysisk, åtte på eit A4-ark.',
    en: 'One badge for everyone with a seat who attends in person, eight to an A4 sheet.',
  },
  'meetings.admin.badges.withNeeds': {
    nb: 'Vis merker for tilrettelegging og kost',
    nn: 'Vis merke for tilrettelegging og kost',
    en: 'Show markers for access needs and diet',
  },
  'meetings.admin.badges.withNeedsHelp': {
    nb: 'Bare for koordinatorene. Det blir logget at du så svarene. Etter møtet er svarene slettet, og merkene vises ikke.',
    nn: 'Berre for koordinatorane. Det blir logga at du såg svara. Etter møtet er svara sletta, og merka blir ikkje viste.',
    en: 'For the coordinators only. That you saw the answers is logged. After the meeting the answers are deleted and no markers are shown.',
  },
  'meetings.admin.badges.empty': {
    nb: 'Ingen deltar fysisk ennå.',
    nn: 'Ingen deltek fysisk enno.',
    en: 'Nobody attends in person yet.',
  },
  'meetings.admin.badges.markers': { nb: 'Behov', nn: 'Behov', en: 'Needs' },
  'meetings.admin.badges.marker.signLanguage': { nb: 'Tegnspråk', nn: 'Teiknspråk', en: 'Sign language' },
  'meetings.admin.badges.marker.writtenInterpretation': { nb: 'Skrivetolk', nn: 'Skrivetolk', en: 'Captioning' },
  'meetings.admin.badges.marker.hearingLoop': { nb: 'Teleslynge', nn: 'Teleslynge', en: 'Hearing loop' },
  'meetings.admin.badges.marker.wheelchair': { nb: 'Rullestol', nn: 'Rullestol', en: 'Wheelchair' },
  'meetings.admin.badges.marker.otherAccess': { nb: 'Tilrettelegging', nn: 'Tilrettelegging', en: 'Access need' },
  'meetings.admin.badges.marker.dietary': { nb: 'Kost', nn: 'Kost', en: 'Diet' },
  // ---------- attendance per organisation ----------
  'meetings.admin.attendance.title': {
    nb: 'Oppmøte per organisasjon',
    nn: 'Oppmøte per organisasjon',
    en: 'Attendance per organisation',
  },
  'meetings.admin.attendance.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'meetings.admin.attendance.registered': { nb: 'Påmeldt', nn: 'Påmeld', en: 'Registered' },
  'meetings.admin.attendance.attended': { nb: 'Møtt', nn: 'Møtt', en: 'Came' },
  'meetings.admin.attendance.total': { nb: 'Til sammen', nn: 'Til saman', en: 'Total' },
  'meetings.admin.attendance.empty': {
    nb: 'Ingen har plass ennå.',
    nn: 'Ingen har plass enno.',
    en: 'Nobody has a seat yet.',
  },
});
