import { defineMessages } from '../../define.ts';

/** Organisations on the web app: the directory, an organisation's page, editing its profile. */
export const organisationsWeb = defineMessages({
  // The web app's directory, organisation page and profile form.
  'organisations.web.directory.title': { nb: 'Organisasjoner', nn: 'Organisasjonar', en: 'Organisations' },
  'organisations.web.directory.intro': {
    nb: 'Kommuner, tjenester og organisasjoner som er med i nettverkene. Søk på navn, eller velg type og fylke.',
    nn: 'Kommunar, tenester og organisasjonar som er med i nettverka. Søk på namn, eller vel type og fylke.',
    en: 'Municipalities, services and organisations taking part in the networks. Search by name, or choose a type and county.',
  },
  'organisations.web.directory.searchLabel': {
    nb: 'Søk i organisasjoner',
    nn: 'Søk i organisasjonar',
    en: 'Search organisations',
  },
  'organisations.web.directory.q': { nb: 'Søk på navn', nn: 'Søk på namn', en: 'Search by name' },
  'organisations.web.directory.allTypes': { nb: 'Alle typer', nn: 'Alle typar', en: 'All types' },
  'organisations.web.directory.allCounties': { nb: 'Alle fylker', nn: 'Alle fylke', en: 'All counties' },
  'organisations.web.directory.submit': { nb: 'Søk', nn: 'Søk', en: 'Search' },
  'organisations.web.directory.clear': { nb: 'Fjern filtrene', nn: 'Fjern filtera', en: 'Clear filters' },
  'organisations.web.directory.results': { nb: 'Treff', nn: 'Treff', en: 'Results' },
  'organisations.web.directory.count': {
    nb: '{count} organisasjoner',
    nn: '{count} organisasjonar',
    en: '{count} organisations',
  },
  'organisations.web.directory.countOne': { nb: '1 organisasjon', nn: '1 organisasjon', en: '1 organisation' },
  'organisations.web.directory.loading': {
    nb: 'Henter organisasjoner …',
    nn: 'Hentar organisasjonar …',
    en: 'Loading organisations …',
  },
  'organisations.web.directory.emptyTitle': { nb: 'Ingen treff', nn: 'Ingen treff', en: 'No results' },
  'organisations.web.directory.emptyText': {
    nb: 'Ingen organisasjoner passer til søket. Prøv et annet navn, eller fjern noen av filtrene.',
    nn: 'Ingen organisasjonar passar til søket. Prøv eit anna namn, eller fjern nokre av filtera.',
    en: 'No organisations match your search. Try another name, or clear some of the filters.',
  },
  'organisations.web.page.back': { nb: 'Alle organisasjoner', nn: 'Alle organisasjonar', en: 'All organisations' },
  'organisations.web.page.place': { nb: 'Sted', nn: 'Stad', en: 'Place' },
  'organisations.web.page.contactHeading': { nb: 'Kontakt', nn: 'Kontakt', en: 'Contact' },
  'organisations.web.page.noContact': {
    nb: 'Organisasjonen har ikke lagt inn kontaktinformasjon ennå.',
    nn: 'Organisasjonen har ikkje lagt inn kontaktinformasjon enno.',
    en: 'The organisation has not added contact details yet.',
  },
  'organisations.web.page.noDescription': {
    nb: 'Organisasjonen har ikke skrevet en beskrivelse ennå.',
    nn: 'Organisasjonen har ikkje skrive ei skildring enno.',
    en: 'The organisation has not written a description yet.',
  },
  'organisations.web.page.noNetworks': {
    nb: 'Organisasjonen er ikke med i noe nettverk ennå.',
    nn: 'Organisasjonen er ikkje med i noko nettverk enno.',
    en: 'The organisation is not in any network yet.',
  },
  'organisations.web.page.editorHeading': { nb: 'For redaktører', nn: 'For redaktørar', en: 'For editors' },
  'organisations.web.page.editLink': { nb: 'Rediger profilen', nn: 'Rediger profilen', en: 'Edit the profile' },
  'organisations.web.page.requestsLink': {
    nb: 'Forespørsler om å bli knyttet til organisasjonen',
    nn: 'Førespurnader om å bli knytt til organisasjonen',
    en: 'Requests to be linked to the organisation',
  },
  'organisations.web.edit.title': { nb: 'Rediger {name}', nn: 'Rediger {name}', en: 'Edit {name}' },
  'organisations.web.edit.descriptionHint': {
    nb: 'Fortell kort hva dere gjør og hvem dere er til for. Høyst 4000 tegn. La det være en tom linje mellom avsnittene.',
    nn: 'Fortel kort kva de gjer og kven de er til for. Høgst 4000 teikn. La det vere ei tom linje mellom avsnitta.',
    en: 'Say briefly what you do and who you are there for. At most 4000 characters. Leave a blank line between paragraphs.',
  },
  'organisations.web.edit.emailHint': {
    nb: 'Organisasjonens felles adresse, for eksempel post@kommune.no. Ikke en persons private adresse.',
    nn: 'Den felles adressa til organisasjonen, til dømes post@kommune.no. Ikkje den private adressa til ein person.',
    en: "The organisation's shared address, for example post@example.org. Not a person's private address.",
  },
  'organisations.web.edit.phoneHint': {
    nb: 'Sentralbord eller fellesnummer. Bare tall, mellomrom, +, - og parenteser.',
    nn: 'Sentralbord eller fellesnummer. Berre tal, mellomrom, +, - og parentesar.',
    en: 'Switchboard or shared number. Only digits, spaces, +, - and brackets.',
  },
  'organisations.web.edit.websiteHint': {
    nb: 'Hele adressen, som begynner med https://',
    nn: 'Heile adressa, som byrjar med https://',
    en: 'The full address, starting with https://',
  },
  'organisations.web.edit.municipalityHint': {
    nb: 'Kommunen dere holder til i.',
    nn: 'Kommunen de held til i.',
    en: 'The municipality you are based in.',
  },
  'organisations.web.edit.noCounty': { nb: 'Ikke oppgitt', nn: 'Ikkje oppgitt', en: 'Not given' },
  'organisations.web.edit.submit': { nb: 'Lagre profilen', nn: 'Lagre profilen', en: 'Save the profile' },
  'organisations.web.edit.saved': {
    nb: 'Profilen er lagret.',
    nn: 'Profilen er lagra.',
    en: 'The profile has been saved.',
  },
});
