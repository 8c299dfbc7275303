import { defineMessages } from '../../define.ts';

/**
 * The practice bank in the admin app: menu and dashboard, the review queue, published
 * examples and the version history. Tag and state labels live in shared.ts.
 */
export const practiceAdmin = defineMessages({
  // ---------- menu and dashboard ----------
  'practice.admin.nav.queue': { nb: 'Til vurdering', nn: 'Til vurdering', en: 'For review' },
  'practice.admin.nav.examples': { nb: 'Praksiseksempler', nn: 'Praksiseksempel', en: 'Practice examples' },
  'practice.admin.dashboard.heading': { nb: 'Praksiseksempler', nn: 'Praksiseksempel', en: 'Practice examples' },
  'practice.admin.dashboard.waiting': {
    nb: 'Venter på vurdering: {count}',
    nn: 'Ventar på vurdering: {count}',
    en: 'Waiting for review: {count}',
  },
  'practice.admin.dashboard.unknown': {
    nb: 'Venter på vurdering: kunne ikke hentes',
    nn: 'Ventar på vurdering: kunne ikkje hentast',
    en: 'Waiting for review: could not be loaded',
  },
  'practice.admin.dashboard.toQueue': {
    nb: 'Gå til vurderingskøen',
    nn: 'Gå til vurderingskøen',
    en: 'Go to the review queue',
  },
  'practice.admin.dashboard.toExamples': {
    nb: 'Se publiserte praksiseksempler',
    nn: 'Sjå publiserte praksiseksempel',
    en: 'See published practice examples',
  },

  // ---------- review queue ----------
  'practice.admin.queue.title': {
    nb: 'Praksiseksempler til vurdering',
    nn: 'Praksiseksempel til vurdering',
    en: 'Practice examples for review',
  },
  'practice.admin.queue.intro': {
    nb: 'Eksempler som organisasjonene i nettverkene dine har sendt inn. Les gjennom, og publiser eller send tilbake med en kommentar.',
    nn: 'Eksempel som organisasjonane i nettverka dine har sendt inn. Les gjennom, og publiser eller send tilbake med ein kommentar.',
    en: 'Examples submitted by the organisations in your networks. Read them through, then publish or send back with a comment.',
  },
  'practice.admin.queue.introAdmin': {
    nb: 'Eksempler som er sendt inn i alle nettverk. Les gjennom, og publiser eller send tilbake med en kommentar.',
    nn: 'Eksempel som er sende inn i alle nettverk. Les gjennom, og publiser eller send tilbake med ein kommentar.',
    en: 'Examples submitted in all networks. Read them through, then publish or send back with a comment.',
  },
  'practice.admin.queue.caption': {
    nb: 'Eksempler som venter på vurdering',
    nn: 'Eksempel som ventar på vurdering',
    en: 'Examples waiting for review',
  },
  'practice.admin.queue.empty': {
    nb: 'Ingen eksempler venter på vurdering.',
    nn: 'Ingen eksempel ventar på vurdering.',
    en: 'No examples are waiting for review.',
  },
  'practice.admin.queue.count': {
    nb: 'Venter på vurdering: {count}',
    nn: 'Ventar på vurdering: {count}',
    en: 'Waiting for review: {count}',
  },
  'practice.admin.queue.col.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'practice.admin.queue.col.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'practice.admin.queue.col.submitted': { nb: 'Sendt inn', nn: 'Sendt inn', en: 'Submitted' },
  'practice.admin.queue.col.kind': { nb: 'Hva slags', nn: 'Kva slag', en: 'Kind' },
  'practice.admin.queue.kind.new': { nb: 'Nytt eksempel', nn: 'Nytt eksempel', en: 'New example' },
  'practice.admin.queue.kind.revision': {
    nb: 'Ny versjon av et publisert eksempel',
    nn: 'Ny versjon av eit publisert eksempel',
    en: 'New version of a published example',
  },
  'practice.admin.queue.filter.label': { nb: 'Velg nettverk', nn: 'Vel nettverk', en: 'Choose a network' },
  'practice.admin.queue.filter.network': { nb: 'Nettverk', nn: 'Nettverk', en: 'Network' },
  'practice.admin.queue.filter.all': { nb: 'Alle nettverk', nn: 'Alle nettverk', en: 'All networks' },
  'practice.admin.queue.filter.apply': { nb: 'Vis eksemplene', nn: 'Vis eksempla', en: 'Show the examples' },

  // ---------- published examples ----------
  'practice.admin.examples.title': { nb: 'Praksiseksempler', nn: 'Praksiseksempel', en: 'Practice examples' },
  'practice.admin.examples.intro': {
    nb: 'Publiserte eksempler fra organisasjonene i nettverkene dine. Du kan fremheve eksempler i praksisbanken og arkivere dem som ikke lenger er aktuelle.',
    nn: 'Publiserte eksempel frå organisasjonane i nettverka dine. Du kan framheve eksempel i praksisbanken og arkivere dei som ikkje lenger er aktuelle.',
    en: 'Published examples from the organisations in your networks. You can feature examples in the practice bank and archive those that are no longer relevant.',
  },
  'practice.admin.examples.introAdmin': {
    nb: 'Publiserte eksempler fra alle organisasjoner. Du kan fremheve eksempler i praksisbanken og arkivere dem som ikke lenger er aktuelle.',
    nn: 'Publiserte eksempel frå alle organisasjonar. Du kan framheve eksempel i praksisbanken og arkivere dei som ikkje lenger er aktuelle.',
    en: 'Published examples from all organisations. You can feature examples in the practice bank and archive those that are no longer relevant.',
  },
  'practice.admin.examples.caption': {
    nb: 'Publiserte praksiseksempler',
    nn: 'Publiserte praksiseksempel',
    en: 'Published practice examples',
  },
  'practice.admin.examples.empty': {
    nb: 'Ingen eksempler fra nettverkene dine er publisert ennå.',
    nn: 'Ingen eksempel frå nettverka dine er publiserte enno.',
    en: 'No examples from your networks have been published yet.',
  },
  'practice.admin.examples.col.lastPublished': { nb: 'Sist publisert', nn: 'Sist publisert', en: 'Last published' },
  'practice.admin.examples.col.status': { nb: 'Status', nn: 'Status', en: 'Status' },
  'practice.admin.examples.archivedTag': { nb: 'Arkivert', nn: 'Arkivert', en: 'Archived' },
  'practice.admin.examples.publishedTag': { nb: 'I praksisbanken', nn: 'I praksisbanken', en: 'In the practice bank' },
  'practice.admin.examples.address': {
    nb: 'Adresse på nettstedet:',
    nn: 'Adresse på nettstaden:',
    en: 'Address on the website:',
  },
  'practice.admin.examples.featured': { nb: 'Fremhevet', nn: 'Framheva', en: 'Featured' },
  'practice.admin.examples.featuredOn': {
    nb: '«{title}» er fremhevet i praksisbanken.',
    nn: '«{title}» er framheva i praksisbanken.',
    en: '“{title}” is featured in the practice bank.',
  },
  'practice.admin.examples.featuredOff': {
    nb: '«{title}» er ikke lenger fremhevet.',
    nn: '«{title}» er ikkje lenger framheva.',
    en: '“{title}” is no longer featured.',
  },
  'practice.admin.examples.archive': { nb: 'Arkiver', nn: 'Arkiver', en: 'Archive' },
  'practice.admin.examples.restore': { nb: 'Gjenopprett', nn: 'Gjenopprett', en: 'Restore' },
  'practice.admin.examples.archiveTitle': {
    nb: 'Arkivere «{title}»?',
    nn: 'Arkivere «{title}»?',
    en: 'Archive “{title}”?',
  },
  'practice.admin.examples.archiveText': {
    nb: 'Eksemplet blir tatt ut av praksisbanken og vises ikke lenger for leserne. Det slettes ikke, og du kan gjenopprette det senere.',
    nn: 'Eksempelet blir teke ut av praksisbanken og blir ikkje lenger vist for lesarane. Det blir ikkje sletta, og du kan gjenopprette det seinare.',
    en: 'The example is taken out of the practice bank and no longer shown to readers. It is not deleted, and you can restore it later.',
  },
  'practice.admin.examples.archiveConfirm': { nb: 'Ja, arkiver', nn: 'Ja, arkiver', en: 'Yes, archive' },
  'practice.admin.examples.restoreTitle': {
    nb: 'Gjenopprette «{title}»?',
    nn: 'Gjenopprette «{title}»?',
    en: 'Restore “{title}”?',
  },
  'practice.admin.examples.restoreText': {
    nb: 'Eksemplet blir synlig i praksisbanken igjen.',
    nn: 'Eksempelet blir synleg i praksisbanken igjen.',
    en: 'The example becomes visible in the practice bank again.',
  },
  'practice.admin.examples.restoreConfirm': { nb: 'Ja, gjenopprett', nn: 'Ja, gjenopprett', en: 'Yes, restore' },
  'practice.admin.examples.archived': {
    nb: '«{title}» er arkivert.',
    nn: '«{title}» er arkivert.',
    en: '“{title}” has been archived.',
  },
  'practice.admin.examples.restored': {
    nb: '«{title}» er gjenopprettet.',
    nn: '«{title}» er gjenoppretta.',
    en: '“{title}” has been restored.',
  },
  'practice.admin.examples.history': { nb: 'Versjonshistorikk', nn: 'Versjonshistorikk', en: 'Version history' },

  // ---------- version history ----------
  'practice.admin.history.title': {
    nb: 'Versjonshistorikk: {title}',
    nn: 'Versjonshistorikk: {title}',
    en: 'Version history: {title}',
  },
  'practice.admin.history.titlePlain': { nb: 'Versjonshistorikk', nn: 'Versjonshistorikk', en: 'Version history' },
  'practice.admin.history.intro': {
    nb: 'Versjonene av eksemplet som er sendt inn, nyeste først, med kommentarene fra vurderingen.',
    nn: 'Versjonane av eksempelet som er sende inn, nyaste først, med kommentarane frå vurderinga.',
    en: 'The submitted versions of the example, newest first, with the comments from the review.',
  },
  'practice.admin.history.list': { nb: 'Versjoner', nn: 'Versjonar', en: 'Versions' },
  'practice.admin.history.version': { nb: 'Versjon {number}', nn: 'Versjon {number}', en: 'Version {number}' },
  'practice.admin.history.created': { nb: 'Påbegynt', nn: 'Påbyrja', en: 'Started' },
  'practice.admin.history.submitted': { nb: 'Sendt inn', nn: 'Sendt inn', en: 'Submitted' },
  'practice.admin.history.reviewed': { nb: 'Vurdert', nn: 'Vurdert', en: 'Reviewed' },
  'practice.admin.history.published': { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  'practice.admin.history.comments': {
    nb: 'Kommentarer fra vurderingen',
    nn: 'Kommentarar frå vurderinga',
    en: 'Comments from the review',
  },
  'practice.admin.history.review': {
    nb: 'Vurder denne versjonen',
    nn: 'Vurder denne versjonen',
    en: 'Review this version',
  },
  'practice.admin.history.empty': {
    nb: 'Ingen versjoner av eksemplet er sendt inn ennå.',
    nn: 'Ingen versjonar av eksempelet er sende inn enno.',
    en: 'No versions of the example have been submitted yet.',
  },
  'practice.admin.history.back': {
    nb: 'Tilbake til praksiseksemplene',
    nn: 'Tilbake til praksiseksempla',
    en: 'Back to the practice examples',
  },
});
