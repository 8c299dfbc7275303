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
});
