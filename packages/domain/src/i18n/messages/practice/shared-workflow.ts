import { defineMessages } from '../../define.ts';

/**
 * Practice bank strings the server sends, which the apps also use when they check a form
 * before sending it: validation, refused workflow steps, attachment errors, notification
 * e-mails and the Atom feed.
 */
export const practiceSharedWorkflow = defineMessages({
  'practice.validation.chime': {
    nb: 'Velg minst én CHIME-kategori.',
    nn: 'Vel minst éin CHIME-kategori.',
    en: 'Choose at least one CHIME category.',
  },
  'practice.validation.level': {
    nb: 'Velg minst ett nivå.',
    nn: 'Vel minst eitt nivå.',
    en: 'Choose at least one level.',
  },
  'practice.error.state': {
    nb: 'Dette kan ikke gjøres med eksemplet slik det står nå. Last inn siden på nytt.',
    nn: 'Dette kan ikkje gjerast med eksempelet slik det står no. Last inn sida på nytt.',
    en: 'This cannot be done with the example as it stands now. Reload the page.',
  },
  'practice.error.staleDraft': {
    nb: 'Utkastet er endret et annet sted (kanskje i en annen fane). Last inn siden for å se den nyeste versjonen; teksten din er ikke lagret.',
    nn: 'Utkastet er endra ein annan stad (kanskje i ei anna fane). Last inn sida for å sjå den nyaste versjonen; teksten din er ikkje lagra.',
    en: 'The draft was changed elsewhere (perhaps in another tab). Reload to see the latest version; your text was not saved.',
  },
  'practice.error.revisionExists': {
    nb: 'Det finnes allerede en ny versjon under arbeid.',
    nn: 'Det finst allereie ein ny versjon under arbeid.',
    en: 'A new version is already being worked on.',
  },
  // The answer for an archived example's address (HTTP 410): it existed, and was taken down on purpose.
  'practice.error.archived': {
    nb: 'Dette eksemplet er arkivert av organisasjonen som delte det, og vises ikke lenger.',
    nn: 'Dette eksempelet er arkivert av organisasjonen som delte det, og blir ikkje vist lenger.',
    en: 'This example has been archived by its organisation and is no longer shown.',
  },
  'practice.error.ownOrganisation': {
    nb: 'Eksemplet er fra din egen organisasjon.',
    nn: 'Eksempelet er frå din eigen organisasjon.',
    en: 'The example is from your own organisation.',
  },
  'practice.mail.submitted.subject': {
    nb: 'Nytt praksiseksempel til vurdering: {title}',
    nn: 'Nytt praksiseksempel til vurdering: {title}',
    en: 'New practice example to review: {title}',
  },
  'practice.mail.submitted.body': {
    nb: '{organisation} har sendt inn «{title}» til vurdering. Du finner det i vurderingskøen i administrasjonen: {link}',
    nn: '{organisation} har sendt inn «{title}» til vurdering. Du finn det i vurderingskøen i administrasjonen: {link}',
    en: '{organisation} has submitted "{title}" for review. You will find it in the review queue of the admin app: {link}',
  },
  'practice.mail.returned.subject': {
    nb: 'Praksiseksemplet «{title}» er sendt tilbake',
    nn: 'Praksiseksempelet «{title}» er sendt tilbake',
    en: 'The practice example "{title}" was sent back',
  },
  'practice.mail.returned.body': {
    nb: 'Koordinatoren har kommentarer til «{title}»:\n\n{comment}\n\nRett opp og send inn på nytt: {link}',
    nn: 'Koordinatoren har kommentarar til «{title}»:\n\n{comment}\n\nRett opp og send inn på nytt: {link}',
    en: 'The coordinator has comments on "{title}":\n\n{comment}\n\nRevise and submit again: {link}',
  },
  'practice.mail.published.subject': {
    nb: 'Praksiseksemplet «{title}» er publisert',
    nn: 'Praksiseksempelet «{title}» er publisert',
    en: 'The practice example "{title}" is published',
  },
  'practice.mail.published.body': {
    nb: '«{title}» er nå publisert i praksisbanken: {link}',
    nn: '«{title}» er no publisert i praksisbanken: {link}',
    en: '"{title}" is now published in the practice bank: {link}',
  },

  'practice.attachments.error.noFile': {
    nb: 'Velg en fil å laste opp.',
    nn: 'Vel ei fil å laste opp.',
    en: 'Choose a file to upload.',
  },
  'practice.attachments.error.empty': {
    nb: 'Filen er tom.',
    nn: 'Fila er tom.',
    en: 'The file is empty.',
  },
  'practice.attachments.error.unsupported': {
    nb: 'Denne filtypen kan ikke lastes opp. Du kan laste opp bilder (PNG, JPEG, WebP eller GIF) og PDF-filer.',
    nn: 'Denne filtypen kan ikkje lastast opp. Du kan laste opp bilete (PNG, JPEG, WebP eller GIF) og PDF-filer.',
    en: 'This type of file cannot be uploaded. You can upload images (PNG, JPEG, WebP or GIF) and PDF files.',
  },
  'practice.attachments.error.tooLarge': {
    nb: 'Filen er for stor. Bilder kan være høyst {image} MB og PDF-filer høyst {pdf} MB.',
    nn: 'Fila er for stor. Bilete kan vere høgst {image} MB og PDF-filer høgst {pdf} MB.',
    en: 'The file is too large. Images can be at most {image} MB and PDF files at most {pdf} MB.',
  },
  'practice.attachments.error.tooLarge.image': {
    nb: 'Bildet er for stort. Et bilde kan være høyst {max} MB.',
    nn: 'Biletet er for stort. Eit bilete kan vere høgst {max} MB.',
    en: 'The image is too large. An image can be at most {max} MB.',
  },
  'practice.attachments.error.tooLarge.pdf': {
    nb: 'PDF-filen er for stor. En PDF-fil kan være høyst {max} MB.',
    nn: 'PDF-fila er for stor. Ei PDF-fil kan vere høgst {max} MB.',
    en: 'The PDF file is too large. A PDF file can be at most {max} MB.',
  },
  'practice.attachments.error.altTextRequired': {
    nb: 'Skriv en kort beskrivelse av bildet (alternativ tekst), så det også når dem som ikke kan se det.',
    nn: 'Skriv ei kort skildring av biletet (alternativ tekst), så det òg når dei som ikkje kan sjå det.',
    en: 'Write a short description of the image (alternative text), so that it also reaches those who cannot see it.',
  },
  'practice.attachments.error.altTextTooLong': {
    nb: 'Den alternative teksten er for lang (høyst {max} tegn).',
    nn: 'Den alternative teksten er for lang (høgst {max} teikn).',
    en: 'The alternative text is too long (at most {max} characters).',
  },
  'practice.attachments.error.tooMany': {
    nb: 'Et eksempel kan ha høyst {max} vedlegg. Slett et vedlegg før du legger til et nytt.',
    nn: 'Eit eksempel kan ha høgst {max} vedlegg. Slett eit vedlegg før du legg til eit nytt.',
    en: 'An example can have at most {max} attachments. Delete one before adding another.',
  },
  'practice.attachments.error.notEditable': {
    nb: 'Vedlegg kan bare endres mens eksemplet er et utkast eller sendt tilbake. Start en ny versjon for å endre vedleggene.',
    nn: 'Vedlegg kan berre endrast medan eksempelet er eit utkast eller sendt tilbake. Start ein ny versjon for å endre vedlegga.',
    en: 'Attachments can only be changed while the example is a draft or has been returned. Start a new version to change them.',
  },
  'practice.attachments.error.storage': {
    nb: 'Vi fikk ikke lagret filen. Prøv igjen om litt.',
    nn: 'Vi fekk ikkje lagra fila. Prøv igjen om litt.',
    en: 'We could not save the file. Try again in a moment.',
  },
  // The Atom feed of new practice examples (/praksis.atom) is written in bokmål; the others are here for completeness.
  'practice.feed.title': {
    nb: 'Knutepunkt – nye praksiseksempler',
    nn: 'Knutepunkt – nye praksiseksempel',
    en: 'Knutepunkt – new practice examples',
  },
  'practice.feed.subtitle': {
    nb: 'Gode praksiseksempler fra kommuner, brukerorganisasjoner og tjenester i recovery-nettverkene.',
    nn: 'Gode praksiseksempel frå kommunar, brukarorganisasjonar og tenester i recovery-nettverka.',
    en: 'Good practice examples from municipalities, user organisations and services in the recovery networks.',
  },
});
