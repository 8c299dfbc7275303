import { defineMessages } from '../define.ts';

/** Interface strings: organisations (shared by the web and admin apps). */
export const organisations = defineMessages({
  'org.type.MUNICIPALITY': { nb: 'Kommune', nn: 'Kommune', en: 'Municipality' },
  'org.type.SPECIALIST_SERVICE': { nb: 'Spesialisthelsetjeneste', nn: 'Spesialisthelseteneste', en: 'Specialist health service' },
  'org.type.USER_ORGANISATION': { nb: 'Brukerorganisasjon', nn: 'Brukarorganisasjon', en: 'User organisation' },
  'org.type.NEXT_OF_KIN_ORGANISATION': { nb: 'Pårørendeorganisasjon', nn: 'Pårørandeorganisasjon', en: 'Next-of-kin organisation' },
  'org.type.USER_LED_CENTRE': { nb: 'Brukerstyrt senter', nn: 'Brukarstyrt senter', en: 'User-led centre' },
  'org.type.COMPETENCE_CENTRE': { nb: 'Kompetansesenter', nn: 'Kompetansesenter', en: 'Competence centre' },
  'org.type.OTHER': { nb: 'Annet', nn: 'Anna', en: 'Other' },
  'org.field.name': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'org.field.slug': { nb: 'Kortnavn i nettadressen', nn: 'Kortnamn i nettadressa', en: 'Short name in the web address' },
  'org.field.type': { nb: 'Type organisasjon', nn: 'Type organisasjon', en: 'Type of organisation' },
  'org.field.description': { nb: 'Beskrivelse', nn: 'Skildring', en: 'Description' },
  'org.field.email': { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
  'org.field.phone': { nb: 'Telefon', nn: 'Telefon', en: 'Phone' },
  'org.field.website': { nb: 'Nettside', nn: 'Nettstad', en: 'Website' },
  'org.field.municipality': { nb: 'Kommune (sted)', nn: 'Kommune (stad)', en: 'Municipality (place)' },
  'org.field.county': { nb: 'Fylke', nn: 'Fylke', en: 'County' },
  'org.field.networks': { nb: 'Nettverk', nn: 'Nettverk', en: 'Networks' },
});
