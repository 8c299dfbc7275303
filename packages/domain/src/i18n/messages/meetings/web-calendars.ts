import { defineMessages } from '../../define.ts';

/**
 * Network meetings on the web app: one's own calendar («Kalenderen din» on Min side), copying a
 * calendar address, the Atom feeds, and the registration's details (the waiting list's short
 * form, completing or changing one's answers). Nynorsk: eit møte, fleire møte, møta.
 */
export const meetingsWebCalendars = defineMessages({
  // ---------------------------------------------------------------- copying a calendar address
  'meetings.web.copy.button': { nb: 'Kopier adressen', nn: 'Kopier adressa', en: 'Copy the address' },
  'meetings.web.copy.done': {
    nb: 'Adressen er kopiert. Lim den inn i kalenderprogrammet ditt.',
    nn: 'Adressa er kopiert. Lim ho inn i kalenderprogrammet ditt.',
    en: 'The address is copied. Paste it into your calendar app.',
  },
  'meetings.web.copy.failed': {
    nb: 'Kunne ikke kopiere. Merk adressen og kopier den selv.',
    nn: 'Kunne ikkje kopiere. Merk adressa og kopier ho sjølv.',
    en: 'Could not copy. Select the address and copy it yourself.',
  },
  'meetings.web.network.feedLabel': {
    nb: 'Kalenderadressen (til Google Kalender og andre som spør etter en nettadresse)',
    nn: 'Kalenderadressa (til Google Kalender og andre som spør etter ei nettadresse)',
    en: 'The calendar address (for Google Calendar and others that ask for a URL)',
  },
  'meetings.web.network.refresh': {
    nb: 'Kalenderprogrammet henter endringer selv, men det kan ta fra noen minutter til et døgn (Google Kalender er tregest). Du kan når som helst slutte å abonnere i kalenderprogrammet.',
    nn: 'Kalenderprogrammet hentar endringar sjølv, men det kan ta frå nokre minutt til eit døgn (Google Kalender er tregast). Du kan når som helst slutte å abonnere i kalenderprogrammet.',
    en: 'Your calendar app fetches changes by itself, but it can take from a few minutes to a day (Google Calendar is the slowest). You can stop subscribing in your calendar app at any time.',
  },

  // ---------------------------------------------------------------- Atom feeds
  'meetings.web.feed.all': {
    nb: 'Nye nettverksmøter (Atom)',
    nn: 'Nye nettverksmøte (Atom)',
    en: 'New network meetings (Atom)',
  },
  'meetings.web.feed.network': {
    nb: 'Nye møter i {network} (Atom)',
    nn: 'Nye møte i {network} (Atom)',
    en: 'New meetings of {network} (Atom)',
  },
  'meetings.web.feed.link': {
    nb: 'Følg nye møter i en nyhetsleser (Atom)',
    nn: 'Følg nye møte i ein nyheitslesar (Atom)',
    en: 'Follow new meetings in a feed reader (Atom)',
  },

  // ---------------------------------------------------------------- «Kalenderen din» on Min side
  'meetings.web.myCalendar.heading': { nb: 'Kalenderen din', nn: 'Kalenderen din', en: 'Your calendar' },
  'meetings.web.myCalendar.intro': {
    nb: 'Få møtene du er påmeldt inn i kalenderprogrammet ditt (Outlook, Google, Apple og andre), og hold dem oppdatert av seg selv. Møter du står på venteliste til, kommer med «Venteliste» foran navnet.',
    nn: 'Få møta du er påmeld inn i kalenderprogrammet ditt (Outlook, Google, Apple og andre), og hald dei oppdaterte av seg sjølv. Møte du står på venteliste til, kjem med «Venteliste» framfor namnet.',
    en: 'Get the meetings you are registered for into your calendar app (Outlook, Google, Apple and others), kept up to date by themselves. Meetings you are on the waiting list for come with “Waiting list” before the name.',
  },
  'meetings.web.myCalendar.secret': {
    nb: 'Adressen er hemmelig: den som har den, ser hvilke møter du skal på. Del den ikke. Videolenker står aldri i kalenderen; de er på møtesiden når du er logget inn.',
    nn: 'Adressa er løyndom: den som har ho, ser kva møte du skal på. Del ho ikkje. Videolenkjer står aldri i kalenderen; dei er på møtesida når du er logga inn.',
    en: 'The address is secret: whoever has it sees which meetings you attend. Do not share it. Video links are never in the calendar; they are on the meeting’s page when you are signed in.',
  },
  'meetings.web.myCalendar.none': {
    nb: 'Du har ingen kalenderadresse ennå.',
    nn: 'Du har inga kalenderadresse enno.',
    en: 'You have no calendar address yet.',
  },
  'meetings.web.myCalendar.exists': {
    nb: 'Du har en kalenderadresse, laget {date}. Av hensyn til sikkerheten viser vi den bare én gang. Har du mistet den, lag en ny: den gamle slutter da å virke.',
    nn: 'Du har ei kalenderadresse, laga {date}. Av omsyn til tryggleiken viser vi ho berre éin gong. Har du mista ho, lag ei ny: den gamle sluttar då å verke.',
    en: 'You have a calendar address, made {date}. For your safety we show it only once. If you have lost it, make a new one: the old one then stops working.',
  },
  'meetings.web.myCalendar.create': {
    nb: 'Lag kalenderadresse',
    nn: 'Lag kalenderadresse',
    en: 'Make a calendar address',
  },
  'meetings.web.myCalendar.renew': { nb: 'Lag ny adresse', nn: 'Lag ny adresse', en: 'Make a new address' },
  'meetings.web.myCalendar.remove': { nb: 'Slett adressen', nn: 'Slett adressa', en: 'Delete the address' },
  'meetings.web.myCalendar.renewTitle': {
    nb: 'Lage ny kalenderadresse?',
    nn: 'Lage ny kalenderadresse?',
    en: 'Make a new calendar address?',
  },
  'meetings.web.myCalendar.renewText': {
    nb: 'Den gamle adressen slutter å virke med en gang. Kalendere som abonnerer på den, får ingen flere oppdateringer før du legger inn den nye.',
    nn: 'Den gamle adressa sluttar å verke med ein gong. Kalendrar som abonnerer på ho, får ingen fleire oppdateringar før du legg inn den nye.',
    en: 'The old address stops working at once. Calendars subscribed to it get no more updates until you add the new one.',
  },
  'meetings.web.myCalendar.removeTitle': {
    nb: 'Slette kalenderadressen?',
    nn: 'Slette kalenderadressa?',
    en: 'Delete the calendar address?',
  },
  'meetings.web.myCalendar.removeText': {
    nb: 'Adressen slutter å virke med en gang. Møtene blir liggende i kalenderen din til du fjerner abonnementet der.',
    nn: 'Adressa sluttar å verke med ein gong. Møta blir liggjande i kalenderen din til du fjernar abonnementet der.',
    en: 'The address stops working at once. The meetings stay in your calendar until you remove the subscription there.',
  },
  'meetings.web.myCalendar.removed': {
    nb: 'Kalenderadressen er slettet.',
    nn: 'Kalenderadressa er sletta.',
    en: 'The calendar address is deleted.',
  },
  'meetings.web.myCalendar.made': {
    nb: 'Her er adressen din. Kopier den nå: vi viser den ikke igjen.',
    nn: 'Her er adressa di. Kopier ho no: vi viser ho ikkje att.',
    en: 'Here is your address. Copy it now: we will not show it again.',
  },
  'meetings.web.myCalendar.subscribe': {
    nb: 'Abonner i kalenderprogrammet',
    nn: 'Abonner i kalenderprogrammet',
    en: 'Subscribe in your calendar app',
  },
  'meetings.web.myCalendar.address': {
    nb: 'Kalenderadressen din',
    nn: 'Kalenderadressa di',
    en: 'Your calendar address',
  },

  // ---------------------------------------------------------------- the registration's details
  'meetings.web.register.fullIntro': {
    nb: 'Alle plassene er tatt, så du settes på ventelisten. Vi spør bare om det vi trenger nå; resten (oppmøte, mat, tilrettelegging, reisestøtte) spør vi om hvis du får plass.',
    nn: 'Alle plassane er tekne, så du blir sett på ventelista. Vi spør berre om det vi treng no; resten (oppmøte, mat, tilrettelegging, reisestøtte) spør vi om viss du får plass.',
    en: 'Every seat is taken, so you go on the waiting list. We ask only what we need now; the rest (attendance, food, access, travel support) we ask if you get a seat.',
  },
  'meetings.web.register.as': {
    nb: 'Du melder deg på som {name} ({email}).',
    nn: 'Du meldar deg på som {name} ({email}).',
    en: 'You register as {name} ({email}).',
  },
  'meetings.web.register.joinWaiting': {
    nb: 'Sett meg på ventelisten',
    nn: 'Set meg på ventelista',
    en: 'Put me on the waiting list',
  },
  'meetings.web.details.completeHeading': {
    nb: 'Fullfør påmeldingen',
    nn: 'Fullfør påmeldinga',
    en: 'Complete your registration',
  },
  'meetings.web.details.completeText': {
    nb: 'Du har fått plass. Si hvordan du kommer, og om du trenger noe, så koordinatorene kan planlegge.',
    nn: 'Du har fått plass. Sei korleis du kjem, og om du treng noko, så koordinatorane kan planleggje.',
    en: 'You have a seat. Tell us how you will attend and whether you need anything, so the coordinators can plan.',
  },
  'meetings.web.details.change': {
    nb: 'Endre oppmøte og behov',
    nn: 'Endre oppmøte og behov',
    en: 'Change attendance and needs',
  },
  'meetings.web.details.save': { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  'meetings.web.details.saved': {
    nb: 'Påmeldingen er oppdatert.',
    nn: 'Påmeldinga er oppdatert.',
    en: 'Your registration is updated.',
  },
  'meetings.web.details.close': { nb: 'Lukk', nn: 'Lukk', en: 'Close' },
});
