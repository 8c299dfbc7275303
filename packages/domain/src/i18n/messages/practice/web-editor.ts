import { defineMessages } from '../../define.ts';

/**
 * The practice bank on the web app: creating an example and the editor (fields, autosave,
 * preview, sending for review, history). Nynorsk plural: eit eksempel, fleire eksempel, eksempla.
 */
export const practiceWebEditor = defineMessages({
  // ---------------------------------------------------------------- create
  'practice.web.create.title': {
    nb: 'Skriv nytt praksiseksempel',
    nn: 'Skriv nytt praksiseksempel',
    en: 'Write a new practice example',
  },
  'practice.web.create.intro': {
    nb: 'Start med en arbeidstittel. Resten skriver du i neste steg, og teksten lagres av seg selv underveis. Ingen andre enn redaktørene i organisasjonen ser eksemplet før en koordinator har publisert det.',
    nn: 'Start med ein arbeidstittel. Resten skriv du i neste steg, og teksten blir lagra av seg sjølv undervegs. Ingen andre enn redaktørane i organisasjonen ser eksempelet før ein koordinator har publisert det.',
    en: 'Start with a working title. You write the rest in the next step, and the text is saved as you go. Nobody but your organisation’s editors sees the example until a coordinator has published it.',
  },
  'practice.web.create.submit': {
    nb: 'Opprett og begynn å skrive',
    nn: 'Opprett og byrj å skrive',
    en: 'Create and start writing',
  },
  'practice.web.create.done': {
    nb: 'Eksemplet er opprettet. Teksten lagres av seg selv mens du skriver.',
    nn: 'Eksempelet er oppretta. Teksten blir lagra av seg sjølv medan du skriv.',
    en: 'The example has been created. The text is saved automatically as you write.',
  },
  'practice.web.create.notEditor': {
    nb: 'Bare redaktørene i en organisasjon kan skrive praksiseksempler for den. Be koordinatoren i nettverket ditt om å gjøre deg til redaktør for organisasjonen din.',
    nn: 'Berre redaktørane i ein organisasjon kan skrive praksiseksempel for han. Be koordinatoren i nettverket ditt om å gjere deg til redaktør for organisasjonen din.',
    en: 'Only an organisation’s editors can write practice examples for it. Ask the coordinator of your network to make you an editor for your organisation.',
  },

  // ---------------------------------------------------------------- editor fields
  'practice.web.field.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'practice.web.field.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'practice.web.field.language': {
    nb: 'Språket teksten er skrevet på',
    nn: 'Språket teksten er skriven på',
    en: 'Language the text is written in',
  },
  'practice.web.field.languageHint': {
    nb: 'Teksten vises på dette språket for alle, uansett hvilket språk de har valgt for nettstedet.',
    nn: 'Teksten blir vist på dette språket for alle, same kva språk dei har valt for nettstaden.',
    en: 'The text is shown in this language to everyone, whatever language they have chosen for the site.',
  },
  'practice.web.field.summaryHint': {
    nb: 'Et par setninger om hva dette er. Vises i søkeresultatene. Høyst 600 tegn.',
    nn: 'Eit par setningar om kva dette er. Blir vist i søkjeresultata. Høgst 600 teikn.',
    en: 'A couple of sentences on what this is. Shown in the search results. At most 600 characters.',
  },
  'practice.web.field.backgroundHint': {
    nb: 'Hvorfor startet dere? Hvilke behov eller utfordringer svarer dette på?',
    nn: 'Kvifor starta de? Kva behov eller utfordringar svarar dette på?',
    en: 'Why did you start? What needs or challenges does this answer?',
  },
  'practice.web.field.approachHint': {
    nb: 'Fortell gjerne: hvem som deltar og hvem som leder, hvor ofte dere møtes, hvor lenge et forløp varer, og hvordan folk kommer med (henvisning, drop-in, påmelding).',
    nn: 'Fortel gjerne: kven som deltek og kven som leier, kor ofte de møtest, kor lenge eit forløp varer, og korleis folk kjem med (tilvising, drop-in, påmelding).',
    en: 'Tell, for instance: who takes part and who leads, how often you meet, how long a course lasts, and how people get in (referral, drop-in, sign-up).',
  },
  'practice.web.field.experiencesHint': {
    nb: 'Hva har dere lært? Hva sier deltakerne? Hva ville dere gjort annerledes?',
    nn: 'Kva har de lært? Kva seier deltakarane? Kva ville de gjort annleis?',
    en: 'What have you learnt? What do the participants say? What would you do differently?',
  },
  'practice.web.field.resultsHint': {
    nb: 'Hva har endret seg? Tall, evalueringer eller tilbakemeldinger, om dere har det.',
    nn: 'Kva har endra seg? Tal, evalueringar eller tilbakemeldingar, om de har det.',
    en: 'What has changed? Figures, evaluations or feedback, if you have them.',
  },
  'practice.web.field.markdownNote': {
    nb: 'Tekstfeltene forstår enkel formatering: **fet**, *kursiv*, punktlister med «- » først på linjen og lenker som [tekst](https://…). La en tom linje skille avsnitt.',
    nn: 'Tekstfelta forstår enkel formatering: **feit**, *kursiv*, punktlister med «- » først på linja og lenkjer som [tekst](https://…). La ei tom linje skilje avsnitt.',
    en: 'The text fields understand simple formatting: **bold**, *italic*, bullet lists with “- ” at the start of the line and links like [text](https://…). Leave a blank line between paragraphs.',
  },
  'practice.web.field.textHeading': { nb: 'Teksten', nn: 'Teksten', en: 'The text' },
  'practice.web.field.contactHint': {
    nb: 'Den som kan svare andre som vil vite mer. Vises offentlig.',
    nn: 'Den som kan svare andre som vil vite meir. Blir vist offentleg.',
    en: 'The person who can answer others who want to know more. Shown publicly.',
  },
  'practice.web.field.contactName': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'practice.web.field.contactRole': { nb: 'Rolle eller stilling', nn: 'Rolle eller stilling', en: 'Role or position' },
  'practice.web.field.contactEmail': { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
  'practice.web.field.tagsHeading': { nb: 'Kategorier', nn: 'Kategoriar', en: 'Categories' },
  'practice.web.field.chime': { nb: 'CHIME-kategorier', nn: 'CHIME-kategoriar', en: 'CHIME categories' },
  'practice.web.field.chimeHint': {
    nb: 'Hvilke sider ved bedringsprosessen støtter tiltaket? Velg én eller flere, og gjerne undertema.',
    nn: 'Kva sider ved betringsprosessen støttar tiltaket? Vel éin eller fleire, og gjerne undertema.',
    en: 'Which parts of the recovery process does it support? Choose one or more, and sub-themes if you like.',
  },
  'practice.web.field.subthemes': {
    nb: 'Undertema for {category} (valgfritt)',
    nn: 'Undertema for {category} (valfritt)',
    en: 'Sub-themes of {category} (optional)',
  },
  'practice.web.field.levels': { nb: 'Nivå', nn: 'Nivå', en: 'Level' },
  'practice.web.field.levelsHint': {
    nb: 'Hvor virker tiltaket: for den enkelte, i tjenesten, i systemet eller i samfunnet?',
    nn: 'Kvar verkar tiltaket: for den einskilde, i tenesta, i systemet eller i samfunnet?',
    en: 'Where does it work: for the individual, in the service, in the system or in society?',
  },
  'practice.web.field.themes': { nb: 'Tema', nn: 'Tema', en: 'Themes' },
  'practice.web.field.targetGroups': { nb: 'Målgruppe', nn: 'Målgruppe', en: 'Target groups' },
  'practice.web.field.ongoing': {
    nb: 'Tiltaket er fortsatt i gang',
    nn: 'Tiltaket er framleis i gang',
    en: 'The practice is still running',
  },

  'practice.web.preview.show': { nb: 'Forhåndsvis', nn: 'Førehandsvis', en: 'Preview' },
  'practice.web.preview.hide': { nb: 'Skjul forhåndsvisning', nn: 'Skjul førehandsvising', en: 'Hide preview' },
  'practice.web.preview.heading': {
    nb: 'Forhåndsvisning: {field}',
    nn: 'Førehandsvising: {field}',
    en: 'Preview: {field}',
  },
  'practice.web.preview.empty': {
    nb: 'Ingenting å vise ennå.',
    nn: 'Ingenting å vise enno.',
    en: 'Nothing to show yet.',
  },

  // ---------------------------------------------------------------- editor workspace
  'practice.web.editor.title': {
    nb: 'Rediger praksiseksempel',
    nn: 'Rediger praksiseksempel',
    en: 'Edit practice example',
  },
  'practice.web.editor.documentTitle': { nb: 'Rediger «{title}»', nn: 'Rediger «{title}»', en: 'Edit “{title}”' },
  'practice.web.editor.back': { nb: 'Min side', nn: 'Mi side', en: 'My page' },
  'practice.web.editor.of': {
    nb: '«{title}» fra {organisation}, versjon {number}',
    nn: '«{title}» frå {organisation}, versjon {number}',
    en: '“{title}” from {organisation}, version {number}',
  },
  'practice.web.editor.draftHeading': { nb: 'Utkast', nn: 'Utkast', en: 'Draft' },
  'practice.web.editor.draftText': {
    nb: 'Bare redaktørene i {organisation} ser utkastet. Når det er klart, sender du det til vurdering hos koordinatoren i nettverket.',
    nn: 'Berre redaktørane i {organisation} ser utkastet. Når det er klart, sender du det til vurdering hos koordinatoren i nettverket.',
    en: 'Only the editors of {organisation} can see the draft. When it is ready, send it to the network’s coordinator for review.',
  },
  'practice.web.editor.reviewHeading': { nb: 'Til vurdering', nn: 'Til vurdering', en: 'In review' },
  'practice.web.editor.reviewText': {
    nb: 'Eksemplet ble sendt til vurdering {date}. Mens koordinatoren vurderer det, kan det ikke endres. Trekk det tilbake hvis du vil endre noe.',
    nn: 'Eksempelet vart sendt til vurdering {date}. Medan koordinatoren vurderer det, kan det ikkje endrast. Trekk det tilbake om du vil endre noko.',
    en: 'The example was sent for review on {date}. While the coordinator reviews it, it cannot be changed. Withdraw it if you want to change something.',
  },
  'practice.web.editor.withdraw': { nb: 'Trekk tilbake', nn: 'Trekk tilbake', en: 'Withdraw' },
  'practice.web.editor.withdrawn': {
    nb: 'Eksemplet er trukket tilbake og er et utkast igjen.',
    nn: 'Eksempelet er trekt tilbake og er eit utkast igjen.',
    en: 'The example has been withdrawn and is a draft again.',
  },
  'practice.web.editor.returnedHeading': {
    nb: 'Sendt tilbake med kommentarer',
    nn: 'Sendt tilbake med kommentarar',
    en: 'Returned with comments',
  },
  'practice.web.editor.returnedText': {
    nb: 'Koordinatoren ber deg se på dette før eksemplet kan publiseres. Gjør endringene, og send det inn på nytt.',
    nn: 'Koordinatoren ber deg sjå på dette før eksempelet kan publiserast. Gjer endringane, og send det inn på nytt.',
    en: 'The coordinator asks you to look at this before the example can be published. Make the changes and submit it again.',
  },
  'practice.web.editor.commentOn': { nb: 'Kommentar {date}', nn: 'Kommentar {date}', en: 'Comment of {date}' },
  'practice.web.editor.publishedHeading': { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  'practice.web.editor.publishedText': {
    nb: 'Dette er den publiserte versjonen. Vil du endre noe, starter du en ny versjon. Den publiserte versjonen er synlig til den nye er godkjent.',
    nn: 'Dette er den publiserte versjonen. Vil du endre noko, startar du ein ny versjon. Den publiserte versjonen er synleg til den nye er godkjend.',
    en: 'This is the published version. To change something, start a new version. The published version stays visible until the new one is approved.',
  },
  'practice.web.editor.startRevision': { nb: 'Start ny versjon', nn: 'Start ny versjon', en: 'Start a new version' },
  'practice.web.editor.revisionStarted': {
    nb: 'En ny versjon er startet. Du kan skrive nå.',
    nn: 'Ein ny versjon er starta. Du kan skrive no.',
    en: 'A new version has been started. You can write now.',
  },
  'practice.web.editor.publishedStillVisible': {
    nb: 'Den publiserte versjonen er fortsatt synlig for alle mens du arbeider med denne.',
    nn: 'Den publiserte versjonen er framleis synleg for alle medan du arbeider med denne.',
    en: 'The published version stays visible to everyone while you work on this one.',
  },
  'practice.web.editor.viewPublished': {
    nb: 'Se den publiserte versjonen',
    nn: 'Sjå den publiserte versjonen',
    en: 'See the published version',
  },
  'practice.web.editor.archived': {
    nb: 'Eksemplet er arkivert og vises ikke i praksisbanken.',
    nn: 'Eksempelet er arkivert og blir ikkje vist i praksisbanken.',
    en: 'The example is archived and not shown in the practice bank.',
  },
  'practice.web.editor.submit': { nb: 'Send til vurdering', nn: 'Send til vurdering', en: 'Send for review' },
  'practice.web.editor.resubmit': { nb: 'Send inn på nytt', nn: 'Send inn på nytt', en: 'Submit again' },
  'practice.web.editor.submitHint': {
    nb: 'Koordinatoren i nettverket får beskjed og ser over eksemplet før det publiseres.',
    nn: 'Koordinatoren i nettverket får melding og ser over eksempelet før det blir publisert.',
    en: 'The network’s coordinator is notified and reviews the example before it is published.',
  },
  'practice.web.editor.submitted': {
    nb: 'Eksemplet er sendt til vurdering.',
    nn: 'Eksempelet er sendt til vurdering.',
    en: 'The example has been sent for review.',
  },
  'practice.web.editor.notSavedYet': {
    nb: 'Eksemplet kan ikke sendes før endringene er lagret.',
    nn: 'Eksempelet kan ikkje sendast før endringane er lagra.',
    en: 'The example cannot be sent until the changes are saved.',
  },

  'practice.web.autosave.idle': {
    nb: 'Endringene lagres av seg selv',
    nn: 'Endringane blir lagra av seg sjølv',
    en: 'Changes are saved automatically',
  },
  'practice.web.autosave.saving': { nb: 'Lagrer …', nn: 'Lagrar …', en: 'Saving …' },
  'practice.web.autosave.saved': { nb: 'Lagret {time}', nn: 'Lagra {time}', en: 'Saved at {time}' },
  'practice.web.autosave.retrying': {
    nb: 'Ikke lagret – prøver igjen',
    nn: 'Ikkje lagra – prøver igjen',
    en: 'Not saved – trying again',
  },
  'practice.web.autosave.invalid': {
    nb: 'Ikke lagret – rett opp feltet som er merket',
    nn: 'Ikkje lagra – rett opp feltet som er merkt',
    en: 'Not saved – correct the field that is marked',
  },
  'practice.web.autosave.failed': {
    nb: 'Ikke lagret: {message}',
    nn: 'Ikkje lagra: {message}',
    en: 'Not saved: {message}',
  },
  'practice.web.autosave.conflictHeading': { nb: 'Ikke lagret', nn: 'Ikkje lagra', en: 'Not saved' },
  'practice.web.autosave.conflictKept': {
    nb: 'Teksten din står fortsatt i skjemaet og er tatt vare på i denne nettleseren. Etter at du har lastet inn den nyeste versjonen, kan du hente den fram igjen.',
    nn: 'Teksten din står framleis i skjemaet og er teken vare på i denne nettlesaren. Etter at du har lasta inn den nyaste versjonen, kan du hente han fram att.',
    en: 'Your text is still in the form and kept in this browser. After loading the latest version you can bring it back.',
  },
  'practice.web.autosave.reload': {
    nb: 'Last inn den nyeste versjonen',
    nn: 'Last inn den nyaste versjonen',
    en: 'Load the latest version',
  },

  'practice.web.restore.heading': {
    nb: 'Du har endringer som ikke ble lagret',
    nn: 'Du har endringar som ikkje vart lagra',
    en: 'You have changes that were not saved',
  },
  'practice.web.restore.text': {
    nb: 'Denne nettleseren har en kopi fra {time} som er nyere enn det som er lagret.',
    nn: 'Denne nettlesaren har ein kopi frå {time} som er nyare enn det som er lagra.',
    en: 'This browser has a copy from {time} that is newer than what is saved.',
  },
  'practice.web.restore.stale': {
    nb: 'Merk: Utkastet er også endret et annet sted etter dette. Henter du fram kopien, erstatter den de endringene.',
    nn: 'Merk: Utkastet er òg endra ein annan stad etter dette. Hentar du fram kopien, erstattar han dei endringane.',
    en: 'Note: the draft was also changed elsewhere since then. Restoring the copy replaces those changes.',
  },
  'practice.web.restore.restore': { nb: 'Hent fram kopien', nn: 'Hent fram kopien', en: 'Restore the copy' },
  'practice.web.restore.discard': { nb: 'Forkast kopien', nn: 'Forkast kopien', en: 'Discard the copy' },
  'practice.web.restore.restored': {
    nb: 'Kopien er hentet fram og blir lagret.',
    nn: 'Kopien er henta fram og blir lagra.',
    en: 'The copy has been restored and will be saved.',
  },

  'practice.web.history.heading': { nb: 'Versjoner', nn: 'Versjonar', en: 'Versions' },
  'practice.web.history.version': { nb: 'Versjon {number}', nn: 'Versjon {number}', en: 'Version {number}' },
  'practice.web.history.changed': { nb: 'Sist endret {date}', nn: 'Sist endra {date}', en: 'Last changed {date}' },
  'practice.web.history.submitted': { nb: 'Sendt inn {date}', nn: 'Sendt inn {date}', en: 'Submitted {date}' },
  'practice.web.history.published': { nb: 'Publisert {date}', nn: 'Publisert {date}', en: 'Published {date}' },
  'practice.web.history.comments': {
    nb: 'Kommentarer ({count})',
    nn: 'Kommentarar ({count})',
    en: 'Comments ({count})',
  },
});
