/**
 * The Bruker Spør Bruker evaluations' addresses (docs/adr/0025). Public readers see the
 * published reports by slug; the team and the service contacts work in the web app under
 * «mine evalueringer» by the evaluation's id; the lead works in the admin app.
 */
export const evaluationPaths = {
  web: {
    /** Published reports. */
    list: '/evalueringer',
    report: '/evalueringer/:slug',
    /** The printable report (the browser's «save as PDF» makes the PDF). */
    print: '/evalueringer/:slug/utskrift',
    /** The evaluations I am on the team of, or a service contact of. */
    mine: '/mine-evalueringer',
    /** The team's workspace: interviews, consents and notes. */
    team: '/mine-evalueringer/:evaluationId/team',
    interview: '/mine-evalueringer/:evaluationId/team/intervju/:interviewId',
    /** Paper questionnaires entered by the team. */
    paper: '/mine-evalueringer/:evaluationId/team/skjema',
    analysis: '/mine-evalueringer/:evaluationId/team/analyse',
    /** The service contacts' view: plan, shared findings, report review, responses and follow-up. */
    service: '/mine-evalueringer/:evaluationId/tjeneste',
    /**
     * A web questionnaire opened through its one-time link (no sign-in): `/sporreskjema?lenke=<token>`.
     * The token is in the query, which the server neither renders, caches nor logs (like the
     * password reset link's, docs/adr/0015).
     */
    questionnaire: '/sporreskjema',
  },
  admin: {
    list: '/evalueringer',
    create: '/evalueringer/ny',
    evaluation: '/evalueringer/:evaluationId',
    agreement: '/evalueringer/:evaluationId/avtale',
    plan: '/evalueringer/:evaluationId/plan',
    team: '/evalueringer/:evaluationId/team',
    guide: '/evalueringer/:evaluationId/intervjuguide',
    questionnaires: '/evalueringer/:evaluationId/sporreskjema',
    questionnaire: '/evalueringer/:evaluationId/sporreskjema/:questionnaireId',
    /** Sharing the preliminary findings and the dialogue meeting. */
    dialogue: '/evalueringer/:evaluationId/dialog',
    report: '/evalueringer/:evaluationId/rapport',
    followUp: '/evalueringer/:evaluationId/oppfolging',
    /** Who read raw data, deletions, the raw-data export, «break the glass». */
    privacy: '/evalueringer/:evaluationId/personvern',
    /** Server routes on the admin listener: the signed agreement, the team's raw-data export (zip). */
    agreementUpload: '/api/evaluations/:evaluationId/agreement',
    agreementFile: '/api/evaluations/:evaluationId/agreement/:attachmentId',
    rawExport: '/api/evaluations/:evaluationId/raw-data.zip',
  },
} as const;
