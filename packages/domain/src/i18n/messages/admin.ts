import { defineMessages } from '../define.ts';

/**
 * Interface strings: the admin app (apps/admin), for network coordinators and
 * platform admins. Every key in bokmål, nynorsk and English. Norwegian domain
 * words follow docs GLOSSARY: nettverk, samling, tilknytning (a person's link
 * to an organisation), redaktør, koordinator.
 */
export const admin = defineMessages({
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

  // ---------- signing in and access ----------
  'admin.signIn.title': { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  'admin.signIn.intro': {
    nb: 'Administrasjonen av Knutepunkt er for nettverkskoordinatorer og plattformadministratorer.',
    nn: 'Administrasjonen av Knutepunkt er for nettverkskoordinatorar og plattformadministratorar.',
    en: 'The Knutepunkt administration is for network coordinators and platform administrators.',
  },
  'admin.signIn.email': { nb: 'E-postadresse', nn: 'E-postadresse', en: 'E-mail address' },
  'admin.signIn.password': { nb: 'Passord', nn: 'Passord', en: 'Password' },
  'admin.signIn.submit': { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  'admin.signIn.memberHint': {
    nb: 'Er du medlem eller redaktør i en organisasjon? Da bruker du nettstedet.',
    nn: 'Er du medlem eller redaktør i ein organisasjon? Då brukar du nettstaden.',
    en: 'Are you a member or an editor of an organisation? Then use the website.',
  },
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

  // ---------- networks ----------
  'admin.networks.title': { nb: 'Nettverk', nn: 'Nettverk', en: 'Networks' },
  'admin.networks.intro.admin': {
    nb: 'Alle nettverkene på plattformen.',
    nn: 'Alle nettverka på plattforma.',
    en: 'All networks on the platform.',
  },
  'admin.networks.intro.coordinator': {
    nb: 'Nettverkene du koordinerer.',
    nn: 'Nettverka du koordinerer.',
    en: 'The networks you coordinate.',
  },
  'admin.networks.new': { nb: 'Nytt nettverk', nn: 'Nytt nettverk', en: 'New network' },
  'admin.networks.empty': {
    nb: 'Det er ingen nettverk her ennå.',
    nn: 'Det er ingen nettverk her enno.',
    en: 'There are no networks here yet.',
  },
  'admin.networks.col.members': {
    nb: 'Medlemsorganisasjoner',
    nn: 'Medlemsorganisasjonar',
    en: 'Member organisations',
  },
  'admin.networkCreate.title': { nb: 'Nytt nettverk', nn: 'Nytt nettverk', en: 'New network' },
  'admin.networkCreate.intro': {
    nb: 'Etter at nettverket er opprettet, kan du legge til medlemsorganisasjoner og koordinatorer.',
    nn: 'Når nettverket er oppretta, kan du leggje til medlemsorganisasjonar og koordinatorar.',
    en: 'Once the network has been created, you can add member organisations and coordinators.',
  },
  'admin.networkCreate.submit': { nb: 'Opprett nettverket', nn: 'Opprett nettverket', en: 'Create the network' },
  'admin.networkCreate.created': {
    nb: 'Nettverket er opprettet.',
    nn: 'Nettverket er oppretta.',
    en: 'The network has been created.',
  },
  'admin.network.countiesLegend': {
    nb: 'Fylker nettverket dekker',
    nn: 'Fylke nettverket dekkjer',
    en: 'Counties the network covers',
  },
  'admin.network.details.heading': { nb: 'Om nettverket', nn: 'Om nettverket', en: 'About the network' },
  'admin.network.members.heading': {
    nb: 'Medlemsorganisasjoner',
    nn: 'Medlemsorganisasjonar',
    en: 'Member organisations',
  },
  'admin.network.members.empty': {
    nb: 'Nettverket har ingen medlemsorganisasjoner ennå.',
    nn: 'Nettverket har ingen medlemsorganisasjonar enno.',
    en: 'The network has no member organisations yet.',
  },
  'admin.network.members.confirmTitle': {
    nb: 'Fjerne {name} fra nettverket?',
    nn: 'Fjerne {name} frå nettverket?',
    en: 'Remove {name} from the network?',
  },
  'admin.network.members.confirmText': {
    nb: 'Organisasjonen blir ikke slettet, men den er ikke lenger med i nettverket. Koordinatorene for nettverket kan da ikke lenger godkjenne personer eller utnevne redaktører for den.',
    nn: 'Organisasjonen blir ikkje sletta, men han er ikkje lenger med i nettverket. Koordinatorane for nettverket kan då ikkje lenger godkjenne personar eller utnemne redaktørar for han.',
    en: 'The organisation is not deleted, but it is no longer part of the network. The network’s coordinators can then no longer approve people or appoint editors for it.',
  },
  'admin.network.members.confirm': {
    nb: 'Ja, fjern organisasjonen',
    nn: 'Ja, fjern organisasjonen',
    en: 'Yes, remove the organisation',
  },
  'admin.network.members.removed': {
    nb: '{name} er fjernet fra nettverket.',
    nn: '{name} er fjerna frå nettverket.',
    en: '{name} has been removed from the network.',
  },
  'admin.network.members.added': {
    nb: '{name} er lagt til i nettverket.',
    nn: '{name} er lagd til i nettverket.',
    en: '{name} has been added to the network.',
  },
  'admin.network.addOrg.heading': {
    nb: 'Legg til en organisasjon',
    nn: 'Legg til ein organisasjon',
    en: 'Add an organisation',
  },
  'admin.network.addOrg.search': {
    nb: 'Søk etter organisasjon',
    nn: 'Søk etter organisasjon',
    en: 'Search for an organisation',
  },
  'admin.network.addOrg.description': {
    nb: 'Skriv hele eller deler av navnet. Finnes ikke organisasjonen, kan en administrator opprette den.',
    nn: 'Skriv heile eller delar av namnet. Finst ikkje organisasjonen, kan ein administrator opprette han.',
    en: 'Type all or part of the name. If the organisation does not exist, an administrator can create it.',
  },
  'admin.network.addOrg.results': {
    nb: 'Organisasjoner som passer',
    nn: 'Organisasjonar som passar',
    en: 'Matching organisations',
  },
  'admin.network.addOrg.already': { nb: 'Allerede med', nn: 'Allereie med', en: 'Already a member' },
  'admin.network.addOrg.noResults': {
    nb: 'Fant ingen organisasjoner som passer.',
    nn: 'Fann ingen organisasjonar som passar.',
    en: 'No organisations match.',
  },
  'admin.network.coordinators.heading': { nb: 'Koordinatorer', nn: 'Koordinatorar', en: 'Coordinators' },
  'admin.network.coordinators.empty': {
    nb: 'Nettverket har ingen koordinatorer.',
    nn: 'Nettverket har ingen koordinatorar.',
    en: 'The network has no coordinators.',
  },
  'admin.network.coordinators.confirmTitle': {
    nb: 'Fjerne {name} som koordinator?',
    nn: 'Fjerne {name} som koordinator?',
    en: 'Remove {name} as coordinator?',
  },
  'admin.network.coordinators.confirmText': {
    nb: '{name} mister tilgangen til å administrere dette nettverket. Kontoen blir ikke slettet.',
    nn: '{name} mistar tilgangen til å administrere dette nettverket. Kontoen blir ikkje sletta.',
    en: '{name} loses access to manage this network. The account is not deleted.',
  },
  'admin.network.coordinators.confirm': {
    nb: 'Ja, fjern koordinatoren',
    nn: 'Ja, fjern koordinatoren',
    en: 'Yes, remove the coordinator',
  },
  'admin.network.coordinators.removed': {
    nb: '{name} er ikke lenger koordinator.',
    nn: '{name} er ikkje lenger koordinator.',
    en: '{name} is no longer a coordinator.',
  },
  'admin.network.coordinators.added': {
    nb: '{name} er nå koordinator.',
    nn: '{name} er no koordinator.',
    en: '{name} is now a coordinator.',
  },
  'admin.network.coordinators.adminOnly': {
    nb: 'Det er plattformadministratorene som utnevner koordinatorer.',
    nn: 'Det er plattformadministratorane som utnemner koordinatorar.',
    en: 'Coordinators are appointed by the platform administrators.',
  },
  'admin.network.addCoordinator.heading': {
    nb: 'Legg til en koordinator',
    nn: 'Legg til ein koordinator',
    en: 'Add a coordinator',
  },
  'admin.network.addCoordinator.search': {
    nb: 'Søk etter person (navn eller e-post)',
    nn: 'Søk etter person (namn eller e-post)',
    en: 'Search for a person (name or e-mail)',
  },
  'admin.network.addCoordinator.results': {
    nb: 'Personer som passer',
    nn: 'Personar som passar',
    en: 'Matching people',
  },
  'admin.network.addCoordinator.add': {
    nb: 'Gjør til koordinator',
    nn: 'Gjer til koordinator',
    en: 'Make coordinator',
  },
  'admin.network.addCoordinator.already': { nb: 'Er koordinator', nn: 'Er koordinator', en: 'Already a coordinator' },
  'admin.network.addCoordinator.noResults': {
    nb: 'Fant ingen personer som passer.',
    nn: 'Fann ingen personar som passar.',
    en: 'No people match.',
  },

  // ---------- people linked to the network's organisations ----------
  'admin.network.memberships.heading': {
    nb: 'Personer i organisasjonene',
    nn: 'Personar i organisasjonane',
    en: 'People in the organisations',
  },
  'admin.network.memberships.intro': {
    nb: 'Personer ber om å bli knyttet til en organisasjon i nettverket. Godkjenn dem som medlem, eller som redaktør hvis de skal kunne endre organisasjonens profil og praksiseksempler.',
    nn: 'Personar ber om å bli knytte til ein organisasjon i nettverket. Godkjenn dei som medlem, eller som redaktør dersom dei skal kunne endre profilen og praksiseksempla til organisasjonen.',
    en: 'People ask to be linked to an organisation in the network. Approve them as a member, or as an editor if they should be able to change the organisation’s profile and practice examples.',
  },
  'admin.network.pending.heading': {
    nb: 'Forespørsler som venter',
    nn: 'Førespurnader som ventar',
    en: 'Requests waiting',
  },
  'admin.network.pending.empty': {
    nb: 'Ingen forespørsler venter.',
    nn: 'Ingen førespurnader ventar.',
    en: 'No requests are waiting.',
  },
  'admin.network.approved.heading': { nb: 'Godkjente personer', nn: 'Godkjende personar', en: 'Approved people' },
  'admin.network.approved.empty': {
    nb: 'Ingen personer er knyttet til organisasjonene ennå.',
    nn: 'Ingen personar er knytte til organisasjonane enno.',
    en: 'No people are linked to the organisations yet.',
  },
  'admin.membership.col.person': { nb: 'Person', nn: 'Person', en: 'Person' },
  'admin.membership.col.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'admin.membership.col.note': { nb: 'Melding', nn: 'Melding', en: 'Message' },
  'admin.membership.col.requested': { nb: 'Sendt', nn: 'Sendt', en: 'Sent' },
  'admin.membership.col.role': { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
  'admin.membership.approveMember': { nb: 'Godkjenn som medlem', nn: 'Godkjenn som medlem', en: 'Approve as member' },
  'admin.membership.approveEditor': {
    nb: 'Godkjenn som redaktør',
    nn: 'Godkjenn som redaktør',
    en: 'Approve as editor',
  },
  'admin.membership.reject': { nb: 'Avslå', nn: 'Avslå', en: 'Reject' },
  'admin.membership.makeEditor': { nb: 'Gjør til redaktør', nn: 'Gjer til redaktør', en: 'Make editor' },
  'admin.membership.makeMember': { nb: 'Gjør til medlem', nn: 'Gjer til medlem', en: 'Make member' },
  'admin.membership.remove': { nb: 'Fjern tilknytningen', nn: 'Fjern tilknytinga', en: 'Remove link' },
  'admin.membership.approved': {
    nb: '{person} er godkjent som {role} i {organisation}.',
    nn: '{person} er godkjend som {role} i {organisation}.',
    en: '{person} has been approved as {role} of {organisation}.',
  },
  'admin.membership.rejected': {
    nb: 'Forespørselen fra {person} er avslått.',
    nn: 'Førespurnaden frå {person} er avslått.',
    en: 'The request from {person} has been rejected.',
  },
  'admin.membership.roleChanged': {
    nb: '{person} er nå {role} i {organisation}.',
    nn: '{person} er no {role} i {organisation}.',
    en: '{person} is now {role} of {organisation}.',
  },
  'admin.membership.removed': {
    nb: '{person} er ikke lenger knyttet til {organisation}.',
    nn: '{person} er ikkje lenger knytt til {organisation}.',
    en: '{person} is no longer linked to {organisation}.',
  },
  'admin.membership.rejectTitle': {
    nb: 'Avslå forespørselen fra {person}?',
    nn: 'Avslå førespurnaden frå {person}?',
    en: 'Reject the request from {person}?',
  },
  'admin.membership.rejectText': {
    nb: '{person} blir ikke knyttet til {organisation}. Personen kan be om tilknytning på nytt senere.',
    nn: '{person} blir ikkje knytt til {organisation}. Personen kan be om tilknyting på nytt seinare.',
    en: '{person} will not be linked to {organisation}. They can ask again later.',
  },
  'admin.membership.rejectConfirm': { nb: 'Ja, avslå', nn: 'Ja, avslå', en: 'Yes, reject' },
  'admin.membership.removeTitle': {
    nb: 'Fjerne tilknytningen til {person}?',
    nn: 'Fjerne tilknytinga til {person}?',
    en: 'Remove the link for {person}?',
  },
  'admin.membership.removeText': {
    nb: '{person} blir ikke lenger knyttet til {organisation} og mister rettighetene sine der. Kontoen blir ikke slettet.',
    nn: '{person} blir ikkje lenger knytt til {organisation} og mistar rettane sine der. Kontoen blir ikkje sletta.',
    en: '{person} will no longer be linked to {organisation} and loses their rights there. The account is not deleted.',
  },
  'admin.membership.removeConfirm': {
    nb: 'Ja, fjern tilknytningen',
    nn: 'Ja, fjern tilknytinga',
    en: 'Yes, remove the link',
  },
  'admin.role.MEMBER': { nb: 'Medlem', nn: 'Medlem', en: 'Member' },
  'admin.role.EDITOR': { nb: 'Redaktør', nn: 'Redaktør', en: 'Editor' },
  'admin.role.inline.MEMBER': { nb: 'medlem', nn: 'medlem', en: 'a member' },
  'admin.role.inline.EDITOR': { nb: 'redaktør', nn: 'redaktør', en: 'an editor' },
  'admin.status.PENDING': { nb: 'Venter', nn: 'Ventar', en: 'Pending' },
  'admin.status.APPROVED': { nb: 'Godkjent', nn: 'Godkjend', en: 'Approved' },
  'admin.status.REJECTED': { nb: 'Avslått', nn: 'Avslått', en: 'Rejected' },

  // ---------- organisations ----------
  'admin.organisations.title': { nb: 'Organisasjoner', nn: 'Organisasjonar', en: 'Organisations' },
  'admin.organisations.intro': {
    nb: 'Kommuner, spesialisthelsetjenester, bruker- og pårørendeorganisasjoner og sentre på plattformen.',
    nn: 'Kommunar, spesialisthelsetenester, brukar- og pårørandeorganisasjonar og senter på plattforma.',
    en: 'Municipalities, specialist services, user and next-of-kin organisations and centres on the platform.',
  },
  'admin.organisations.new': { nb: 'Ny organisasjon', nn: 'Ny organisasjon', en: 'New organisation' },
  'admin.organisations.filters': { nb: 'Søk og filtrer', nn: 'Søk og filtrer', en: 'Search and filter' },
  'admin.organisations.q': { nb: 'Søk på navn', nn: 'Søk på namn', en: 'Search by name' },
  'admin.organisations.anyType': { nb: 'Alle typer', nn: 'Alle typar', en: 'All types' },
  'admin.organisations.anyCounty': { nb: 'Alle fylker', nn: 'Alle fylke', en: 'All counties' },
  'admin.organisations.apply': { nb: 'Vis treff', nn: 'Vis treff', en: 'Show results' },
  'admin.organisations.reset': { nb: 'Nullstill søket', nn: 'Nullstill søket', en: 'Clear the search' },
  'admin.organisations.empty': {
    nb: 'Fant ingen organisasjoner som passer. Prøv et annet navn eller færre filtre.',
    nn: 'Fann ingen organisasjonar som passar. Prøv eit anna namn eller færre filter.',
    en: 'No organisations match. Try another name or fewer filters.',
  },
  'admin.organisation.networksNone': {
    nb: 'Ikke med i noe nettverk.',
    nn: 'Ikkje med i noko nettverk.',
    en: 'Not part of any network.',
  },
  'admin.organisation.edit.heading': {
    nb: 'Endre organisasjonen',
    nn: 'Endre organisasjonen',
    en: 'Edit the organisation',
  },
  'admin.organisation.readOnly': {
    nb: 'Bare plattformadministratorer kan endre organisasjoner her. Organisasjonens egne redaktører kan endre profilen på nettstedet.',
    nn: 'Berre plattformadministratorar kan endre organisasjonar her. Redaktørane i organisasjonen kan endre profilen på nettstaden.',
    en: 'Only platform administrators can change organisations here. The organisation’s own editors can change its profile on the website.',
  },
  'admin.organisation.delete.heading': {
    nb: 'Slett organisasjonen',
    nn: 'Slett organisasjonen',
    en: 'Delete the organisation',
  },
  'admin.organisation.delete.text': {
    nb: 'Sletting fjerner organisasjonen, alle personers tilknytning til den og medlemskapet i nettverk. Det kan ikke angres.',
    nn: 'Sletting fjernar organisasjonen, tilknytinga alle personar har til han og medlemskapen i nettverk. Det kan ikkje angrast.',
    en: 'Deleting removes the organisation, every person’s link to it and its network memberships. It cannot be undone.',
  },
  'admin.organisation.delete.confirmTitle': { nb: 'Slette {name}?', nn: 'Slette {name}?', en: 'Delete {name}?' },
  'admin.organisation.delete.confirm': {
    nb: 'Ja, slett organisasjonen',
    nn: 'Ja, slett organisasjonen',
    en: 'Yes, delete the organisation',
  },
  'admin.organisation.deleted': { nb: '{name} er slettet.', nn: '{name} er sletta.', en: '{name} has been deleted.' },
  'admin.organisationCreate.title': { nb: 'Ny organisasjon', nn: 'Ny organisasjon', en: 'New organisation' },
  'admin.organisationCreate.intro': {
    nb: 'Navn, kortnavn og type må fylles ut. Resten kan organisasjonens redaktører fylle ut senere.',
    nn: 'Namn, kortnamn og type må fyllast ut. Resten kan redaktørane i organisasjonen fylle ut seinare.',
    en: 'Name, short name and type are required. The organisation’s editors can fill in the rest later.',
  },
  'admin.organisationCreate.submit': {
    nb: 'Opprett organisasjonen',
    nn: 'Opprett organisasjonen',
    en: 'Create the organisation',
  },
  'admin.organisationCreate.created': {
    nb: 'Organisasjonen er opprettet.',
    nn: 'Organisasjonen er oppretta.',
    en: 'The organisation has been created.',
  },

  // ---------- people ----------
  'admin.people.title': { nb: 'Personer', nn: 'Personar', en: 'People' },
  'admin.people.intro': {
    nb: 'Alle som har en konto på Knutepunkt. Åpne en person for å se tilknytninger og endre tilganger.',
    nn: 'Alle som har ein konto på Knutepunkt. Opne ein person for å sjå tilknytingar og endre tilgangar.',
    en: 'Everyone with an account on Knutepunkt. Open a person to see their links and change their access.',
  },
  'admin.people.search': {
    nb: 'Søk på navn eller e-post',
    nn: 'Søk på namn eller e-post',
    en: 'Search by name or e-mail',
  },
  'admin.people.empty': {
    nb: 'Fant ingen personer som passer.',
    nn: 'Fann ingen personar som passar.',
    en: 'No people match.',
  },
  'admin.people.col.roles': { nb: 'Roller', nn: 'Roller', en: 'Roles' },
  'admin.people.col.account': { nb: 'Konto', nn: 'Konto', en: 'Account' },
  'admin.people.col.registered': { nb: 'Registrert', nn: 'Registrert', en: 'Registered' },
  'admin.person.admin': { nb: 'Administrator', nn: 'Administrator', en: 'Administrator' },
  'admin.person.disabled': { nb: 'Deaktivert', nn: 'Deaktivert', en: 'Disabled' },
  'admin.person.active': { nb: 'Aktiv', nn: 'Aktiv', en: 'Active' },
  'admin.person.language': { nb: 'Språk', nn: 'Språk', en: 'Language' },
  'admin.person.readLogged': {
    nb: 'Fordi siden viser personopplysninger, er oppslaget ditt registrert i endringsloggen.',
    nn: 'Fordi sida viser personopplysningar, er oppslaget ditt registrert i endringsloggen.',
    en: 'Because this page shows personal data, your look-up has been recorded in the change log.',
  },
  'admin.person.links.heading': {
    nb: 'Tilknytning til organisasjoner',
    nn: 'Tilknyting til organisasjonar',
    en: 'Links to organisations',
  },
  'admin.person.links.empty': {
    nb: 'Ikke knyttet til noen organisasjon.',
    nn: 'Ikkje knytt til nokon organisasjon.',
    en: 'Not linked to any organisation.',
  },
  'admin.person.coordinates.heading': { nb: 'Koordinerer', nn: 'Koordinerer', en: 'Coordinates' },
  'admin.person.coordinates.empty': {
    nb: 'Koordinerer ingen nettverk.',
    nn: 'Koordinerer ingen nettverk.',
    en: 'Coordinates no networks.',
  },
  'admin.person.role.heading': { nb: 'Administratorrolle', nn: 'Administratorrolle', en: 'Administrator role' },
  'admin.person.role.isAdmin': {
    nb: '{name} er plattformadministrator.',
    nn: '{name} er plattformadministrator.',
    en: '{name} is a platform administrator.',
  },
  'admin.person.role.notAdmin': {
    nb: '{name} er ikke plattformadministrator.',
    nn: '{name} er ikkje plattformadministrator.',
    en: '{name} is not a platform administrator.',
  },
  'admin.person.role.grant': { nb: 'Gjør til administrator', nn: 'Gjer til administrator', en: 'Make administrator' },
  'admin.person.role.revoke': {
    nb: 'Fjern administratorrollen',
    nn: 'Fjern administratorrolla',
    en: 'Remove the administrator role',
  },
  'admin.person.role.grantTitle': {
    nb: 'Gjøre {name} til administrator?',
    nn: 'Gjere {name} til administrator?',
    en: 'Make {name} an administrator?',
  },
  'admin.person.role.grantText': {
    nb: 'Administratorer kan endre alle organisasjoner, nettverk og personer, og se endringsloggen.',
    nn: 'Administratorar kan endre alle organisasjonar, nettverk og personar, og sjå endringsloggen.',
    en: 'Administrators can change every organisation, network and person, and see the change log.',
  },
  'admin.person.role.grantConfirm': {
    nb: 'Ja, gjør til administrator',
    nn: 'Ja, gjer til administrator',
    en: 'Yes, make administrator',
  },
  'admin.person.role.revokeTitle': {
    nb: 'Fjerne administratorrollen til {name}?',
    nn: 'Fjerne administratorrolla til {name}?',
    en: 'Remove the administrator role from {name}?',
  },
  'admin.person.role.revokeText': {
    nb: '{name} mister tilgangen til å administrere plattformen. Nettverk personen koordinerer, beholder hen tilgangen til.',
    nn: '{name} mistar tilgangen til å administrere plattforma. Nettverk personen koordinerer, held hen fram med å ha tilgang til.',
    en: '{name} loses access to administer the platform, but keeps access to the networks they coordinate.',
  },
  'admin.person.role.revokeConfirm': { nb: 'Ja, fjern rollen', nn: 'Ja, fjern rolla', en: 'Yes, remove the role' },
  'admin.person.role.granted': {
    nb: '{name} er nå administrator.',
    nn: '{name} er no administrator.',
    en: '{name} is now an administrator.',
  },
  'admin.person.role.revoked': {
    nb: '{name} er ikke lenger administrator.',
    nn: '{name} er ikkje lenger administrator.',
    en: '{name} is no longer an administrator.',
  },
  'admin.person.account.heading': { nb: 'Konto', nn: 'Konto', en: 'Account' },
  'admin.person.account.active': { nb: 'Kontoen er aktiv.', nn: 'Kontoen er aktiv.', en: 'The account is active.' },
  'admin.person.account.disabledSince': {
    nb: 'Kontoen ble deaktivert {date}.',
    nn: 'Kontoen vart deaktivert {date}.',
    en: 'The account was disabled on {date}.',
  },
  'admin.person.account.explain': {
    nb: 'En deaktivert konto kan ikke logge inn. Når du deaktiverer en konto, blir personen logget ut med en gang, på alle enheter.',
    nn: 'Ein deaktivert konto kan ikkje logge inn. Når du deaktiverer ein konto, blir personen logga ut med ein gong, på alle einingar.',
    en: 'A disabled account cannot sign in. When you disable an account, the person is signed out at once, on every device.',
  },
  'admin.person.account.disable': { nb: 'Deaktiver kontoen', nn: 'Deaktiver kontoen', en: 'Disable the account' },
  'admin.person.account.enable': {
    nb: 'Aktiver kontoen igjen',
    nn: 'Aktiver kontoen igjen',
    en: 'Enable the account again',
  },
  'admin.person.account.disableTitle': {
    nb: 'Deaktivere kontoen til {name}?',
    nn: 'Deaktivere kontoen til {name}?',
    en: 'Disable the account of {name}?',
  },
  'admin.person.account.disableText': {
    nb: '{name} blir logget ut med en gang, på alle enheter, og kan ikke logge inn før kontoen blir aktivert igjen. Ingenting blir slettet.',
    nn: '{name} blir logga ut med ein gong, på alle einingar, og kan ikkje logge inn før kontoen blir aktivert igjen. Ingenting blir sletta.',
    en: '{name} is signed out at once, on every device, and cannot sign in until the account is enabled again. Nothing is deleted.',
  },
  'admin.person.account.disableConfirm': {
    nb: 'Ja, deaktiver kontoen',
    nn: 'Ja, deaktiver kontoen',
    en: 'Yes, disable the account',
  },
  'admin.person.account.enableTitle': {
    nb: 'Aktivere kontoen til {name} igjen?',
    nn: 'Aktivere kontoen til {name} igjen?',
    en: 'Enable the account of {name} again?',
  },
  'admin.person.account.enableText': {
    nb: '{name} kan logge inn igjen med passordet sitt.',
    nn: '{name} kan logge inn igjen med passordet sitt.',
    en: '{name} can sign in again with their password.',
  },
  'admin.person.account.enableConfirm': {
    nb: 'Ja, aktiver kontoen',
    nn: 'Ja, aktiver kontoen',
    en: 'Yes, enable the account',
  },
  'admin.person.account.disabledDone': {
    nb: 'Kontoen til {name} er deaktivert, og alle øktene er avsluttet.',
    nn: 'Kontoen til {name} er deaktivert, og alle øktene er avslutta.',
    en: 'The account of {name} has been disabled and all their sessions ended.',
  },
  'admin.person.account.enabledDone': {
    nb: 'Kontoen til {name} er aktiv igjen.',
    nn: 'Kontoen til {name} er aktiv igjen.',
    en: 'The account of {name} is active again.',
  },
  'admin.person.self': {
    nb: 'Dette er din egen konto. Du kan ikke fjerne din egen administratorrolle eller deaktivere deg selv.',
    nn: 'Dette er din eigen konto. Du kan ikkje fjerne di eiga administratorrolle eller deaktivere deg sjølv.',
    en: 'This is your own account. You cannot remove your own administrator role or disable yourself.',
  },

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
