import { defineMessages } from '../../define.ts';

/** The lead's follow-up page in the admin app (docs/adr/0025). */
export const evaluationsAdminFollowUp = defineMessages({
  'evaluations.admin.followUp.title': {
    nb: 'Oppfølging: {title}',
    nn: 'Oppfølging: {title}',
    en: 'Follow-up: {title}',
  },
  'evaluations.admin.followUp.intro': {
    nb: 'Tjenestens svar på anbefalingene og statusene de har gitt. Tjenestens kontaktpersoner blir bedt om status 6 og 12 måneder etter publisering.',
    nn: 'Svara frå tenesta på tilrådingane og statusane dei har gitt. Kontaktpersonane til tenesta blir bedne om status 6 og 12 månader etter publisering.',
    en: 'The service’s responses to the recommendations and the statuses it has given. The service’s contacts are asked for a status 6 and 12 months after publication.',
  },
  'evaluations.admin.followUp.back': { nb: 'Til evalueringen', nn: 'Til evalueringa', en: 'To the evaluation' },
  'evaluations.admin.followUp.rounds': { nb: 'Statusrunder', nn: 'Statusrundar', en: 'Status rounds' },
  'evaluations.admin.followUp.col.round': { nb: 'Runde', nn: 'Runde', en: 'Round' },
  'evaluations.admin.followUp.col.due': { nb: 'Forfaller', nn: 'Forfell', en: 'Due' },
  'evaluations.admin.followUp.col.requested': { nb: 'Status bedt om', nn: 'Status beden om', en: 'Status requested' },
  'evaluations.admin.followUp.notRequested': { nb: 'Ikke ennå', nn: 'Ikkje enno', en: 'Not yet' },
  'evaluations.admin.followUp.noRounds': {
    nb: 'Rundene lages når rapporten publiseres.',
    nn: 'Rundane blir laga når rapporten blir publisert.',
    en: 'The rounds are made when the report is published.',
  },
  'evaluations.admin.followUp.recommendations': { nb: 'Anbefalingene', nn: 'Tilrådingane', en: 'The recommendations' },
  'evaluations.admin.followUp.response': {
    nb: 'Svar: {response} ({by}, {date})',
    nn: 'Svar: {response} ({by}, {date})',
    en: 'Response: {response} ({by}, {date})',
  },
  'evaluations.admin.followUp.unknownPerson': { nb: 'ukjent', nn: 'ukjend', en: 'unknown' },
  'evaluations.admin.followUp.plannedAction': { nb: 'Planlagt tiltak', nn: 'Planlagt tiltak', en: 'Planned action' },
  'evaluations.admin.followUp.responsible': { nb: 'Ansvarlig', nn: 'Ansvarleg', en: 'Responsible' },
  'evaluations.admin.followUp.statusHistory': {
    nb: 'Statuser for «{title}», nyeste først',
    nn: 'Statusar for «{title}», nyaste først',
    en: 'Statuses of “{title}”, newest first',
  },
  'evaluations.admin.followUp.closeHeading': {
    nb: 'Avslutte oppfølgingen',
    nn: 'Avslutte oppfølginga',
    en: 'Closing the follow-up',
  },
  'evaluations.admin.followUp.closeText': {
    nb: 'Når oppfølgingen er avsluttet, kan tjenesten ikke lenger gi svar eller status, og teamet mister tilgangen til evalueringen. Rapporten og oppfølgingen blir stående på den offentlige siden.',
    nn: 'Når oppfølginga er avslutta, kan tenesta ikkje lenger gi svar eller status, og teamet mistar tilgangen til evalueringa. Rapporten og oppfølginga blir ståande på den offentlege sida.',
    en: 'Once the follow-up is closed, the service can no longer give responses or statuses, and the team loses access to the evaluation. The report and the follow-up stay on the public page.',
  },
  'evaluations.admin.followUp.close': {
    nb: 'Avslutt oppfølgingen',
    nn: 'Avslutt oppfølginga',
    en: 'Close the follow-up',
  },
  'evaluations.admin.followUp.confirmTitle': {
    nb: 'Avslutte oppfølgingen?',
    nn: 'Avslutte oppfølginga?',
    en: 'Close the follow-up?',
  },
  'evaluations.admin.followUp.confirmText': {
    nb: 'Dette kan ikke angres. Tjenesten kan ikke gi flere statuser, og teamets tilgang avsluttes.',
    nn: 'Dette kan ikkje angrast. Tenesta kan ikkje gi fleire statusar, og tilgangen til teamet blir avslutta.',
    en: 'This cannot be undone. The service can give no more statuses, and the team’s access ends.',
  },
  'evaluations.admin.followUp.closedNow': {
    nb: 'Oppfølgingen er avsluttet.',
    nn: 'Oppfølginga er avslutta.',
    en: 'The follow-up has been closed.',
  },
  'evaluations.admin.followUp.closedOn': {
    nb: 'Oppfølgingen ble avsluttet {date}.',
    nn: 'Oppfølginga vart avslutta {date}.',
    en: 'The follow-up was closed on {date}.',
  },
  'evaluations.admin.followUp.notPublished': {
    nb: 'Oppfølgingen starter når rapporten er publisert.',
    nn: 'Oppfølginga startar når rapporten er publisert.',
    en: 'The follow-up starts when the report is published.',
  },
  'evaluations.admin.followUp.askNow': { nb: 'Be om status nå', nn: 'Be om status no', en: 'Ask for status now' },
  'evaluations.admin.followUp.askNowFor': {
    nb: 'Be om status for {months}-månedersrunden nå',
    nn: 'Be om status for {months}-månadersrunden no',
    en: 'Ask for the {months}-month round’s status now',
  },
  'evaluations.admin.followUp.askedNow': {
    nb: 'Tjenesten er bedt om status for {months}-månedersrunden.',
    nn: 'Tenesta er beden om status for {months}-månadersrunden.',
    en: 'The service has been asked for the {months}-month round’s status.',
  },
});
