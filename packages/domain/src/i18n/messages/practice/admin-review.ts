import { defineMessages } from '../../define.ts';

/**
 * The practice bank in the admin app: reviewing one version (the example as readers will see
 * it, what changed, comments, sending back or publishing).
 */
export const practiceAdminReview = defineMessages({
  // ---------- reviewing one version ----------
  'practice.admin.review.title': { nb: 'Vurdering: {title}', nn: 'Vurdering: {title}', en: 'Review: {title}' },
  'practice.admin.review.back': {
    nb: 'Tilbake til vurderingskøen',
    nn: 'Tilbake til vurderingskøen',
    en: 'Back to the review queue',
  },
  'practice.admin.review.about': { nb: 'Om innsendingen', nn: 'Om innsendinga', en: 'About the submission' },
  'practice.admin.review.version': { nb: 'Versjon', nn: 'Versjon', en: 'Version' },
  'practice.admin.review.state': { nb: 'Status', nn: 'Status', en: 'Status' },
  'practice.admin.review.language': {
    nb: 'Språket teksten er skrevet på',
    nn: 'Språket teksten er skriven på',
    en: 'Language of the text',
  },
  'practice.admin.review.history': {
    nb: 'Se versjonshistorikken',
    nn: 'Sjå versjonshistorikken',
    en: 'See the version history',
  },
  'practice.admin.review.publicPage': {
    nb: 'Se versjonen som er publisert nå, på nettstedet',
    nn: 'Sjå versjonen som er publisert no, på nettstaden',
    en: 'See the version published now, on the website',
  },
  'practice.admin.review.archived': {
    nb: 'Eksemplet er arkivert og vises ikke i praksisbanken.',
    nn: 'Eksempelet er arkivert og blir ikkje vist i praksisbanken.',
    en: 'The example is archived and not shown in the practice bank.',
  },
  'practice.admin.review.preview': {
    nb: 'Slik vil leserne se eksemplet',
    nn: 'Slik vil lesarane sjå eksempelet',
    en: 'How readers will see the example',
  },
  'practice.admin.review.notInReview': {
    nb: 'Denne versjonen er ikke til vurdering lenger. Status nå: {state}.',
    nn: 'Denne versjonen er ikkje til vurdering lenger. Status no: {state}.',
    en: 'This version is no longer in review. Status now: {state}.',
  },
  'practice.admin.review.conflict': {
    nb: 'Noen andre har behandlet eksemplet før deg, eller redaktørene har trukket det tilbake. Siden viser nå hvordan det står.',
    nn: 'Nokon andre har handsama eksempelet før deg, eller redaktørane har trekt det tilbake. Sida viser no korleis det står.',
    en: 'Someone else dealt with the example before you, or the editors withdrew it. The page now shows where it stands.',
  },

  // ---------- the example as readers see it ----------
  'practice.admin.field.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'practice.admin.field.language': { nb: 'Språk', nn: 'Språk', en: 'Language' },
  'practice.admin.field.contactName': {
    nb: 'Kontaktperson: navn',
    nn: 'Kontaktperson: namn',
    en: 'Contact person: name',
  },
  'practice.admin.field.contactRole': {
    nb: 'Kontaktperson: rolle',
    nn: 'Kontaktperson: rolle',
    en: 'Contact person: role',
  },
  'practice.admin.field.contactEmail': {
    nb: 'Kontaktperson: e-post',
    nn: 'Kontaktperson: e-post',
    en: 'Contact person: e-mail',
  },
  'practice.admin.field.ongoing': { nb: 'Pågår fortsatt', nn: 'Held fram', en: 'Still running' },
  'practice.admin.ongoing.yes': {
    nb: 'Tiltaket pågår fortsatt.',
    nn: 'Tiltaket held fram.',
    en: 'The practice is still running.',
  },
  'practice.admin.ongoing.no': {
    nb: 'Tiltaket er avsluttet.',
    nn: 'Tiltaket er avslutta.',
    en: 'The practice has ended.',
  },
  'practice.admin.tags.heading': { nb: 'Merking', nn: 'Merking', en: 'Tags' },
  'practice.admin.tags.chime': { nb: 'CHIME', nn: 'CHIME', en: 'CHIME' },
  'practice.admin.tags.chimeSubthemes': { nb: 'CHIME-undertemaer', nn: 'CHIME-undertema', en: 'CHIME sub-themes' },
  'practice.admin.tags.levels': { nb: 'Nivå', nn: 'Nivå', en: 'Level' },
  'practice.admin.tags.targetGroups': { nb: 'Målgrupper', nn: 'Målgrupper', en: 'Target groups' },
  'practice.admin.tags.themes': { nb: 'Temaer', nn: 'Tema', en: 'Themes' },
  'practice.admin.tags.none': { nb: 'Ingen', nn: 'Ingen', en: 'None' },
  'practice.admin.contact.email': { nb: 'E-post: {email}', nn: 'E-post: {email}', en: 'E-mail: {email}' },

  // ---------- what changed ----------
  'practice.admin.diff.heading': { nb: 'Hva er endret', nn: 'Kva er endra', en: 'What has changed' },
  'practice.admin.diff.intro': {
    nb: 'Forskjellen fra versjonen som er publisert nå (versjon {number}), bare for feltene som er endret. Teksten vises slik den er skrevet, uten formatering. Ny tekst er understreket, fjernet tekst er gjennomstreket.',
    nn: 'Skilnaden frå versjonen som er publisert no (versjon {number}), berre for felta som er endra. Teksten blir vist slik han er skriven, utan formatering. Ny tekst er understreka, fjerna tekst er gjennomstreka.',
    en: 'The difference from the version published now (version {number}), for the changed fields only. The text is shown as written, without formatting. New text is underlined, removed text is struck through.',
  },
  'practice.admin.diff.none': {
    nb: 'Ingen felt er endret fra versjonen som er publisert nå.',
    nn: 'Ingen felt er endra frå versjonen som er publisert no.',
    en: 'No fields have changed from the version published now.',
  },
  'practice.admin.diff.added': { nb: 'lagt til:', nn: 'lagt til:', en: 'added:' },
  'practice.admin.diff.addedEnd': { nb: 'slutt på tillegg', nn: 'slutt på tillegg', en: 'end of addition' },
  'practice.admin.diff.removed': { nb: 'fjernet:', nn: 'fjerna:', en: 'removed:' },
  'practice.admin.diff.removedEnd': {
    nb: 'slutt på fjernet tekst',
    nn: 'slutt på fjerna tekst',
    en: 'end of removed text',
  },
  'practice.admin.diff.omitted': {
    nb: 'uendret tekst er utelatt',
    nn: 'uendra tekst er utelaten',
    en: 'unchanged text left out',
  },

  // ---------- comments ----------
  'practice.admin.comments.heading': {
    nb: 'Tidligere kommentarer',
    nn: 'Tidlegare kommentarar',
    en: 'Earlier comments',
  },
  'practice.admin.comments.empty': {
    nb: 'Ingen har kommentert denne versjonen ennå.',
    nn: 'Ingen har kommentert denne versjonen enno.',
    en: 'Nobody has commented on this version yet.',
  },
  'practice.admin.comments.list': { nb: 'Kommentarer', nn: 'Kommentarar', en: 'Comments' },
  'practice.admin.comments.by': { nb: 'Skrevet {date}', nn: 'Skrive {date}', en: 'Written {date}' },
  'practice.admin.comments.byName': {
    nb: 'Skrevet av {name} {date}',
    nn: 'Skrive av {name} {date}',
    en: 'Written by {name} {date}',
  },
  'practice.admin.comments.byYou': {
    nb: 'Skrevet av deg {date}',
    nn: 'Skrive av deg {date}',
    en: 'Written by you {date}',
  },

  // ---------- deciding ----------
  'practice.admin.decide.heading': { nb: 'Din vurdering', nn: 'Vurderinga di', en: 'Your review' },
  'practice.admin.return.heading': {
    nb: 'Send tilbake til redaktørene',
    nn: 'Send tilbake til redaktørane',
    en: 'Send back to the editors',
  },
  'practice.admin.return.comment': {
    nb: 'Kommentar til redaktørene',
    nn: 'Kommentar til redaktørane',
    en: 'Comment to the editors',
  },
  'practice.admin.return.commentHint': {
    nb: 'Skriv hva som bør endres før eksemplet kan publiseres. Redaktørene får kommentaren som varsel.',
    nn: 'Skriv kva som bør endrast før eksempelet kan publiserast. Redaktørane får kommentaren som varsel.',
    en: 'Write what should change before the example can be published. The editors receive the comment as a notification.',
  },
  'practice.admin.return.submit': {
    nb: 'Send tilbake med kommentar',
    nn: 'Send tilbake med kommentar',
    en: 'Send back with comment',
  },
  'practice.admin.return.required': {
    nb: 'Skriv en kommentar, så redaktørene vet hva de skal endre.',
    nn: 'Skriv ein kommentar, så redaktørane veit kva dei skal endre.',
    en: 'Write a comment, so the editors know what to change.',
  },
  'practice.admin.return.done': {
    nb: '«{title}» er sendt tilbake til redaktørene med kommentaren din.',
    nn: '«{title}» er send tilbake til redaktørane med kommentaren din.',
    en: '“{title}” has been sent back to the editors with your comment.',
  },
  'practice.admin.publish.heading': { nb: 'Publiser eksemplet', nn: 'Publiser eksempelet', en: 'Publish the example' },
  'practice.admin.publish.comment': {
    nb: 'Kommentar (valgfritt)',
    nn: 'Kommentar (valfritt)',
    en: 'Comment (optional)',
  },
  'practice.admin.publish.commentHint': {
    nb: 'Lagres med versjonen og vises i versjonshistorikken.',
    nn: 'Blir lagra med versjonen og vist i versjonshistorikken.',
    en: 'Saved with the version and shown in the version history.',
  },
  'practice.admin.publish.submit': { nb: 'Publiser', nn: 'Publiser', en: 'Publish' },
  'practice.admin.publish.confirmTitle': {
    nb: 'Publisere «{title}»?',
    nn: 'Publisere «{title}»?',
    en: 'Publish “{title}”?',
  },
  'practice.admin.publish.confirmNew': {
    nb: 'Eksemplet blir synlig for alle i praksisbanken, og redaktørene får beskjed.',
    nn: 'Eksempelet blir synleg for alle i praksisbanken, og redaktørane får melding.',
    en: 'The example becomes visible to everyone in the practice bank, and the editors are notified.',
  },
  'practice.admin.publish.confirmRevision': {
    nb: 'Denne versjonen erstatter den som er publisert nå, og redaktørene får beskjed.',
    nn: 'Denne versjonen erstattar den som er publisert no, og redaktørane får melding.',
    en: 'This version replaces the one published now, and the editors are notified.',
  },
  'practice.admin.publish.confirm': { nb: 'Ja, publiser', nn: 'Ja, publiser', en: 'Yes, publish' },
  'practice.admin.publish.done': {
    nb: '«{title}» er publisert.',
    nn: '«{title}» er publisert.',
    en: '“{title}” has been published.',
  },
});
