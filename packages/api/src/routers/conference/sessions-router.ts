import { sessionFields, sessionListInput, speakerFields } from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { editionProcedure } from './procedures.ts';
import {
  createSession,
  deleteSession,
  duplicateSession,
  editingChoices,
  sessionForStaff,
  sessionsOfEdition,
  updateSession,
} from './sessions-editing.ts';
import { sessionProcedure, speakerProcedure } from './sessions-procedures.ts';
import {
  createSpeaker,
  deleteSpeaker,
  removeSpeakerPhoto,
  speakerForStaff,
  speakersOfEdition,
  updateSpeaker,
} from './speakers-editing.ts';

/**
 * Sessions and speakers in the admin app (docs/adr/0023), spread into the conference router
 * as `conference.sessions.*` and `conference.speakers.*`: the owners' coordinators and admins.
 */

const edition = () => editionProcedure(staffProcedure);
const session = () => sessionProcedure(staffProcedure);
const speaker = () => speakerProcedure(staffProcedure);

const sessions = router({
  list: edition()
    .input(sessionListInput)
    .query(({ ctx, input }) => sessionsOfEdition(ctx.db, ctx.edition.id, input.scheduled)),
  /** What the session and speaker forms choose from. */
  choices: edition().query(({ ctx }) => editingChoices(ctx.db, ctx.edition)),
  get: session().query(({ ctx }) => sessionForStaff(ctx.db, ctx.session.id)),
  create: edition()
    .input(sessionFields)
    .mutation(({ ctx, input }) => createSession(ctx.db, ctx.user.id, ctx.edition, input)),
  update: session()
    .input(sessionFields)
    .mutation(({ ctx, input }) => updateSession(ctx.db, ctx.user.id, ctx.edition, ctx.session, input)),
  delete: session().mutation(({ ctx }) => deleteSession(ctx.db, ctx.user.id, ctx.session)),
  duplicate: session().mutation(({ ctx }) => duplicateSession(ctx.db, ctx.user.id, ctx.edition, ctx.session)),
});

const speakers = router({
  list: edition().query(({ ctx }) => speakersOfEdition(ctx.db, ctx.edition.id)),
  get: speaker().query(({ ctx }) => speakerForStaff(ctx.db, ctx.speaker.id)),
  create: edition()
    .input(speakerFields)
    .mutation(({ ctx, input }) => createSpeaker(ctx.db, ctx.user.id, ctx.edition, input)),
  update: speaker()
    .input(speakerFields)
    .mutation(({ ctx, input }) => updateSpeaker(ctx.db, ctx.user.id, ctx.speaker, input)),
  delete: speaker().mutation(({ ctx }) => deleteSpeaker(ctx.db, ctx.user.id, ctx.speaker)),
  removePhoto: speaker().mutation(({ ctx }) => removeSpeakerPhoto(ctx.db, ctx.user.id, ctx.speaker)),
});

/** Spread into adminConferenceRouter (admin.ts). */
export const adminSessionsRouters = { sessions, speakers };
