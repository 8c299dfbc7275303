import { defineMessages } from '../define.ts';

/** Field-level validation messages; the zod schemas in this package use these keys as their errors. */
export const validation = defineMessages({
  'validation.required': {
    nb: 'Feltet må fylles ut.',
    nn: 'Feltet må fyllast ut.',
    en: 'This field is required.',
  },
  'validation.invalid': {
    nb: 'Verdien er ikke gyldig.',
    nn: 'Verdien er ikkje gyldig.',
    en: 'The value is not valid.',
  },
  'validation.tooLong': {
    nb: 'Teksten er for lang (høyst {max} tegn).',
    nn: 'Teksten er for lang (høgst {max} teikn).',
    en: 'The text is too long (at most {max} characters).',
  },
  'validation.tooShort': {
    nb: 'Teksten er for kort (minst {min} tegn).',
    nn: 'Teksten er for kort (minst {min} teikn).',
    en: 'The text is too short (at least {min} characters).',
  },
  'validation.email': {
    nb: 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.',
    nn: 'Skriv ei gyldig e-postadresse, til dømes namn@kommune.no.',
    en: 'Enter a valid e-mail address, for example name@example.org.',
  },
  'validation.url': {
    nb: 'Skriv en gyldig nettadresse som begynner med https://.',
    nn: 'Skriv ei gyldig nettadresse som byrjar med https://.',
    en: 'Enter a valid web address starting with https://.',
  },
  'validation.password.length': {
    nb: 'Passordet må ha minst 10 tegn.',
    nn: 'Passordet må ha minst 10 teikn.',
    en: 'The password must have at least 10 characters.',
  },
  'validation.password.common': {
    nb: 'Passordet er for lett å gjette. Velg et annet.',
    nn: 'Passordet er for lett å gjette. Vel eit anna.',
    en: 'The password is too easy to guess. Choose another.',
  },
  'validation.slug': {
    nb: 'Bruk bare små bokstaver a–z, tall og bindestrek.',
    nn: 'Bruk berre små bokstavar a–z, tal og bindestrek.',
    en: 'Use only lower-case letters a–z, digits and hyphens.',
  },
  'validation.phone': {
    nb: 'Skriv et gyldig telefonnummer.',
    nn: 'Skriv eit gyldig telefonnummer.',
    en: 'Enter a valid phone number.',
  },
  'validation.choice': {
    nb: 'Velg et av alternativene.',
    nn: 'Vel eitt av alternativa.',
    en: 'Choose one of the options.',
  },
});
