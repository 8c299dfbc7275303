import { defineMessages } from '../../define.ts';

/**
 * Network meetings on the web app: the lists, a meeting's page, registering and cancelling,
 * "Mine møter" on Min side, and the names in the calendar files. Labels of states and kinds
 * live in shared.ts. Nynorsk: eit møte, fleire møte, møta.
 */
export const meetingsWeb = defineMessages({
  'meetings.web.nav': { nb: 'Møter', nn: 'Møte', en: 'Meetings' },

  // ---------------------------------------------------------------- lists
  'meetings.web.list.title': { nb: 'Nettverksmøter', nn: 'Nettverksmøte', en: 'Network meetings' },
  'meetings.web.list.description': {
    nb: 'Fagsamlinger og møter i recoverynettverkene: tid, sted, program og påmelding.',
    nn: 'Fagsamlingar og møte i recoverynettverka: tid, stad, program og påmelding.',
    en: 'Gatherings and meetings of the recovery networks: time, place, programme and registration.',
  },
  'meetings.web.list.intro': {
    nb: 'Fagsamlinger og møter i nettverkene. Alle tider er norsk tid.',
    nn: 'Fagsamlingar og møte i nettverka. Alle tider er norsk tid.',
    en: 'Gatherings and meetings of the networks. All times are Norwegian time.',
  },
  'meetings.web.list.when': { nb: 'Vis møter', nn: 'Vis møte', en: 'Show meetings' },
  'meetings.web.list.upcoming': { nb: 'Kommende', nn: 'Komande', en: 'Upcoming' },
  'meetings.web.list.past': { nb: 'Tidligere', nn: 'Tidlegare', en: 'Past' },
  'meetings.web.list.upcomingHeading': { nb: 'Kommende møter', nn: 'Komande møte', en: 'Upcoming meetings' },
  'meetings.web.list.pastHeading': { nb: 'Tidligere møter', nn: 'Tidlegare møte', en: 'Past meetings' },
  'meetings.web.list.noneUpcoming': {
    nb: 'Ingen kommende møter er lagt ut ennå.',
    nn: 'Ingen komande møte er lagde ut enno.',
    en: 'No upcoming meetings have been published yet.',
  },
  'meetings.web.list.nonePast': {
    nb: 'Ingen tidligere møter.',
    nn: 'Ingen tidlegare møte.',
    en: 'No past meetings.',
  },
  'meetings.web.list.networkMeetings': {
    nb: 'Møter i {network}',
    nn: 'Møte i {network}',
    en: 'Meetings of {network}',
  },
  'meetings.web.fact.network': { nb: 'Nettverk', nn: 'Nettverk', en: 'Network' },
  'meetings.web.fact.time': { nb: 'Tid', nn: 'Tid', en: 'Time' },
  'meetings.web.fact.mode': { nb: 'Form', nn: 'Form', en: 'Format' },
  'meetings.web.fact.place': { nb: 'Sted', nn: 'Stad', en: 'Place' },
  'meetings.web.fact.access': { nb: 'Tilgjengelighet', nn: 'Tilgjenge', en: 'Accessibility' },
  'meetings.web.fact.seats': { nb: 'Plasser', nn: 'Plassar', en: 'Seats' },
  'meetings.web.seats.left': {
    nb: 'Ledige plasser: {count}',
    nn: 'Ledige plassar: {count}',
    en: 'Seats left: {count}',
  },
  'meetings.web.seats.full': {
    nb: 'Fullt – du kan melde deg på venteliste',
    nn: 'Fullt – du kan melde deg på venteliste',
    en: 'Full – you can join the waiting list',
  },
  'meetings.web.seats.unlimited': { nb: 'Ingen plassbegrensning', nn: 'Ingen plassgrense', en: 'No limit' },
  'meetings.web.place.online': { nb: 'Digitalt', nn: 'Digitalt', en: 'Online' },
  'meetings.web.place.unknown': { nb: 'Sted kommer', nn: 'Stad kjem', en: 'Place to be announced' },

  // ---------------------------------------------------------------- a network's meetings
  'meetings.web.network.back': { nb: 'Til {network}', nn: 'Til {network}', en: 'To {network}' },
  'meetings.web.network.all': {
    nb: 'Møter i alle nettverk',
    nn: 'Møte i alle nettverk',
    en: 'Meetings of all networks',
  },
  'meetings.web.network.subscribeHeading': {
    nb: 'Abonner i kalenderen din',
    nn: 'Abonner i kalenderen din',
    en: 'Subscribe in your calendar',
  },
  'meetings.web.network.subscribeText': {
    nb: 'Med et abonnement kommer nettverkets møter inn i kalenderen din av seg selv, og endringer og avlysninger blir oppdatert der. Lenken under åpner kalenderprogrammet ditt (for eksempel Outlook eller Apple Kalender). I Google Kalender velger du «Andre kalendere», så «Fra nettadresse», og limer inn adressen.',
    nn: 'Med eit abonnement kjem møta i nettverket inn i kalenderen din av seg sjølv, og endringar og avlysingar blir oppdaterte der. Lenkja under opnar kalenderprogrammet ditt (til dømes Outlook eller Apple Kalender). I Google Kalender vel du «Andre kalendrar», så «Frå nettadresse», og limer inn adressa.',
    en: 'With a subscription the network’s meetings appear in your calendar by themselves, and changes and cancellations are updated there. The link below opens your calendar app (for example Outlook or Apple Calendar). In Google Calendar choose “Other calendars”, then “From URL”, and paste the address.',
  },
  'meetings.web.network.subscribeLink': {
    nb: 'Abonner på møtene i {network}',
    nn: 'Abonner på møta i {network}',
    en: 'Subscribe to the meetings of {network}',
  },
  'meetings.web.network.feedAddress': {
    nb: 'Kalenderadresse: {url}',
    nn: 'Kalenderadresse: {url}',
    en: 'Calendar address: {url}',
  },
  'meetings.web.network.link': {
    nb: 'Møtene i nettverket',
    nn: 'Møta i nettverket',
    en: 'The network’s meetings',
  },

  // ---------------------------------------------------------------- a meeting's page
  'meetings.web.meeting.back': { nb: 'Alle møter', nn: 'Alle møte', en: 'All meetings' },
  'meetings.web.meeting.cancelled': {
    nb: 'Dette møtet er avlyst.',
    nn: 'Dette møtet er avlyst.',
    en: 'This meeting has been cancelled.',
  },
  'meetings.web.meeting.held': {
    nb: 'Dette møtet er gjennomført.',
    nn: 'Dette møtet er gjennomført.',
    en: 'This meeting has been held.',
  },
  'meetings.web.access.stepFree': { nb: 'Trinnfri adkomst', nn: 'Trinnfri tilkomst', en: 'Step-free access' },
  'meetings.web.access.hearingLoop': { nb: 'Teleslynge', nn: 'Teleslynge', en: 'Hearing loop' },
  'meetings.web.access.quietRoom': { nb: 'Stillerom', nn: 'Stillerom', en: 'Quiet room' },
  'meetings.web.access.none': {
    nb: 'Ikke oppgitt – spør koordinatoren',
    nn: 'Ikkje oppgitt – spør koordinatoren',
    en: 'Not stated – ask the coordinator',
  },
  'meetings.web.meeting.about': { nb: 'Om møtet', nn: 'Om møtet', en: 'About the meeting' },
  'meetings.web.meeting.agenda': { nb: 'Program', nn: 'Program', en: 'Programme' },
  'meetings.web.meeting.leader': { nb: 'Ved {name}', nn: 'Ved {name}', en: 'Led by {name}' },
  'meetings.web.meeting.calendarHeading': { nb: 'Kalender', nn: 'Kalender', en: 'Calendar' },
  'meetings.web.meeting.download': {
    nb: 'Legg møtet i kalenderen din (.ics-fil)',
    nn: 'Legg møtet i kalenderen din (.ics-fil)',
    en: 'Add the meeting to your calendar (.ics file)',
  },
  'meetings.web.meeting.videoHeading': { nb: 'Videomøte', nn: 'Videomøte', en: 'Video meeting' },
  'meetings.web.meeting.videoLink': {
    nb: 'Bli med i videomøtet',
    nn: 'Bli med i videomøtet',
    en: 'Join the video meeting',
  },

  // ---------------------------------------------------------------- registration
  'meetings.web.register.heading': { nb: 'Påmelding', nn: 'Påmelding', en: 'Registration' },
  'meetings.web.register.deadline': {
    nb: 'Påmeldingsfrist: {date}.',
    nn: 'Påmeldingsfrist: {date}.',
    en: 'Registration deadline: {date}.',
  },
  'meetings.web.register.notOpen': {
    nb: 'Påmeldingen åpner {date}.',
    nn: 'Påmeldinga opnar {date}.',
    en: 'Registration opens {date}.',
  },
  'meetings.web.register.afterDeadline': {
    nb: 'Fristen for påmelding har gått ut. Ta kontakt med koordinatoren i nettverket om du vil delta.',
    nn: 'Fristen for påmelding har gått ut. Ta kontakt med koordinatoren i nettverket om du vil vere med.',
    en: 'The registration deadline has passed. Contact the network’s coordinator if you would like to take part.',
  },
  'meetings.web.register.closed': {
    nb: 'Påmeldingen er stengt.',
    nn: 'Påmeldinga er stengd.',
    en: 'Registration is closed.',
  },
  'meetings.web.register.signInText': {
    nb: 'Du må være logget inn for å melde deg på.',
    nn: 'Du må vere logga inn for å melde deg på.',
    en: 'You need to sign in to register.',
  },
  'meetings.web.register.signIn': {
    nb: 'Logg inn for å melde deg på',
    nn: 'Logg inn for å melde deg på',
    en: 'Sign in to register',
  },
  'meetings.web.register.membersOnly': {
    nb: 'Møtet er for organisasjonene i nettverket: velg organisasjonen du kommer fra.',
    nn: 'Møtet er for organisasjonane i nettverket: vel organisasjonen du kjem frå.',
    en: 'The meeting is for the network’s organisations: choose the organisation you come from.',
  },
  'meetings.web.register.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'meetings.web.register.noOrganisation': {
    nb: 'Ingen – jeg kommer på egne vegne',
    nn: 'Ingen – eg kjem på eigne vegner',
    en: 'None – I come on my own behalf',
  },
  'meetings.web.register.attendance': {
    nb: 'Hvordan deltar du?',
    nn: 'Korleis deltek du?',
    en: 'How will you take part?',
  },
  'meetings.web.register.inPerson': { nb: 'Fysisk, på stedet', nn: 'Fysisk, på staden', en: 'In person' },
  'meetings.web.register.online': { nb: 'Digitalt', nn: 'Digitalt', en: 'Online' },
  'meetings.web.register.dietary': {
    nb: 'Matbehov og allergier',
    nn: 'Matbehov og allergiar',
    en: 'Dietary needs and allergies',
  },
  'meetings.web.register.access': { nb: 'Tilrettelegging', nn: 'Tilrettelegging', en: 'Access needs' },
  'meetings.web.register.wheelchair': { nb: 'Rullestol', nn: 'Rullestol', en: 'Wheelchair' },
  'meetings.web.register.signLanguage': { nb: 'Tegnspråktolk', nn: 'Teiknspråktolk', en: 'Sign-language interpreter' },
  'meetings.web.register.writtenInterpretation': { nb: 'Skrivetolk', nn: 'Skrivetolk', en: 'Written interpretation' },
  'meetings.web.register.hearingLoop': { nb: 'Teleslynge', nn: 'Teleslynge', en: 'Hearing loop' },
  'meetings.web.register.otherAccessNeeds': {
    nb: 'Annen tilrettelegging',
    nn: 'Anna tilrettelegging',
    en: 'Other access needs',
  },
  'meetings.web.register.travelSupport': {
    nb: 'Jeg er brukerrepresentant og ønsker reisestøtte',
    nn: 'Eg er brukarrepresentant og ønskjer reisestøtte',
    en: 'I am a user representative and would like travel support',
  },
  'meetings.web.register.listConsent': {
    nb: 'Navnet mitt og organisasjonen min kan stå på deltakerlisten',
    nn: 'Namnet mitt og organisasjonen min kan stå på deltakarlista',
    en: 'My name and organisation may appear on the participant list',
  },
  'meetings.web.register.privacy': {
    nb: 'Svarene om mat, tilrettelegging og reisestøtte ser bare koordinatorene i nettverket, og de slettes etter møtet.',
    nn: 'Svara om mat, tilrettelegging og reisestøtte ser berre koordinatorane i nettverket, og dei blir sletta etter møtet.',
    en: 'Only the network’s coordinators see the answers about food, access needs and travel support, and they are deleted after the meeting.',
  },
  'meetings.web.register.submit': { nb: 'Meld meg på', nn: 'Meld meg på', en: 'Register' },
  'meetings.web.register.confirmed': {
    nb: 'Du er påmeldt. Du får en bekreftelse på e-post.',
    nn: 'Du er påmeld. Du får ei stadfesting på e-post.',
    en: 'You are registered. You will get a confirmation by e-mail.',
  },
  'meetings.web.register.waiting': {
    nb: 'Møtet er fullt. Du står som nummer {place} på ventelisten, og får e-post hvis du får plass.',
    nn: 'Møtet er fullt. Du står som nummer {place} på ventelista, og får e-post om du får plass.',
    en: 'The meeting is full. You are number {place} on the waiting list, and will get an e-mail if a seat becomes free.',
  },
  'meetings.web.register.existing': {
    nb: 'Du var allerede påmeldt.',
    nn: 'Du var alt påmeld.',
    en: 'You were already registered.',
  },
  'meetings.web.register.youConfirmed': {
    nb: 'Du er påmeldt.',
    nn: 'Du er påmeld.',
    en: 'You are registered.',
  },
  'meetings.web.register.youWaiting': {
    nb: 'Du står som nummer {place} på ventelisten.',
    nn: 'Du står som nummer {place} på ventelista.',
    en: 'You are number {place} on the waiting list.',
  },
  'meetings.web.cancel.button': { nb: 'Meld meg av', nn: 'Meld meg av', en: 'Cancel my registration' },
  'meetings.web.cancel.title': {
    nb: 'Melde deg av møtet?',
    nn: 'Melde deg av møtet?',
    en: 'Cancel your registration?',
  },
  'meetings.web.cancel.text': {
    nb: 'Plassen din går til den neste på ventelisten. Du kan melde deg på igjen senere hvis det er plass.',
    nn: 'Plassen din går til den neste på ventelista. Du kan melde deg på igjen seinare om det er plass.',
    en: 'Your seat goes to the next person on the waiting list. You can register again later if there is room.',
  },
  'meetings.web.cancel.done': { nb: 'Du er meldt av.', nn: 'Du er meld av.', en: 'Your registration is cancelled.' },

  // ---------------------------------------------------------------- Min side
  'meetings.web.mine.heading': { nb: 'Mine møter', nn: 'Mine møte', en: 'My meetings' },
  'meetings.web.mine.none': {
    nb: 'Du er ikke påmeldt noen møter.',
    nn: 'Du er ikkje påmeld nokon møte.',
    en: 'You are not registered for any meetings.',
  },
  'meetings.web.mine.browse': { nb: 'Se kommende møter', nn: 'Sjå komande møte', en: 'See upcoming meetings' },

  // ---------------------------------------------------------------- calendar files (bokmål)
  'meetings.web.calendar.feedName': { nb: '{network} – møter', nn: '{network} – møte', en: '{network} – meetings' },
  'meetings.web.calendar.alsoOnline': { nb: 'også digitalt', nn: 'også digitalt', en: 'also online' },
});
