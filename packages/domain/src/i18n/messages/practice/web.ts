import { defineMessages } from '../../define.ts';

/**
 * The practice bank on the web app: search, the overview grid, the example page, and the
 * examples on Min side and on an organisation's page. Tag and state labels live in shared.ts.
 * Nynorsk plural: eit eksempel, fleire eksempel, eksempla.
 */
export const practiceWeb = defineMessages({
  'practice.web.nav': { nb: 'Praksisbank', nn: 'Praksisbank', en: 'Practice bank' },

  // ---------------------------------------------------------------- search
  'practice.web.search.title': {
    nb: 'Gode praksiseksempler',
    nn: 'Gode praksiseksempel',
    en: 'Good practice examples',
  },
  'practice.web.search.intro': {
    nb: 'Her deler kommuner, brukerorganisasjoner og spesialisthelsetjenesten det som virker i recoveryarbeidet. Søk med ord, eller avgrens med kategoriene.',
    nn: 'Her deler kommunar, brukarorganisasjonar og spesialisthelsetenesta det som verkar i recoveryarbeidet. Søk med ord, eller avgrens med kategoriane.',
    en: 'Municipalities, user organisations and specialist services share what works in recovery-oriented practice. Search with words, or narrow down with the categories.',
  },
  'practice.web.search.overviewLink': {
    nb: 'Se oversikten etter CHIME og nivå',
    nn: 'Sjå oversikta etter CHIME og nivå',
    en: 'See the overview by CHIME and level',
  },
  'practice.web.search.formLabel': {
    nb: 'Søk i praksisbanken',
    nn: 'Søk i praksisbanken',
    en: 'Search the practice bank',
  },
  'practice.web.search.q': { nb: 'Søk etter ord', nn: 'Søk etter ord', en: 'Search for words' },
  'practice.web.search.qHint': {
    nb: 'For eksempel «erfaringskonsulent» eller «bolig».',
    nn: 'Til dømes «erfaringskonsulent» eller «bustad».',
    en: 'For example “erfaringskonsulent” (peer worker) or “bolig” (housing). Most examples are in Norwegian.',
  },
  'practice.web.search.submit': { nb: 'Søk', nn: 'Søk', en: 'Search' },
  'practice.web.search.filtersHeading': { nb: 'Avgrens søket', nn: 'Avgrens søket', en: 'Narrow the search' },
  'practice.web.search.filtersToggle': { nb: 'Vis filtre', nn: 'Vis filter', en: 'Show filters' },
  'practice.web.search.filtersToggleCount': {
    nb: 'Vis filtre ({count} valgt)',
    nn: 'Vis filter ({count} valde)',
    en: 'Show filters ({count} chosen)',
  },
  'practice.web.search.chime': { nb: 'CHIME-kategori', nn: 'CHIME-kategori', en: 'CHIME category' },
  'practice.web.search.level': { nb: 'Nivå', nn: 'Nivå', en: 'Level' },
  'practice.web.search.theme': { nb: 'Tema', nn: 'Tema', en: 'Theme' },
  'practice.web.search.target': { nb: 'Målgruppe', nn: 'Målgruppe', en: 'Target group' },
  'practice.web.search.orgType': { nb: 'Type organisasjon', nn: 'Type organisasjon', en: 'Type of organisation' },
  'practice.web.search.county': { nb: 'Fylke', nn: 'Fylke', en: 'County' },
  'practice.web.search.sort': { nb: 'Rekkefølge', nn: 'Rekkjefølgje', en: 'Order' },
  'practice.web.search.sortHint': {
    nb: '«Mest relevante» gjelder når du søker med ord.',
    nn: '«Mest relevante» gjeld når du søkjer med ord.',
    en: '“Most relevant” applies when you search with words.',
  },
  'practice.web.search.sortRelevance': {
    nb: 'Mest relevante først',
    nn: 'Mest relevante først',
    en: 'Most relevant first',
  },
  'practice.web.search.sortDate': { nb: 'Nyeste først', nn: 'Nyaste først', en: 'Newest first' },
  'practice.web.search.apply': { nb: 'Vis eksempler', nn: 'Vis eksempel', en: 'Show examples' },
  'practice.web.search.clear': {
    nb: 'Fjern søkeord og filtre',
    nn: 'Fjern søkjeord og filter',
    en: 'Clear words and filters',
  },
  'practice.web.search.results': { nb: 'Eksempler', nn: 'Eksempel', en: 'Examples' },
  'practice.web.search.count': { nb: '{count} eksempler', nn: '{count} eksempel', en: '{count} examples' },
  // A search with words counts up to a cap (PRACTICE_COUNT_CAP in the api); above it the total is a lower bound.
  'practice.web.search.countMore': {
    nb: 'Over {count} eksempler',
    nn: 'Over {count} eksempel',
    en: 'More than {count} examples',
  },
  'practice.web.search.countOne': { nb: '1 eksempel', nn: '1 eksempel', en: '1 example' },
  'practice.web.search.countNone': { nb: 'Ingen eksempler', nn: 'Ingen eksempel', en: 'No examples' },
  'practice.web.search.loading': { nb: 'Henter eksempler …', nn: 'Hentar eksempel …', en: 'Loading examples …' },
  'practice.web.search.emptyTitle': {
    nb: 'Ingen eksempler passer',
    nn: 'Ingen eksempel passar',
    en: 'No examples match',
  },
  'practice.web.search.emptyText': {
    nb: 'Prøv andre ord, eller fjern noen av filtrene.',
    nn: 'Prøv andre ord, eller fjern nokre av filtera.',
    en: 'Try other words, or remove some of the filters.',
  },
  'practice.web.search.emptyBank': {
    nb: 'Ingen eksempler er publisert ennå.',
    nn: 'Ingen eksempel er publiserte enno.',
    en: 'No examples have been published yet.',
  },
  'practice.web.search.fromOrganisation': {
    nb: 'Viser bare eksempler fra {name}.',
    nn: 'Viser berre eksempel frå {name}.',
    en: 'Showing only examples from {name}.',
  },
  'practice.web.search.allOrganisations': {
    nb: 'Vis eksempler fra alle',
    nn: 'Vis eksempel frå alle',
    en: 'Show examples from everyone',
  },
  'practice.web.search.organisationNotFound': {
    nb: 'Fant ikke organisasjonen i lenken.',
    nn: 'Fann ikkje organisasjonen i lenkja.',
    en: 'The organisation in the link was not found.',
  },
  'practice.web.result.published': { nb: 'Publisert {date}', nn: 'Publisert {date}', en: 'Published {date}' },
  'practice.web.result.featured': { nb: 'Utvalgt', nn: 'Utvald', en: 'Featured' },
  'practice.web.result.tags': { nb: 'Kategorier', nn: 'Kategoriar', en: 'Categories' },

  // ---------------------------------------------------------------- overview grid
  'practice.web.grid.title': {
    nb: 'Oversikt etter CHIME og nivå',
    nn: 'Oversikt etter CHIME og nivå',
    en: 'Overview by CHIME and level',
  },
  'practice.web.grid.intro': {
    nb: 'Tabellen viser hvor mange publiserte eksempler som handler om hver CHIME-kategori på hvert nivå. Velg et tall for å se eksemplene.',
    nn: 'Tabellen viser kor mange publiserte eksempel som handlar om kvar CHIME-kategori på kvart nivå. Vel eit tal for å sjå eksempla.',
    en: 'The table shows how many published examples address each CHIME category at each level. Choose a number to see the examples.',
  },
  'practice.web.grid.overlap': {
    nb: 'Et eksempel kan høre til flere kategorier og nivåer. Derfor er summene ikke tallene i raden eller kolonnen lagt sammen.',
    nn: 'Eit eksempel kan høyre til fleire kategoriar og nivå. Difor er summane ikkje tala i rada eller kolonnen lagde saman.',
    en: 'An example can belong to several categories and levels, so the totals are not the numbers in the row or column added up.',
  },
  'practice.web.grid.caption': {
    nb: 'Publiserte praksiseksempler etter CHIME-kategori og nivå',
    nn: 'Publiserte praksiseksempel etter CHIME-kategori og nivå',
    en: 'Published practice examples by CHIME category and level',
  },
  'practice.web.grid.chimeHeader': { nb: 'CHIME-kategori', nn: 'CHIME-kategori', en: 'CHIME category' },
  'practice.web.grid.allLevels': { nb: 'Alle nivåer', nn: 'Alle nivå', en: 'All levels' },
  'practice.web.grid.allCategories': { nb: 'Alle kategorier', nn: 'Alle kategoriar', en: 'All categories' },
  'practice.web.grid.anyLevel': { nb: 'alle nivåer', nn: 'alle nivå', en: 'all levels' },
  'practice.web.grid.anyCategory': { nb: 'alle kategorier', nn: 'alle kategoriar', en: 'all categories' },
  'practice.web.grid.linkName': {
    nb: '{what}: {count} eksempler',
    nn: '{what}: {count} eksempel',
    en: '{what}: {count} examples',
  },
  'practice.web.grid.linkNameOne': { nb: '{what}: 1 eksempel', nn: '{what}: 1 eksempel', en: '{what}: 1 example' },
  'practice.web.grid.allExamples': {
    nb: 'Alle publiserte eksempler',
    nn: 'Alle publiserte eksempel',
    en: 'All published examples',
  },
  'practice.web.grid.toSearch': { nb: 'Søk i eksemplene', nn: 'Søk i eksempla', en: 'Search the examples' },

  // ---------------------------------------------------------------- example page
  'practice.web.example.back': { nb: 'Alle praksiseksempler', nn: 'Alle praksiseksempel', en: 'All practice examples' },
  'practice.web.example.archivedTitle': {
    nb: 'Eksemplet er arkivert',
    nn: 'Eksempelet er arkivert',
    en: 'This example has been archived',
  },
  'practice.web.example.archivedSearch': {
    nb: 'Søk blant de andre praksiseksemplene',
    nn: 'Søk blant dei andre praksiseksempla',
    en: 'Search the other practice examples',
  },
  'practice.web.example.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'practice.web.example.firstPublished': { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  'practice.web.example.lastRevised': { nb: 'Sist revidert', nn: 'Sist revidert', en: 'Last revised' },
  'practice.web.example.version': {
    nb: '{date} (versjon {number})',
    nn: '{date} (versjon {number})',
    en: '{date} (version {number})',
  },
  'practice.web.example.status': { nb: 'Status', nn: 'Status', en: 'Status' },
  'practice.web.example.ongoing': { nb: 'Pågår', nn: 'Pågår', en: 'Ongoing' },
  'practice.web.example.ended': { nb: 'Avsluttet', nn: 'Avslutta', en: 'Ended' },
  'practice.web.example.tagsHeading': { nb: 'Kategorier', nn: 'Kategoriar', en: 'Categories' },
  'practice.web.example.noTags': { nb: 'Ingen valgt', nn: 'Ingen valde', en: 'None chosen' },
  'practice.web.example.contactName': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'practice.web.example.contactRole': { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
  'practice.web.example.contactEmail': { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
  'practice.web.example.attachments': { nb: 'Vedlegg', nn: 'Vedlegg', en: 'Attachments' },
  'practice.web.example.fileSize': { nb: '{type}, {size}', nn: '{type}, {size}', en: '{type}, {size}' },
  'practice.web.example.adoptionsHeading': {
    nb: 'Hvor det er tatt i bruk',
    nn: 'Kvar det er teke i bruk',
    en: 'Where it has spread',
  },
  'practice.web.example.noAdoptions': {
    nb: 'Ingen andre organisasjoner har meldt at de gjør dette ennå.',
    nn: 'Ingen andre organisasjonar har meldt at dei gjer dette enno.',
    en: 'No other organisation has said that it does this yet.',
  },
  'practice.web.example.adoptedOn': { nb: 'Meldt {date}', nn: 'Meldt {date}', en: 'Added {date}' },
  'practice.web.example.relatedHeading': { nb: 'Lignende eksempler', nn: 'Liknande eksempel', en: 'Similar examples' },
  'practice.web.example.editorHeading': { nb: 'For redaktører', nn: 'For redaktørar', en: 'For editors' },
  'practice.web.example.editLink': {
    nb: 'Rediger / lag ny versjon',
    nn: 'Rediger / lag ny versjon',
    en: 'Edit / make a new version',
  },

  'practice.web.adopt.heading': { nb: 'Gjør dere dette også?', nn: 'Gjer de dette òg?', en: 'Do you do this too?' },
  'practice.web.adopt.intro': {
    nb: 'Fortell andre at organisasjonen din har tatt i bruk denne praksisen eller er inspirert av den. Organisasjonen vises under «Hvor det er tatt i bruk».',
    nn: 'Fortel andre at organisasjonen din har teke i bruk denne praksisen eller er inspirert av han. Organisasjonen blir vist under «Kvar det er teke i bruk».',
    en: 'Let others know that your organisation has taken up this practice or been inspired by it. Your organisation will be listed under “Where it has spread”.',
  },
  'practice.web.adopt.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'practice.web.adopt.note': {
    nb: 'Kort om hvordan dere gjør det (valgfritt)',
    nn: 'Kort om korleis de gjer det (valfritt)',
    en: 'Briefly, how you do it (optional)',
  },
  'practice.web.adopt.submit': { nb: 'Vi gjør dette også', nn: 'Vi gjer dette òg', en: 'We do this too' },
  'practice.web.adopt.done': { nb: '{name} er lagt til.', nn: '{name} er lagd til.', en: '{name} has been added.' },
  'practice.web.adopt.already': {
    nb: '{name} står på listen.',
    nn: '{name} står på lista.',
    en: '{name} is on the list.',
  },
  'practice.web.adopt.remove': { nb: 'Fjern fra listen', nn: 'Fjern frå lista', en: 'Remove from the list' },
  'practice.web.adopt.removed': {
    nb: '{name} er fjernet fra listen.',
    nn: '{name} er fjerna frå lista.',
    en: '{name} has been removed from the list.',
  },

  // ---------------------------------------------------------------- my page and organisation page
  'practice.web.mine.heading': { nb: 'Våre praksiseksempler', nn: 'Våre praksiseksempel', en: 'Our practice examples' },
  'practice.web.mine.none': { nb: 'Ingen eksempler ennå.', nn: 'Ingen eksempel enno.', en: 'No examples yet.' },
  'practice.web.mine.new': { nb: 'Skriv nytt eksempel', nn: 'Skriv nytt eksempel', en: 'Write a new example' },
  'practice.web.mine.forOrganisation': { nb: 'for {name}', nn: 'for {name}', en: 'for {name}' },
  'practice.web.mine.archived': { nb: 'Arkivert', nn: 'Arkivert', en: 'Archived' },
  'practice.web.mine.untitled': { nb: '(uten tittel)', nn: '(utan tittel)', en: '(untitled)' },
  'practice.web.mine.changed': { nb: 'Sist endret {date}', nn: 'Sist endra {date}', en: 'Last changed {date}' },
  'practice.web.mine.publishedOn': { nb: 'Publisert {date}', nn: 'Publisert {date}', en: 'Published {date}' },

  'practice.web.org.heading': { nb: 'Praksiseksempler', nn: 'Praksiseksempel', en: 'Practice examples' },
  'practice.web.org.link': {
    nb: 'Praksiseksempler fra {name}',
    nn: 'Praksiseksempel frå {name}',
    en: 'Practice examples from {name}',
  },
});
