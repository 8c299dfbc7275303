import { defineMessages } from '../../define.ts';

/** Sessions and speakers in the admin app (docs/adr/0023): the lists, the forms and the API's refusals. */
export const conferenceAdminSessions = defineMessages({
  // The API's refusals (translated on the server).
  'conference.admin.sessions.error.tooManyTags': {
    nb: 'En sesjon kan ha høyst 10 stikkord.',
    nn: 'Ein sesjon kan ha høgst 10 stikkord.',
    en: 'A session can have at most 10 tags.',
  },
  'conference.admin.sessions.error.tagTooLong': {
    nb: 'Et stikkord kan ha høyst 40 tegn.',
    nn: 'Eit stikkord kan ha høgst 40 teikn.',
    en: 'A tag can have at most 40 characters.',
  },
  'conference.admin.sessions.error.tooManySpeakers': {
    nb: 'En sesjon kan ha høyst 12 foredragsholdere.',
    nn: 'Ein sesjon kan ha høgst 12 føredragshaldarar.',
    en: 'A session can have at most 12 speakers.',
  },
  'conference.admin.sessions.error.duplicateSpeaker': {
    nb: 'Den samme foredragsholderen er valgt to ganger.',
    nn: 'Den same føredragshaldaren er vald to gonger.',
    en: 'The same speaker is chosen twice.',
  },
  'conference.admin.sessions.error.otherEdition': {
    nb: 'Valget hører ikke til denne konferansen. Last siden på nytt og velg igjen.',
    nn: 'Valet høyrer ikkje til denne konferansen. Last sida på nytt og vel igjen.',
    en: 'That choice does not belong to this conference. Reload the page and choose again.',
  },
  'conference.admin.speakers.error.unknownEmail': {
    nb: 'Ingen konto på plattformen har denne e-postadressen.',
    nn: 'Ingen konto på plattforma har denne e-postadressa.',
    en: 'No account on the platform has this e-mail address.',
  },
  'conference.admin.speakers.error.unknownOrganisation': {
    nb: 'Organisasjonen finnes ikke lenger. Last siden på nytt og velg igjen.',
    nn: 'Organisasjonen finst ikkje lenger. Last sida på nytt og vel igjen.',
    en: 'The organisation no longer exists. Reload the page and choose again.',
  },
  'conference.admin.speakers.error.hasSessions': {
    nb: 'Foredragsholderen er med i {count} sesjoner. Fjern dem fra sesjonene før du sletter.',
    nn: 'Føredragshaldaren er med i {count} sesjonar. Fjern dei frå sesjonane før du slettar.',
    en: 'The speaker is in {count} sessions. Remove them from the sessions before deleting.',
  },

  // The sessions list.
  'conference.admin.sessions.title': { nb: 'Sesjoner', nn: 'Sesjonar', en: 'Sessions' },
  'conference.admin.sessions.intro': {
    nb: 'Alle sesjonene i arbeidskopien. Ingenting her er offentlig før en utgivelse publiseres.',
    nn: 'Alle sesjonane i arbeidskopien. Ingenting her er offentleg før ei utgiving blir publisert.',
    en: 'Every session in the working copy. Nothing here is public until a release is published.',
  },
  'conference.admin.sessions.new': { nb: 'Ny sesjon', nn: 'Ny sesjon', en: 'New session' },
  'conference.admin.sessions.filter': { nb: 'Vis', nn: 'Vis', en: 'Show' },
  'conference.admin.sessions.filter.all': { nb: 'Alle sesjoner', nn: 'Alle sesjonar', en: 'All sessions' },
  'conference.admin.sessions.filter.scheduled': { nb: 'Plasserte', nn: 'Plasserte', en: 'Scheduled' },
  'conference.admin.sessions.filter.unscheduled': { nb: 'Ikke plasserte', nn: 'Ikkje plasserte', en: 'Unscheduled' },
  'conference.admin.sessions.empty': {
    nb: 'Ingen sesjoner å vise.',
    nn: 'Ingen sesjonar å vise.',
    en: 'No sessions to show.',
  },
  'conference.admin.sessions.col.number': { nb: 'Nr.', nn: 'Nr.', en: 'No.' },
  'conference.admin.sessions.col.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'conference.admin.sessions.col.type': { nb: 'Type', nn: 'Type', en: 'Type' },
  'conference.admin.sessions.col.track': { nb: 'Spor', nn: 'Spor', en: 'Track' },
  'conference.admin.sessions.col.when': { nb: 'Tid (norsk tid)', nn: 'Tid (norsk tid)', en: 'Time (Norwegian time)' },
  'conference.admin.sessions.col.speakers': { nb: 'Foredragsholdere', nn: 'Føredragshaldarar', en: 'Speakers' },
  'conference.admin.sessions.unscheduled': { nb: 'Ikke plassert', nn: 'Ikkje plassert', en: 'Not scheduled' },
  'conference.admin.sessions.none': { nb: 'Ingen', nn: 'Ingen', en: 'None' },

  // One session.
  'conference.admin.session.newTitle': { nb: 'Ny sesjon', nn: 'Ny sesjon', en: 'New session' },
  'conference.admin.session.created': {
    nb: 'Sesjonen er opprettet.',
    nn: 'Sesjonen er oppretta.',
    en: 'The session has been created.',
  },
  'conference.admin.session.saved': {
    nb: 'Endringene er lagret.',
    nn: 'Endringane er lagra.',
    en: 'Your changes are saved.',
  },
  'conference.admin.session.create': { nb: 'Opprett sesjon', nn: 'Opprett sesjon', en: 'Create session' },
  'conference.admin.session.save': { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  'conference.admin.session.where': {
    nb: 'Plassert: {when}, {room}.',
    nn: 'Plassert: {when}, {room}.',
    en: 'Scheduled: {when}, {room}.',
  },
  'conference.admin.session.notPlaced': {
    nb: 'Sesjonen er ikke plassert i programmet ennå.',
    nn: 'Sesjonen er ikkje plassert i programmet enno.',
    en: 'The session is not in the programme yet.',
  },
  'conference.admin.session.toGrid': {
    nb: 'Plasser i programeditoren',
    nn: 'Plasser i programeditoren',
    en: 'Place it in the programme editor',
  },
  'conference.admin.session.back': { nb: 'Alle sesjoner', nn: 'Alle sesjonar', en: 'All sessions' },
  'conference.admin.session.delete': { nb: 'Slett sesjonen', nn: 'Slett sesjonen', en: 'Delete the session' },
  'conference.admin.session.delete.confirm': {
    nb: 'Sesjonen «{title}» slettes fra arbeidskopien. Publiserte utgivelser endres ikke før neste utgivelse.',
    nn: 'Sesjonen «{title}» blir sletta frå arbeidskopien. Publiserte utgivingar blir ikkje endra før neste utgiving.',
    en: 'The session «{title}» is deleted from the working copy. Published releases change only with the next release.',
  },
  'conference.admin.session.deleted': {
    nb: 'Sesjonen er slettet.',
    nn: 'Sesjonen er sletta.',
    en: 'The session has been deleted.',
  },
  'conference.admin.session.duplicate': { nb: 'Lag en kopi', nn: 'Lag ein kopi', en: 'Make a copy' },
  'conference.admin.session.duplicated': {
    nb: 'Kopien er opprettet. Du redigerer nå kopien.',
    nn: 'Kopien er oppretta. Du redigerer no kopien.',
    en: 'The copy has been created. You are now editing the copy.',
  },

  // The session form.
  'conference.admin.session.field.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'conference.admin.session.field.abstract': { nb: 'Beskrivelse', nn: 'Skildring', en: 'Abstract' },
  'conference.admin.session.field.abstractHint': {
    nb: 'Markdown: **fet**, *kursiv*, lister og lenker.',
    nn: 'Markdown: **feit**, *kursiv*, lister og lenkjer.',
    en: 'Markdown: **bold**, *italic*, lists and links.',
  },
  'conference.admin.session.field.language': {
    nb: 'Språk i sesjonen',
    nn: 'Språk i sesjonen',
    en: 'Language of the session',
  },
  'conference.admin.session.field.typeId': { nb: 'Type', nn: 'Type', en: 'Type' },
  'conference.admin.session.field.trackId': { nb: 'Spor', nn: 'Spor', en: 'Track' },
  'conference.admin.session.field.tags': { nb: 'Stikkord', nn: 'Stikkord', en: 'Tags' },
  'conference.admin.session.field.tagsHint': {
    nb: 'Skill med komma. Høyst 10, hvert høyst 40 tegn.',
    nn: 'Skil med komma. Høgst 10, kvart høgst 40 teikn.',
    en: 'Separate with commas. At most 10, each at most 40 characters.',
  },
  'conference.admin.session.field.features': {
    nb: 'Tilrettelegging og opptak',
    nn: 'Tilrettelegging og opptak',
    en: 'Access and recording',
  },
  'conference.admin.session.field.signLanguage': {
    nb: 'Tegnspråktolket',
    nn: 'Teiknspråktolka',
    en: 'Sign language interpreted',
  },
  'conference.admin.session.field.captioned': {
    nb: 'Skrivetolket / tekstet',
    nn: 'Skrivetolka / teksta',
    en: 'Captioned',
  },
  'conference.admin.session.field.streamed': { nb: 'Strømmes', nn: 'Blir strøyma', en: 'Streamed' },
  'conference.admin.session.field.recorded': { nb: 'Tas opp', nn: 'Blir teke opp', en: 'Recorded' },
  'conference.admin.session.field.materials': { nb: 'Materiell', nn: 'Materiell', en: 'Materials' },
  'conference.admin.session.field.materialsHint': {
    nb: 'Lysark, opptak og lenker etter sesjonen (Markdown).',
    nn: 'Lysark, opptak og lenkjer etter sesjonen (Markdown).',
    en: 'Slides, recordings and links after the session (Markdown).',
  },
  'conference.admin.session.field.durationMinutes': {
    nb: 'Varighet i minutter',
    nn: 'Lengd i minutt',
    en: 'Duration in minutes',
  },
  'conference.admin.session.field.durationHint': { nb: 'Fra 5 til 480.', nn: 'Frå 5 til 480.', en: 'From 5 to 480.' },
  'conference.admin.session.field.capacity': {
    nb: 'Plasser for påmelding',
    nn: 'Plassar for påmelding',
    en: 'Places for sign-up',
  },
  'conference.admin.session.field.capacityHint': {
    nb: 'For verksteder: 1–1000. Tomt betyr ingen påmelding.',
    nn: 'For verkstader: 1–1000. Tomt tyder inga påmelding.',
    en: 'For workshops: 1–1000. Empty means no sign-up.',
  },
  'conference.admin.session.field.speakerIds': { nb: 'Foredragsholdere', nn: 'Føredragshaldarar', en: 'Speakers' },
  'conference.admin.session.speakers.choose': {
    nb: 'Velg foredragsholder',
    nn: 'Vel føredragshaldar',
    en: 'Choose a speaker',
  },
  'conference.admin.session.speakers.add': { nb: 'Legg til', nn: 'Legg til', en: 'Add' },
  'conference.admin.session.speakers.empty': {
    nb: 'Ingen foredragsholdere er valgt.',
    nn: 'Ingen føredragshaldarar er valde.',
    en: 'No speakers chosen.',
  },
  'conference.admin.session.speakers.added': {
    nb: '{name} er lagt til.',
    nn: '{name} er lagd til.',
    en: '{name} has been added.',
  },
  'conference.admin.session.speakers.moved': {
    nb: 'Flyttet til plass {position}.',
    nn: 'Flytta til plass {position}.',
    en: 'Moved to place {position}.',
  },
  'conference.admin.session.speakers.up': { nb: 'Flytt {name} opp', nn: 'Flytt {name} opp', en: 'Move {name} up' },
  'conference.admin.session.speakers.down': { nb: 'Flytt {name} ned', nn: 'Flytt {name} ned', en: 'Move {name} down' },
  'conference.admin.session.speakers.remove': { nb: 'Fjern {name}', nn: 'Fjern {name}', en: 'Remove {name}' },
  'conference.admin.session.speakers.noneLeft': {
    nb: 'Alle foredragsholderne er valgt. Nye legges til under Foredragsholdere.',
    nn: 'Alle føredragshaldarane er valde. Nye blir lagde til under Føredragshaldarar.',
    en: 'Every speaker is chosen. Add new ones under Speakers.',
  },

  // The speakers list.
  'conference.admin.speakers.title': { nb: 'Foredragsholdere', nn: 'Føredragshaldarar', en: 'Speakers' },
  'conference.admin.speakers.intro': {
    nb: 'Profilene vises offentlig først når en utgivelse med dem publiseres.',
    nn: 'Profilane blir viste offentleg først når ei utgiving med dei blir publisert.',
    en: 'The profiles become public only when a release with them is published.',
  },
  'conference.admin.speakers.new': { nb: 'Ny foredragsholder', nn: 'Ny føredragshaldar', en: 'New speaker' },
  'conference.admin.speakers.empty': {
    nb: 'Ingen foredragsholdere ennå.',
    nn: 'Ingen føredragshaldarar enno.',
    en: 'No speakers yet.',
  },
  'conference.admin.speakers.col.name': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'conference.admin.speakers.col.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'conference.admin.speakers.col.sessions': { nb: 'Sesjoner', nn: 'Sesjonar', en: 'Sessions' },
  'conference.admin.speakers.col.photo': { nb: 'Bilde', nn: 'Bilete', en: 'Photo' },
  'conference.admin.speakers.yes': { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  'conference.admin.speakers.no': { nb: 'Nei', nn: 'Nei', en: 'No' },
  'conference.admin.sessions.error.published': {
    nb: 'Sesjonen er med i et publisert program og kan ikke slettes. Ta den ut av programmet i programeditoren i stedet; da står den som avlyst i neste utgivelse, og de som har stjernemerket den, får beskjed.',
    nn: 'Sesjonen er med i eit publisert program og kan ikkje slettast. Ta han ut av programmet i programeditoren i staden; då står han som avlyst i neste utgiving, og dei som har stjernemerkt han, får beskjed.',
    en: 'The session is in a published programme and cannot be deleted. Take it out of the programme in the programme editor instead; the next release then shows it as cancelled and tells those who starred it.',
  },
});
