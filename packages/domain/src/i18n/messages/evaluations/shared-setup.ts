import { defineMessages } from '../../define.ts';

/** Setting an evaluation up (docs/adr/0025): what the server writes to people. No raw data ever goes in here. */
export const evaluationsSharedSetup = defineMessages({
  'evaluations.mail.teamAdded.subject': {
    nb: 'Du er med i teamet for «{title}»',
    nn: 'Du er med i teamet for «{title}»',
    en: 'You are on the team of «{title}»',
  },
  'evaluations.mail.teamAdded.body': {
    nb: 'Hei!\n\n{lead} har lagt deg til i teamet for Bruker spør bruker-evalueringen «{title}».\n\nDu finner evalueringen under «Mine evalueringer»:\n{link}\n\nHilsen Knutepunkt',
    nn: 'Hei!\n\n{lead} har lagt deg til i teamet for Brukar spør brukar-evalueringa «{title}».\n\nDu finn evalueringa under «Mine evalueringar»:\n{link}\n\nHelsing Knutepunkt',
    en: 'Hello,\n\n{lead} has added you to the team of the user-asks-user evaluation «{title}».\n\nYou will find it under «My evaluations»:\n{link}\n\nKnutepunkt',
  },
});
