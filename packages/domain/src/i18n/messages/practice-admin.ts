import { defineMessages } from '../define.ts';

/**
 * Interface strings: the practice bank in the admin app (review queue,
 * reviewing a version with its changes, published examples, version history)
 * and the outbox of notifications. Tag and state labels live in practice.ts.
 */
export const practiceAdmin = defineMessages({
  // ---------- menu and dashboard ----------
  'practiceAdmin.nav.queue': { nb: 'Til vurdering', nn: 'Til vurdering', en: 'For review' },
  'practiceAdmin.nav.examples': { nb: 'Praksiseksempler', nn: 'Praksiseksempel', en: 'Practice examples' },
  'practiceAdmin.nav.outbox': { nb: 'Varsler', nn: 'Varsel', en: 'Notifications' },
  'practiceAdmin.dashboard.heading': { nb: 'Praksiseksempler', nn: 'Praksiseksempel', en: 'Practice examples' },
  'practiceAdmin.dashboard.waiting': {
    nb: 'Venter på vurdering: {count}',
    nn: 'Ventar på vurdering: {count}',
    en: 'Waiting for review: {count}',
  },
  'practiceAdmin.dashboard.unknown': {
    nb: 'Venter på vurdering: kunne ikke hentes',
    nn: 'Ventar på vurdering: kunne ikkje hentast',
    en: 'Waiting for review: could not be loaded',
  },
  'practiceAdmin.dashboard.toQueue': {
    nb: 'Gå til vurderingskøen',
    nn: 'Gå til vurderingskøen',
    en: 'Go to the review queue',
  },
  'practiceAdmin.dashboard.toExamples': {
    nb: 'Se publiserte praksiseksempler',
    nn: 'Sjå publiserte praksiseksempel',
    en: 'See published practice examples',
  },
  'practiceAdmin.dashboard.toOutbox': { nb: 'Se varslene', nn: 'Sjå varsla', en: 'See the notifications' },

  // ---------- review queue ----------
  'practiceAdmin.queue.title': {
    nb: 'Praksiseksempler til vurdering',
    nn: 'Praksiseksempel til vurdering',
    en: 'Practice examples for review',
  },
  'practiceAdmin.queue.intro': {
    nb: 'Eksempler som organisasjonene i nettverkene dine har sendt inn. Les gjennom, og publiser eller send tilbake med en kommentar.',
    nn: 'Eksempel som organisasjonane i nettverka dine har sendt inn. Les gjennom, og publiser eller send tilbake med ein kommentar.',
    en: 'Examples submitted by the organisations in your networks. Read them through, then publish or send back with a comment.',
  },
  'practiceAdmin.queue.introAdmin': {
    nb: 'Eksempler som er sendt inn i alle nettverk. Les gjennom, og publiser eller send tilbake med en kommentar.',
    nn: 'Eksempel som er sende inn i alle nettverk. Les gjennom, og publiser eller send tilbake med ein kommentar.',
    en: 'Examples submitted in all networks. Read them through, then publish or send back with a comment.',
  },
  'practiceAdmin.queue.caption': {
    nb: 'Eksempler som venter på vurdering',
    nn: 'Eksempel som ventar på vurdering',
    en: 'Examples waiting for review',
  },
  'practiceAdmin.queue.empty': {
    nb: 'Ingen eksempler venter på vurdering.',
    nn: 'Ingen eksempel ventar på vurdering.',
    en: 'No examples are waiting for review.',
  },
  'practiceAdmin.queue.count': {
    nb: 'Venter på vurdering: {count}',
    nn: 'Ventar på vurdering: {count}',
    en: 'Waiting for review: {count}',
  },
  'practiceAdmin.queue.col.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'practiceAdmin.queue.col.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'practiceAdmin.queue.col.submitted': { nb: 'Sendt inn', nn: 'Sendt inn', en: 'Submitted' },
  'practiceAdmin.queue.col.kind': { nb: 'Hva slags', nn: 'Kva slag', en: 'Kind' },
  'practiceAdmin.queue.kind.new': { nb: 'Nytt eksempel', nn: 'Nytt eksempel', en: 'New example' },
  'practiceAdmin.queue.kind.revision': {
    nb: 'Ny versjon av et publisert eksempel',
    nn: 'Ny versjon av eit publisert eksempel',
    en: 'New version of a published example',
  },
  'practiceAdmin.queue.filter.label': { nb: 'Velg nettverk', nn: 'Vel nettverk', en: 'Choose a network' },
  'practiceAdmin.queue.filter.network': { nb: 'Nettverk', nn: 'Nettverk', en: 'Network' },
  'practiceAdmin.queue.filter.all': { nb: 'Alle nettverk', nn: 'Alle nettverk', en: 'All networks' },
  'practiceAdmin.queue.filter.apply': { nb: 'Vis eksemplene', nn: 'Vis eksempla', en: 'Show the examples' },

  // ---------- reviewing one version ----------
  'practiceAdmin.review.title': { nb: 'Vurdering: {title}', nn: 'Vurdering: {title}', en: 'Review: {title}' },
  'practiceAdmin.review.back': {
    nb: 'Tilbake til vurderingskøen',
    nn: 'Tilbake til vurderingskøen',
    en: 'Back to the review queue',
  },
  'practiceAdmin.review.about': { nb: 'Om innsendingen', nn: 'Om innsendinga', en: 'About the submission' },
  'practiceAdmin.review.version': { nb: 'Versjon', nn: 'Versjon', en: 'Version' },
  'practiceAdmin.review.state': { nb: 'Status', nn: 'Status', en: 'Status' },
  'practiceAdmin.review.language': {
    nb: 'Språket teksten er skrevet på',
    nn: 'Språket teksten er skriven på',
    en: 'Language of the text',
  },
  'practiceAdmin.review.history': {
    nb: 'Se versjonshistorikken',
    nn: 'Sjå versjonshistorikken',
    en: 'See the version history',
  },
  'practiceAdmin.review.publicPage': {
    nb: 'Se versjonen som er publisert nå, på nettstedet',
    nn: 'Sjå versjonen som er publisert no, på nettstaden',
    en: 'See the version published now, on the website',
  },
  'practiceAdmin.review.archived': {
    nb: 'Eksemplet er arkivert og vises ikke i praksisbanken.',
    nn: 'Eksempelet er arkivert og blir ikkje vist i praksisbanken.',
    en: 'The example is archived and not shown in the practice bank.',
  },
  'practiceAdmin.review.preview': {
    nb: 'Slik vil leserne se eksemplet',
    nn: 'Slik vil lesarane sjå eksempelet',
    en: 'How readers will see the example',
  },
  'practiceAdmin.review.notInReview': {
    nb: 'Denne versjonen er ikke til vurdering lenger. Status nå: {state}.',
    nn: 'Denne versjonen er ikkje til vurdering lenger. Status no: {state}.',
    en: 'This version is no longer in review. Status now: {state}.',
  },
  'practiceAdmin.review.conflict': {
    nb: 'Noen andre har behandlet eksemplet før deg, eller redaktørene har trukket det tilbake. Siden viser nå hvordan det står.',
    nn: 'Nokon andre har handsama eksempelet før deg, eller redaktørane har trekt det tilbake. Sida viser no korleis det står.',
    en: 'Someone else dealt with the example before you, or the editors withdrew it. The page now shows where it stands.',
  },

  // ---------- the example as readers see it ----------
  'practiceAdmin.field.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'practiceAdmin.field.language': { nb: 'Språk', nn: 'Språk', en: 'Language' },
  'practiceAdmin.field.contactName': {
    nb: 'Kontaktperson: navn',
    nn: 'Kontaktperson: namn',
    en: 'Contact person: name',
  },
  'practiceAdmin.field.contactRole': {
    nb: 'Kontaktperson: rolle',
    nn: 'Kontaktperson: rolle',
    en: 'Contact person: role',
  },
  'practiceAdmin.field.contactEmail': {
    nb: 'Kontaktperson: e-post',
    nn: 'Kontaktperson: e-post',
    en: 'Contact person: e-mail',
  },
  'practiceAdmin.field.ongoing': { nb: 'Pågår fortsatt', nn: 'Held fram', en: 'Still running' },
  'practiceAdmin.ongoing.yes': {
    nb: 'Tiltaket pågår fortsatt.',
    nn: 'Tiltaket held fram.',
    en: 'The practice is still running.',
  },
  'practiceAdmin.ongoing.no': {
    nb: 'Tiltaket er avsluttet.',
    nn: 'Tiltaket er avslutta.',
    en: 'The practice has ended.',
  },
  'practiceAdmin.tags.heading': { nb: 'Merking', nn: 'Merking', en: 'Tags' },
  'practiceAdmin.tags.chime': { nb: 'CHIME', nn: 'CHIME', en: 'CHIME' },
  'practiceAdmin.tags.chimeSubthemes': { nb: 'CHIME-undertemaer', nn: 'CHIME-undertema', en: 'CHIME sub-themes' },
  'practiceAdmin.tags.levels': { nb: 'Nivå', nn: 'Nivå', en: 'Level' },
  'practiceAdmin.tags.targetGroups': { nb: 'Målgrupper', nn: 'Målgrupper', en: 'Target groups' },
  'practiceAdmin.tags.themes': { nb: 'Temaer', nn: 'Tema', en: 'Themes' },
  'practiceAdmin.tags.none': { nb: 'Ingen', nn: 'Ingen', en: 'None' },
  'practiceAdmin.contact.email': { nb: 'E-post: {email}', nn: 'E-post: {email}', en: 'E-mail: {email}' },

  // ---------- what changed ----------
  'practiceAdmin.diff.heading': { nb: 'Hva er endret', nn: 'Kva er endra', en: 'What has changed' },
  'practiceAdmin.diff.intro': {
    nb: 'Forskjellen fra versjonen som er publisert nå (versjon {number}), bare for feltene som er endret. Teksten vises slik den er skrevet, uten formatering. Ny tekst er understreket, fjernet tekst er gjennomstreket.',
    nn: 'Skilnaden frå versjonen som er publisert no (versjon {number}), berre for felta som er endra. Teksten blir vist slik han er skriven, utan formatering. Ny tekst er understreka, fjerna tekst er gjennomstreka.',
    en: 'The difference from the version published now (version {number}), for the changed fields only. The text is shown as written, without formatting. New text is underlined, removed text is struck through.',
  },
  'practiceAdmin.diff.none': {
    nb: 'Ingen felt er endret fra versjonen som er publisert nå.',
    nn: 'Ingen felt er endra frå versjonen som er publisert no.',
    en: 'No fields have changed from the version published now.',
  },
  'practiceAdmin.diff.added': { nb: 'lagt til:', nn: 'lagt til:', en: 'added:' },
  'practiceAdmin.diff.addedEnd': { nb: 'slutt på tillegg', nn: 'slutt på tillegg', en: 'end of addition' },
  'practiceAdmin.diff.removed': { nb: 'fjernet:', nn: 'fjerna:', en: 'removed:' },
  'practiceAdmin.diff.removedEnd': {
    nb: 'slutt på fjernet tekst',
    nn: 'slutt på fjerna tekst',
    en: 'end of removed text',
  },
  'practiceAdmin.diff.omitted': {
    nb: 'uendret tekst er utelatt',
    nn: 'uendra tekst er utelaten',
    en: 'unchanged text left out',
  },

  // ---------- comments ----------
  'practiceAdmin.comments.heading': {
    nb: 'Tidligere kommentarer',
    nn: 'Tidlegare kommentarar',
    en: 'Earlier comments',
  },
  'practiceAdmin.comments.empty': {
    nb: 'Ingen har kommentert denne versjonen ennå.',
    nn: 'Ingen har kommentert denne versjonen enno.',
    en: 'Nobody has commented on this version yet.',
  },
  'practiceAdmin.comments.list': { nb: 'Kommentarer', nn: 'Kommentarar', en: 'Comments' },
  'practiceAdmin.comments.by': { nb: 'Skrevet {date}', nn: 'Skrive {date}', en: 'Written {date}' },
  'practiceAdmin.comments.byName': {
    nb: 'Skrevet av {name} {date}',
    nn: 'Skrive av {name} {date}',
    en: 'Written by {name} {date}',
  },
  'practiceAdmin.comments.byYou': {
    nb: 'Skrevet av deg {date}',
    nn: 'Skrive av deg {date}',
    en: 'Written by you {date}',
  },

  // ---------- deciding ----------
  'practiceAdmin.decide.heading': { nb: 'Din vurdering', nn: 'Vurderinga di', en: 'Your review' },
  'practiceAdmin.return.heading': {
    nb: 'Send tilbake til redaktørene',
    nn: 'Send tilbake til redaktørane',
    en: 'Send back to the editors',
  },
  'practiceAdmin.return.comment': {
    nb: 'Kommentar til redaktørene',
    nn: 'Kommentar til redaktørane',
    en: 'Comment to the editors',
  },
  'practiceAdmin.return.commentHint': {
    nb: 'Skriv hva som bør endres før eksemplet kan publiseres. Redaktørene får kommentaren som varsel.',
    nn: 'Skriv kva som bør endrast før eksempelet kan publiserast. Redaktørane får kommentaren som varsel.',
    en: 'Write what should change before the example can be published. The editors receive the comment as a notification.',
  },
  'practiceAdmin.return.submit': {
    nb: 'Send tilbake med kommentar',
    nn: 'Send tilbake med kommentar',
    en: 'Send back with comment',
  },
  'practiceAdmin.return.required': {
    nb: 'Skriv en kommentar, så redaktørene vet hva de skal endre.',
    nn: 'Skriv ein kommentar, så redaktørane veit kva dei skal endre.',
    en: 'Write a comment, so the editors know what to change.',
  },
  'practiceAdmin.return.done': {
    nb: '«{title}» er sendt tilbake til redaktørene med kommentaren din.',
    nn: '«{title}» er send tilbake til redaktørane med kommentaren din.',
    en: '“{title}” has been sent back to the editors with your comment.',
  },
  'practiceAdmin.publish.heading': { nb: 'Publiser eksemplet', nn: 'Publiser eksempelet', en: 'Publish the example' },
  'practiceAdmin.publish.comment': {
    nb: 'Kommentar (valgfritt)',
    nn: 'Kommentar (valfritt)',
    en: 'Comment (optional)',
  },
  'practiceAdmin.publish.commentHint': {
    nb: 'Lagres med versjonen og vises i versjonshistorikken.',
    nn: 'Blir lagra med versjonen og vist i versjonshistorikken.',
    en: 'Saved with the version and shown in the version history.',
  },
  'practiceAdmin.publish.submit': { nb: 'Publiser', nn: 'Publiser', en: 'Publish' },
  'practiceAdmin.publish.confirmTitle': {
    nb: 'Publisere «{title}»?',
    nn: 'Publisere «{title}»?',
    en: 'Publish “{title}”?',
  },
  'practiceAdmin.publish.confirmNew': {
    nb: 'Eksemplet blir synlig for alle i praksisbanken, og redaktørene får beskjed.',
    nn: 'Eksempelet blir synleg for alle i praksisbanken, og redaktørane får melding.',
    en: 'The example becomes visible to everyone in the practice bank, and the editors are notified.',
  },
  'practiceAdmin.publish.confirmRevision': {
    nb: 'Denne versjonen erstatter den som er publisert nå, og redaktørene får beskjed.',
    nn: 'Denne versjonen erstattar den som er publisert no, og redaktørane får melding.',
    en: 'This version replaces the one published now, and the editors are notified.',
  },
  'practiceAdmin.publish.confirm': { nb: 'Ja, publiser', nn: 'Ja, publiser', en: 'Yes, publish' },
  'practiceAdmin.publish.done': {
    nb: '«{title}» er publisert.',
    nn: '«{title}» er publisert.',
    en: '“{title}” has been published.',
  },

  // ---------- published examples ----------
  'practiceAdmin.examples.title': { nb: 'Praksiseksempler', nn: 'Praksiseksempel', en: 'Practice examples' },
  'practiceAdmin.examples.intro': {
    nb: 'Publiserte eksempler fra organisasjonene i nettverkene dine. Du kan fremheve eksempler i praksisbanken og arkivere dem som ikke lenger er aktuelle.',
    nn: 'Publiserte eksempel frå organisasjonane i nettverka dine. Du kan framheve eksempel i praksisbanken og arkivere dei som ikkje lenger er aktuelle.',
    en: 'Published examples from the organisations in your networks. You can feature examples in the practice bank and archive those that are no longer relevant.',
  },
  'practiceAdmin.examples.introAdmin': {
    nb: 'Publiserte eksempler fra alle organisasjoner. Du kan fremheve eksempler i praksisbanken og arkivere dem som ikke lenger er aktuelle.',
    nn: 'Publiserte eksempel frå alle organisasjonar. Du kan framheve eksempel i praksisbanken og arkivere dei som ikkje lenger er aktuelle.',
    en: 'Published examples from all organisations. You can feature examples in the practice bank and archive those that are no longer relevant.',
  },
  'practiceAdmin.examples.caption': {
    nb: 'Publiserte praksiseksempler',
    nn: 'Publiserte praksiseksempel',
    en: 'Published practice examples',
  },
  'practiceAdmin.examples.empty': {
    nb: 'Ingen eksempler fra nettverkene dine er publisert ennå.',
    nn: 'Ingen eksempel frå nettverka dine er publiserte enno.',
    en: 'No examples from your networks have been published yet.',
  },
  'practiceAdmin.examples.col.lastPublished': { nb: 'Sist publisert', nn: 'Sist publisert', en: 'Last published' },
  'practiceAdmin.examples.col.status': { nb: 'Status', nn: 'Status', en: 'Status' },
  'practiceAdmin.examples.archivedTag': { nb: 'Arkivert', nn: 'Arkivert', en: 'Archived' },
  'practiceAdmin.examples.publishedTag': { nb: 'I praksisbanken', nn: 'I praksisbanken', en: 'In the practice bank' },
  'practiceAdmin.examples.address': {
    nb: 'Adresse på nettstedet:',
    nn: 'Adresse på nettstaden:',
    en: 'Address on the website:',
  },
  'practiceAdmin.examples.featured': { nb: 'Fremhevet', nn: 'Framheva', en: 'Featured' },
  'practiceAdmin.examples.featuredOn': {
    nb: '«{title}» er fremhevet i praksisbanken.',
    nn: '«{title}» er framheva i praksisbanken.',
    en: '“{title}” is featured in the practice bank.',
  },
  'practiceAdmin.examples.featuredOff': {
    nb: '«{title}» er ikke lenger fremhevet.',
    nn: '«{title}» er ikkje lenger framheva.',
    en: '“{title}” is no longer featured.',
  },
  'practiceAdmin.examples.archive': { nb: 'Arkiver', nn: 'Arkiver', en: 'Archive' },
  'practiceAdmin.examples.restore': { nb: 'Gjenopprett', nn: 'Gjenopprett', en: 'Restore' },
  'practiceAdmin.examples.archiveTitle': {
    nb: 'Arkivere «{title}»?',
    nn: 'Arkivere «{title}»?',
    en: 'Archive “{title}”?',
  },
  'practiceAdmin.examples.archiveText': {
    nb: 'Eksemplet blir tatt ut av praksisbanken og vises ikke lenger for leserne. Det slettes ikke, og du kan gjenopprette det senere.',
    nn: 'Eksempelet blir teke ut av praksisbanken og blir ikkje lenger vist for lesarane. Det blir ikkje sletta, og du kan gjenopprette det seinare.',
    en: 'The example is taken out of the practice bank and no longer shown to readers. It is not deleted, and you can restore it later.',
  },
  'practiceAdmin.examples.archiveConfirm': { nb: 'Ja, arkiver', nn: 'Ja, arkiver', en: 'Yes, archive' },
  'practiceAdmin.examples.restoreTitle': {
    nb: 'Gjenopprette «{title}»?',
    nn: 'Gjenopprette «{title}»?',
    en: 'Restore “{title}”?',
  },
  'practiceAdmin.examples.restoreText': {
    nb: 'Eksemplet blir synlig i praksisbanken igjen.',
    nn: 'Eksempelet blir synleg i praksisbanken igjen.',
    en: 'The example becomes visible in the practice bank again.',
  },
  'practiceAdmin.examples.restoreConfirm': { nb: 'Ja, gjenopprett', nn: 'Ja, gjenopprett', en: 'Yes, restore' },
  'practiceAdmin.examples.archived': {
    nb: '«{title}» er arkivert.',
    nn: '«{title}» er arkivert.',
    en: '“{title}” has been archived.',
  },
  'practiceAdmin.examples.restored': {
    nb: '«{title}» er gjenopprettet.',
    nn: '«{title}» er gjenoppretta.',
    en: '“{title}” has been restored.',
  },
  'practiceAdmin.examples.history': { nb: 'Versjonshistorikk', nn: 'Versjonshistorikk', en: 'Version history' },

  // ---------- version history ----------
  'practiceAdmin.history.title': {
    nb: 'Versjonshistorikk: {title}',
    nn: 'Versjonshistorikk: {title}',
    en: 'Version history: {title}',
  },
  'practiceAdmin.history.titlePlain': { nb: 'Versjonshistorikk', nn: 'Versjonshistorikk', en: 'Version history' },
  'practiceAdmin.history.intro': {
    nb: 'Versjonene av eksemplet som er sendt inn, nyeste først, med kommentarene fra vurderingen.',
    nn: 'Versjonane av eksempelet som er sende inn, nyaste først, med kommentarane frå vurderinga.',
    en: 'The submitted versions of the example, newest first, with the comments from the review.',
  },
  'practiceAdmin.history.list': { nb: 'Versjoner', nn: 'Versjonar', en: 'Versions' },
  'practiceAdmin.history.version': { nb: 'Versjon {number}', nn: 'Versjon {number}', en: 'Version {number}' },
  'practiceAdmin.history.created': { nb: 'Påbegynt', nn: 'Påbyrja', en: 'Started' },
  'practiceAdmin.history.submitted': { nb: 'Sendt inn', nn: 'Sendt inn', en: 'Submitted' },
  'practiceAdmin.history.reviewed': { nb: 'Vurdert', nn: 'Vurdert', en: 'Reviewed' },
  'practiceAdmin.history.published': { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  'practiceAdmin.history.comments': {
    nb: 'Kommentarer fra vurderingen',
    nn: 'Kommentarar frå vurderinga',
    en: 'Comments from the review',
  },
  'practiceAdmin.history.review': {
    nb: 'Vurder denne versjonen',
    nn: 'Vurder denne versjonen',
    en: 'Review this version',
  },
  'practiceAdmin.history.empty': {
    nb: 'Ingen versjoner av eksemplet er sendt inn ennå.',
    nn: 'Ingen versjonar av eksempelet er sende inn enno.',
    en: 'No versions of the example have been submitted yet.',
  },
  'practiceAdmin.history.back': {
    nb: 'Tilbake til praksiseksemplene',
    nn: 'Tilbake til praksiseksempla',
    en: 'Back to the practice examples',
  },

  // ---------- outbox ----------
  'practiceAdmin.outbox.title': { nb: 'Varsler (utboks)', nn: 'Varsel (utboks)', en: 'Notifications (outbox)' },
  'practiceAdmin.outbox.smtp': {
    nb: 'E-post blir ikke sendt før en e-postserver (SMTP) er satt opp, så varslene vises her i stedet.',
    nn: 'E-post blir ikkje send før ein e-posttenar (SMTP) er sett opp, så varsla blir viste her i staden.',
    en: 'E-mail is not sent until an e-mail (SMTP) server is configured, so notifications are shown here instead.',
  },
  'practiceAdmin.outbox.scopeAdmin': {
    nb: 'Som administrator ser du varslene til alle.',
    nn: 'Som administrator ser du varsla til alle.',
    en: 'As an administrator you see everyone’s notifications.',
  },
  'practiceAdmin.outbox.scopeOwn': {
    nb: 'Du ser varslene som er til deg.',
    nn: 'Du ser varsla som er til deg.',
    en: 'You see the notifications addressed to you.',
  },
  'practiceAdmin.outbox.empty': {
    nb: 'Det er ingen varsler her ennå.',
    nn: 'Det er ingen varsel her enno.',
    en: 'There are no notifications here yet.',
  },
  'practiceAdmin.outbox.list': {
    nb: 'Varsler, nyeste først',
    nn: 'Varsel, nyaste først',
    en: 'Notifications, newest first',
  },
  'practiceAdmin.outbox.to': { nb: 'Til', nn: 'Til', en: 'To' },
  'practiceAdmin.outbox.created': { nb: 'Laget', nn: 'Laga', en: 'Created' },
  'practiceAdmin.outbox.kind': { nb: 'Hva slags', nn: 'Kva slag', en: 'Kind' },
  'practiceAdmin.outbox.sent': { nb: 'Sendt', nn: 'Sendt', en: 'Sent' },
  'practiceAdmin.outbox.notSent': { nb: 'Ikke sendt', nn: 'Ikkje sendt', en: 'Not sent' },
  'practiceAdmin.outbox.body': { nb: 'Vis teksten', nn: 'Vis teksten', en: 'Show the text' },
  'practiceAdmin.outbox.page': { nb: 'Side {page}', nn: 'Side {page}', en: 'Page {page}' },
  'practiceAdmin.outbox.kind.practice.submitted': {
    nb: 'Praksiseksempel sendt inn til vurdering',
    nn: 'Praksiseksempel sendt inn til vurdering',
    en: 'Practice example submitted for review',
  },
  'practiceAdmin.outbox.kind.practice.returned': {
    nb: 'Praksiseksempel sendt tilbake',
    nn: 'Praksiseksempel sendt tilbake',
    en: 'Practice example sent back',
  },
  'practiceAdmin.outbox.kind.practice.published': {
    nb: 'Praksiseksempel publisert',
    nn: 'Praksiseksempel publisert',
    en: 'Practice example published',
  },
  'practiceAdmin.outbox.kind.other': { nb: 'Annet varsel', nn: 'Anna varsel', en: 'Other notification' },
});
