import { defineMessages } from '../../define.ts';

/**
 * Bruker Spør Bruker's privacy operations (docs/adr/0025), said by the server: refusals, the
 * e-mails to the lead (never raw data in them), and the raw-data export's README.
 */
export const evaluationsSharedPrivacy = defineMessages({
  'evaluations.breakGlass.reasonTooShort': {
    nb: 'Skriv en begrunnelse på minst 10 tegn. Den sendes til evalueringslederen.',
    nn: 'Skriv ei grunngiving på minst 10 teikn. Ho blir send til evalueringsleiaren.',
    en: 'Write a reason of at least 10 characters. It is sent to the evaluation lead.',
  },
  'evaluations.breakGlass.onTeam': {
    nb: 'Du er på teamet til denne evalueringen og har tilgang allerede.',
    nn: 'Du er på teamet til denne evalueringa og har tilgang alt.',
    en: 'You are on this evaluation’s team and have access already.',
  },
  'evaluations.breakGlass.nothingLeft': {
    nb: 'Rådataene i denne evalueringen er slettet. Det er ingenting å åpne.',
    nn: 'Rådata i denne evalueringa er sletta. Det er ingenting å opne.',
    en: 'This evaluation’s raw data has been deleted. There is nothing to open.',
  },
  'evaluations.rawExport.deleted': {
    nb: 'Rådataene er slettet, så det er ingenting å laste ned.',
    nn: 'Rådata er sletta, så det er ingenting å lasta ned.',
    en: 'The raw data has been deleted, so there is nothing to download.',
  },
  'evaluations.rawExport.breakGlassFirst': {
    nb: 'Rådataene er teamets. Som administrator må du bryte glasset før du kan laste dem ned.',
    nn: 'Rådata er teamet sine. Som administrator må du bryta glaset før du kan lasta dei ned.',
    en: 'The raw data is the team’s. As an administrator you must break the glass before you can download it.',
  },
  'evaluations.mail.breakGlass.subject': {
    nb: 'Bryt glasset: {admin} har åpnet rådataene i «{title}»',
    nn: 'Bryt glaset: {admin} har opna rådata i «{title}»',
    en: 'Break the glass: {admin} has opened the raw data of “{title}”',
  },
  'evaluations.mail.breakGlass.body': {
    nb: '{admin} brøt glasset i evalueringen «{title}» {at} og har teamets tilgang til rådataene til {until}.\n\nBegrunnelse: {reason}\n\nAlt som leses, blir logget. Se loggen her: {link}',
    nn: '{admin} braut glaset i evalueringa «{title}» {at} og har tilgangen til teamet til rådata til {until}.\n\nGrunngiving: {reason}\n\nAlt som blir lese, blir logga. Sjå loggen her: {link}',
    en: '{admin} broke the glass in the evaluation “{title}” {at} and has the team’s access to the raw data until {until}.\n\nReason: {reason}\n\nEverything read is logged. See the log here: {link}',
  },
  'evaluations.mail.retention.subject': {
    nb: 'Rådataene i «{title}» slettes {date}',
    nn: 'Rådata i «{title}» blir sletta {date}',
    en: 'The raw data of “{title}” will be deleted on {date}',
  },
  'evaluations.mail.retention.body': {
    nb: 'Lagringstiden for rådataene i evalueringen «{title}» går ut. {date} slettes intervjuer, notater, samtykker og svar på spørreskjema. Rapporten, anbefalingene og oppfølgingen blir værende.\n\nTrenger teamet rådataene videre, last dem ned før det: {link}',
    nn: 'Lagringstida for rådata i evalueringa «{title}» går ut. {date} blir intervju, notat, samtykke og svar på spørjeskjema sletta. Rapporten, tilrådingane og oppfølginga blir verande.\n\nTreng teamet rådata vidare, last dei ned før det: {link}',
    en: 'The retention period of the raw data of the evaluation “{title}” is ending. On {date} its interviews, notes, consents and questionnaire answers will be deleted. The report, the recommendations and the follow-up stay.\n\nIf the team needs the raw data, download it before then: {link}',
  },
  'evaluations.rawExport.readme': {
    nb: '# Rådata: {title}\n\nDette er teamets rådata fra Bruker spør bruker-evalueringen «{title}», lastet ned {at} av {by}.\n\n**Dette er personopplysninger.** Oppbevar filene trygt, del dem bare med teamet, og slett dem når de ikke trengs lenger.\n\n{deletion}\n\n## Innhold\n\n- `intervjuer.csv`: intervjuene (kode, type, dato, antall deltakere, samtykke: hvem, når, versjon).\n- `notater/<kode>.md`: notatene fra hvert intervju, under spørsmålene i intervjuguiden.\n- `sporreskjema-<n>.csv`: ett svar per rad, med valgene som tekst og fritekstsvarene.\n',
    nn: '# Rådata: {title}\n\nDette er rådata til teamet frå Brukar spør brukar-evalueringa «{title}», lasta ned {at} av {by}.\n\n**Dette er personopplysningar.** Oppbevar filene trygt, del dei berre med teamet, og slett dei når dei ikkje trengst lenger.\n\n{deletion}\n\n## Innhald\n\n- `intervjuer.csv`: intervjua (kode, type, dato, tal på deltakarar, samtykke: kven, når, versjon).\n- `notater/<kode>.md`: notata frå kvart intervju, under spørsmåla i intervjuguiden.\n- `sporreskjema-<n>.csv`: eitt svar per rad, med vala som tekst og fritekstsvara.\n',
    en: '# Raw data: {title}\n\nThis is the team’s raw data from the user-asks-user evaluation “{title}”, downloaded {at} by {by}.\n\n**This is personal data.** Keep the files safe, share them only with the team, and delete them when they are no longer needed.\n\n{deletion}\n\n## Contents\n\n- `intervjuer.csv`: the interviews (code, kind, date, participants, consent: by whom, when, version).\n- `notater/<code>.md`: each interview’s notes, under the interview guide’s questions.\n- `sporreskjema-<n>.csv`: one response per row, the choices as text and the free-text answers.\n',
  },
  'evaluations.rawExport.deletionOn': {
    nb: 'Rådataene slettes fra Knutepunkt {date}.',
    nn: 'Rådata blir sletta frå Knutepunkt {date}.',
    en: 'The raw data will be deleted from Knutepunkt on {date}.',
  },
  'evaluations.rawExport.deletionAfter': {
    nb: 'Rådataene slettes fra Knutepunkt {months} måneder etter at rapporten er publisert.',
    nn: 'Rådata blir sletta frå Knutepunkt {months} månader etter at rapporten er publisert.',
    en: 'The raw data will be deleted from Knutepunkt {months} months after the report is published.',
  },
  'evaluations.rawExport.col.code': { nb: 'Kode', nn: 'Kode', en: 'Code' },
  'evaluations.rawExport.col.kind': { nb: 'Type', nn: 'Type', en: 'Kind' },
  'evaluations.rawExport.col.date': { nb: 'Dato', nn: 'Dato', en: 'Date' },
  'evaluations.rawExport.col.participants': { nb: 'Deltakere', nn: 'Deltakarar', en: 'Participants' },
  'evaluations.rawExport.col.consentBy': {
    nb: 'Samtykke innhentet av',
    nn: 'Samtykke henta inn av',
    en: 'Consent obtained by',
  },
  'evaluations.rawExport.col.consentAt': { nb: 'Samtykke gitt', nn: 'Samtykke gitt', en: 'Consent given' },
  'evaluations.rawExport.col.consentVersion': {
    nb: 'Samtykketekst, versjon',
    nn: 'Samtykketekst, versjon',
    en: 'Consent text, version',
  },
  'evaluations.rawExport.col.response': { nb: 'Svar', nn: 'Svar', en: 'Response' },
  'evaluations.rawExport.col.mode': { nb: 'Måte', nn: 'Måte', en: 'Mode' },
  'evaluations.rawExport.col.receivedOn': { nb: 'Mottatt', nn: 'Motteke', en: 'Received' },
  'evaluations.rawExport.kind.group': { nb: 'Gruppeintervju', nn: 'Gruppeintervju', en: 'Group interview' },
  'evaluations.rawExport.kind.individual': {
    nb: 'Individuelt intervju',
    nn: 'Individuelt intervju',
    en: 'Individual interview',
  },
  'evaluations.rawExport.mode.web': { nb: 'Nett', nn: 'Nett', en: 'Web' },
  'evaluations.rawExport.mode.paper': { nb: 'Papir', nn: 'Papir', en: 'Paper' },
  'evaluations.rawExport.notesTitle': {
    nb: '# Intervju {code} ({date})',
    nn: '# Intervju {code} ({date})',
    en: '# Interview {code} ({date})',
  },
  'evaluations.rawExport.noNote': { nb: '(Ingen notat.)', nn: '(Ikkje noko notat.)', en: '(No note.)' },
});
