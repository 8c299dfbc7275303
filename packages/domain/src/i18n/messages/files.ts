import { defineMessages } from '../define.ts';

/** Uploaded files (attachments of practice examples) and the feeds apps/server serves. */
export const files = defineMessages({
  'files.error.noFile': {
    nb: 'Velg en fil å laste opp.',
    nn: 'Vel ei fil å laste opp.',
    en: 'Choose a file to upload.',
  },
  'files.error.empty': {
    nb: 'Filen er tom.',
    nn: 'Fila er tom.',
    en: 'The file is empty.',
  },
  'files.error.unsupported': {
    nb: 'Denne filtypen kan ikke lastes opp. Du kan laste opp bilder (PNG, JPEG, WebP eller GIF) og PDF-filer.',
    nn: 'Denne filtypen kan ikkje lastast opp. Du kan laste opp bilete (PNG, JPEG, WebP eller GIF) og PDF-filer.',
    en: 'This type of file cannot be uploaded. You can upload images (PNG, JPEG, WebP or GIF) and PDF files.',
  },
  'files.error.tooLarge': {
    nb: 'Filen er for stor. Bilder kan være høyst {image} MB og PDF-filer høyst {pdf} MB.',
    nn: 'Fila er for stor. Bilete kan vere høgst {image} MB og PDF-filer høgst {pdf} MB.',
    en: 'The file is too large. Images can be at most {image} MB and PDF files at most {pdf} MB.',
  },
  'files.error.tooLarge.image': {
    nb: 'Bildet er for stort. Et bilde kan være høyst {max} MB.',
    nn: 'Biletet er for stort. Eit bilete kan vere høgst {max} MB.',
    en: 'The image is too large. An image can be at most {max} MB.',
  },
  'files.error.tooLarge.pdf': {
    nb: 'PDF-filen er for stor. En PDF-fil kan være høyst {max} MB.',
    nn: 'PDF-fila er for stor. Ei PDF-fil kan vere høgst {max} MB.',
    en: 'The PDF file is too large. A PDF file can be at most {max} MB.',
  },
  'files.error.altTextRequired': {
    nb: 'Skriv en kort beskrivelse av bildet (alternativ tekst), så det også når dem som ikke kan se det.',
    nn: 'Skriv ei kort skildring av biletet (alternativ tekst), så det òg når dei som ikkje kan sjå det.',
    en: 'Write a short description of the image (alternative text), so that it also reaches those who cannot see it.',
  },
  'files.error.altTextTooLong': {
    nb: 'Den alternative teksten er for lang (høyst {max} tegn).',
    nn: 'Den alternative teksten er for lang (høgst {max} teikn).',
    en: 'The alternative text is too long (at most {max} characters).',
  },
  'files.error.tooMany': {
    nb: 'Et eksempel kan ha høyst {max} vedlegg. Slett et vedlegg før du legger til et nytt.',
    nn: 'Eit eksempel kan ha høgst {max} vedlegg. Slett eit vedlegg før du legg til eit nytt.',
    en: 'An example can have at most {max} attachments. Delete one before adding another.',
  },
  'files.error.notEditable': {
    nb: 'Vedlegg kan bare endres mens eksemplet er et utkast eller sendt tilbake. Start en ny versjon for å endre vedleggene.',
    nn: 'Vedlegg kan berre endrast medan eksempelet er eit utkast eller sendt tilbake. Start ein ny versjon for å endre vedlegga.',
    en: 'Attachments can only be changed while the example is a draft or has been returned. Start a new version to change them.',
  },
  'files.error.storage': {
    nb: 'Vi fikk ikke lagret filen. Prøv igjen om litt.',
    nn: 'Vi fekk ikkje lagra fila. Prøv igjen om litt.',
    en: 'We could not save the file. Try again in a moment.',
  },
  'files.hint.types': {
    nb: 'Bilder (PNG, JPEG, WebP, GIF) inntil {image} MB og PDF-filer inntil {pdf} MB, høyst {max} vedlegg.',
    nn: 'Bilete (PNG, JPEG, WebP, GIF) inntil {image} MB og PDF-filer inntil {pdf} MB, høgst {max} vedlegg.',
    en: 'Images (PNG, JPEG, WebP, GIF) up to {image} MB and PDF files up to {pdf} MB, at most {max} attachments.',
  },
  'files.hint.altText': {
    nb: 'Beskriv hva bildet viser, for dem som bruker skjermleser.',
    nn: 'Fortel kva biletet viser, for dei som brukar skjermlesar.',
    en: 'Describe what the image shows, for people who use a screen reader.',
  },
  // The Atom feed of new practice examples (/praksis.atom) is written in bokmål; the others are here for completeness.
  'files.feed.practice.title': {
    nb: 'Knutepunkt – nye praksiseksempler',
    nn: 'Knutepunkt – nye praksiseksempel',
    en: 'Knutepunkt – new practice examples',
  },
  'files.feed.practice.subtitle': {
    nb: 'Gode praksiseksempler fra kommuner, brukerorganisasjoner og tjenester i recovery-nettverkene.',
    nn: 'Gode praksiseksempel frå kommunar, brukarorganisasjonar og tenester i recovery-nettverka.',
    en: 'Good practice examples from municipalities, user organisations and services in the recovery networks.',
  },
});
