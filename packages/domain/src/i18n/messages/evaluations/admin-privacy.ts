import { defineMessages } from '../../define.ts';

/** The privacy page of an evaluation in the admin app (docs/adr/0025). */
export const evaluationsAdminPrivacy = defineMessages({
  'evaluations.admin.privacy.title': {
    nb: 'Personvern: {title}',
    nn: 'Personvern: {title}',
    en: 'Privacy: {title}',
  },
  'evaluations.admin.privacy.intro': {
    nb: 'Hvem som har lest rådata, hva som er slettet, og når resten slettes.',
    nn: 'Kven som har lese rådata, kva som er sletta, og når resten blir sletta.',
    en: 'Who has read raw data, what has been deleted, and when the rest will be.',
  },
  'evaluations.admin.privacy.back': { nb: 'Til evalueringen', nn: 'Til evalueringa', en: 'Back to the evaluation' },
  'evaluations.admin.privacy.retention.heading': { nb: 'Lagringstid', nn: 'Lagringstid', en: 'Retention' },
  'evaluations.admin.privacy.retention.deleted': {
    nb: 'Rådataene ble slettet {date}. Rapporten, anbefalingene og oppfølgingen er beholdt.',
    nn: 'Rådata vart sletta {date}. Rapporten, tilrådingane og oppfølginga er tekne vare på.',
    en: 'The raw data was deleted on {date}. The report, the recommendations and the follow-up are kept.',
  },
  'evaluations.admin.privacy.retention.endsOn': {
    nb: 'Rådataene (intervjuer, notater, samtykker og svar på spørreskjema) slettes {date}. Lederen får en påminnelse {reminder}.',
    nn: 'Rådata (intervju, notat, samtykke og svar på spørjeskjema) blir sletta {date}. Leiaren får ei påminning {reminder}.',
    en: 'The raw data (interviews, notes, consents and questionnaire answers) will be deleted on {date}. The lead is reminded on {reminder}.',
  },
  'evaluations.admin.privacy.retention.afterPublication': {
    nb: 'Rådataene slettes {months} måneder etter at rapporten er publisert.',
    nn: 'Rådata blir sletta {months} månader etter at rapporten er publisert.',
    en: 'The raw data will be deleted {months} months after the report is published.',
  },
  'evaluations.admin.privacy.export.heading': { nb: 'Last ned rådata', nn: 'Last ned rådata', en: 'Download raw data' },
  'evaluations.admin.privacy.export.text': {
    nb: 'En zip-fil med intervjuene, notatene og svarene på spørreskjema. Det er personopplysninger: oppbevar filen trygt. Nedlastingen logges.',
    nn: 'Ei zip-fil med intervjua, notata og svara på spørjeskjema. Det er personopplysningar: oppbevar fila trygt. Nedlastinga blir logga.',
    en: 'A zip file of the interviews, the notes and the questionnaire answers. It is personal data: keep the file safe. The download is logged.',
  },
  'evaluations.admin.privacy.export.link': {
    nb: 'Last ned rådata (zip)',
    nn: 'Last ned rådata (zip)',
    en: 'Download raw data (zip)',
  },
  'evaluations.admin.privacy.export.adminNote': {
    nb: 'Som administrator kan du laste ned først når du har brutt glasset.',
    nn: 'Som administrator kan du lasta ned først når du har brote glaset.',
    en: 'As an administrator you can download only after breaking the glass.',
  },
  'evaluations.admin.privacy.reads.heading': {
    nb: 'Lesinger av rådata',
    nn: 'Lesingar av rådata',
    en: 'Raw data reads',
  },
  'evaluations.admin.privacy.reads.empty': {
    nb: 'Ingen har lest rådata ennå.',
    nn: 'Ingen har lese rådata enno.',
    en: 'Nobody has read raw data yet.',
  },
  'evaluations.admin.privacy.reads.col.at': { nb: 'Tidspunkt', nn: 'Tidspunkt', en: 'When' },
  'evaluations.admin.privacy.reads.col.who': { nb: 'Hvem', nn: 'Kven', en: 'Who' },
  'evaluations.admin.privacy.reads.col.kind': { nb: 'Hva', nn: 'Kva', en: 'What' },
  'evaluations.admin.privacy.reads.col.record': { nb: 'Post', nn: 'Post', en: 'Record' },
  'evaluations.admin.privacy.reads.col.breakGlass': { nb: 'Bryt glasset', nn: 'Bryt glaset', en: 'Break the glass' },
  'evaluations.admin.privacy.reads.viaBreakGlass': { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  'evaluations.admin.privacy.reads.unknownPerson': {
    nb: '(slettet bruker)',
    nn: '(sletta brukar)',
    en: '(deleted user)',
  },
  'evaluations.admin.privacy.reads.page': {
    nb: 'Side {page} av {pages}',
    nn: 'Side {page} av {pages}',
    en: 'Page {page} of {pages}',
  },
  'evaluations.admin.privacy.reads.previous': { nb: 'Forrige side', nn: 'Førre side', en: 'Previous page' },
  'evaluations.admin.privacy.reads.next': { nb: 'Neste side', nn: 'Neste side', en: 'Next page' },
  'evaluations.admin.privacy.kind.interview': { nb: 'Intervju', nn: 'Intervju', en: 'Interview' },
  'evaluations.admin.privacy.kind.note': { nb: 'Notat', nn: 'Notat', en: 'Note' },
  'evaluations.admin.privacy.kind.response': { nb: 'Skjemasvar', nn: 'Skjemasvar', en: 'Questionnaire response' },
  'evaluations.admin.privacy.kind.answer': { nb: 'Fritekstsvar', nn: 'Fritekstsvar', en: 'Free-text answer' },
  'evaluations.admin.privacy.kind.quote': { nb: 'Sitat', nn: 'Sitat', en: 'Quote' },
  'evaluations.admin.privacy.kind.export': {
    nb: 'Nedlasting av alt',
    nn: 'Nedlasting av alt',
    en: 'Download of everything',
  },
  'evaluations.admin.privacy.deletions.heading': { nb: 'Slettinger', nn: 'Slettingar', en: 'Deletions' },
  'evaluations.admin.privacy.deletions.empty': {
    nb: 'Ingenting er slettet.',
    nn: 'Ingenting er sletta.',
    en: 'Nothing has been deleted.',
  },
  'evaluations.admin.privacy.deletions.col.at': { nb: 'Tidspunkt', nn: 'Tidspunkt', en: 'When' },
  'evaluations.admin.privacy.deletions.col.reason': { nb: 'Hvorfor', nn: 'Kvifor', en: 'Why' },
  'evaluations.admin.privacy.deletions.col.counts': { nb: 'Hva', nn: 'Kva', en: 'What' },
  'evaluations.admin.privacy.deletions.reason.retention': {
    nb: 'Lagringstiden gikk ut',
    nn: 'Lagringstida gjekk ut',
    en: 'The retention period ended',
  },
  'evaluations.admin.privacy.deletions.reason.consent_withdrawn': {
    nb: 'Samtykke trukket tilbake ({code})',
    nn: 'Samtykke trekt tilbake ({code})',
    en: 'Consent withdrawn ({code})',
  },
  'evaluations.admin.privacy.deletions.counts': {
    nb: '{interviews} intervjuer, {notes} notater, {responses} skjemasvar, {answers} svar, {quotes} sitater',
    nn: '{interviews} intervju, {notes} notat, {responses} skjemasvar, {answers} svar, {quotes} sitat',
    en: '{interviews} interviews, {notes} notes, {responses} responses, {answers} answers, {quotes} quotes',
  },
  'evaluations.admin.privacy.breakGlass.heading': { nb: 'Bryt glasset', nn: 'Bryt glaset', en: 'Break the glass' },
  'evaluations.admin.privacy.breakGlass.text': {
    nb: 'Som administrator ser du ikke rådata. Trenger teamet hjelp med dem, kan du bryte glasset: du får teamets tilgang i én time.',
    nn: 'Som administrator ser du ikkje rådata. Treng teamet hjelp med dei, kan du bryta glaset: du får tilgangen til teamet i éin time.',
    en: 'As an administrator you do not see raw data. If the team needs help with it, you can break the glass: you get the team’s access for one hour.',
  },
  'evaluations.admin.privacy.breakGlass.reason': { nb: 'Begrunnelse', nn: 'Grunngiving', en: 'Reason' },
  'evaluations.admin.privacy.breakGlass.reasonHelp': {
    nb: 'Hvorfor trenger du rådataene? 10–500 tegn. Lederen får den på e-post.',
    nn: 'Kvifor treng du rådata? 10–500 teikn. Leiaren får ho på e-post.',
    en: 'Why do you need the raw data? 10–500 characters. The lead gets it by e-mail.',
  },
  'evaluations.admin.privacy.breakGlass.submit': { nb: 'Bryt glasset', nn: 'Bryt glaset', en: 'Break the glass' },
  'evaluations.admin.privacy.breakGlass.confirm': {
    nb: 'Lederen av evalueringen får straks en e-post med navnet ditt, tidspunktet og begrunnelsen. Alt du leser, blir logget og vises her. Tilgangen varer i én time.',
    nn: 'Leiaren av evalueringa får straks ein e-post med namnet ditt, tidspunktet og grunngivinga. Alt du les, blir logga og vist her. Tilgangen varer i éin time.',
    en: 'The evaluation’s lead is e-mailed at once with your name, the time and the reason. Everything you read is logged and shown here. The access lasts one hour.',
  },
  'evaluations.admin.privacy.breakGlass.active': {
    nb: 'Du har teamets tilgang til {until}.',
    nn: 'Du har tilgangen til teamet til {until}.',
    en: 'You have the team’s access until {until}.',
  },
  'evaluations.admin.privacy.breakGlass.open': {
    nb: 'Åpne teamets arbeidsområde på nettstedet',
    nn: 'Opne arbeidsområdet til teamet på nettstaden',
    en: 'Open the team’s workspace on the website',
  },
  'evaluations.admin.privacy.breakGlass.openPath': {
    nb: 'Teamets arbeidsområde er på nettstedet, under {path}.',
    nn: 'Arbeidsområdet til teamet er på nettstaden, under {path}.',
    en: 'The team’s workspace is on the website, at {path}.',
  },
  'evaluations.admin.privacy.breakGlass.history': {
    nb: 'Tidligere brudd på glasset',
    nn: 'Tidlegare brot på glaset',
    en: 'Earlier breaks of the glass',
  },
  'evaluations.admin.privacy.breakGlass.entry': {
    nb: '{admin}, {at} (til {until}): {reason}',
    nn: '{admin}, {at} (til {until}): {reason}',
    en: '{admin}, {at} (until {until}): {reason}',
  },
  'evaluations.admin.privacy.breakGlass.none': {
    nb: 'Ingen har brutt glasset.',
    nn: 'Ingen har brote glaset.',
    en: 'Nobody has broken the glass.',
  },
});
