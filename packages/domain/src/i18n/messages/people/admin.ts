import { defineMessages } from '../../define.ts';

/** People in the admin app: the list and a person's page (links, roles, the account). */
export const peopleAdmin = defineMessages({
  // ---------- people ----------
  'people.admin.list.title': { nb: 'Personer', nn: 'Personar', en: 'People' },
  'people.admin.list.intro': {
    nb: 'Alle som har en konto på Knutepunkt. Åpne en person for å se tilknytninger og endre tilganger.',
    nn: 'Alle som har ein konto på Knutepunkt. Opne ein person for å sjå tilknytingar og endre tilgangar.',
    en: 'Everyone with an account on Knutepunkt. Open a person to see their links and change their access.',
  },
  'people.admin.list.search': {
    nb: 'Søk på navn eller e-post',
    nn: 'Søk på namn eller e-post',
    en: 'Search by name or e-mail',
  },
  'people.admin.list.empty': {
    nb: 'Fant ingen personer som passer.',
    nn: 'Fann ingen personar som passar.',
    en: 'No people match.',
  },
  'people.admin.list.col.roles': { nb: 'Roller', nn: 'Roller', en: 'Roles' },
  'people.admin.list.col.account': { nb: 'Konto', nn: 'Konto', en: 'Account' },
  'people.admin.list.col.registered': { nb: 'Registrert', nn: 'Registrert', en: 'Registered' },
  'people.admin.admin': { nb: 'Administrator', nn: 'Administrator', en: 'Administrator' },
  'people.admin.disabled': { nb: 'Deaktivert', nn: 'Deaktivert', en: 'Disabled' },
  'people.admin.active': { nb: 'Aktiv', nn: 'Aktiv', en: 'Active' },
  'people.admin.language': { nb: 'Språk', nn: 'Språk', en: 'Language' },
  'people.admin.readLogged': {
    nb: 'Fordi siden viser personopplysninger, er oppslaget ditt registrert i endringsloggen.',
    nn: 'Fordi sida viser personopplysningar, er oppslaget ditt registrert i endringsloggen.',
    en: 'Because this page shows personal data, your look-up has been recorded in the change log.',
  },
  'people.admin.links.heading': {
    nb: 'Tilknytning til organisasjoner',
    nn: 'Tilknyting til organisasjonar',
    en: 'Links to organisations',
  },
  'people.admin.links.empty': {
    nb: 'Ikke knyttet til noen organisasjon.',
    nn: 'Ikkje knytt til nokon organisasjon.',
    en: 'Not linked to any organisation.',
  },
  'people.admin.coordinates.heading': { nb: 'Koordinerer', nn: 'Koordinerer', en: 'Coordinates' },
  'people.admin.coordinates.empty': {
    nb: 'Koordinerer ingen nettverk.',
    nn: 'Koordinerer ingen nettverk.',
    en: 'Coordinates no networks.',
  },
  'people.admin.role.heading': { nb: 'Administratorrolle', nn: 'Administratorrolle', en: 'Administrator role' },
  'people.admin.role.isAdmin': {
    nb: '{name} er plattformadministrator.',
    nn: '{name} er plattformadministrator.',
    en: '{name} is a platform administrator.',
  },
  'people.admin.role.notAdmin': {
    nb: '{name} er ikke plattformadministrator.',
    nn: '{name} er ikkje plattformadministrator.',
    en: '{name} is not a platform administrator.',
  },
  'people.admin.role.grant': { nb: 'Gjør til administrator', nn: 'Gjer til administrator', en: 'Make administrator' },
  'people.admin.role.revoke': {
    nb: 'Fjern administratorrollen',
    nn: 'Fjern administratorrolla',
    en: 'Remove the administrator role',
  },
  'people.admin.role.grantTitle': {
    nb: 'Gjøre {name} til administrator?',
    nn: 'Gjere {name} til administrator?',
    en: 'Make {name} an administrator?',
  },
  'people.admin.role.grantText': {
    nb: 'Administratorer kan endre alle organisasjoner, nettverk og personer, og se endringsloggen.',
    nn: 'Administratorar kan endre alle organisasjonar, nettverk og personar, og sjå endringsloggen.',
    en: 'Administrators can change every organisation, network and person, and see the change log.',
  },
  'people.admin.role.grantConfirm': {
    nb: 'Ja, gjør til administrator',
    nn: 'Ja, gjer til administrator',
    en: 'Yes, make administrator',
  },
  'people.admin.role.revokeTitle': {
    nb: 'Fjerne administratorrollen til {name}?',
    nn: 'Fjerne administratorrolla til {name}?',
    en: 'Remove the administrator role from {name}?',
  },
  'people.admin.role.revokeText': {
    nb: '{name} mister tilgangen til å administrere plattformen. Nettverk personen koordinerer, beholder hen tilgangen til.',
    nn: '{name} mistar tilgangen til å administrere plattforma. Nettverk personen koordinerer, held hen fram med å ha tilgang til.',
    en: '{name} loses access to administer the platform, but keeps access to the networks they coordinate.',
  },
  'people.admin.role.revokeConfirm': { nb: 'Ja, fjern rollen', nn: 'Ja, fjern rolla', en: 'Yes, remove the role' },
  'people.admin.role.granted': {
    nb: '{name} er nå administrator.',
    nn: '{name} er no administrator.',
    en: '{name} is now an administrator.',
  },
  'people.admin.role.revoked': {
    nb: '{name} er ikke lenger administrator.',
    nn: '{name} er ikkje lenger administrator.',
    en: '{name} is no longer an administrator.',
  },
  'people.admin.account.heading': { nb: 'Konto', nn: 'Konto', en: 'Account' },
  'people.admin.account.active': { nb: 'Kontoen er aktiv.', nn: 'Kontoen er aktiv.', en: 'The account is active.' },
  'people.admin.account.disabledSince': {
    nb: 'Kontoen ble deaktivert {date}.',
    nn: 'Kontoen vart deaktivert {date}.',
    en: 'The account was disabled on {date}.',
  },
  'people.admin.account.explain': {
    nb: 'En deaktivert konto kan ikke logge inn. Når du deaktiverer en konto, blir personen logget ut med en gang, på alle enheter.',
    nn: 'Ein deaktivert konto kan ikkje logge inn. Når du deaktiverer ein konto, blir personen logga ut med ein gong, på alle einingar.',
    en: 'A disabled account cannot sign in. When you disable an account, the person is signed out at once, on every device.',
  },
  'people.admin.account.disable': { nb: 'Deaktiver kontoen', nn: 'Deaktiver kontoen', en: 'Disable the account' },
  'people.admin.account.enable': {
    nb: 'Aktiver kontoen igjen',
    nn: 'Aktiver kontoen igjen',
    en: 'Enable the account again',
  },
  'people.admin.account.disableTitle': {
    nb: 'Deaktivere kontoen til {name}?',
    nn: 'Deaktivere kontoen til {name}?',
    en: 'Disable the account of {name}?',
  },
  'people.admin.account.disableText': {
    nb: '{name} blir logget ut med en gang, på alle enheter, og kan ikke logge inn før kontoen blir aktivert igjen. Ingenting blir slettet.',
    nn: '{name} blir logga ut med ein gong, på alle einingar, og kan ikkje logge inn før kontoen blir aktivert igjen. Ingenting blir sletta.',
    en: '{name} is signed out at once, on every device, and cannot sign in until the account is enabled again. Nothing is deleted.',
  },
  'people.admin.account.disableConfirm': {
    nb: 'Ja, deaktiver kontoen',
    nn: 'Ja, deaktiver kontoen',
    en: 'Yes, disable the account',
  },
  'people.admin.account.enableTitle': {
    nb: 'Aktivere kontoen til {name} igjen?',
    nn: 'Aktivere kontoen til {name} igjen?',
    en: 'Enable the account of {name} again?',
  },
  'people.admin.account.enableText': {
    nb: '{name} kan logge inn igjen med passordet sitt.',
    nn: '{name} kan logge inn igjen med passordet sitt.',
    en: '{name} can sign in again with their password.',
  },
  'people.admin.account.enableConfirm': {
    nb: 'Ja, aktiver kontoen',
    nn: 'Ja, aktiver kontoen',
    en: 'Yes, enable the account',
  },
  'people.admin.account.disabledDone': {
    nb: 'Kontoen til {name} er deaktivert, og alle øktene er avsluttet.',
    nn: 'Kontoen til {name} er deaktivert, og alle øktene er avslutta.',
    en: 'The account of {name} has been disabled and all their sessions ended.',
  },
  'people.admin.account.enabledDone': {
    nb: 'Kontoen til {name} er aktiv igjen.',
    nn: 'Kontoen til {name} er aktiv igjen.',
    en: 'The account of {name} is active again.',
  },
  'people.admin.self': {
    nb: 'Dette er din egen konto. Du kan ikke fjerne din egen administratorrolle eller deaktivere deg selv.',
    nn: 'Dette er din eigen konto. Du kan ikkje fjerne di eiga administratorrolle eller deaktivere deg sjølv.',
    en: 'This is your own account. You cannot remove your own administrator role or disable yourself.',
  },
});
