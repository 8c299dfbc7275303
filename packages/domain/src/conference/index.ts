export * from './paths.ts';
export * from './snapshot.ts';
export * from './schemas.ts';
export { frabJson, trackSlug, type FrabJson, type FrabJsonEvent } from './frab-json.ts';
export { frabXml, escapeXml } from './frab-xml.ts';
export { osloIso, osloDate, sessionUrl, editionDays } from './frab-common.ts';
export * from './colours.ts';
export * from './editing-schemas.ts';
export * from './stars.ts';
