import { defineMessages } from '../../define.ts';

/** Organisations in the admin app: the list, creating one, an organisation's page. */
export const organisationsAdmin = defineMessages({
  // ---------- organisations ----------
  'organisations.admin.list.title': { nb: 'Organisasjoner', nn: 'Organisasjonar', en: 'Organisations' },
  'organisations.admin.list.intro': {
    nb: 'Kommuner, spesialisthelsetjenester, bruker- og pårørendeorganisasjoner og sentre på plattformen.',
    nn: 'Kommunar, spesialisthelsetenester, brukar- og pårørandeorganisasjonar og senter på plattforma.',
    en: 'Municipalities, specialist services, user and next-of-kin organisations and centres on the platform.',
  },
  'organisations.admin.list.new': { nb: 'Ny organisasjon', nn: 'Ny organisasjon', en: 'New organisation' },
  'organisations.admin.list.filters': { nb: 'Søk og filtrer', nn: 'Søk og filtrer', en: 'Search and filter' },
  'organisations.admin.list.q': { nb: 'Søk på navn', nn: 'Søk på namn', en: 'Search by name' },
  'organisations.admin.list.anyType': { nb: 'Alle typer', nn: 'Alle typar', en: 'All types' },
  'organisations.admin.list.anyCounty': { nb: 'Alle fylker', nn: 'Alle fylke', en: 'All counties' },
  'organisations.admin.list.apply': { nb: 'Vis treff', nn: 'Vis treff', en: 'Show results' },
  'organisations.admin.list.reset': { nb: 'Nullstill søket', nn: 'Nullstill søket', en: 'Clear the search' },
  'organisations.admin.list.empty': {
    nb: 'Fant ingen organisasjoner som passer. Prøv et annet navn eller færre filtre.',
    nn: 'Fann ingen organisasjonar som passar. Prøv eit anna namn eller færre filter.',
    en: 'No organisations match. Try another name or fewer filters.',
  },
  'organisations.admin.networksNone': {
    nb: 'Ikke med i noe nettverk.',
    nn: 'Ikkje med i noko nettverk.',
    en: 'Not part of any network.',
  },
  'organisations.admin.edit.heading': {
    nb: 'Endre organisasjonen',
    nn: 'Endre organisasjonen',
    en: 'Edit the organisation',
  },
  'organisations.admin.readOnly': {
    nb: 'Bare plattformadministratorer kan endre organisasjoner her. Organisasjonens egne redaktører kan endre profilen på nettstedet.',
    nn: 'Berre plattformadministratorar kan endre organisasjonar her. Redaktørane i organisasjonen kan endre profilen på nettstaden.',
    en: 'Only platform administrators can change organisations here. The organisation’s own editors can change its profile on the website.',
  },
  'organisations.admin.delete.heading': {
    nb: 'Slett organisasjonen',
    nn: 'Slett organisasjonen',
    en: 'Delete the organisation',
  },
  'organisations.admin.delete.text': {
    nb: 'Sletting fjerner organisasjonen, alle personers tilknytning til den og medlemskapet i nettverk. Det kan ikke angres.',
    nn: 'Sletting fjernar organisasjonen, tilknytinga alle personar har til han og medlemskapen i nettverk. Det kan ikkje angrast.',
    en: 'Deleting removes the organisation, every person’s link to it and its network memberships. It cannot be undone.',
  },
  'organisations.admin.delete.confirmTitle': { nb: 'Slette {name}?', nn: 'Slette {name}?', en: 'Delete {name}?' },
  'organisations.admin.delete.confirm': {
    nb: 'Ja, slett organisasjonen',
    nn: 'Ja, slett organisasjonen',
    en: 'Yes, delete the organisation',
  },
  'organisations.admin.deleted': { nb: '{name} er slettet.', nn: '{name} er sletta.', en: '{name} has been deleted.' },
  'organisations.admin.create.title': { nb: 'Ny organisasjon', nn: 'Ny organisasjon', en: 'New organisation' },
  'organisations.admin.create.intro': {
    nb: 'Navn, kortnavn og type må fylles ut. Resten kan organisasjonens redaktører fylle ut senere.',
    nn: 'Namn, kortnamn og type må fyllast ut. Resten kan redaktørane i organisasjonen fylle ut seinare.',
    en: 'Name, short name and type are required. The organisation’s editors can fill in the rest later.',
  },
  'organisations.admin.create.submit': {
    nb: 'Opprett organisasjonen',
    nn: 'Opprett organisasjonen',
    en: 'Create the organisation',
  },
  'organisations.admin.create.created': {
    nb: 'Organisasjonen er opprettet.',
    nn: 'Organisasjonen er oppretta.',
    en: 'The organisation has been created.',
  },
});
