/** The kinds of organisation in the recovery field (GLOSSARY.md). */
export const ORGANISATION_TYPES = [
  'MUNICIPALITY',
  'SPECIALIST_SERVICE',
  'USER_ORGANISATION',
  'NEXT_OF_KIN_ORGANISATION',
  'USER_LED_CENTRE',
  'COMPETENCE_CENTRE',
  'OTHER',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/**
 * Norway's counties from 2024, by their official number. Names are proper
 * nouns and read the same in all three interface languages.
 */
export const COUNTIES = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '55': 'Troms',
  '56': 'Finnmark',
} as const;
export type CountyCode = keyof typeof COUNTIES;
export const COUNTY_CODES = Object.keys(COUNTIES) as [CountyCode, ...CountyCode[]];
