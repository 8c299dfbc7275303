import { defineMessages } from '../../define.ts';

/**
 * Networks in the admin app: the list, creating one, a network's page with its members,
 * coordinators and the links of people in its organisations.
 */
export const networksAdmin = defineMessages({
  // ---------- networks ----------
  'networks.admin.list.title': { nb: 'Nettverk', nn: 'Nettverk', en: 'Networks' },
  'networks.admin.list.intro.admin': {
    nb: 'Alle nettverkene på plattformen.',
    nn: 'Alle nettverka på plattforma.',
    en: 'All networks on the platform.',
  },
  'networks.admin.list.intro.coordinator': {
    nb: 'Nettverkene du koordinerer.',
    nn: 'Nettverka du koordinerer.',
    en: 'The networks you coordinate.',
  },
  'networks.admin.list.new': { nb: 'Nytt nettverk', nn: 'Nytt nettverk', en: 'New network' },
  'networks.admin.list.empty': {
    nb: 'Det er ingen nettverk her ennå.',
    nn: 'Det er ingen nettverk her enno.',
    en: 'There are no networks here yet.',
  },
  'networks.admin.list.col.members': {
    nb: 'Medlemsorganisasjoner',
    nn: 'Medlemsorganisasjonar',
    en: 'Member organisations',
  },
  'networks.admin.create.title': { nb: 'Nytt nettverk', nn: 'Nytt nettverk', en: 'New network' },
  'networks.admin.create.intro': {
    nb: 'Etter at nettverket er opprettet, kan du legge til medlemsorganisasjoner og koordinatorer.',
    nn: 'Når nettverket er oppretta, kan du leggje til medlemsorganisasjonar og koordinatorar.',
    en: 'Once the network has been created, you can add member organisations and coordinators.',
  },
  'networks.admin.create.submit': { nb: 'Opprett nettverket', nn: 'Opprett nettverket', en: 'Create the network' },
  'networks.admin.create.created': {
    nb: 'Nettverket er opprettet.',
    nn: 'Nettverket er oppretta.',
    en: 'The network has been created.',
  },
  'networks.admin.countiesLegend': {
    nb: 'Fylker nettverket dekker',
    nn: 'Fylke nettverket dekkjer',
    en: 'Counties the network covers',
  },
  'networks.admin.details.heading': { nb: 'Om nettverket', nn: 'Om nettverket', en: 'About the network' },
  'networks.admin.members.heading': {
    nb: 'Medlemsorganisasjoner',
    nn: 'Medlemsorganisasjonar',
    en: 'Member organisations',
  },
  'networks.admin.members.empty': {
    nb: 'Nettverket har ingen medlemsorganisasjoner ennå.',
    nn: 'Nettverket har ingen medlemsorganisasjonar enno.',
    en: 'The network has no member organisations yet.',
  },
  'networks.admin.members.confirmTitle': {
    nb: 'Fjerne {name} fra nettverket?',
    nn: 'Fjerne {name} frå nettverket?',
    en: 'Remove {name} from the network?',
  },
  'networks.admin.members.confirmText': {
    nb: 'Organisasjonen blir ikke slettet, men den er ikke lenger med i nettverket. Koordinatorene for nettverket kan da ikke lenger godkjenne personer eller utnevne redaktører for den.',
    nn: 'Organisasjonen blir ikkje sletta, men han er ikkje lenger med i nettverket. Koordinatorane for nettverket kan då ikkje lenger godkjenne personar eller utnemne redaktørar for han.',
    en: 'The organisation is not deleted, but it is no longer part of the network. The network’s coordinators can then no longer approve people or appoint editors for it.',
  },
  'networks.admin.members.confirm': {
    nb: 'Ja, fjern organisasjonen',
    nn: 'Ja, fjern organisasjonen',
    en: 'Yes, remove the organisation',
  },
  'networks.admin.members.removed': {
    nb: '{name} er fjernet fra nettverket.',
    nn: '{name} er fjerna frå nettverket.',
    en: '{name} has been removed from the network.',
  },
  'networks.admin.members.added': {
    nb: '{name} er lagt til i nettverket.',
    nn: '{name} er lagd til i nettverket.',
    en: '{name} has been added to the network.',
  },
  'networks.admin.addOrg.heading': {
    nb: 'Legg til en organisasjon',
    nn: 'Legg til ein organisasjon',
    en: 'Add an organisation',
  },
  'networks.admin.addOrg.search': {
    nb: 'Søk etter organisasjon',
    nn: 'Søk etter organisasjon',
    en: 'Search for an organisation',
  },
  'networks.admin.addOrg.description': {
    nb: 'Skriv hele eller deler av navnet. Finnes ikke organisasjonen, kan en administrator opprette den.',
    nn: 'Skriv heile eller delar av namnet. Finst ikkje organisasjonen, kan ein administrator opprette han.',
    en: 'Type all or part of the name. If the organisation does not exist, an administrator can create it.',
  },
  'networks.admin.addOrg.results': {
    nb: 'Organisasjoner som passer',
    nn: 'Organisasjonar som passar',
    en: 'Matching organisations',
  },
  'networks.admin.addOrg.already': { nb: 'Allerede med', nn: 'Allereie med', en: 'Already a member' },
  'networks.admin.addOrg.noResults': {
    nb: 'Fant ingen organisasjoner som passer.',
    nn: 'Fann ingen organisasjonar som passar.',
    en: 'No organisations match.',
  },
  'networks.admin.coordinators.heading': { nb: 'Koordinatorer', nn: 'Koordinatorar', en: 'Coordinators' },
  'networks.admin.coordinators.empty': {
    nb: 'Nettverket har ingen koordinatorer.',
    nn: 'Nettverket har ingen koordinatorar.',
    en: 'The network has no coordinators.',
  },
  'networks.admin.coordinators.confirmTitle': {
    nb: 'Fjerne {name} som koordinator?',
    nn: 'Fjerne {name} som koordinator?',
    en: 'Remove {name} as coordinator?',
  },
  'networks.admin.coordinators.confirmText': {
    nb: '{name} mister tilgangen til å administrere dette nettverket. Kontoen blir ikke slettet.',
    nn: '{name} mistar tilgangen til å administrere dette nettverket. Kontoen blir ikkje sletta.',
    en: '{name} loses access to manage this network. The account is not deleted.',
  },
  'networks.admin.coordinators.confirm': {
    nb: 'Ja, fjern koordinatoren',
    nn: 'Ja, fjern koordinatoren',
    en: 'Yes, remove the coordinator',
  },
  'networks.admin.coordinators.removed': {
    nb: '{name} er ikke lenger koordinator.',
    nn: '{name} er ikkje lenger koordinator.',
    en: '{name} is no longer a coordinator.',
  },
  'networks.admin.coordinators.added': {
    nb: '{name} er nå koordinator.',
    nn: '{name} er no koordinator.',
    en: '{name} is now a coordinator.',
  },
  'networks.admin.coordinators.adminOnly': {
    nb: 'Det er plattformadministratorene som utnevner koordinatorer.',
    nn: 'Det er plattformadministratorane som utnemner koordinatorar.',
    en: 'Coordinators are appointed by the platform administrators.',
  },
  'networks.admin.addCoordinator.heading': {
    nb: 'Legg til en koordinator',
    nn: 'Legg til ein koordinator',
    en: 'Add a coordinator',
  },
  'networks.admin.addCoordinator.search': {
    nb: 'Søk etter person (navn eller e-post)',
    nn: 'Søk etter person (namn eller e-post)',
    en: 'Search for a person (name or e-mail)',
  },
  'networks.admin.addCoordinator.results': {
    nb: 'Personer som passer',
    nn: 'Personar som passar',
    en: 'Matching people',
  },
  'networks.admin.addCoordinator.add': {
    nb: 'Gjør til koordinator',
    nn: 'Gjer til koordinator',
    en: 'Make coordinator',
  },
  'networks.admin.addCoordinator.already': { nb: 'Er koordinator', nn: 'Er koordinator', en: 'Already a coordinator' },
  'networks.admin.addCoordinator.noResults': {
    nb: 'Fant ingen personer som passer.',
    nn: 'Fann ingen personar som passar.',
    en: 'No people match.',
  },

  // ---------- people linked to the network's organisations ----------
  'networks.admin.memberships.heading': {
    nb: 'Personer i organisasjonene',
    nn: 'Personar i organisasjonane',
    en: 'People in the organisations',
  },
  'networks.admin.memberships.intro': {
    nb: 'Personer ber om å bli knyttet til en organisasjon i nettverket. Godkjenn dem som medlem, eller som redaktør hvis de skal kunne endre organisasjonens profil og praksiseksempler.',
    nn: 'Personar ber om å bli knytte til ein organisasjon i nettverket. Godkjenn dei som medlem, eller som redaktør dersom dei skal kunne endre profilen og praksiseksempla til organisasjonen.',
    en: 'People ask to be linked to an organisation in the network. Approve them as a member, or as an editor if they should be able to change the organisation’s profile and practice examples.',
  },
  'networks.admin.pending.heading': {
    nb: 'Forespørsler som venter',
    nn: 'Førespurnader som ventar',
    en: 'Requests waiting',
  },
  'networks.admin.pending.empty': {
    nb: 'Ingen forespørsler venter.',
    nn: 'Ingen førespurnader ventar.',
    en: 'No requests are waiting.',
  },
  'networks.admin.approved.heading': { nb: 'Godkjente personer', nn: 'Godkjende personar', en: 'Approved people' },
  'networks.admin.approved.empty': {
    nb: 'Ingen personer er knyttet til organisasjonene ennå.',
    nn: 'Ingen personar er knytte til organisasjonane enno.',
    en: 'No people are linked to the organisations yet.',
  },
});
