import { defineMessages } from '../define.ts';

/** Practice bank: validation, workflow errors and notification e-mails. */
export const practiceWorkflow = defineMessages({
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
});
