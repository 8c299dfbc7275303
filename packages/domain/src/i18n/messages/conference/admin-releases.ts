import { defineMessages } from '../../define.ts';

/** Releases of a conference programme in the admin app (docs/adr/0023): drafts, preview, publishing. */
export const conferenceAdminReleases = defineMessages({
  'conference.admin.releases.title': { nb: 'Utgivelser', nn: 'Utgivingar', en: 'Releases' },
  'conference.admin.releases.intro': {
    nb: 'Programmet blir offentlig først når du publiserer en utgivelse. En publisert utgivelse fryses, og de som har stjernemerket en sesjon som er flyttet, endret eller avlyst, får beskjed.',
    nn: 'Programmet blir offentleg først når du publiserer ei utgiving. Ei publisert utgiving blir fryst, og dei som har stjernemerkt ein sesjon som er flytt, endra eller avlyst, får melding.',
    en: 'The programme becomes public only when you publish a release. A published release is frozen, and those who starred a session that moved, changed or was cancelled are told.',
  },
  'conference.admin.releases.list': { nb: 'Alle utgivelser', nn: 'Alle utgivingar', en: 'All releases' },
  'conference.admin.releases.empty': {
    nb: 'Ingen utgivelser ennå.',
    nn: 'Ingen utgivingar enno.',
    en: 'No releases yet.',
  },
  'conference.admin.releases.draft': { nb: 'Utkast', nn: 'Utkast', en: 'Draft' },
  'conference.admin.releases.publishedOn': {
    nb: 'Publisert {date} som nr. {sequence}',
    nn: 'Publisert {date} som nr. {sequence}',
    en: 'Published {date} as no. {sequence}',
  },
  'conference.admin.releases.counts': {
    nb: '{added} nye, {cancelled} avlyst, {moved} flyttet, {changed} endret',
    nn: '{added} nye, {cancelled} avlyste, {moved} flytte, {changed} endra',
    en: '{added} new, {cancelled} cancelled, {moved} moved, {changed} changed',
  },
  'conference.admin.releases.new': { nb: 'Ny utgivelse', nn: 'Ny utgiving', en: 'New release' },
  'conference.admin.releases.name': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'conference.admin.releases.nameHelp': {
    nb: 'For eksempel «v2 – endringer 3. okt». Vises i endringsloggen og i programappene.',
    nn: 'Til dømes «v2 – endringar 3. okt». Blir vist i endringsloggen og i programappane.',
    en: 'For example “v2 – changes 3 Oct”. Shown in the change log and in programme apps.',
  },
  'conference.admin.releases.note': {
    nb: 'Merknad (valgfritt)',
    nn: 'Merknad (valfritt)',
    en: 'Note (optional)',
  },
  'conference.admin.releases.create': { nb: 'Lag utkast', nn: 'Lag utkast', en: 'Create draft' },
  'conference.admin.releases.created': {
    nb: 'Utkastet «{name}» er laget.',
    nn: 'Utkastet «{name}» er laga.',
    en: 'The draft “{name}” has been created.',
  },
  'conference.admin.releases.save': { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  'conference.admin.releases.saved': { nb: 'Lagret.', nn: 'Lagra.', en: 'Saved.' },
  'conference.admin.releases.delete': { nb: 'Slett utkastet', nn: 'Slett utkastet', en: 'Delete the draft' },
  'conference.admin.releases.deleteConfirm': {
    nb: 'Slette utkastet «{name}»?',
    nn: 'Slette utkastet «{name}»?',
    en: 'Delete the draft “{name}”?',
  },
  'conference.admin.releases.deleteText': {
    nb: 'Utkastet blir borte. Det er ikke publisert, så ingen har sett det.',
    nn: 'Utkastet blir borte. Det er ikkje publisert, så ingen har sett det.',
    en: 'The draft will be gone. It was never published, so nobody has seen it.',
  },
  'conference.admin.releases.deleted': {
    nb: 'Utkastet er slettet.',
    nn: 'Utkastet er sletta.',
    en: 'The draft has been deleted.',
  },
  'conference.admin.releases.preview': {
    nb: 'Forhåndsvis endringer',
    nn: 'Førehandsvis endringar',
    en: 'Preview changes',
  },
  'conference.admin.releases.previewHeading': {
    nb: 'Dette vil bli publisert',
    nn: 'Dette vil bli publisert',
    en: 'What would be published',
  },
  'conference.admin.releases.previewAgainst': {
    nb: 'Sammenlignet med {release}.',
    nn: 'Samanlikna med {release}.',
    en: 'Compared with {release}.',
  },
  'conference.admin.releases.previewFirst': {
    nb: 'Ingenting er publisert ennå: alle planlagte sesjoner blir nye.',
    nn: 'Ingenting er publisert enno: alle planlagde sesjonar blir nye.',
    en: 'Nothing is published yet: every scheduled session will be new.',
  },
  'conference.admin.releases.previewEmpty': {
    nb: 'Ingen sesjoner er endret siden forrige utgivelse.',
    nn: 'Ingen sesjonar er endra sidan førre utgiving.',
    en: 'No session has changed since the last release.',
  },
  'conference.admin.releases.publish': { nb: 'Publiser', nn: 'Publiser', en: 'Publish' },
  'conference.admin.releases.publishConfirm': {
    nb: 'Publisere «{name}»?',
    nn: 'Publisere «{name}»?',
    en: 'Publish “{name}”?',
  },
  'conference.admin.releases.publishWarning': {
    nb: 'Utgivelsen fryses og varsler sendes til {count} personer.',
    nn: 'Utgivinga blir fryst og varsel blir sende til {count} personar.',
    en: 'The release is frozen and notices are sent to {count} people.',
  },
  'conference.admin.releases.publishWarningOne': {
    nb: 'Utgivelsen fryses og varsel sendes til én person.',
    nn: 'Utgivinga blir fryst og varsel blir sendt til éin person.',
    en: 'The release is frozen and a notice is sent to one person.',
  },
  'conference.admin.releases.counting': {
    nb: 'Teller hvor mange som skal få varsel …',
    nn: 'Tel kor mange som skal få varsel …',
    en: 'Counting who will be told …',
  },
  'conference.admin.releases.published': {
    nb: '«{name}» er publisert.',
    nn: '«{name}» er publisert.',
    en: '“{name}” has been published.',
  },
  'conference.admin.releases.frozen': {
    nb: 'Publisert og fryst: kan ikke endres.',
    nn: 'Publisert og fryst: kan ikkje endrast.',
    en: 'Published and frozen: cannot be changed.',
  },
  'conference.admin.releases.changeLog': {
    nb: 'Den offentlige endringsloggen: {path}',
    nn: 'Den offentlege endringsloggen: {path}',
    en: 'The public change log: {path}',
  },
});
