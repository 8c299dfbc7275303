import { defineMessages } from '../define.ts';

/**
 * Interface strings: the audit log (endringslogg) in the admin app. Every key
 * in bokmål, nynorsk and English. `audit.entity.*` and `audit.action.*` follow
 * AUDIT_ENTITIES and AUDIT_ACTIONS; `audit.field.*` name the recorded fields
 * that are not organisation fields (those use `org.field.*`).
 */
export const audit = defineMessages({
  'audit.title': { nb: 'Endringslogg', nn: 'Endringslogg', en: 'Change log' },
  'audit.intro': {
    nb: 'Alle endringer som er gjort på plattformen, og oppslag i personopplysninger, med de nyeste først. Tidene er norsk tid.',
    nn: 'Alle endringar som er gjorde på plattforma, og oppslag i personopplysningar, med dei nyaste først. Tidene er norsk tid.',
    en: 'Every change made on the platform, and every look-up of personal data, newest first. Times are Norwegian time.',
  },
  'audit.filter.entity': { nb: 'Vis endringer i', nn: 'Vis endringar i', en: 'Show changes to' },
  'audit.filter.all': { nb: 'Alt', nn: 'Alt', en: 'Everything' },
  'audit.filter.apply': { nb: 'Vis', nn: 'Vis', en: 'Show' },
  'audit.filter.actor': {
    nb: 'Viser bare det {name} har gjort.',
    nn: 'Viser berre det {name} har gjort.',
    en: 'Showing only what {name} has done.',
  },
  'audit.filter.actorUnknown': {
    nb: 'Viser bare det én person har gjort.',
    nn: 'Viser berre det éin person har gjort.',
    en: 'Showing only what one person has done.',
  },
  'audit.filter.clearActor': {
    nb: 'Vis alle personers endringer',
    nn: 'Vis endringane til alle',
    en: 'Show everyone’s changes',
  },
  'audit.filter.byActorLabel': {
    nb: 'Vis bare det {name} har gjort',
    nn: 'Vis berre det {name} har gjort',
    en: 'Show only what {name} has done',
  },
  'audit.empty': { nb: 'Ingen endringer å vise.', nn: 'Ingen endringar å vise.', en: 'No changes to show.' },
  'audit.entries': { nb: 'Endringer', nn: 'Endringar', en: 'Changes' },

  'audit.entity.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'audit.entity.network': { nb: 'Nettverk', nn: 'Nettverk', en: 'Network' },
  'audit.entity.networkMember': { nb: 'Medlemskap i nettverk', nn: 'Medlemskap i nettverk', en: 'Network membership' },
  'audit.entity.networkCoordinator': {
    nb: 'Koordinator for nettverk',
    nn: 'Koordinator for nettverk',
    en: 'Network coordinator',
  },
  'audit.entity.membership': {
    nb: 'Tilknytning til organisasjon',
    nn: 'Tilknyting til organisasjon',
    en: 'Link to an organisation',
  },
  'audit.entity.user': { nb: 'Person', nn: 'Person', en: 'Person' },
  'audit.entity.practice': { nb: 'Praksiseksempel', nn: 'Praksiseksempel', en: 'Practice example' },
  'audit.entity.practiceAdoption': {
    nb: 'Organisasjon som bruker et praksiseksempel',
    nn: 'Organisasjon som brukar eit praksiseksempel',
    en: 'Organisation using a practice example',
  },
  'audit.entity.practiceAttachment': {
    nb: 'Vedlegg til praksiseksempel',
    nn: 'Vedlegg til praksiseksempel',
    en: 'Practice example attachment',
  },

  'audit.action.create': { nb: 'Opprettet', nn: 'Oppretta', en: 'Created' },
  'audit.action.update': { nb: 'Endret', nn: 'Endra', en: 'Changed' },
  'audit.action.delete': { nb: 'Slettet', nn: 'Sletta', en: 'Deleted' },
  'audit.action.read': { nb: 'Så på', nn: 'Såg på', en: 'Viewed' },

  'audit.meta.action': { nb: 'Handling', nn: 'Handling', en: 'Action' },
  'audit.meta.actor': { nb: 'Utført av', nn: 'Utført av', en: 'Done by' },
  'audit.meta.time': { nb: 'Tidspunkt', nn: 'Tidspunkt', en: 'Time' },
  'audit.meta.id': { nb: 'Id', nn: 'Id', en: 'Id' },
  'audit.actor.unknown': { nb: 'Ukjent (slettet konto)', nn: 'Ukjend (sletta konto)', en: 'Unknown (deleted account)' },

  'audit.diff.caption': { nb: 'Endrede felt', nn: 'Endra felt', en: 'Changed fields' },
  'audit.diff.captionCreated': {
    nb: 'Innhold da det ble opprettet',
    nn: 'Innhald då det vart oppretta',
    en: 'Content when created',
  },
  'audit.diff.captionDeleted': {
    nb: 'Innhold da det ble slettet',
    nn: 'Innhald då det vart sletta',
    en: 'Content when deleted',
  },
  'audit.diff.field': { nb: 'Felt', nn: 'Felt', en: 'Field' },
  'audit.diff.before': { nb: 'Før', nn: 'Før', en: 'Before' },
  'audit.diff.after': { nb: 'Etter', nn: 'Etter', en: 'After' },
  'audit.diff.value': { nb: 'Verdi', nn: 'Verdi', en: 'Value' },
  'audit.diff.empty': { nb: '(tomt)', nn: '(tomt)', en: '(empty)' },
  'audit.diff.none': { nb: 'Ingen felt ble endret.', nn: 'Ingen felt vart endra.', en: 'No fields were changed.' },
  'audit.read.text': {
    nb: 'Personopplysningene ble vist i administrasjonen.',
    nn: 'Personopplysningane vart viste i administrasjonen.',
    en: 'The personal data was viewed in the administration.',
  },

  'audit.field.isAdmin': { nb: 'Administrator', nn: 'Administrator', en: 'Administrator' },
  'audit.field.disabledAt': { nb: 'Deaktivert', nn: 'Deaktivert', en: 'Disabled' },
  'audit.field.locale': { nb: 'Språk', nn: 'Språk', en: 'Language' },
  'audit.field.role': { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
  'audit.field.status': { nb: 'Status', nn: 'Status', en: 'Status' },
  'audit.field.note': { nb: 'Melding', nn: 'Melding', en: 'Message' },
  'audit.field.requestedAt': { nb: 'Spurt', nn: 'Spurt', en: 'Requested' },
  'audit.field.decidedAt': { nb: 'Avgjort', nn: 'Avgjort', en: 'Decided' },
  'audit.field.decidedById': { nb: 'Avgjort av (id)', nn: 'Avgjort av (id)', en: 'Decided by (id)' },
  'audit.field.userId': { nb: 'Person (id)', nn: 'Person (id)', en: 'Person (id)' },
  'audit.field.organisationId': { nb: 'Organisasjon (id)', nn: 'Organisasjon (id)', en: 'Organisation (id)' },
  'audit.field.networkId': { nb: 'Nettverk (id)', nn: 'Nettverk (id)', en: 'Network (id)' },
  'audit.field.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'audit.field.user': { nb: 'Person', nn: 'Person', en: 'Person' },
  'audit.field.counties': { nb: 'Fylker', nn: 'Fylke', en: 'Counties' },
});
