import { defineMessages } from '../../define.ts';

/** Organisations: their types and the names of their fields, in both apps. */
export const organisationsShared = defineMessages({
  'organisations.type.MUNICIPALITY': { nb: 'Kommune', nn: 'Kommune', en: 'Municipality' },
  'organisations.type.SPECIALIST_SERVICE': {
    nb: 'Spesialisthelsetjeneste',
    nn: 'Spesialisthelseteneste',
    en: 'Specialist health service',
  },
  'organisations.type.USER_ORGANISATION': {
    nb: 'Brukerorganisasjon',
    nn: 'Brukarorganisasjon',
    en: 'User organisation',
  },
  'organisations.type.NEXT_OF_KIN_ORGANISATION': {
    nb: 'Pårørendeorganisasjon',
    nn: 'Pårørandeorganisasjon',
    en: 'Next-of-kin organisation',
  },
  'organisations.type.USER_LED_CENTRE': { nb: 'Brukerstyrt senter', nn: 'Brukarstyrt senter', en: 'User-led centre' },
  'organisations.type.COMPETENCE_CENTRE': { nb: 'Kompetansesenter', nn: 'Kompetansesenter', en: 'Competence centre' },
  'organisations.type.OTHER': { nb: 'Annet', nn: 'Anna', en: 'Other' },
  'organisations.field.name': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'organisations.field.slug': {
    nb: 'Kortnavn i nettadressen',
    nn: 'Kortnamn i nettadressa',
    en: 'Short name in the web address',
  },
  'organisations.field.type': { nb: 'Type organisasjon', nn: 'Type organisasjon', en: 'Type of organisation' },
  'organisations.field.description': { nb: 'Beskrivelse', nn: 'Skildring', en: 'Description' },
  'organisations.field.email': { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
  'organisations.field.phone': { nb: 'Telefon', nn: 'Telefon', en: 'Phone' },
  'organisations.field.website': { nb: 'Nettside', nn: 'Nettstad', en: 'Website' },
  'organisations.field.municipality': { nb: 'Kommune (sted)', nn: 'Kommune (stad)', en: 'Municipality (place)' },
  'organisations.field.county': { nb: 'Fylke', nn: 'Fylke', en: 'County' },
  'organisations.field.language': {
    nb: 'Språk i beskrivelsen',
    nn: 'Språk i skildringa',
    en: 'Language of the description',
  },
  'organisations.field.languageHint': {
    nb: 'Teksten vises slik den er skrevet. Velg språket du skrev den på, så skjermlesere uttaler den riktig.',
    nn: 'Teksten blir vist slik han er skriven. Vel språket du skreiv han på, så skjermlesarar uttaler han rett.',
    en: 'The text is shown as written. Choose the language you wrote it in, so screen readers pronounce it right.',
  },
  'organisations.field.networks': { nb: 'Nettverk', nn: 'Nettverk', en: 'Networks' },
});
