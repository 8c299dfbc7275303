import { defineMessages } from '../../define.ts';

/**
 * The admin app's frame, for network coordinators and platform admins: site name, menu,
 * footer, common buttons, the pager, the dashboard, no-access pages and the accessibility
 * statement. Module pages keep their strings in their module's folder. Norwegian domain
 * words follow docs GLOSSARY: nettverk, samling, tilknytning (a person's link to an
 * organisation), redaktør, koordinator.
 */
export const shellAdmin = defineMessages({
  // ---------- frame ----------
  'admin.siteName': {
    nb: 'Knutepunkt – administrasjon',
    nn: 'Knutepunkt – administrasjon',
    en: 'Knutepunkt – administration',
  },
  'admin.nav.dashboard': { nb: 'Oversikt', nn: 'Oversikt', en: 'Overview' },
  'admin.nav.networks': { nb: 'Nettverk', nn: 'Nettverk', en: 'Networks' },
  'admin.nav.organisations': { nb: 'Organisasjoner', nn: 'Organisasjonar', en: 'Organisations' },
  'admin.nav.people': { nb: 'Personer', nn: 'Personar', en: 'People' },
  'admin.nav.audit': { nb: 'Endringslogg', nn: 'Endringslogg', en: 'Change log' },
  'admin.footer.accessibility': {
    nb: 'Tilgjengelighetserklæring',
    nn: 'Tilgjengelegheitserklæring',
    en: 'Accessibility statement',
  },
  'admin.footer.webApp': {
    nb: 'Til Knutepunkt-nettstedet',
    nn: 'Til Knutepunkt-nettstaden',
    en: 'To the Knutepunkt website',
  },
  'admin.account.signedInAs': { nb: 'Logget inn som {name}', nn: 'Logga inn som {name}', en: 'Signed in as {name}' },
  'admin.account.signOut': { nb: 'Logg ut', nn: 'Logg ut', en: 'Sign out' },
  'admin.routeError.text': {
    nb: 'Siden kunne ikke vises. Last inn siden på nytt, eller gå til oversikten.',
    nn: 'Sida kunne ikkje visast. Last inn sida på nytt, eller gå til oversikta.',
    en: 'The page could not be shown. Reload the page, or go to the overview.',
  },

  // ---------- common ----------
  'admin.common.save': { nb: 'Lagre endringene', nn: 'Lagre endringane', en: 'Save changes' },
  'admin.common.saved': { nb: 'Endringene er lagret.', nn: 'Endringane er lagra.', en: 'The changes have been saved.' },
  'admin.common.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  'admin.common.search': { nb: 'Søk', nn: 'Søk', en: 'Search' },
  'admin.common.remove': { nb: 'Fjern', nn: 'Fjern', en: 'Remove' },
  'admin.common.add': { nb: 'Legg til', nn: 'Legg til', en: 'Add' },
  'admin.common.yes': { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  'admin.common.no': { nb: 'Nei', nn: 'Nei', en: 'No' },
  'admin.common.notGiven': { nb: 'Ikke oppgitt', nn: 'Ikkje oppgitt', en: 'Not given' },
  'admin.common.actions': { nb: 'Handlinger', nn: 'Handlingar', en: 'Actions' },
  'admin.common.details': { nb: 'Opplysninger', nn: 'Opplysningar', en: 'Details' },
  'admin.common.results': { nb: 'Treff: {count}', nn: 'Treff: {count}', en: 'Results: {count}' },
  'admin.common.searching': { nb: 'Søker …', nn: 'Søkjer …', en: 'Searching …' },
  'admin.pager.label': { nb: 'Sider', nn: 'Sider', en: 'Pages' },
  'admin.pager.previous': { nb: 'Forrige side', nn: 'Førre side', en: 'Previous page' },
  'admin.pager.next': { nb: 'Neste side', nn: 'Neste side', en: 'Next page' },
  'admin.pager.status': { nb: 'Side {page} av {pages}', nn: 'Side {page} av {pages}', en: 'Page {page} of {pages}' },
  'admin.slug.description': {
    nb: 'Brukes i nettadressen. Foreslås ut fra navnet: små bokstaver a–z, tall og bindestrek.',
    nn: 'Blir brukt i nettadressa. Blir føreslått ut frå namnet: små bokstavar a–z, tal og bindestrek.',
    en: 'Used in the web address. Suggested from the name: lower-case letters a–z, digits and hyphens.',
  },
  'admin.field.website.description': {
    nb: 'Hele adressen, som begynner med https://',
    nn: 'Heile adressa, som byrjar med https://',
    en: 'The full address, starting with https://',
  },
  'admin.field.counties': { nb: 'Fylker', nn: 'Fylke', en: 'Counties' },

  // ---------- access ----------
  'admin.noAccess.title': {
    nb: 'Du har ikke tilgang til administrasjonen',
    nn: 'Du har ikkje tilgang til administrasjonen',
    en: 'You do not have access to the administration',
  },
  'admin.noAccess.text': {
    nb: 'Administrasjonen er bare for nettverkskoordinatorer og plattformadministratorer. Du er logget inn som {name} ({email}).',
    nn: 'Administrasjonen er berre for nettverkskoordinatorar og plattformadministratorar. Du er logga inn som {name} ({email}).',
    en: 'The administration is only for network coordinators and platform administrators. You are signed in as {name} ({email}).',
  },
  'admin.noAccess.help': {
    nb: 'Påmeldinger, organisasjonsprofilen og praksiseksempler finner du på nettstedet. Trenger du tilgang hit, kan du kontakte koordinatoren for nettverket ditt.',
    nn: 'Påmeldingar, organisasjonsprofilen og praksiseksempel finn du på nettstaden. Treng du tilgang hit, kan du kontakte koordinatoren for nettverket ditt.',
    en: 'Registrations, your organisation’s profile and practice examples are on the website. If you need access here, contact the coordinator of your network.',
  },
  'admin.noAccess.webApp': {
    nb: 'Gå til Knutepunkt-nettstedet',
    nn: 'Gå til Knutepunkt-nettstaden',
    en: 'Go to the Knutepunkt website',
  },
  'admin.noAccess.switchAccount': {
    nb: 'Logg ut og logg inn som en annen',
    nn: 'Logg ut og logg inn som ein annan',
    en: 'Sign out and sign in as someone else',
  },
  'admin.adminOnly.title': {
    nb: 'Bare for administratorer',
    nn: 'Berre for administratorar',
    en: 'Administrators only',
  },
  'admin.adminOnly.text': {
    nb: 'Denne siden er bare for plattformadministratorer. Som koordinator finner du nettverkene dine på oversikten.',
    nn: 'Denne sida er berre for plattformadministratorar. Som koordinator finn du nettverka dine på oversikta.',
    en: 'This page is only for platform administrators. As a coordinator, you will find your networks on the overview.',
  },
  'admin.adminOnly.home': { nb: 'Gå til oversikten', nn: 'Gå til oversikta', en: 'Go to the overview' },
  'admin.forbidden.title': { nb: 'Du har ikke tilgang', nn: 'Du har ikkje tilgang', en: 'You do not have access' },

  // ---------- dashboard ----------
  'admin.dashboard.title': { nb: 'Oversikt', nn: 'Oversikt', en: 'Overview' },
  'admin.dashboard.welcome': { nb: 'Hei, {name}!', nn: 'Hei, {name}!', en: 'Hello, {name}!' },
  'admin.dashboard.myNetworks': { nb: 'Mine nettverk', nn: 'Mine nettverk', en: 'My networks' },
  'admin.dashboard.allNetworks': { nb: 'Alle nettverk', nn: 'Alle nettverk', en: 'All networks' },
  'admin.dashboard.noNetworks': {
    nb: 'Du koordinerer ingen nettverk ennå.',
    nn: 'Du koordinerer ingen nettverk enno.',
    en: 'You do not coordinate any networks yet.',
  },
  'admin.dashboard.members': {
    nb: 'Medlemsorganisasjoner: {count}',
    nn: 'Medlemsorganisasjonar: {count}',
    en: 'Member organisations: {count}',
  },
  'admin.dashboard.pending': {
    nb: 'Forespørsler som venter: {count}',
    nn: 'Førespurnader som ventar: {count}',
    en: 'Requests waiting: {count}',
  },
  'admin.dashboard.pendingUnknown': {
    nb: 'Forespørsler som venter: kunne ikke hentes',
    nn: 'Førespurnader som ventar: kunne ikkje hentast',
    en: 'Requests waiting: could not be loaded',
  },
  'admin.dashboard.quickLinks': { nb: 'Snarveier', nn: 'Snarvegar', en: 'Shortcuts' },
  'admin.dashboard.link.organisations': {
    nb: 'Finn en organisasjon',
    nn: 'Finn ein organisasjon',
    en: 'Find an organisation',
  },
  'admin.dashboard.link.newOrganisation': {
    nb: 'Opprett en organisasjon',
    nn: 'Opprett ein organisasjon',
    en: 'Create an organisation',
  },
  'admin.dashboard.link.newNetwork': { nb: 'Opprett et nettverk', nn: 'Opprett eit nettverk', en: 'Create a network' },
  'admin.dashboard.link.people': { nb: 'Finn en person', nn: 'Finn ein person', en: 'Find a person' },
  'admin.dashboard.link.audit': { nb: 'Se endringsloggen', nn: 'Sjå endringsloggen', en: 'See the change log' },

  // ---------- accessibility statement ----------
  'admin.a11y.title': {
    nb: 'Tilgjengelighetserklæring',
    nn: 'Tilgjengelegheitserklæring',
    en: 'Accessibility statement',
  },
  'admin.a11y.intro': {
    nb: 'Knutepunkt skal kunne brukes av alle. Administrasjonen er laget for å oppfylle kravene i forskrift om universell utforming av IKT-løsninger, som bygger på WCAG 2.1 nivå A og AA.',
    nn: 'Knutepunkt skal kunne brukast av alle. Administrasjonen er laga for å oppfylle krava i forskrift om universell utforming av IKT-løysingar, som byggjer på WCAG 2.1 nivå A og AA.',
    en: 'Knutepunkt should be usable by everyone. The administration is made to meet the Norwegian regulation on universal design of ICT solutions, which builds on WCAG 2.1 levels A and AA.',
  },
  'admin.a11y.how.heading': { nb: 'Slik jobber vi', nn: 'Slik arbeider vi', en: 'How we work' },
  'admin.a11y.how.text': {
    nb: 'Vi bruker Designsystemet, det felles designsystemet for offentlig sektor. Alle sidene skal kunne brukes med tastatur og skjermleser, fungere med 200 % forstørrelse og på smale skjermer, og ha tekst på bokmål, nynorsk og engelsk. Vi tester med automatiske verktøy og for hånd.',
    nn: 'Vi brukar Designsystemet, det felles designsystemet for offentleg sektor. Alle sidene skal kunne brukast med tastatur og skjermlesar, fungere med 200 % forstørring og på smale skjermar, og ha tekst på bokmål, nynorsk og engelsk. Vi testar med automatiske verktøy og for hand.',
    en: 'We use Designsystemet, the shared design system of the Norwegian public sector. Every page should work with a keyboard and a screen reader, at 200 % zoom and on narrow screens, and have text in bokmål, nynorsk and English. We test with automated tools and by hand.',
  },
  'admin.a11y.known.heading': { nb: 'Kjente mangler', nn: 'Kjende manglar', en: 'Known issues' },
  'admin.a11y.known.text': {
    nb: 'Vi kjenner ikke til brudd på kravene nå. Finner du noe som ikke fungerer for deg, vil vi gjerne høre om det.',
    nn: 'Vi kjenner ikkje til brot på krava no. Finn du noko som ikkje fungerer for deg, vil vi gjerne høyre om det.',
    en: 'We know of no failures to meet the requirements at present. If you find something that does not work for you, we would like to hear about it.',
  },
  'admin.a11y.feedback.heading': { nb: 'Gi oss tilbakemelding', nn: 'Gi oss tilbakemelding', en: 'Give us feedback' },
  'admin.a11y.feedback.text': {
    nb: 'Skriv til oss på e-post:',
    nn: 'Skriv til oss på e-post:',
    en: 'Write to us by e-mail:',
  },
  'admin.a11y.supervision.heading': { nb: 'Tilsyn og klage', nn: 'Tilsyn og klage', en: 'Supervision and complaints' },
  'admin.a11y.supervision.text': {
    nb: 'Tilsynet for universell utforming av IKT i Digitaliseringsdirektoratet (Digdir) fører tilsyn med at nettsteder oppfyller kravene. Får du ikke svar fra oss, eller er du ikke fornøyd med svaret, kan du klage dit.',
    nn: 'Tilsynet for universell utforming av IKT i Digitaliseringsdirektoratet (Digdir) fører tilsyn med at nettstader oppfyller krava. Får du ikkje svar frå oss, eller er du ikkje nøgd med svaret, kan du klage dit.',
    en: 'The Authority for Universal Design of ICT at the Norwegian Digitalisation Agency (Digdir) checks that websites meet the requirements. If we do not answer you, or you are not satisfied with our answer, you can complain to them.',
  },
});
