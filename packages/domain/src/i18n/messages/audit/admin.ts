import { defineMessages } from '../../define.ts';

/**
 * The audit log (endringslogg) in the admin app. `audit.admin.entity.*` and
 * `audit.admin.action.*` follow AUDIT_ENTITIES and AUDIT_ACTIONS; `audit.admin.field.*`
 * name the recorded fields that are not organisation fields (those use `organisations.field.*`).
 */
export const auditAdmin = defineMessages({
  'audit.admin.title': { nb: 'Endringslogg', nn: 'Endringslogg', en: 'Change log' },
  'audit.admin.intro': {
    nb: 'Alle endringer som er gjort på plattformen, og oppslag i personopplysninger, med de nyeste først. Tidene er norsk tid.',
    nn: 'Alle endringar som er gjorde på plattforma, og oppslag i personopplysningar, med dei nyaste først. Tidene er norsk tid.',
    en: 'Every change made on the platform, and every look-up of personal data, newest first. Times are Norwegian time.',
  },
  'audit.admin.filter.entity': { nb: 'Vis endringer i', nn: 'Vis endringar i', en: 'Show changes to' },
  'audit.admin.filter.all': { nb: 'Alt', nn: 'Alt', en: 'Everything' },
  'audit.admin.filter.apply': { nb: 'Vis', nn: 'Vis', en: 'Show' },
  'audit.admin.filter.actor': {
    nb: 'Viser bare det {name} har gjort.',
    nn: 'Viser berre det {name} har gjort.',
    en: 'Showing only what {name} has done.',
  },
  'audit.admin.filter.actorUnknown': {
    nb: 'Viser bare det én person har gjort.',
    nn: 'Viser berre det éin person har gjort.',
    en: 'Showing only what one person has done.',
  },
  'audit.admin.filter.clearActor': {
    nb: 'Vis alle personers endringer',
    nn: 'Vis endringane til alle',
    en: 'Show everyone’s changes',
  },
  'audit.admin.filter.byActorLabel': {
    nb: 'Vis bare det {name} har gjort',
    nn: 'Vis berre det {name} har gjort',
    en: 'Show only what {name} has done',
  },
  'audit.admin.empty': { nb: 'Ingen endringer å vise.', nn: 'Ingen endringar å vise.', en: 'No changes to show.' },
  'audit.admin.entries': { nb: 'Endringer', nn: 'Endringar', en: 'Changes' },

  'audit.admin.entity.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'audit.admin.entity.network': { nb: 'Nettverk', nn: 'Nettverk', en: 'Network' },
  'audit.admin.entity.networkMember': {
    nb: 'Medlemskap i nettverk',
    nn: 'Medlemskap i nettverk',
    en: 'Network membership',
  },
  'audit.admin.entity.networkCoordinator': {
    nb: 'Koordinator for nettverk',
    nn: 'Koordinator for nettverk',
    en: 'Network coordinator',
  },
  'audit.admin.entity.membership': {
    nb: 'Tilknytning til organisasjon',
    nn: 'Tilknyting til organisasjon',
    en: 'Link to an organisation',
  },
  'audit.admin.entity.user': { nb: 'Person', nn: 'Person', en: 'Person' },
  'audit.admin.entity.practice': { nb: 'Praksiseksempel', nn: 'Praksiseksempel', en: 'Practice example' },
  'audit.admin.entity.practiceAdoption': {
    nb: 'Organisasjon som bruker et praksiseksempel',
    nn: 'Organisasjon som brukar eit praksiseksempel',
    en: 'Organisation using a practice example',
  },
  'audit.admin.entity.practiceAttachment': {
    nb: 'Vedlegg til praksiseksempel',
    nn: 'Vedlegg til praksiseksempel',
    en: 'Practice example attachment',
  },
  'audit.admin.entity.outboxMessage': { nb: 'Varsel (e-post)', nn: 'Varsel (e-post)', en: 'Notification (e-mail)' },
  'audit.admin.entity.passwordReset': {
    nb: 'Lenke for nytt passord',
    nn: 'Lenkje for nytt passord',
    en: 'Link for a new password',
  },
  'audit.admin.entity.meeting': { nb: 'Møte', nn: 'Møte', en: 'Meeting' },
  'audit.admin.entity.meetingRegistration': {
    nb: 'Påmelding til møte',
    nn: 'Påmelding til møte',
    en: 'Meeting registration',
  },
  'audit.admin.entity.meetingMinutes': { nb: 'Referat', nn: 'Referat', en: 'Minutes' },
  'audit.admin.entity.minutesAttachment': {
    nb: 'Vedlegg til referat',
    nn: 'Vedlegg til referat',
    en: 'Minutes attachment',
  },
  'audit.admin.entity.actionPoint': { nb: 'Oppfølgingspunkt', nn: 'Oppfølgingspunkt', en: 'Action point' },
  'audit.admin.entity.meetingContribution': {
    nb: 'Innspill til møte',
    nn: 'Innspel til møte',
    en: 'Meeting contribution',
  },
  'audit.admin.entity.calendarFeed': {
    nb: 'Personlig kalenderadresse',
    nn: 'Personleg kalenderadresse',
    en: 'Personal calendar address',
  },
  'audit.admin.entity.conferenceSession': { nb: 'Konferansesesjon', nn: 'Konferansesesjon', en: 'Conference session' },
  'audit.admin.entity.evaluation': { nb: 'Evaluering', nn: 'Evaluering', en: 'Evaluation' },
  'audit.admin.entity.evaluationTeamMember': { nb: 'Evalueringsteam', nn: 'Evalueringsteam', en: 'Evaluation team' },
  'audit.admin.entity.evaluationGuide': { nb: 'Intervjuguide', nn: 'Intervjuguide', en: 'Interview guide' },
  'audit.admin.entity.evaluationInterview': { nb: 'Intervju', nn: 'Intervju', en: 'Interview' },
  'audit.admin.entity.evaluationNote': { nb: 'Intervjunotat', nn: 'Intervjunotat', en: 'Interview note' },
  'audit.admin.entity.evaluationQuestionnaire': { nb: 'Spørreskjema', nn: 'Spørjeskjema', en: 'Questionnaire' },
  'audit.admin.entity.evaluationResponse': { nb: 'Skjemasvar', nn: 'Skjemasvar', en: 'Questionnaire response' },
  'audit.admin.entity.evaluationFinding': { nb: 'Funn', nn: 'Funn', en: 'Finding' },
  'audit.admin.entity.evaluationQuote': { nb: 'Sitat', nn: 'Sitat', en: 'Quote' },
  'audit.admin.entity.evaluationReport': {
    nb: 'Evalueringsrapport',
    nn: 'Evalueringsrapport',
    en: 'Evaluation report',
  },
  'audit.admin.entity.evaluationRecommendation': { nb: 'Anbefaling', nn: 'Tilråding', en: 'Recommendation' },
  'audit.admin.entity.evaluationBreakGlass': { nb: 'Bryt glasset', nn: 'Bryt glaset', en: 'Break the glass' },
  'audit.admin.entity.evaluationDeletion': {
    nb: 'Sletting av rådata',
    nn: 'Sletting av rådata',
    en: 'Raw data deletion',
  },
  'audit.admin.entity.conferenceRelease': {
    nb: 'Utgivelse av konferanseprogram',
    nn: 'Utgiving av konferanseprogram',
    en: 'Conference programme release',
  },
  'audit.admin.entity.conferenceSignup': {
    nb: 'Påmelding til konferansesesjon',
    nn: 'Påmelding til konferansesesjon',
    en: 'Conference session sign-up',
  },
  'audit.admin.entity.conferenceEdition': { nb: 'Konferanse', nn: 'Konferanse', en: 'Conference' },
  'audit.admin.entity.conferenceRoom': { nb: 'Konferanserom', nn: 'Konferanserom', en: 'Conference room' },
  'audit.admin.entity.conferenceTrack': { nb: 'Konferansespor', nn: 'Konferansespor', en: 'Conference track' },
  'audit.admin.entity.conferenceSessionType': {
    nb: 'Sesjonstype',
    nn: 'Sesjonstype',
    en: 'Session type',
  },
  'audit.admin.entity.conferenceImage': {
    nb: 'Bilde til konferanse',
    nn: 'Bilete til konferanse',
    en: 'Conference image',
  },
  'audit.admin.entity.conferenceSpeaker': {
    nb: 'Foredragsholder på konferanse',
    nn: 'Føredragshaldar på konferanse',
    en: 'Conference speaker',
  },

  'audit.admin.action.create': { nb: 'Opprettet', nn: 'Oppretta', en: 'Created' },
  'audit.admin.action.update': { nb: 'Endret', nn: 'Endra', en: 'Changed' },
  'audit.admin.action.delete': { nb: 'Slettet', nn: 'Sletta', en: 'Deleted' },
  'audit.admin.action.read': { nb: 'Så på', nn: 'Såg på', en: 'Viewed' },

  'audit.admin.meta.action': { nb: 'Handling', nn: 'Handling', en: 'Action' },
  'audit.admin.meta.actor': { nb: 'Utført av', nn: 'Utført av', en: 'Done by' },
  'audit.admin.meta.time': { nb: 'Tidspunkt', nn: 'Tidspunkt', en: 'Time' },
  'audit.admin.meta.id': { nb: 'Id', nn: 'Id', en: 'Id' },
  'audit.admin.actor.unknown': {
    nb: 'Ukjent (slettet konto)',
    nn: 'Ukjend (sletta konto)',
    en: 'Unknown (deleted account)',
  },

  'audit.admin.diff.caption': { nb: 'Endrede felt', nn: 'Endra felt', en: 'Changed fields' },
  'audit.admin.diff.captionCreated': {
    nb: 'Innhold da det ble opprettet',
    nn: 'Innhald då det vart oppretta',
    en: 'Content when created',
  },
  'audit.admin.diff.captionDeleted': {
    nb: 'Innhold da det ble slettet',
    nn: 'Innhald då det vart sletta',
    en: 'Content when deleted',
  },
  'audit.admin.diff.field': { nb: 'Felt', nn: 'Felt', en: 'Field' },
  'audit.admin.diff.before': { nb: 'Før', nn: 'Før', en: 'Before' },
  'audit.admin.diff.after': { nb: 'Etter', nn: 'Etter', en: 'After' },
  'audit.admin.diff.value': { nb: 'Verdi', nn: 'Verdi', en: 'Value' },
  'audit.admin.diff.empty': { nb: '(tomt)', nn: '(tomt)', en: '(empty)' },
  'audit.admin.diff.none': {
    nb: 'Ingen felt ble endret.',
    nn: 'Ingen felt vart endra.',
    en: 'No fields were changed.',
  },
  'audit.admin.read.text': {
    nb: 'Personopplysningene ble vist i administrasjonen.',
    nn: 'Personopplysningane vart viste i administrasjonen.',
    en: 'The personal data was viewed in the administration.',
  },

  'audit.admin.field.isAdmin': { nb: 'Administrator', nn: 'Administrator', en: 'Administrator' },
  'audit.admin.field.disabledAt': { nb: 'Deaktivert', nn: 'Deaktivert', en: 'Disabled' },
  'audit.admin.field.locale': { nb: 'Språk', nn: 'Språk', en: 'Language' },
  'audit.admin.field.role': { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
  'audit.admin.field.status': { nb: 'Status', nn: 'Status', en: 'Status' },
  'audit.admin.field.note': { nb: 'Melding', nn: 'Melding', en: 'Message' },
  'audit.admin.field.requestedAt': { nb: 'Spurt', nn: 'Spurt', en: 'Requested' },
  'audit.admin.field.decidedAt': { nb: 'Avgjort', nn: 'Avgjort', en: 'Decided' },
  'audit.admin.field.decidedById': { nb: 'Avgjort av (id)', nn: 'Avgjort av (id)', en: 'Decided by (id)' },
  'audit.admin.field.userId': { nb: 'Person (id)', nn: 'Person (id)', en: 'Person (id)' },
  'audit.admin.field.organisationId': { nb: 'Organisasjon (id)', nn: 'Organisasjon (id)', en: 'Organisation (id)' },
  'audit.admin.field.networkId': { nb: 'Nettverk (id)', nn: 'Nettverk (id)', en: 'Network (id)' },
  'audit.admin.field.organisation': { nb: 'Organisasjon', nn: 'Organisasjon', en: 'Organisation' },
  'audit.admin.field.user': { nb: 'Person', nn: 'Person', en: 'Person' },
  'audit.admin.field.counties': { nb: 'Fylker', nn: 'Fylke', en: 'Counties' },
});
