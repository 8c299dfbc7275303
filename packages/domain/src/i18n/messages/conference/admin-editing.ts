import { defineMessages } from '../../define.ts';

/**
 * Editing an edition in the admin app (docs/adr/0023): the list, the settings, partners,
 * rooms, tracks and session types, and the refusals of their inputs (the server translates
 * them with the whole catalogue; only the admin app sends these inputs).
 */
export const conferenceAdminEditing = defineMessages({
  // Refusals of the inputs.
  'conference.admin.validation.origin': {
    nb: 'Skriv en opprinnelse som https://partner.no (uten sti). http:// bare for localhost.',
    nn: 'Skriv ein opphav som https://partnar.no (utan sti). http:// berre for localhost.',
    en: 'Write an origin like https://partner.example (no path). http:// only for localhost.',
  },
  'conference.admin.validation.languages': {
    nb: 'Velg minst ett språk.',
    nn: 'Vel minst eitt språk.',
    en: 'Choose at least one language.',
  },
  'conference.admin.validation.owners': {
    nb: 'Velg minst ett nettverk som eier konferansen.',
    nn: 'Vel minst eitt nettverk som eig konferansen.',
    en: 'Choose at least one network that owns the conference.',
  },
  'conference.admin.validation.endBeforeStart': {
    nb: 'Siste dag kan ikke være før første dag.',
    nn: 'Siste dag kan ikkje vere før første dag.',
    en: 'The last day cannot be before the first.',
  },
  'conference.admin.validation.tooManyDays': {
    nb: 'En konferanse kan vare i høyst 7 dager.',
    nn: 'Ein konferanse kan vare i høgst 7 dagar.',
    en: 'A conference can last at most 7 days.',
  },
  'conference.admin.validation.partnerTwice': {
    nb: 'Denne organisasjonen står allerede på lista.',
    nn: 'Denne organisasjonen står allereie på lista.',
    en: 'This organisation is already on the list.',
  },
  'conference.admin.validation.capacity': {
    nb: 'Antall plasser må være minst 1, eller tomt.',
    nn: 'Talet på plassar må vere minst 1, eller tomt.',
    en: 'The number of places must be at least 1, or empty.',
  },
  'conference.admin.validation.colour': {
    nb: 'Skriv fargen som #rrggbb, for eksempel #1f5f8b.',
    nn: 'Skriv fargen som #rrggbb, til dømes #1f5f8b.',
    en: 'Write the colour as #rrggbb, for example #1f5f8b.',
  },
  'conference.admin.validation.contrast': {
    nb: 'Fargen har kontrast {ratio}:1 mot hvit, men må ha minst 4.5:1. Velg en mørkere farge.',
    nn: 'Fargen har kontrast {ratio}:1 mot kvitt, men må ha minst 4.5:1. Vel ein mørkare farge.',
    en: 'The colour has a contrast of {ratio}:1 against white, but needs at least 4.5:1. Choose a darker colour.',
  },
  'conference.admin.validation.altRequired': {
    nb: 'Beskriv bildet for dem som ikke ser det.',
    nn: 'Skildre biletet for dei som ikkje ser det.',
    en: 'Describe the image for those who cannot see it.',
  },
  'conference.admin.error.notYourNetwork': {
    nb: 'Du kan bare gi eierskap til nettverk du koordinerer.',
    nn: 'Du kan berre gi eigarskap til nettverk du koordinerer.',
    en: 'You can only give ownership to networks you coordinate.',
  },
  'conference.admin.error.noSuchNetwork': {
    nb: 'Et av nettverkene finnes ikke.',
    nn: 'Eitt av nettverka finst ikkje.',
    en: 'One of the networks does not exist.',
  },
  'conference.admin.error.noSuchOrganisation': {
    nb: 'En av organisasjonene finnes ikke.',
    nn: 'Ein av organisasjonane finst ikkje.',
    en: 'One of the organisations does not exist.',
  },
  'conference.admin.error.roomOrder': {
    nb: 'Rommene er endret i mellomtiden. Last siden på nytt.',
    nn: 'Romma er endra i mellomtida. Last sida på nytt.',
    en: 'The rooms have changed in the meantime. Reload the page.',
  },
  'conference.admin.error.imageType': {
    nb: 'Bildet må være JPEG, PNG eller WebP.',
    nn: 'Biletet må vere JPEG, PNG eller WebP.',
    en: 'The image must be JPEG, PNG or WebP.',
  },
  // The pages.
  'conference.admin.list.title': { nb: 'Konferanser', nn: 'Konferansar', en: 'Conferences' },
  'conference.admin.list.intro': {
    nb: 'Konferansene du kan redigere: de som eies av nettverk du koordinerer.',
    nn: 'Konferansane du kan redigere: dei som er eigde av nettverk du koordinerer.',
    en: 'The conferences you can edit: those owned by networks you coordinate.',
  },
  'conference.admin.list.new': { nb: 'Ny konferanse', nn: 'Ny konferanse', en: 'New conference' },
  'conference.admin.list.col.title': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'conference.admin.list.col.subtitle': { nb: 'Undertittel', nn: 'Undertittel', en: 'Subtitle' },
  'conference.admin.list.col.when': { nb: 'Dager', nn: 'Dagar', en: 'Days' },
  'conference.admin.list.empty': {
    nb: 'Ingen konferanser ennå.',
    nn: 'Ingen konferansar enno.',
    en: 'No conferences yet.',
  },
  'conference.admin.create.title': { nb: 'Ny konferanse', nn: 'Ny konferanse', en: 'New conference' },
  'conference.admin.create.intro': {
    nb: 'Ingenting er offentlig før dere publiserer en utgivelse av programmet.',
    nn: 'Ingenting er offentleg før de publiserer ei utgiving av programmet.',
    en: 'Nothing is public until you publish a release of the programme.',
  },
  'conference.admin.create.submit': { nb: 'Opprett konferanse', nn: 'Opprett konferanse', en: 'Create conference' },
  'conference.admin.create.created': {
    nb: 'Konferansen er opprettet.',
    nn: 'Konferansen er oppretta.',
    en: 'The conference has been created.',
  },
  'conference.admin.edition.field.title': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'conference.admin.edition.field.subtitle': { nb: 'Undertittel', nn: 'Undertittel', en: 'Subtitle' },
  'conference.admin.edition.field.description': { nb: 'Beskrivelse', nn: 'Skildring', en: 'Description' },
  'conference.admin.edition.field.descriptionHint': {
    nb: 'Du kan bruke Markdown.',
    nn: 'Du kan bruke Markdown.',
    en: 'You can use Markdown.',
  },
  'conference.admin.edition.field.startsOn': { nb: 'Første dag', nn: 'Første dag', en: 'First day' },
  'conference.admin.edition.field.endsOn': { nb: 'Siste dag', nn: 'Siste dag', en: 'Last day' },
  'conference.admin.edition.field.endsOnHint': {
    nb: 'Høyst 7 dager etter hverandre.',
    nn: 'Høgst 7 dagar etter kvarandre.',
    en: 'At most 7 days in a row.',
  },
  'conference.admin.edition.field.venueName': { nb: 'Sted', nn: 'Stad', en: 'Venue' },
  'conference.admin.edition.field.venueAddress': { nb: 'Adresse', nn: 'Adresse', en: 'Address' },
  'conference.admin.edition.field.language': { nb: 'Hovedspråk', nn: 'Hovudspråk', en: 'Main language' },
  'conference.admin.edition.field.languages': {
    nb: 'Språk sesjonene holdes på',
    nn: 'Språk sesjonane blir haldne på',
    en: 'Languages the sessions are held in',
  },
  'conference.admin.edition.field.ownerNetworkIds': {
    nb: 'Nettverk som eier konferansen',
    nn: 'Nettverk som eig konferansen',
    en: 'Networks that own the conference',
  },
  'conference.admin.edition.field.ownersHint': {
    nb: 'Koordinatorene i disse nettverkene kan redigere konferansen.',
    nn: 'Koordinatorane i desse nettverka kan redigere konferansen.',
    en: 'The coordinators of these networks can edit the conference.',
  },
  'conference.admin.edition.field.widgetOrigins': {
    nb: 'Nettsteder som kan vise programmet i en ramme',
    nn: 'Nettstader som kan vise programmet i ei ramme',
    en: 'Sites that may show the programme in a frame',
  },
  'conference.admin.edition.field.widgetOriginsHint': {
    nb: 'Én per linje, som https://partner.no.',
    nn: 'Éin per linje, som https://partnar.no.',
    en: 'One per line, like https://partner.example.',
  },
  'conference.admin.language.nb': { nb: 'Bokmål', nn: 'Bokmål', en: 'Norwegian Bokmål' },
  'conference.admin.language.nn': { nb: 'Nynorsk', nn: 'Nynorsk', en: 'Norwegian Nynorsk' },
  'conference.admin.language.en': { nb: 'Engelsk', nn: 'Engelsk', en: 'English' },
  'conference.admin.edition.counts': {
    nb: '{sessions} sesjoner ({scheduled} plassert), {speakers} foredragsholdere, {published} publiserte utgivelser.',
    nn: '{sessions} sesjonar ({scheduled} plasserte), {speakers} føredragshaldarar, {published} publiserte utgivingar.',
    en: '{sessions} sessions ({scheduled} placed), {speakers} speakers, {published} published releases.',
  },
  'conference.admin.edition.parts': {
    nb: 'Deler av konferansen',
    nn: 'Delar av konferansen',
    en: 'Parts of the conference',
  },
  'conference.admin.edition.part.rooms': { nb: 'Rom', nn: 'Rom', en: 'Rooms' },
  'conference.admin.edition.part.tracks': {
    nb: 'Spor og sesjonstyper',
    nn: 'Spor og sesjonstypar',
    en: 'Tracks and session types',
  },
  'conference.admin.edition.part.sessions': { nb: 'Sesjoner', nn: 'Sesjonar', en: 'Sessions' },
  'conference.admin.edition.part.speakers': { nb: 'Foredragsholdere', nn: 'Føredragshaldarar', en: 'Speakers' },
  'conference.admin.edition.part.grid': { nb: 'Programeditor', nn: 'Programeditor', en: 'Programme editor' },
  'conference.admin.edition.part.releases': { nb: 'Utgivelser', nn: 'Utgivingar', en: 'Releases' },
  'conference.admin.edition.part.signups': { nb: 'Påmeldinger', nn: 'Påmeldingar', en: 'Sign-ups' },
  'conference.admin.edition.settings': { nb: 'Innstillinger', nn: 'Innstillingar', en: 'Settings' },
  'conference.admin.edition.save': { nb: 'Lagre innstillingene', nn: 'Lagre innstillingane', en: 'Save the settings' },
  'conference.admin.edition.saved': {
    nb: 'Innstillingene er lagret.',
    nn: 'Innstillingane er lagra.',
    en: 'The settings have been saved.',
  },
  'conference.admin.partners.title': {
    nb: 'Arrangører og partnere',
    nn: 'Arrangørar og partnarar',
    en: 'Organisers and partners',
  },
  'conference.admin.partners.none': {
    nb: 'Ingen arrangører eller partnere ennå.',
    nn: 'Ingen arrangørar eller partnarar enno.',
    en: 'No organisers or partners yet.',
  },
  'conference.admin.partners.role': { nb: 'Rolle for {name}', nn: 'Rolle for {name}', en: 'Role of {name}' },
  'conference.admin.partners.role.organiser': { nb: 'Arrangør', nn: 'Arrangør', en: 'Organiser' },
  'conference.admin.partners.role.partner': { nb: 'Partner', nn: 'Partnar', en: 'Partner' },
  'conference.admin.partners.remove': { nb: 'Fjern {name}', nn: 'Fjern {name}', en: 'Remove {name}' },
  'conference.admin.partners.hasLogo': {
    nb: 'Har logo. Last opp en ny for å bytte den.',
    nn: 'Har logo. Last opp ein ny for å byte han.',
    en: 'Has a logo. Upload a new one to replace it.',
  },
  'conference.admin.partners.noLogo': { nb: 'Ingen logo ennå.', nn: 'Ingen logo enno.', en: 'No logo yet.' },
  'conference.admin.partners.logoAlt': {
    nb: 'Beskrivelse av logoen til {name}',
    nn: 'Skildring av logoen til {name}',
    en: 'Description of the logo of {name}',
  },
  'conference.admin.partners.logoFile': {
    nb: 'Logo for {name} (JPEG, PNG eller WebP)',
    nn: 'Logo for {name} (JPEG, PNG eller WebP)',
    en: 'Logo of {name} (JPEG, PNG or WebP)',
  },
  'conference.admin.partners.upload': { nb: 'Last opp logo', nn: 'Last opp logo', en: 'Upload logo' },
  'conference.admin.partners.logoSaved': {
    nb: 'Logoen er lastet opp.',
    nn: 'Logoen er lasta opp.',
    en: 'The logo has been uploaded.',
  },
  'conference.admin.partners.saveFirst': {
    nb: 'Lagre lista før du laster opp en logo.',
    nn: 'Lagre lista før du lastar opp ein logo.',
    en: 'Save the list before uploading a logo.',
  },
  'conference.admin.partners.search': {
    nb: 'Søk etter organisasjon å legge til',
    nn: 'Søk etter organisasjon å leggje til',
    en: 'Search for an organisation to add',
  },
  'conference.admin.partners.add': { nb: 'Legg til {name}', nn: 'Legg til {name}', en: 'Add {name}' },
  'conference.admin.partners.save': {
    nb: 'Lagre arrangører og partnere',
    nn: 'Lagre arrangørar og partnarar',
    en: 'Save organisers and partners',
  },
  'conference.admin.partners.saved': {
    nb: 'Arrangører og partnere er lagret.',
    nn: 'Arrangørar og partnarar er lagra.',
    en: 'Organisers and partners have been saved.',
  },
  'conference.admin.moveUp': { nb: 'Flytt {name} opp', nn: 'Flytt {name} opp', en: 'Move {name} up' },
  'conference.admin.moveDown': { nb: 'Flytt {name} ned', nn: 'Flytt {name} ned', en: 'Move {name} down' },
  'conference.admin.edit': { nb: 'Rediger {name}', nn: 'Rediger {name}', en: 'Edit {name}' },
  'conference.admin.delete': { nb: 'Slett {name}', nn: 'Slett {name}', en: 'Delete {name}' },
  'conference.admin.save': { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
});
