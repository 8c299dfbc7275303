import { defineMessages } from '../../define.ts';

/** Data collection's refusals (docs/adr/0025): interviews, consents and notes. */
export const evaluationsSharedCollection = defineMessages({
  'evaluations.interview.codeFormat': {
    nb: 'Koden kan ha bokstaver, tall og bindestrek, høyst 12 tegn.',
    nn: 'Koden kan ha bokstavar, tal og bindestrek, høgst 12 teikn.',
    en: 'The code may have letters, digits and dashes, at most 12 characters.',
  },
  'evaluations.interview.codeTaken': {
    nb: 'Denne koden er allerede brukt i evalueringen. Velg en annen.',
    nn: 'Denne koden er alt brukt i evalueringa. Vel ein annan.',
    en: 'This code is already used in the evaluation. Choose another.',
  },
  'evaluations.interview.participantsGroup': {
    nb: 'Et gruppeintervju har mellom 2 og 12 deltakere.',
    nn: 'Eit gruppeintervju har mellom 2 og 12 deltakarar.',
    en: 'A group interview has between 2 and 12 participants.',
  },
  'evaluations.interview.participantsIndividual': {
    nb: 'Et individuelt intervju har nøyaktig 1 deltaker.',
    nn: 'Eit individuelt intervju har nøyaktig 1 deltakar.',
    en: 'An individual interview has exactly 1 participant.',
  },
  'evaluations.interview.noGuide': {
    nb: 'Evalueringen har ingen intervjuguide ennå. Be lederen lage den først.',
    nn: 'Evalueringa har ingen intervjuguide enno. Be leiaren lage han først.',
    en: 'The evaluation has no interview guide yet. Ask the lead to write it first.',
  },
  'evaluations.consent.noText': {
    nb: 'Samtykketeksten er ikke skrevet ennå. Be lederen skrive den først.',
    nn: 'Samtykketeksten er ikkje skriven enno. Be leiaren skrive han først.',
    en: 'The consent text has not been written yet. Ask the lead to write it first.',
  },
  'evaluations.consent.versionChanged': {
    nb: 'Samtykketeksten er endret mens du hadde siden åpen. Last siden på nytt og les den nye teksten.',
    nn: 'Samtykketeksten er endra medan du hadde sida open. Last sida på nytt og les den nye teksten.',
    en: 'The consent text changed while you had the page open. Reload the page and read the new text.',
  },
  'evaluations.consent.inFuture': {
    nb: 'Tidspunktet for samtykket kan ikke være fram i tid.',
    nn: 'Tidspunktet for samtykket kan ikkje vere fram i tid.',
    en: 'The time of the consent cannot be in the future.',
  },
  'evaluations.note.conflict': {
    nb: 'Noen andre har endret dette notatet. Teksten din er beholdt i feltet – kopier den, og last siden på nytt.',
    nn: 'Nokon andre har endra dette notatet. Teksten din er halden på i feltet – kopier han, og last sida på nytt.',
    en: 'Someone else changed this note. Your text is kept in the box – copy it, then reload the page.',
  },
  'evaluations.note.unknownQuestion': {
    nb: 'Spørsmålet finnes ikke i intervjuguiden dette intervjuet bruker.',
    nn: 'Spørsmålet finst ikkje i intervjuguiden dette intervjuet brukar.',
    en: 'The question is not in the interview guide this interview uses.',
  },
});
