import { defineMessages } from '../../define.ts';

/** One speaker in the admin app (docs/adr/0023): the form, the photo and their sessions. */
export const conferenceAdminSpeakers = defineMessages({
  'conference.admin.speaker.newTitle': { nb: 'Ny foredragsholder', nn: 'Ny føredragshaldar', en: 'New speaker' },
  'conference.admin.speaker.created': {
    nb: 'Foredragsholderen er opprettet.',
    nn: 'Føredragshaldaren er oppretta.',
    en: 'The speaker has been created.',
  },
  'conference.admin.speaker.saved': {
    nb: 'Endringene er lagret.',
    nn: 'Endringane er lagra.',
    en: 'Your changes are saved.',
  },
  'conference.admin.speaker.create': {
    nb: 'Opprett foredragsholder',
    nn: 'Opprett føredragshaldar',
    en: 'Create speaker',
  },
  'conference.admin.speaker.save': { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  'conference.admin.speaker.back': { nb: 'Alle foredragsholdere', nn: 'Alle føredragshaldarar', en: 'All speakers' },
  'conference.admin.speaker.field.name': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'conference.admin.speaker.field.bio': {
    nb: 'Om foredragsholderen',
    nn: 'Om føredragshaldaren',
    en: 'About the speaker',
  },
  'conference.admin.speaker.field.bioHint': {
    nb: 'Markdown. Høyst 4000 tegn.',
    nn: 'Markdown. Høgst 4000 teikn.',
    en: 'Markdown. At most 4000 characters.',
  },
  'conference.admin.speaker.field.bioLanguage': {
    nb: 'Språket teksten er skrevet på',
    nn: 'Språket teksten er skriven på',
    en: 'Language of the text',
  },
  'conference.admin.speaker.field.contribution': { nb: 'Bidrar med', nn: 'Bidreg med', en: 'Contributes' },
  'conference.admin.speaker.field.contributionHint': {
    nb: 'Med egne ord, for eksempel «erfaringskompetanse». Høyst 120 tegn.',
    nn: 'Med eigne ord, til dømes «erfaringskompetanse». Høgst 120 teikn.',
    en: 'In their own words, e.g. «lived experience». At most 120 characters.',
  },
  'conference.admin.speaker.field.organisationId': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'conference.admin.speaker.field.noOrganisation': {
    nb: 'Ingen organisasjon',
    nn: 'Ingen organisasjon',
    en: 'No organisation',
  },
  'conference.admin.speaker.field.userEmail': {
    nb: 'Konto på plattformen (e-post)',
    nn: 'Konto på plattforma (e-post)',
    en: 'Account on the platform (e-mail)',
  },
  'conference.admin.speaker.field.userEmailHint': {
    nb: 'Valgfritt. Kobler profilen til kontoen med denne e-postadressen.',
    nn: 'Valfritt. Koplar profilen til kontoen med denne e-postadressa.',
    en: 'Optional. Links the profile to the account with this e-mail address.',
  },
  'conference.admin.speaker.field.photoAlt': {
    nb: 'Bildetekst (alternativ tekst)',
    nn: 'Biletetekst (alternativ tekst)',
    en: 'Photo description (alt text)',
  },
  'conference.admin.speaker.field.photoAltHint': {
    nb: 'Beskriv bildet for dem som ikke ser det.',
    nn: 'Skildre biletet for dei som ikkje ser det.',
    en: 'Describe the photo for those who cannot see it.',
  },
  'conference.admin.speaker.photo': { nb: 'Bilde', nn: 'Bilete', en: 'Photo' },
  'conference.admin.speaker.photo.none': {
    nb: 'Ingen bilde er lastet opp.',
    nn: 'Ikkje noko bilete er lasta opp.',
    en: 'No photo uploaded.',
  },
  'conference.admin.speaker.photo.current': {
    nb: 'Nåværende bilde: {file}. Alternativ tekst: {alt}',
    nn: 'Noverande bilete: {file}. Alternativ tekst: {alt}',
    en: 'Current photo: {file}. Alt text: {alt}',
  },
  'conference.admin.speaker.photo.file': { nb: 'Bildefil', nn: 'Biletfil', en: 'Photo file' },
  'conference.admin.speaker.photo.fileHint': {
    nb: 'JPEG, PNG eller WebP.',
    nn: 'JPEG, PNG eller WebP.',
    en: 'JPEG, PNG or WebP.',
  },
  'conference.admin.speaker.photo.alt': { nb: 'Alternativ tekst', nn: 'Alternativ tekst', en: 'Alt text' },
  'conference.admin.speaker.photo.altRequired': {
    nb: 'Skriv en alternativ tekst for bildet.',
    nn: 'Skriv ein alternativ tekst for biletet.',
    en: 'Write an alt text for the photo.',
  },
  'conference.admin.speaker.photo.fileRequired': {
    nb: 'Velg en bildefil.',
    nn: 'Vel ei biletfil.',
    en: 'Choose a photo file.',
  },
  'conference.admin.speaker.photo.upload': { nb: 'Last opp bilde', nn: 'Last opp bilete', en: 'Upload photo' },
  'conference.admin.speaker.photo.uploaded': {
    nb: 'Bildet er lastet opp.',
    nn: 'Biletet er lasta opp.',
    en: 'The photo has been uploaded.',
  },
  'conference.admin.speaker.photo.remove': { nb: 'Fjern bildet', nn: 'Fjern biletet', en: 'Remove the photo' },
  'conference.admin.speaker.photo.removed': {
    nb: 'Bildet er fjernet.',
    nn: 'Biletet er fjerna.',
    en: 'The photo has been removed.',
  },
  'conference.admin.speaker.sessions': { nb: 'Sesjoner', nn: 'Sesjonar', en: 'Sessions' },
  'conference.admin.speaker.sessions.none': {
    nb: 'Foredragsholderen er ikke med i noen sesjon ennå.',
    nn: 'Føredragshaldaren er ikkje med i nokon sesjon enno.',
    en: 'The speaker is not in any session yet.',
  },
  'conference.admin.speaker.delete': {
    nb: 'Slett foredragsholderen',
    nn: 'Slett føredragshaldaren',
    en: 'Delete the speaker',
  },
  'conference.admin.speaker.delete.confirm': {
    nb: '{name} slettes fra arbeidskopien. Publiserte utgivelser endres ikke før neste utgivelse.',
    nn: '{name} blir sletta frå arbeidskopien. Publiserte utgivingar blir ikkje endra før neste utgiving.',
    en: '{name} is deleted from the working copy. Published releases change only with the next release.',
  },
  'conference.admin.speaker.deleted': {
    nb: 'Foredragsholderen er slettet.',
    nn: 'Føredragshaldaren er sletta.',
    en: 'The speaker has been deleted.',
  },
});
