import { defineMessages } from '../../define.ts';

/** The lead's page for sharing the preliminary findings and planning the dialogue meeting (docs/adr/0025). */
export const evaluationsAdminDialogue = defineMessages({
  'evaluations.admin.dialogue.title': {
    nb: 'Funn og dialogmøte',
    nn: 'Funn og dialogmøte',
    en: 'Findings and dialogue meeting',
  },
  'evaluations.admin.dialogue.back': { nb: 'Til evalueringene', nn: 'Til evalueringane', en: 'To the evaluations' },
  'evaluations.admin.dialogue.shareHeading': {
    nb: 'Del foreløpige funn',
    nn: 'Del førebelse funn',
    en: 'Share preliminary findings',
  },
  'evaluations.admin.dialogue.shareIntro': {
    nb: 'Kontaktpersonene for tjenesten ser funnene teamet har merket for deling, med sitater som har bestått sjekken eller er overstyrt av deg. De ser aldri notater, intervjukoder eller sitater som er holdt tilbake.',
    nn: 'Kontaktpersonane for tenesta ser funna teamet har merkt for deling, med sitat som har bestått sjekken eller er overstyrte av deg. Dei ser aldri notat, intervjukodar eller sitat som er haldne tilbake.',
    en: 'The service’s contacts see the findings the team marked for sharing, with quotes that passed the check or that you overrode. They never see notes, interview codes or quotes held back.',
  },
  'evaluations.admin.dialogue.counts': {
    nb: '{shared} funn deles, {teamOnly} er bare for teamet. {quotes} sitater kan deles, {heldBack} holdes tilbake.',
    nn: '{shared} funn blir delte, {teamOnly} er berre for teamet. {quotes} sitat kan delast, {heldBack} blir haldne tilbake.',
    en: '{shared} findings are shared, {teamOnly} are for the team only. {quotes} quotes can be shared, {heldBack} are held back.',
  },
  'evaluations.admin.dialogue.sharedAt': {
    nb: 'Delt med tjenesten {date}.',
    nn: 'Delt med tenesta {date}.',
    en: 'Shared with the service {date}.',
  },
  'evaluations.admin.dialogue.notShared': { nb: 'Ikke delt ennå.', nn: 'Ikkje delt enno.', en: 'Not shared yet.' },
  'evaluations.admin.dialogue.share': { nb: 'Del med tjenesten', nn: 'Del med tenesta', en: 'Share with the service' },
  'evaluations.admin.dialogue.reshare': { nb: 'Del på nytt', nn: 'Del på nytt', en: 'Share again' },
  'evaluations.admin.dialogue.shareText': {
    nb: 'Kontaktpersonene for {service} får en e-post med lenke til funnene. E-posten sier ingenting om hva funnene er.',
    nn: 'Kontaktpersonane for {service} får ein e-post med lenkje til funna. E-posten seier ingenting om kva funna er.',
    en: 'The contacts of {service} get an e-mail with a link to the findings. The e-mail says nothing about what the findings are.',
  },
  'evaluations.admin.dialogue.shareDone': {
    nb: 'Delt. {count} kontaktpersoner fikk e-post.',
    nn: 'Delt. {count} kontaktpersonar fekk e-post.',
    en: 'Shared. {count} contacts were e-mailed.',
  },
  'evaluations.admin.dialogue.notNow': {
    nb: 'Funn kan deles fra datainnsamlingen til rapporten er til gjennomsyn.',
    nn: 'Funn kan delast frå datainnsamlinga til rapporten er til gjennomsyn.',
    en: 'Findings can be shared from data collection until the report is in review.',
  },
  'evaluations.admin.dialogue.meetingHeading': { nb: 'Dialogmøte', nn: 'Dialogmøte', en: 'Dialogue meeting' },
  'evaluations.admin.dialogue.meetingIntro': {
    nb: 'Dialogmøtet er et møte i møtemodulen. Det lages som utkast; agenda, påmelding og referat ordner du på møtets egne sider, og der publiserer du det.',
    nn: 'Dialogmøtet er eit møte i møtemodulen. Det blir laga som utkast; agenda, påmelding og referat ordnar du på sidene til møtet, og der publiserer du det.',
    en: 'The dialogue meeting is a meeting of the meetings module. It is created as a draft; agenda, registration and minutes are on the meeting’s own pages, where you also publish it.',
  },
  'evaluations.admin.dialogue.meetingSummary': { nb: '{title}, {date}', nn: '{title}, {date}', en: '{title}, {date}' },
  'evaluations.admin.dialogue.meetingLink': {
    nb: 'Agenda, påmelding og referat',
    nn: 'Agenda, påmelding og referat',
    en: 'Agenda, registration and minutes',
  },
  'evaluations.admin.dialogue.create': {
    nb: 'Opprett dialogmøtet',
    nn: 'Opprett dialogmøtet',
    en: 'Create the dialogue meeting',
  },
  'evaluations.admin.dialogue.created': {
    nb: 'Dialogmøtet er opprettet.',
    nn: 'Dialogmøtet er oppretta.',
    en: 'The dialogue meeting was created.',
  },
});
