import { defineMessages } from '../../define.ts';

/** The admin app's pages for setting an evaluation up: new, overview, agreement, plan and team (docs/adr/0025). */
export const evaluationsAdminSetupPages = defineMessages({
  'evaluations.admin.setup.list.new': { nb: 'Ny evaluering', nn: 'Ny evaluering', en: 'New evaluation' },
  // New evaluation.
  'evaluations.admin.setup.create.title': { nb: 'Ny evaluering', nn: 'Ny evaluering', en: 'New evaluation' },
  'evaluations.admin.setup.create.intro': {
    nb: 'Du blir leder for evalueringen. Avtale, plan og team fyller du inn etterpå.',
    nn: 'Du blir leiar for evalueringa. Avtale, plan og team fyller du inn etterpå.',
    en: 'You will lead the evaluation. You fill in the agreement, plan and team afterwards.',
  },
  'evaluations.admin.setup.create.submit': {
    nb: 'Opprett evalueringen',
    nn: 'Opprett evalueringa',
    en: 'Create the evaluation',
  },
  'evaluations.admin.setup.create.created': {
    nb: 'Evalueringen er opprettet.',
    nn: 'Evalueringa er oppretta.',
    en: 'The evaluation has been created.',
  },
  'evaluations.admin.setup.field.title': { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  'evaluations.admin.setup.field.language': {
    nb: 'Språk i rapporten',
    nn: 'Språk i rapporten',
    en: 'Language of the report',
  },
  'evaluations.admin.setup.field.networkId': {
    nb: 'Nettverket som gjennomfører evalueringen',
    nn: 'Nettverket som gjennomfører evalueringa',
    en: 'The network carrying out the evaluation',
  },
  'evaluations.admin.setup.field.centreOrganisationId': {
    nb: 'Brukerstyrt senter (valgfritt)',
    nn: 'Brukarstyrt senter (valfritt)',
    en: 'User-led centre (optional)',
  },
  'evaluations.admin.setup.language.nb': { nb: 'Bokmål', nn: 'Bokmål', en: 'Norwegian Bokmål' },
  'evaluations.admin.setup.language.nn': { nb: 'Nynorsk', nn: 'Nynorsk', en: 'Norwegian Nynorsk' },
  'evaluations.admin.setup.language.en': { nb: 'Engelsk', nn: 'Engelsk', en: 'English' },
  // Choosing an organisation of the directory.
  'evaluations.admin.setup.org.search': {
    nb: 'Søk etter organisasjon: {field}',
    nn: 'Søk etter organisasjon: {field}',
    en: 'Search for an organisation: {field}',
  },
  'evaluations.admin.setup.org.none': { nb: 'Ingen valgt', nn: 'Ingen vald', en: 'None chosen' },
  // The overview.
  'evaluations.admin.setup.overview.phases': { nb: 'Faser', nn: 'Fasar', en: 'Phases' },
  'evaluations.admin.setup.overview.current': {
    nb: 'Fasen nå: {phase}',
    nn: 'Fasen no: {phase}',
    en: 'Current phase: {phase}',
  },
  'evaluations.admin.setup.overview.forward': {
    nb: 'Gå videre til: {phase}',
    nn: 'Gå vidare til: {phase}',
    en: 'Move on to: {phase}',
  },
  'evaluations.admin.setup.overview.back': {
    nb: 'Gå tilbake til: {phase}',
    nn: 'Gå tilbake til: {phase}',
    en: 'Go back to: {phase}',
  },
  'evaluations.admin.setup.overview.moved': {
    nb: 'Evalueringen er nå i fasen: {phase}.',
    nn: 'Evalueringa er no i fasen: {phase}.',
    en: 'The evaluation is now in the phase: {phase}.',
  },
  'evaluations.admin.setup.overview.counts': {
    nb: '{interviews} intervjuer, {participants} deltakere hørt, {responses} svar på spørreskjema.',
    nn: '{interviews} intervju, {participants} deltakarar høyrde, {responses} svar på spørjeskjema.',
    en: '{interviews} interviews, {participants} participants heard, {responses} questionnaire responses.',
  },
  'evaluations.admin.setup.overview.facts': { nb: 'Om evalueringen', nn: 'Om evalueringa', en: 'About the evaluation' },
  'evaluations.admin.setup.overview.lead': { nb: 'Leder', nn: 'Leiar', en: 'Lead' },
  'evaluations.admin.setup.overview.network': { nb: 'Nettverk', nn: 'Nettverk', en: 'Network' },
  'evaluations.admin.setup.overview.none': { nb: 'Ikke registrert', nn: 'Ikkje registrert', en: 'Not recorded' },
  // The parts' navigation.
  'evaluations.admin.setup.nav.label': {
    nb: 'Deler av evalueringen',
    nn: 'Delar av evalueringa',
    en: 'Parts of the evaluation',
  },
  'evaluations.admin.setup.nav.evaluation': { nb: 'Oversikt', nn: 'Oversikt', en: 'Overview' },
  'evaluations.admin.setup.nav.agreement': { nb: 'Avtale', nn: 'Avtale', en: 'Agreement' },
  'evaluations.admin.setup.nav.plan': { nb: 'Plan', nn: 'Plan', en: 'Plan' },
  'evaluations.admin.setup.nav.team': { nb: 'Team og opplæring', nn: 'Team og opplæring', en: 'Team and training' },
  'evaluations.admin.setup.nav.guide': { nb: 'Intervjuguide', nn: 'Intervjuguide', en: 'Interview guide' },
  'evaluations.admin.setup.nav.questionnaires': { nb: 'Spørreskjema', nn: 'Spørjeskjema', en: 'Questionnaires' },
  'evaluations.admin.setup.nav.dialogue': {
    nb: 'Funn og dialogmøte',
    nn: 'Funn og dialogmøte',
    en: 'Findings and dialogue meeting',
  },
  'evaluations.admin.setup.nav.report': { nb: 'Rapport', nn: 'Rapport', en: 'Report' },
  'evaluations.admin.setup.nav.followUp': { nb: 'Oppfølging', nn: 'Oppfølging', en: 'Follow-up' },
  'evaluations.admin.setup.nav.privacy': { nb: 'Personvern', nn: 'Personvern', en: 'Privacy' },
  // The agreement.
  'evaluations.admin.setup.agreement.title': { nb: 'Avtale', nn: 'Avtale', en: 'Agreement' },
  'evaluations.admin.setup.agreement.intro': {
    nb: 'Hvem som bestiller evalueringen, hvilken tjeneste som evalueres, formål, problemstillinger, omfang og tidsplan.',
    nn: 'Kven som bestiller evalueringa, kva teneste som blir evaluert, føremål, problemstillingar, omfang og tidsplan.',
    en: 'Who commissions the evaluation, the service evaluated, purpose, questions, scope and timeline.',
  },
  'evaluations.admin.setup.field.commissionerOrganisationId': {
    nb: 'Oppdragsgiver',
    nn: 'Oppdragsgivar',
    en: 'Commissioner',
  },
  'evaluations.admin.setup.field.serviceOrganisationId': {
    nb: 'Tjenesten som evalueres',
    nn: 'Tenesta som blir evaluert',
    en: 'The service evaluated',
  },
  'evaluations.admin.setup.field.purpose': { nb: 'Formål', nn: 'Føremål', en: 'Purpose' },
  'evaluations.admin.setup.field.questions': { nb: 'Problemstillinger', nn: 'Problemstillingar', en: 'Questions' },
  'evaluations.admin.setup.field.scope': { nb: 'Omfang', nn: 'Omfang', en: 'Scope' },
  'evaluations.admin.setup.field.markdownHint': {
    nb: 'Du kan bruke Markdown: **fet**, *kursiv*, lister med -.',
    nn: 'Du kan bruke Markdown: **feit**, *kursiv*, lister med -.',
    en: 'You can use Markdown: **bold**, *italic*, lists with -.',
  },
  'evaluations.admin.setup.field.startsOn': { nb: 'Start', nn: 'Start', en: 'Start' },
  'evaluations.admin.setup.field.endsOn': { nb: 'Slutt', nn: 'Slutt', en: 'End' },
  'evaluations.admin.setup.field.agreementSignedOn': {
    nb: 'Avtalen ble signert',
    nn: 'Avtalen vart signert',
    en: 'Agreement signed on',
  },
  'evaluations.admin.setup.agreement.save': { nb: 'Lagre avtalen', nn: 'Lagre avtalen', en: 'Save the agreement' },
  'evaluations.admin.setup.agreement.saved': {
    nb: 'Avtalen er lagret.',
    nn: 'Avtalen er lagra.',
    en: 'The agreement has been saved.',
  },
  'evaluations.admin.setup.agreement.files': { nb: 'Signert avtale', nn: 'Signert avtale', en: 'Signed agreement' },
  'evaluations.admin.setup.agreement.noFiles': {
    nb: 'Ingen signert avtale er lastet opp.',
    nn: 'Ingen signert avtale er lasta opp.',
    en: 'No signed agreement has been uploaded.',
  },
  'evaluations.admin.setup.agreement.file': {
    nb: 'Fil (PDF eller bilde)',
    nn: 'Fil (PDF eller bilete)',
    en: 'File (PDF or image)',
  },
  'evaluations.admin.setup.agreement.fileAlt': {
    nb: 'Beskrivelse av filen (må fylles ut for bilder)',
    nn: 'Skildring av fila (må fyllast ut for bilete)',
    en: 'Description of the file (required for images)',
  },
  'evaluations.admin.setup.agreement.upload': { nb: 'Last opp', nn: 'Last opp', en: 'Upload' },
  'evaluations.admin.setup.agreement.uploaded': {
    nb: 'Filen er lastet opp.',
    nn: 'Fila er lasta opp.',
    en: 'The file has been uploaded.',
  },
  'evaluations.admin.setup.agreement.download': { nb: 'Last ned {name}', nn: 'Last ned {name}', en: 'Download {name}' },
  'evaluations.admin.setup.agreement.delete': { nb: 'Slett {name}', nn: 'Slett {name}', en: 'Delete {name}' },
  'evaluations.admin.setup.agreement.deleteConfirm': {
    nb: 'Slette {name}? Filen kan ikke hentes tilbake.',
    nn: 'Slette {name}? Fila kan ikkje hentast tilbake.',
    en: 'Delete {name}? The file cannot be brought back.',
  },
  'evaluations.admin.setup.agreement.deleted': {
    nb: 'Filen er slettet.',
    nn: 'Fila er sletta.',
    en: 'The file has been deleted.',
  },
  // The plan.
  'evaluations.admin.setup.plan.title': { nb: 'Plan', nn: 'Plan', en: 'Plan' },
  'evaluations.admin.setup.plan.intro': {
    nb: 'Metoder, målgrupper og planlagte antall. Her lagres bare antall, aldri lister over hvem som skal spørres.',
    nn: 'Metodar, målgrupper og planlagde tal. Her blir berre tal lagra, aldri lister over kven som skal spørjast.',
    en: 'Methods, target groups and planned numbers. Only numbers are kept here, never lists of whom to ask.',
  },
  'evaluations.admin.setup.field.methods': { nb: 'Metoder', nn: 'Metodar', en: 'Methods' },
  'evaluations.admin.setup.field.targetGroups': { nb: 'Målgrupper', nn: 'Målgrupper', en: 'Target groups' },
  'evaluations.admin.setup.field.plannedGroupInterviews': {
    nb: 'Planlagte gruppeintervjuer',
    nn: 'Planlagde gruppeintervju',
    en: 'Planned group interviews',
  },
  'evaluations.admin.setup.field.plannedIndividualInterviews': {
    nb: 'Planlagte individuelle intervjuer',
    nn: 'Planlagde individuelle intervju',
    en: 'Planned individual interviews',
  },
  'evaluations.admin.setup.field.plannedParticipants': {
    nb: 'Planlagt antall deltakere',
    nn: 'Planlagt tal på deltakarar',
    en: 'Planned participants',
  },
  'evaluations.admin.setup.field.plannedQuestionnaireResponses': {
    nb: 'Planlagt antall svar på spørreskjema',
    nn: 'Planlagt tal på svar på spørjeskjema',
    en: 'Planned questionnaire responses',
  },
  'evaluations.admin.setup.field.retentionMonths': {
    nb: 'Lagringstid for rådata (måneder)',
    nn: 'Lagringstid for rådata (månader)',
    en: 'Raw-data retention (months)',
  },
  'evaluations.admin.setup.field.retentionHint': {
    nb: 'Hvor lenge notater, svar og samtykker beholdes etter at rapporten er publisert. Vanlig er 6.',
    nn: 'Kor lenge notat, svar og samtykke blir haldne etter at rapporten er publisert. Vanleg er 6.',
    en: 'How long notes, answers and consents are kept after the report is published. 6 is usual.',
  },
  'evaluations.admin.setup.field.minGroupSize': {
    nb: 'Minste gruppestørrelse som vises',
    nn: 'Minste gruppestorleik som blir vist',
    en: 'Smallest group size shown',
  },
  'evaluations.admin.setup.field.minGroupSizeHint': {
    nb: 'Grupper mindre enn dette vises aldri utenfor teamet. Aldri under 5; du kan sette den høyere.',
    nn: 'Grupper mindre enn dette blir aldri viste utanfor teamet. Aldri under 5; du kan setje han høgare.',
    en: 'Groups smaller than this are never shown outside the team. Never below 5; you may raise it.',
  },
  'evaluations.admin.setup.field.consentText': { nb: 'Samtykketekst', nn: 'Samtykketekst', en: 'Consent text' },
  'evaluations.admin.setup.field.consentHint': {
    nb: 'Teksten intervjuerne leser opp. Endrer du den, får den en ny versjon (nå versjon {version}).',
    nn: 'Teksten intervjuarane les opp. Endrar du han, får han ein ny versjon (no versjon {version}).',
    en: 'The text the interviewers read out. Changing it makes a new version (now version {version}).',
  },
  'evaluations.admin.setup.plan.save': { nb: 'Lagre planen', nn: 'Lagre planen', en: 'Save the plan' },
  'evaluations.admin.setup.plan.saved': {
    nb: 'Planen er lagret.',
    nn: 'Planen er lagra.',
    en: 'The plan has been saved.',
  },
  // The team.
  'evaluations.admin.setup.team.title': { nb: 'Team og opplæring', nn: 'Team og opplæring', en: 'Team and training' },
  'evaluations.admin.setup.team.intro': {
    nb: 'Brukerintervjuerne ser rådata i denne evalueringen og ingen andre. Fjerner du noen, mister de tilgangen med en gang.',
    nn: 'Brukarintervjuarane ser rådata i denne evalueringa og ingen andre. Fjernar du nokon, mistar dei tilgangen med ein gong.',
    en: 'The user-interviewers see this evaluation’s raw data and no other. Remove someone and their access ends at once.',
  },
  'evaluations.admin.setup.team.caption': { nb: 'Teamet', nn: 'Teamet', en: 'The team' },
  'evaluations.admin.setup.team.col.name': { nb: 'Navn', nn: 'Namn', en: 'Name' },
  'evaluations.admin.setup.team.col.email': { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
  'evaluations.admin.setup.team.col.training': { nb: 'Opplæring', nn: 'Opplæring', en: 'Training' },
  'evaluations.admin.setup.team.empty': {
    nb: 'Ingen brukerintervjuere ennå.',
    nn: 'Ingen brukarintervjuarar enno.',
    en: 'No user-interviewers yet.',
  },
  'evaluations.admin.setup.team.add': { nb: 'Legg til i teamet', nn: 'Legg til i teamet', en: 'Add to the team' },
  'evaluations.admin.setup.team.email': {
    nb: 'E-postadressen til kontoen',
    nn: 'E-postadressa til kontoen',
    en: 'The account’s e-mail address',
  },
  'evaluations.admin.setup.team.added': {
    nb: '{name} er lagt til og får beskjed på e-post.',
    nn: '{name} er lagd til og får melding på e-post.',
    en: '{name} has been added and is told by e-mail.',
  },
  'evaluations.admin.setup.team.remove': { nb: 'Fjern {name}', nn: 'Fjern {name}', en: 'Remove {name}' },
  'evaluations.admin.setup.team.removeConfirm': {
    nb: 'Fjerne {name} fra teamet? Tilgangen til rådata slutter med en gang.',
    nn: 'Fjerne {name} frå teamet? Tilgangen til rådata sluttar med ein gong.',
    en: 'Remove {name} from the team? Their access to raw data ends at once.',
  },
  'evaluations.admin.setup.team.removed': {
    nb: '{name} er fjernet fra teamet.',
    nn: '{name} er fjerna frå teamet.',
    en: '{name} has been removed from the team.',
  },
  'evaluations.admin.setup.training.none': { nb: 'Ingen registrert', nn: 'Ingen registrert', en: 'None recorded' },
  'evaluations.admin.setup.training.item': { nb: '{course}, {date}', nn: '{course}, {date}', en: '{course}, {date}' },
  'evaluations.admin.setup.training.add': {
    nb: 'Registrer opplæring',
    nn: 'Registrer opplæring',
    en: 'Record training',
  },
  'evaluations.admin.setup.training.for': {
    nb: 'Opplæring for {name}',
    nn: 'Opplæring for {name}',
    en: 'Training for {name}',
  },
  'evaluations.admin.setup.field.course': { nb: 'Kurs', nn: 'Kurs', en: 'Course' },
  'evaluations.admin.setup.field.completedOn': { nb: 'Fullført', nn: 'Fullført', en: 'Completed on' },
  'evaluations.admin.setup.training.added': {
    nb: 'Opplæringen er registrert.',
    nn: 'Opplæringa er registrert.',
    en: 'The training has been recorded.',
  },
  'evaluations.admin.setup.training.remove': {
    nb: 'Slett {course} for {name}',
    nn: 'Slett {course} for {name}',
    en: 'Delete {course} for {name}',
  },
  'evaluations.admin.setup.training.removed': {
    nb: 'Opplæringen er slettet.',
    nn: 'Opplæringa er sletta.',
    en: 'The training has been deleted.',
  },
});
