import {
  EVALUATION_MANAGE,
  EVALUATION_SERVICE,
  EVALUATION_TEAM,
  type ModuleMatrix,
} from '../../testing/access-expectations.ts';
import type { World } from '../../testing/world.ts';

const evaluationId = (w: World) => w.evaluations.collecting.evaluationId;

/** A dialogue meeting's plan, as the admin page sends it. */
export const DIALOGUE_MEETING_FIELDS = {
  description: '',
  language: 'nb' as const,
  startsAt: { date: '2027-01-20', time: '10:00' },
  endsAt: { date: '2027-01-20', time: '13:00' },
  mode: 'in_person' as const,
  venueName: 'Møteplassen',
  venueAddress: null,
  stepFree: true,
  hearingLoop: false,
  quietRoom: false,
  videoUrl: null,
  capacity: null,
  registrationOpensAt: null,
  registrationDeadline: null,
  perOrganisationLimit: null,
  openTo: 'anyone' as const,
};

/**
 * The analysis and the dialogue (docs/adr/0025), on world.evaluations.collecting and
 * world.evaluationAnalysis. Overriding a flagged quote is the lead's alone: the team's builder
 * (admins 403 without «break the glass»), then a team member is told the quote is not there.
 */
export const analysisMatrix: ModuleMatrix = {
  web: {
    analysis: { input: (w) => ({ evaluationId: evaluationId(w) }), expect: EVALUATION_TEAM },
    notesForAnalysis: { input: (w) => ({ evaluationId: evaluationId(w) }), expect: EVALUATION_TEAM },
    saveTheme: {
      input: (w) => ({ evaluationId: evaluationId(w), title: 'Å finne fram', description: '' }),
      expect: EVALUATION_TEAM,
    },
    deleteTheme: { input: (w) => ({ themeId: w.evaluationAnalysis.themeId }), expect: EVALUATION_TEAM, fresh: true },
    moveTheme: {
      input: (w) => ({ themeId: w.evaluationAnalysis.themeId, direction: 'down' }),
      expect: EVALUATION_TEAM,
    },
    saveFinding: {
      input: (w) => ({
        themeId: w.evaluationAnalysis.themeId,
        text: 'Mange ønsker lengre åpningstid.',
        shared: true,
        noteIds: [w.evaluations.collecting.noteId],
      }),
      expect: EVALUATION_TEAM,
    },
    deleteFinding: {
      input: (w) => ({ findingId: w.evaluationAnalysis.findingId }),
      expect: EVALUATION_TEAM,
      fresh: true,
    },
    moveFinding: {
      input: (w) => ({ findingId: w.evaluationAnalysis.findingId, direction: 'up' }),
      expect: EVALUATION_TEAM,
    },
    addQuote: {
      input: (w) => ({
        findingId: w.evaluationAnalysis.findingId,
        noteId: w.evaluations.collecting.noteId,
        text: 'Det var lett å komme tilbake.',
      }),
      expect: EVALUATION_TEAM,
    },
    updateQuote: {
      input: (w) => ({ quoteId: w.evaluationAnalysis.flaggedQuoteId, text: 'Det var godt å bli tatt imot.' }),
      expect: EVALUATION_TEAM,
      fresh: true,
    },
    deleteQuote: {
      input: (w) => ({ quoteId: w.evaluationAnalysis.flaggedQuoteId }),
      expect: EVALUATION_TEAM,
      fresh: true,
    },
    overrideQuote: {
      input: (w) => ({ quoteId: w.evaluationAnalysis.flaggedQuoteId, reason: 'Navnet er endret og finnes ikke der.' }),
      expect: { ...EVALUATION_TEAM, teamMember: 404 },
      fresh: true,
    },
    serviceOverview: { input: (w) => ({ evaluationId: evaluationId(w) }), expect: EVALUATION_SERVICE },
  },
  admin: {
    dialogue: { input: (w) => ({ evaluationId: evaluationId(w) }), expect: EVALUATION_MANAGE },
    shareFindings: { input: (w) => ({ evaluationId: evaluationId(w) }), expect: EVALUATION_MANAGE },
    createDialogueMeeting: {
      input: (w) => ({ evaluationId: evaluationId(w), ...DIALOGUE_MEETING_FIELDS }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
  },
};
