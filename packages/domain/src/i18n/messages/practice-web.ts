import { defineMessages } from '../define.ts';

/**
 * Interface strings: the practice bank in the web app (search, overview, the
 * example page, writing and revising examples). Tag and state labels live in
 * practice.ts. Nynorsk plural: eit eksempel, fleire eksempel, eksempla.
 */
export const practiceWeb = defineMessages({
  'practiceWeb.nav': { nb: 'Praksisbank', nn: 'Praksisbank', en: 'Practice bank' },

  // ---------------------------------------------------------------- search
  'practiceWeb.search.title': { nb: 'Gode praksiseksempler', nn: 'Gode praksiseksempel', en: 'Good practice examples' },
  'practiceWeb.search.intro': {
    nb: 'Her deler kommuner, brukerorganisasjoner og spesialisthelsetjenesten det som virker i recoveryarbeidet. Søk med ord, eller avgrens med kategoriene.',
    nn: 'Her deler kommunar, brukarorganisasjonar og spesialisthelsetenesta det som verkar i recoveryarbeidet. Søk med ord, eller avgrens med kategoriane.',
    en: 'Municipalities, user organisations and specialist services share what works in recovery-oriented practice. Search with words, or narrow down with the categories.',
  },
  'practiceWeb.search.overviewLink': {
    nb: 'Se oversikten etter CHIME og nivå',
    nn: 'Sjå oversikta etter CHIME og nivå',
    en: 'See the overview by CHIME and level',
  },
  'practiceWeb.search.formLabel': {
    nb: 'Søk i praksisbanken',
    nn: 'Søk i praksisbanken',
    en: 'Search the practice bank',
  },
  'practiceWeb.search.q': { nb: 'Søk etter ord', nn: 'Søk etter ord', en: 'Search for words' },
  'practiceWeb.search.qHint': {
    nb: 'For eksempel «erfaringskonsulent» eller «bolig».',
    nn: 'Til dømes «erfaringskonsulent» eller «bustad».',
    en: 'For example “erfaringskonsulent” (peer worker) or “bolig” (housing). Most examples are in Norwegian.',
  },
  'practiceWeb.search.submit': { nb: 'Søk', nn: 'Søk', en: 'Search' },
  'practiceWeb.search.filtersHeading': { nb: 'Avgrens søket', nn: 'Avgrens søket', en: 'Narrow the search' },
  'practiceWeb.search.filtersToggle': { nb: 'Vis filtre', nn: 'Vis filter', en: 'Show filters' },
  'practiceWeb.search.filtersToggleCount': {
    nb: 'Vis filtre ({count} valgt)',
    nn: 'Vis filter ({count} valde)',
    en: 'Show filters ({count} chosen)',
  },
  'practiceWeb.search.chime': { nb: 'CHIME-kategori', nn: 'CHIME-kategori', en: 'CHIME category' },
  'practiceWeb.search.level': { nb: 'Nivå', nn: 'Nivå', en: 'Level' },
  'practiceWeb.search.theme': { nb: 'Tema', nn: 'Tema', en: 'Theme' },
  'practiceWeb.search.target': { nb: 'Målgruppe', nn: 'Målgruppe', en: 'Target group' },
  'practiceWeb.search.orgType': { nb: 'Type organisasjon', nn: 'Type organisasjon', en: 'Type of organisation' },
  'practiceWeb.search.county': { nb: 'Fylke', nn: 'Fylke', en: 'County' },
  'practiceWeb.search.sort': { nb: 'Rekkefølge', nn: 'Rekkjefølgje', en: 'Order' },
  'practiceWeb.search.sortHint': {
    nb: '«Mest relevante» gjelder når du søker med ord.',
    nn: '«Mest relevante» gjeld når du søkjer med ord.',
    en: '“Most relevant” applies when you search with words.',
  },
  'practiceWeb.search.sortRelevance': {
    nb: 'Mest relevante først',
    nn: 'Mest relevante først',
    en: 'Most relevant first',
  },
  'practiceWeb.search.sortDate': { nb: 'Nyeste først', nn: 'Nyaste først', en: 'Newest first' },
  'practiceWeb.search.apply': { nb: 'Vis eksempler', nn: 'Vis eksempel', en: 'Show examples' },
  'practiceWeb.search.clear': {
    nb: 'Fjern søkeord og filtre',
    nn: 'Fjern søkjeord og filter',
    en: 'Clear words and filters',
  },
  'practiceWeb.search.results': { nb: 'Eksempler', nn: 'Eksempel', en: 'Examples' },
  'practiceWeb.search.count': { nb: '{count} eksempler', nn: '{count} eksempel', en: '{count} examples' },
  'practiceWeb.search.countOne': { nb: '1 eksempel', nn: '1 eksempel', en: '1 example' },
  'practiceWeb.search.countNone': { nb: 'Ingen eksempler', nn: 'Ingen eksempel', en: 'No examples' },
  'practiceWeb.search.loading': { nb: 'Henter eksempler …', nn: 'Hentar eksempel …', en: 'Loading examples …' },
  'practiceWeb.search.emptyTitle': {
    nb: 'Ingen eksempler passer',
    nn: 'Ingen eksempel passar',
    en: 'No examples match',
  },
  'practiceWeb.search.emptyText': {
    nb: 'Prøv andre ord, eller fjern noen av filtrene.',
    nn: 'Prøv andre ord, eller fjern nokre av filtera.',
    en: 'Try other words, or remove some of the filters.',
  },
  'practiceWeb.search.emptyBank': {
    nb: 'Ingen eksempler er publisert ennå.',
    nn: 'Ingen eksempel er publiserte enno.',
    en: 'No examples have been published yet.',
  },
  'practiceWeb.search.fromOrganisation': {
    nb: 'Viser bare eksempler fra {name}.',
    nn: 'Viser berre eksempel frå {name}.',
    en: 'Showing only examples from {name}.',
  },
  'practiceWeb.search.allOrganisations': {
    nb: 'Vis eksempler fra alle',
    nn: 'Vis eksempel frå alle',
    en: 'Show examples from everyone',
  },
  'practiceWeb.search.organisationNotFound': {
    nb: 'Fant ikke organisasjonen i lenken.',
    nn: 'Fann ikkje organisasjonen i lenkja.',
    en: 'The organisation in the link was not found.',
  },
  'practiceWeb.result.published': { nb: 'Publisert {date}', nn: 'Publisert {date}', en: 'Published {date}' },
  'practiceWeb.result.featured': { nb: 'Utvalgt', nn: 'Utvald', en: 'Featured' },
  'practiceWeb.result.tags': { nb: 'Kategorier', nn: 'Kategoriar', en: 'Categories' },

  // ---------------------------------------------------------------- overview grid
  'practiceWeb.grid.title': {
    nb: 'Oversikt etter CHIME og nivå',
    nn: 'Oversikt etter CHIME og nivå',
    en: 'Overview by CHIME and level',
  },
  'practiceWeb.grid.intro': {
    nb: 'Tabellen viser hvor mange publiserte eksempler som handler om hver CHIME-kategori på hvert nivå. Velg et tall for å se eksemplene.',
    nn: 'Tabellen viser kor mange publiserte eksempel som handlar om kvar CHIME-kategori på kvart nivå. Vel eit tal for å sjå eksempla.',
    en: 'The table shows how many published examples address each CHIME category at each level. Choose a number to see the examples.',
  },
  'practiceWeb.grid.overlap': {
    nb: 'Et eksempel kan høre til flere kategorier og nivåer. Derfor er summene ikke tallene i raden eller kolonnen lagt sammen.',
    nn: 'Eit eksempel kan høyre til fleire kategoriar og nivå. Difor er summane ikkje tala i rada eller kolonnen lagde saman.',
    en: 'An example can belong to several categories and levels, so the totals are not the numbers in the row or column added up.',
  },
  'practiceWeb.grid.caption': {
    nb: 'Publiserte praksiseksempler etter CHIME-kategori og nivå',
    nn: 'Publiserte praksiseksempel etter CHIME-kategori og nivå',
    en: 'Published practice examples by CHIME category and level',
  },
  'practiceWeb.grid.chimeHeader': { nb: 'CHIME-kategori', nn: 'CHIME-kategori', en: 'CHIME category' },
  'practiceWeb.grid.allLevels': { nb: 'Alle nivåer', nn: 'Alle nivå', en: 'All levels' },
  'practiceWeb.grid.allCategories': { nb: 'Alle kategorier', nn: 'Alle kategoriar', en: 'All categories' },
  'practiceWeb.grid.anyLevel': { nb: 'alle nivåer', nn: 'alle nivå', en: 'all levels' },
  'practiceWeb.grid.anyCategory': { nb: 'alle kategorier', nn: 'alle kategoriar', en: 'all categories' },
  'practiceWeb.grid.linkName': {
    nb: '{what}: {count} eksempler',
    nn: '{what}: {count} eksempel',
    en: '{what}: {count} examples',
  },
  'practiceWeb.grid.linkNameOne': { nb: '{what}: 1 eksempel', nn: '{what}: 1 eksempel', en: '{what}: 1 example' },
  'practiceWeb.grid.allExamples': {
    nb: 'Alle publiserte eksempler',
    nn: 'Alle publiserte eksempel',
    en: 'All published examples',
  },
  'practiceWeb.grid.toSearch': { nb: 'Søk i eksemplene', nn: 'Søk i eksempla', en: 'Search the examples' },

  // ---------------------------------------------------------------- example page
  'practiceWeb.example.back': { nb: 'Alle praksiseksempler', nn: 'Alle praksiseksempel', en: 'All practice examples' },
  'practiceWeb.example.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'practiceWeb.example.firstPublished': { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  'practiceWeb.example.lastRevised': { nb: 'Sist revidert', nn: 'Sist revidert', en: 'Last revised' },
  'practiceWeb.example.version': {
    nb: '{date} (versjon {number})',
    nn: '{date} (versjon {number})',
    en: '{date} (version {number})',
  },
  'practiceWeb.example.status': { nb: 'Status', nn: 'Status', en: 'Status' },
  'practiceWeb.example.ongoing': { nb: 'Pågår', nn: 'Pågår', en: 'Ongoing' },
  'practiceWeb.example.ended': { nb: 'Avsluttet', nn: 'Avslutta', en: 'Ended' },
  'practiceWeb.example.tagsHeading': { nb: 'Kategorier', nn: 'Kategoriar', en: 'Categories' },
  'practiceWeb.example.noTags': { nb: 'Ingen valgt', nn: 'Ingen valde', en: 'None chosen' },
  'practiceWeb.example.contactName': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'practiceWeb.example.contactRole': { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
  'practiceWeb.example.contactEmail': { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
  'practiceWeb.example.attachments': { nb: 'Vedlegg', nn: 'Vedlegg', en: 'Attachments' },
  'practiceWeb.example.fileSize': { nb: '{type}, {size}', nn: '{type}, {size}', en: '{type}, {size}' },
  'practiceWeb.example.adoptionsHeading': {
    nb: 'Hvor det er tatt i bruk',
    nn: 'Kvar det er teke i bruk',
    en: 'Where it has spread',
  },
  'practiceWeb.example.noAdoptions': {
    nb: 'Ingen andre organisasjoner har meldt at de gjør dette ennå.',
    nn: 'Ingen andre organisasjonar har meldt at dei gjer dette enno.',
    en: 'No other organisation has said that it does this yet.',
  },
  'practiceWeb.example.adoptedOn': { nb: 'Meldt {date}', nn: 'Meldt {date}', en: 'Added {date}' },
  'practiceWeb.example.relatedHeading': { nb: 'Lignende eksempler', nn: 'Liknande eksempel', en: 'Similar examples' },
  'practiceWeb.example.editorHeading': { nb: 'For redaktører', nn: 'For redaktørar', en: 'For editors' },
  'practiceWeb.example.editLink': {
    nb: 'Rediger / lag ny versjon',
    nn: 'Rediger / lag ny versjon',
    en: 'Edit / make a new version',
  },

  'practiceWeb.adopt.heading': { nb: 'Gjør dere dette også?', nn: 'Gjer de dette òg?', en: 'Do you do this too?' },
  'practiceWeb.adopt.intro': {
    nb: 'Fortell andre at organisasjonen din har tatt i bruk denne praksisen eller er inspirert av den. Organisasjonen vises under «Hvor det er tatt i bruk».',
    nn: 'Fortel andre at organisasjonen din har teke i bruk denne praksisen eller er inspirert av han. Organisasjonen blir vist under «Kvar det er teke i bruk».',
    en: 'Let others know that your organisation has taken up this practice or been inspired by it. Your organisation will be listed under “Where it has spread”.',
  },
  'practiceWeb.adopt.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'practiceWeb.adopt.note': {
    nb: 'Kort om hvordan dere gjør det (valgfritt)',
    nn: 'Kort om korleis de gjer det (valfritt)',
    en: 'Briefly, how you do it (optional)',
  },
  'practiceWeb.adopt.submit': { nb: 'Vi gjør dette også', nn: 'Vi gjer dette òg', en: 'We do this too' },
  'practiceWeb.adopt.done': { nb: '{name} er lagt til.', nn: '{name} er lagd til.', en: '{name} has been added.' },
  'practiceWeb.adopt.already': {
    nb: '{name} står på listen.',
    nn: '{name} står på lista.',
    en: '{name} is on the list.',
  },
  'practiceWeb.adopt.remove': { nb: 'Fjern fra listen', nn: 'Fjern frå lista', en: 'Remove from the list' },
  'practiceWeb.adopt.removed': {
    nb: '{name} er fjernet fra listen.',
    nn: '{name} er fjerna frå lista.',
    en: '{name} has been removed from the list.',
  },

  // ---------------------------------------------------------------- create
  'practiceWeb.create.title': {
    nb: 'Skriv nytt praksiseksempel',
    nn: 'Skriv nytt praksiseksempel',
    en: 'Write a new practice example',
  },
  'practiceWeb.create.intro': {
    nb: 'Start med en arbeidstittel. Resten skriver du i neste steg, og teksten lagres av seg selv underveis. Ingen andre enn redaktørene i organisasjonen ser eksemplet før en koordinator har publisert det.',
    nn: 'Start med ein arbeidstittel. Resten skriv du i neste steg, og teksten blir lagra av seg sjølv undervegs. Ingen andre enn redaktørane i organisasjonen ser eksempelet før ein koordinator har publisert det.',
    en: 'Start with a working title. You write the rest in the next step, and the text is saved as you go. Nobody but your organisation’s editors sees the example until a coordinator has published it.',
  },
  'practiceWeb.create.submit': {
    nb: 'Opprett og begynn å skrive',
    nn: 'Opprett og byrj å skrive',
    en: 'Create and start writing',
  },
  'practiceWeb.create.done': {
    nb: 'Eksemplet er opprettet. Teksten lagres av seg selv mens du skriver.',
    nn: 'Eksempelet er oppretta. Teksten blir lagra av seg sjølv medan du skriv.',
    en: 'The example has been created. The text is saved automatically as you write.',
  },
  'practiceWeb.create.notEditor': {
    nb: 'Bare redaktørene i en organisasjon kan skrive praksiseksempler for den. Be koordinatoren i nettverket ditt om å gjøre deg til redaktør for organisasjonen din.',
    nn: 'Berre redaktørane i ein organisasjon kan skrive praksiseksempel for han. Be koordinatoren i nettverket ditt om å gjere deg til redaktør for organisasjonen din.',
    en: 'Only an organisation’s editors can write practice examples for it. Ask the coordinator of your network to make you an editor for your organisation.',
  },

  // ---------------------------------------------------------------- editor fields
  'practiceWeb.field.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'practiceWeb.field.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'practiceWeb.field.language': {
    nb: 'Språket teksten er skrevet på',
    nn: 'Språket teksten er skriven på',
    en: 'Language the text is written in',
  },
  'practiceWeb.field.languageHint': {
    nb: 'Teksten vises på dette språket for alle, uansett hvilket språk de har valgt for nettstedet.',
    nn: 'Teksten blir vist på dette språket for alle, same kva språk dei har valt for nettstaden.',
    en: 'The text is shown in this language to everyone, whatever language they have chosen for the site.',
  },
  'practiceWeb.field.summaryHint': {
    nb: 'Et par setninger om hva dette er. Vises i søkeresultatene. Høyst 600 tegn.',
    nn: 'Eit par setningar om kva dette er. Blir vist i søkjeresultata. Høgst 600 teikn.',
    en: 'A couple of sentences on what this is. Shown in the search results. At most 600 characters.',
  },
  'practiceWeb.field.backgroundHint': {
    nb: 'Hvorfor startet dere? Hvilke behov eller utfordringer svarer dette på?',
    nn: 'Kvifor starta de? Kva behov eller utfordringar svarar dette på?',
    en: 'Why did you start? What needs or challenges does this answer?',
  },
  'practiceWeb.field.approachHint': {
    nb: 'Fortell gjerne: hvem som deltar og hvem som leder, hvor ofte dere møtes, hvor lenge et forløp varer, og hvordan folk kommer med (henvisning, drop-in, påmelding).',
    nn: 'Fortel gjerne: kven som deltek og kven som leier, kor ofte de møtest, kor lenge eit forløp varer, og korleis folk kjem med (tilvising, drop-in, påmelding).',
    en: 'Tell, for instance: who takes part and who leads, how often you meet, how long a course lasts, and how people get in (referral, drop-in, sign-up).',
  },
  'practiceWeb.field.experiencesHint': {
    nb: 'Hva har dere lært? Hva sier deltakerne? Hva ville dere gjort annerledes?',
    nn: 'Kva har de lært? Kva seier deltakarane? Kva ville de gjort annleis?',
    en: 'What have you learnt? What do the participants say? What would you do differently?',
  },
  'practiceWeb.field.resultsHint': {
    nb: 'Hva har endret seg? Tall, evalueringer eller tilbakemeldinger, om dere har det.',
    nn: 'Kva har endra seg? Tal, evalueringar eller tilbakemeldingar, om de har det.',
    en: 'What has changed? Figures, evaluations or feedback, if you have them.',
  },
  'practiceWeb.field.markdownNote': {
    nb: 'Tekstfeltene forstår enkel formatering: **fet**, *kursiv*, punktlister med «- » først på linjen og lenker som [tekst](https://…). La en tom linje skille avsnitt.',
    nn: 'Tekstfelta forstår enkel formatering: **feit**, *kursiv*, punktlister med «- » først på linja og lenkjer som [tekst](https://…). La ei tom linje skilje avsnitt.',
    en: 'The text fields understand simple formatting: **bold**, *italic*, bullet lists with “- ” at the start of the line and links like [text](https://…). Leave a blank line between paragraphs.',
  },
  'practiceWeb.field.textHeading': { nb: 'Teksten', nn: 'Teksten', en: 'The text' },
  'practiceWeb.field.contactHint': {
    nb: 'Den som kan svare andre som vil vite mer. Vises offentlig.',
    nn: 'Den som kan svare andre som vil vite meir. Blir vist offentleg.',
    en: 'The person who can answer others who want to know more. Shown publicly.',
  },
  'practiceWeb.field.contactName': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'practiceWeb.field.contactRole': { nb: 'Rolle eller stilling', nn: 'Rolle eller stilling', en: 'Role or position' },
  'practiceWeb.field.contactEmail': { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
  'practiceWeb.field.tagsHeading': { nb: 'Kategorier', nn: 'Kategoriar', en: 'Categories' },
  'practiceWeb.field.chime': { nb: 'CHIME-kategorier', nn: 'CHIME-kategoriar', en: 'CHIME categories' },
  'practiceWeb.field.chimeHint': {
    nb: 'Hvilke sider ved bedringsprosessen støtter tiltaket? Velg én eller flere, og gjerne undertema.',
    nn: 'Kva sider ved betringsprosessen støttar tiltaket? Vel éin eller fleire, og gjerne undertema.',
    en: 'Which parts of the recovery process does it support? Choose one or more, and sub-themes if you like.',
  },
  'practiceWeb.field.subthemes': {
    nb: 'Undertema for {category} (valgfritt)',
    nn: 'Undertema for {category} (valfritt)',
    en: 'Sub-themes of {category} (optional)',
  },
  'practiceWeb.field.levels': { nb: 'Nivå', nn: 'Nivå', en: 'Level' },
  'practiceWeb.field.levelsHint': {
    nb: 'Hvor virker tiltaket: for den enkelte, i tjenesten, i systemet eller i samfunnet?',
    nn: 'Kvar verkar tiltaket: for den einskilde, i tenesta, i systemet eller i samfunnet?',
    en: 'Where does it work: for the individual, in the service, in the system or in society?',
  },
  'practiceWeb.field.themes': { nb: 'Tema', nn: 'Tema', en: 'Themes' },
  'practiceWeb.field.targetGroups': { nb: 'Målgruppe', nn: 'Målgruppe', en: 'Target groups' },
  'practiceWeb.field.ongoing': {
    nb: 'Tiltaket er fortsatt i gang',
    nn: 'Tiltaket er framleis i gang',
    en: 'The practice is still running',
  },

  'practiceWeb.preview.show': { nb: 'Forhåndsvis', nn: 'Førehandsvis', en: 'Preview' },
  'practiceWeb.preview.hide': { nb: 'Skjul forhåndsvisning', nn: 'Skjul førehandsvising', en: 'Hide preview' },
  'practiceWeb.preview.heading': {
    nb: 'Forhåndsvisning: {field}',
    nn: 'Førehandsvising: {field}',
    en: 'Preview: {field}',
  },
  'practiceWeb.preview.empty': {
    nb: 'Ingenting å vise ennå.',
    nn: 'Ingenting å vise enno.',
    en: 'Nothing to show yet.',
  },

  // ---------------------------------------------------------------- editor workspace
  'practiceWeb.editor.title': {
    nb: 'Rediger praksiseksempel',
    nn: 'Rediger praksiseksempel',
    en: 'Edit practice example',
  },
  'practiceWeb.editor.documentTitle': { nb: 'Rediger «{title}»', nn: 'Rediger «{title}»', en: 'Edit “{title}”' },
  'practiceWeb.editor.back': { nb: 'Min side', nn: 'Mi side', en: 'My page' },
  'practiceWeb.editor.of': {
    nb: '«{title}» fra {organisation}, versjon {number}',
    nn: '«{title}» frå {organisation}, versjon {number}',
    en: '“{title}” from {organisation}, version {number}',
  },
  'practiceWeb.editor.draftHeading': { nb: 'Utkast', nn: 'Utkast', en: 'Draft' },
  'practiceWeb.editor.draftText': {
    nb: 'Bare redaktørene i {organisation} ser utkastet. Når det er klart, sender du det til vurdering hos koordinatoren i nettverket.',
    nn: 'Berre redaktørane i {organisation} ser utkastet. Når det er klart, sender du det til vurdering hos koordinatoren i nettverket.',
    en: 'Only the editors of {organisation} can see the draft. When it is ready, send it to the network’s coordinator for review.',
  },
  'practiceWeb.editor.reviewHeading': { nb: 'Til vurdering', nn: 'Til vurdering', en: 'In review' },
  'practiceWeb.editor.reviewText': {
    nb: 'Eksemplet ble sendt til vurdering {date}. Mens koordinatoren vurderer det, kan det ikke endres. Trekk det tilbake hvis du vil endre noe.',
    nn: 'Eksempelet vart sendt til vurdering {date}. Medan koordinatoren vurderer det, kan det ikkje endrast. Trekk det tilbake om du vil endre noko.',
    en: 'The example was sent for review on {date}. While the coordinator reviews it, it cannot be changed. Withdraw it if you want to change something.',
  },
  'practiceWeb.editor.withdraw': { nb: 'Trekk tilbake', nn: 'Trekk tilbake', en: 'Withdraw' },
  'practiceWeb.editor.withdrawn': {
    nb: 'Eksemplet er trukket tilbake og er et utkast igjen.',
    nn: 'Eksempelet er trekt tilbake og er eit utkast igjen.',
    en: 'The example has been withdrawn and is a draft again.',
  },
  'practiceWeb.editor.returnedHeading': {
    nb: 'Sendt tilbake med kommentarer',
    nn: 'Sendt tilbake med kommentarar',
    en: 'Returned with comments',
  },
  'practiceWeb.editor.returnedText': {
    nb: 'Koordinatoren ber deg se på dette før eksemplet kan publiseres. Gjør endringene, og send det inn på nytt.',
    nn: 'Koordinatoren ber deg sjå på dette før eksempelet kan publiserast. Gjer endringane, og send det inn på nytt.',
    en: 'The coordinator asks you to look at this before the example can be published. Make the changes and submit it again.',
  },
  'practiceWeb.editor.commentOn': { nb: 'Kommentar {date}', nn: 'Kommentar {date}', en: 'Comment of {date}' },
  'practiceWeb.editor.publishedHeading': { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  'practiceWeb.editor.publishedText': {
    nb: 'Dette er den publiserte versjonen. Vil du endre noe, starter du en ny versjon. Den publiserte versjonen er synlig til den nye er godkjent.',
    nn: 'Dette er den publiserte versjonen. Vil du endre noko, startar du ein ny versjon. Den publiserte versjonen er synleg til den nye er godkjend.',
    en: 'This is the published version. To change something, start a new version. The published version stays visible until the new one is approved.',
  },
  'practiceWeb.editor.startRevision': { nb: 'Start ny versjon', nn: 'Start ny versjon', en: 'Start a new version' },
  'practiceWeb.editor.revisionStarted': {
    nb: 'En ny versjon er startet. Du kan skrive nå.',
    nn: 'Ein ny versjon er starta. Du kan skrive no.',
    en: 'A new version has been started. You can write now.',
  },
  'practiceWeb.editor.publishedStillVisible': {
    nb: 'Den publiserte versjonen er fortsatt synlig for alle mens du arbeider med denne.',
    nn: 'Den publiserte versjonen er framleis synleg for alle medan du arbeider med denne.',
    en: 'The published version stays visible to everyone while you work on this one.',
  },
  'practiceWeb.editor.viewPublished': {
    nb: 'Se den publiserte versjonen',
    nn: 'Sjå den publiserte versjonen',
    en: 'See the published version',
  },
  'practiceWeb.editor.archived': {
    nb: 'Eksemplet er arkivert og vises ikke i praksisbanken.',
    nn: 'Eksempelet er arkivert og blir ikkje vist i praksisbanken.',
    en: 'The example is archived and not shown in the practice bank.',
  },
  'practiceWeb.editor.submit': { nb: 'Send til vurdering', nn: 'Send til vurdering', en: 'Send for review' },
  'practiceWeb.editor.resubmit': { nb: 'Send inn på nytt', nn: 'Send inn på nytt', en: 'Submit again' },
  'practiceWeb.editor.submitHint': {
    nb: 'Koordinatoren i nettverket får beskjed og ser over eksemplet før det publiseres.',
    nn: 'Koordinatoren i nettverket får melding og ser over eksempelet før det blir publisert.',
    en: 'The network’s coordinator is notified and reviews the example before it is published.',
  },
  'practiceWeb.editor.submitted': {
    nb: 'Eksemplet er sendt til vurdering.',
    nn: 'Eksempelet er sendt til vurdering.',
    en: 'The example has been sent for review.',
  },
  'practiceWeb.editor.notSavedYet': {
    nb: 'Eksemplet kan ikke sendes før endringene er lagret.',
    nn: 'Eksempelet kan ikkje sendast før endringane er lagra.',
    en: 'The example cannot be sent until the changes are saved.',
  },

  'practiceWeb.autosave.idle': {
    nb: 'Endringene lagres av seg selv',
    nn: 'Endringane blir lagra av seg sjølv',
    en: 'Changes are saved automatically',
  },
  'practiceWeb.autosave.saving': { nb: 'Lagrer …', nn: 'Lagrar …', en: 'Saving …' },
  'practiceWeb.autosave.saved': { nb: 'Lagret {time}', nn: 'Lagra {time}', en: 'Saved at {time}' },
  'practiceWeb.autosave.retrying': {
    nb: 'Ikke lagret – prøver igjen',
    nn: 'Ikkje lagra – prøver igjen',
    en: 'Not saved – trying again',
  },
  'practiceWeb.autosave.invalid': {
    nb: 'Ikke lagret – rett opp feltet som er merket',
    nn: 'Ikkje lagra – rett opp feltet som er merkt',
    en: 'Not saved – correct the field that is marked',
  },
  'practiceWeb.autosave.failed': {
    nb: 'Ikke lagret: {message}',
    nn: 'Ikkje lagra: {message}',
    en: 'Not saved: {message}',
  },
  'practiceWeb.autosave.conflictHeading': { nb: 'Ikke lagret', nn: 'Ikkje lagra', en: 'Not saved' },
  'practiceWeb.autosave.conflictKept': {
    nb: 'Teksten din står fortsatt i skjemaet og er tatt vare på i denne nettleseren. Etter at du har lastet inn den nyeste versjonen, kan du hente den fram igjen.',
    nn: 'Teksten din står framleis i skjemaet og er teken vare på i denne nettlesaren. Etter at du har lasta inn den nyaste versjonen, kan du hente han fram att.',
    en: 'Your text is still in the form and kept in this browser. After loading the latest version you can bring it back.',
  },
  'practiceWeb.autosave.reload': {
    nb: 'Last inn den nyeste versjonen',
    nn: 'Last inn den nyaste versjonen',
    en: 'Load the latest version',
  },

  'practiceWeb.restore.heading': {
    nb: 'Du har endringer som ikke ble lagret',
    nn: 'Du har endringar som ikkje vart lagra',
    en: 'You have changes that were not saved',
  },
  'practiceWeb.restore.text': {
    nb: 'Denne nettleseren har en kopi fra {time} som er nyere enn det som er lagret.',
    nn: 'Denne nettlesaren har ein kopi frå {time} som er nyare enn det som er lagra.',
    en: 'This browser has a copy from {time} that is newer than what is saved.',
  },
  'practiceWeb.restore.stale': {
    nb: 'Merk: Utkastet er også endret et annet sted etter dette. Henter du fram kopien, erstatter den de endringene.',
    nn: 'Merk: Utkastet er òg endra ein annan stad etter dette. Hentar du fram kopien, erstattar han dei endringane.',
    en: 'Note: the draft was also changed elsewhere since then. Restoring the copy replaces those changes.',
  },
  'practiceWeb.restore.restore': { nb: 'Hent fram kopien', nn: 'Hent fram kopien', en: 'Restore the copy' },
  'practiceWeb.restore.discard': { nb: 'Forkast kopien', nn: 'Forkast kopien', en: 'Discard the copy' },
  'practiceWeb.restore.restored': {
    nb: 'Kopien er hentet fram og blir lagret.',
    nn: 'Kopien er henta fram og blir lagra.',
    en: 'The copy has been restored and will be saved.',
  },

  'practiceWeb.history.heading': { nb: 'Versjoner', nn: 'Versjonar', en: 'Versions' },
  'practiceWeb.history.version': { nb: 'Versjon {number}', nn: 'Versjon {number}', en: 'Version {number}' },
  'practiceWeb.history.changed': { nb: 'Sist endret {date}', nn: 'Sist endra {date}', en: 'Last changed {date}' },
  'practiceWeb.history.submitted': { nb: 'Sendt inn {date}', nn: 'Sendt inn {date}', en: 'Submitted {date}' },
  'practiceWeb.history.published': { nb: 'Publisert {date}', nn: 'Publisert {date}', en: 'Published {date}' },
  'practiceWeb.history.comments': {
    nb: 'Kommentarer ({count})',
    nn: 'Kommentarar ({count})',
    en: 'Comments ({count})',
  },

  // ---------------------------------------------------------------- my page and organisation page
  'practiceWeb.mine.heading': { nb: 'Våre praksiseksempler', nn: 'Våre praksiseksempel', en: 'Our practice examples' },
  'practiceWeb.mine.none': { nb: 'Ingen eksempler ennå.', nn: 'Ingen eksempel enno.', en: 'No examples yet.' },
  'practiceWeb.mine.new': { nb: 'Skriv nytt eksempel', nn: 'Skriv nytt eksempel', en: 'Write a new example' },
  'practiceWeb.mine.forOrganisation': { nb: 'for {name}', nn: 'for {name}', en: 'for {name}' },
  'practiceWeb.mine.archived': { nb: 'Arkivert', nn: 'Arkivert', en: 'Archived' },
  'practiceWeb.mine.untitled': { nb: '(uten tittel)', nn: '(utan tittel)', en: '(untitled)' },
  'practiceWeb.mine.changed': { nb: 'Sist endret {date}', nn: 'Sist endra {date}', en: 'Last changed {date}' },
  'practiceWeb.mine.publishedOn': { nb: 'Publisert {date}', nn: 'Publisert {date}', en: 'Published {date}' },

  'practiceWeb.notifications.heading': { nb: 'Varsler', nn: 'Varsel', en: 'Notifications' },
  'practiceWeb.notifications.intro': {
    nb: 'Beskjeder fra Knutepunkt til deg, for eksempel når et praksiseksempel er vurdert.',
    nn: 'Meldingar frå Knutepunkt til deg, til dømes når eit praksiseksempel er vurdert.',
    en: 'Messages from Knutepunkt to you, for example when a practice example has been reviewed.',
  },
  'practiceWeb.notifications.none': {
    nb: 'Du har ingen varsler.',
    nn: 'Du har ingen varsel.',
    en: 'You have no notifications.',
  },
  'practiceWeb.notifications.loading': { nb: 'Henter varsler …', nn: 'Hentar varsel …', en: 'Loading notifications …' },

  'practiceWeb.org.heading': { nb: 'Praksiseksempler', nn: 'Praksiseksempel', en: 'Practice examples' },
  'practiceWeb.org.link': {
    nb: 'Praksiseksempler fra {name}',
    nn: 'Praksiseksempel frå {name}',
    en: 'Practice examples from {name}',
  },

  // ---------------------------------------------------------------- attachments in the editor
  'practiceWeb.attachments.heading': { nb: 'Vedlegg', nn: 'Vedlegg', en: 'Attachments' },
  'practiceWeb.attachments.intro': {
    nb: 'Bilder og PDF-filer som hører til eksemplet. Alle kan se dem når eksemplet er publisert.',
    nn: 'Bilete og PDF-filer som høyrer til eksempelet. Alle kan sjå dei når eksempelet er publisert.',
    en: 'Images and PDF files that belong to the example. Everyone can see them once the example is published.',
  },
  'practiceWeb.attachments.count': {
    nb: '{count} av {max} vedlegg',
    nn: '{count} av {max} vedlegg',
    en: '{count} of {max} attachments',
  },
  'practiceWeb.attachments.none': { nb: 'Ingen vedlegg ennå.', nn: 'Ingen vedlegg enno.', en: 'No attachments yet.' },
  'practiceWeb.attachments.readOnly': {
    nb: 'Vedleggene kan endres mens eksemplet er et utkast eller er sendt tilbake med kommentarer.',
    nn: 'Vedlegga kan endrast medan eksempelet er eit utkast eller er sendt tilbake med kommentarar.',
    en: 'Attachments can be changed while the example is a draft or has been returned with comments.',
  },
  'practiceWeb.attachments.uploadHeading': {
    nb: 'Legg til et vedlegg',
    nn: 'Legg til eit vedlegg',
    en: 'Add an attachment',
  },
  'practiceWeb.attachments.file': { nb: 'Velg en fil', nn: 'Vel ei fil', en: 'Choose a file' },
  'practiceWeb.attachments.altText': { nb: 'Alternativ tekst', nn: 'Alternativ tekst', en: 'Alternative text' },
  'practiceWeb.attachments.altTextHint': {
    nb: 'Beskriv hva bildet viser for dem som ikke ser det. Må fylles ut for bilder; for PDF-filer kan feltet stå tomt.',
    nn: 'Beskriv kva biletet viser for dei som ikkje ser det. Må fyllast ut for bilete; for PDF-filer kan feltet stå tomt.',
    en: 'Describe what the image shows for those who cannot see it. Required for images; for PDF files you can leave it empty.',
  },
  'practiceWeb.attachments.altTextEditHint': {
    nb: 'Beskriv hva bildet viser for dem som ikke ser det.',
    nn: 'Beskriv kva biletet viser for dei som ikkje ser det.',
    en: 'Describe what the image shows for those who cannot see it.',
  },
  'practiceWeb.attachments.upload': { nb: 'Last opp', nn: 'Last opp', en: 'Upload' },
  'practiceWeb.attachments.uploading': {
    nb: 'Laster opp {name} …',
    nn: 'Lastar opp {name} …',
    en: 'Uploading {name} …',
  },
  'practiceWeb.attachments.uploaded': {
    nb: '«{name}» er lastet opp.',
    nn: '«{name}» er lasta opp.',
    en: '“{name}” has been uploaded.',
  },
  'practiceWeb.attachments.image': { nb: '{type}-bilde', nn: '{type}-bilete', en: '{type} image' },
  'practiceWeb.attachments.pdf': { nb: 'PDF-fil', nn: 'PDF-fil', en: 'PDF file' },
  'practiceWeb.attachments.altTextMissing': {
    nb: 'Bildet mangler alternativ tekst.',
    nn: 'Biletet manglar alternativ tekst.',
    en: 'The image has no alternative text.',
  },
  'practiceWeb.attachments.editAltText': {
    nb: 'Endre alternativ tekst',
    nn: 'Endre alternativ tekst',
    en: 'Change alternative text',
  },
  'practiceWeb.attachments.save': { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  'practiceWeb.attachments.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  'practiceWeb.attachments.altTextSaved': {
    nb: 'Den alternative teksten til «{name}» er lagret.',
    nn: 'Den alternative teksten til «{name}» er lagra.',
    en: 'The alternative text of “{name}” has been saved.',
  },
  'practiceWeb.attachments.insert': { nb: 'Sett inn i teksten', nn: 'Set inn i teksten', en: 'Insert into the text' },
  'practiceWeb.attachments.insertHint': {
    nb: '«Sett inn i teksten» setter bildet eller lenken inn der markøren sist sto i en av tekstene over. Har du ikke skrevet i noen av dem ennå, blir koden kopiert, så du kan lime den inn selv.',
    nn: '«Set inn i teksten» set biletet eller lenkja inn der markøren sist stod i ein av tekstane over. Har du ikkje skrive i nokon av dei enno, blir koden kopiert, så du kan lime han inn sjølv.',
    en: '“Insert into the text” puts the image or link where the cursor last was in one of the texts above. If you have not written in any of them yet, the code is copied so you can paste it yourself.',
  },
  'practiceWeb.attachments.inserted': {
    nb: '«{name}» er satt inn i «{field}».',
    nn: '«{name}» er sett inn i «{field}».',
    en: '“{name}” has been inserted into “{field}”.',
  },
  'practiceWeb.attachments.copied': {
    nb: 'Koden for «{name}» er kopiert. Lim den inn der du vil ha den i teksten.',
    nn: 'Koden for «{name}» er kopiert. Lim han inn der du vil ha han i teksten.',
    en: 'The code for “{name}” has been copied. Paste it where you want it in the text.',
  },
  'practiceWeb.attachments.copyYourself': {
    nb: 'Kopier denne koden og lim den inn der du vil ha den i teksten:',
    nn: 'Kopier denne koden og lim han inn der du vil ha han i teksten:',
    en: 'Copy this code and paste it where you want it in the text:',
  },
  'practiceWeb.attachments.code': { nb: 'Kode for «{name}»', nn: 'Kode for «{name}»', en: 'Code for “{name}”' },
  'practiceWeb.attachments.delete': { nb: 'Slett', nn: 'Slett', en: 'Delete' },
  'practiceWeb.attachments.deleteTitle': { nb: 'Slette «{name}»?', nn: 'Slette «{name}»?', en: 'Delete “{name}”?' },
  'practiceWeb.attachments.deleteText': {
    nb: 'Filen slettes for godt og kan ikke hentes tilbake.',
    nn: 'Fila blir sletta for godt og kan ikkje hentast tilbake.',
    en: 'The file is deleted for good and cannot be brought back.',
  },
  'practiceWeb.attachments.deleteUsed': {
    nb: 'Vedlegget er brukt i teksten. Fjern det derfra også, ellers ser leserne et bilde eller en lenke som ikke virker.',
    nn: 'Vedlegget er brukt i teksten. Fjern det derifrå òg, elles ser lesarane eit bilete eller ei lenkje som ikkje verkar.',
    en: 'The attachment is used in the text. Remove it there too, or readers will see an image or link that does not work.',
  },
  'practiceWeb.attachments.deleteConfirm': {
    nb: 'Slett vedlegget',
    nn: 'Slett vedlegget',
    en: 'Delete the attachment',
  },
  'practiceWeb.attachments.deleted': {
    nb: '«{name}» er slettet.',
    nn: '«{name}» er sletta.',
    en: '“{name}” has been deleted.',
  },
});
