import {
  editionCreateInput,
  editionUpdateInput,
  partnersInput,
  roomInput,
  roomOrderInput,
  sessionTypeInput,
  sessionTypeOrderInput,
  trackInput,
  trackOrderInput,
} from '@knutepunkt/domain';
import { staffProcedure } from '../../procedures/index.ts';
import { router } from '../../trpc.ts';
import { createEdition, editionForEditing, setPartners, updateEdition } from './editing-editions.ts';
import { reorderSessionTypes, reorderTracks } from './editing-order.ts';
import { roomProcedure, sessionTypeProcedure, trackProcedure } from './editing-procedures.ts';
import { createRoom, deleteRoom, reorderRooms, updateRoom } from './editing-rooms.ts';
import {
  createSessionType,
  createTrack,
  deleteSessionType,
  deleteTrack,
  updateSessionType,
  updateTrack,
} from './editing-tracks.ts';
import { editionProcedure } from './procedures.ts';

const edition = () => editionProcedure(staffProcedure);
const room = () => roomProcedure(staffProcedure);
const track = () => trackProcedure(staffProcedure);
const sessionType = () => sessionTypeProcedure(staffProcedure);

/**
 * Editing an edition in the admin app (docs/adr/0023): its settings, owners and partners, rooms,
 * tracks and session types. Only the coordinators of the owning networks and admins; anyone
 * else on the admin app gets 404 for an edition that is not theirs.
 */
export const editingRouter = router({
  edition: edition().query(({ ctx }) => editionForEditing(ctx.db, ctx.edition.id)),
  // Staff only; who may own it is checked with the owners given (a coordinator: their own networks).
  createEdition: staffProcedure
    .input(editionCreateInput)
    .mutation(({ ctx, input }) => createEdition(ctx.db, ctx.actor, input)),
  updateEdition: edition()
    .input(editionUpdateInput)
    .mutation(({ ctx, input }) => updateEdition(ctx.db, ctx.actor, ctx.edition, input)),
  setPartners: edition()
    .input(partnersInput)
    .mutation(({ ctx, input }) => setPartners(ctx.db, ctx.user.id, ctx.edition, input.partners)),

  createRoom: edition()
    .input(roomInput)
    .mutation(({ ctx, input }) => createRoom(ctx.db, ctx.user.id, ctx.edition.id, input)),
  updateRoom: room()
    .input(roomInput)
    .mutation(({ ctx, input }) => updateRoom(ctx.db, ctx.user.id, ctx.room.id, input)),
  deleteRoom: room().mutation(({ ctx }) => deleteRoom(ctx.db, ctx.user.id, ctx.room.id)),
  reorderRooms: edition()
    .input(roomOrderInput)
    .mutation(({ ctx, input }) => reorderRooms(ctx.db, ctx.user.id, ctx.edition.id, input.roomIds)),

  createTrack: edition()
    .input(trackInput)
    .mutation(({ ctx, input }) => createTrack(ctx.db, ctx.user.id, ctx.edition.id, input)),
  updateTrack: track()
    .input(trackInput)
    .mutation(({ ctx, input }) => updateTrack(ctx.db, ctx.user.id, ctx.track.id, input)),
  deleteTrack: track().mutation(({ ctx }) => deleteTrack(ctx.db, ctx.user.id, ctx.track.id)),
  reorderTracks: edition()
    .input(trackOrderInput)
    .mutation(({ ctx, input }) => reorderTracks(ctx.db, ctx.user.id, ctx.edition.id, input.trackIds)),

  createSessionType: edition()
    .input(sessionTypeInput)
    .mutation(({ ctx, input }) => createSessionType(ctx.db, ctx.user.id, ctx.edition.id, input)),
  updateSessionType: sessionType()
    .input(sessionTypeInput)
    .mutation(({ ctx, input }) => updateSessionType(ctx.db, ctx.user.id, ctx.sessionType.id, input)),
  deleteSessionType: sessionType().mutation(({ ctx }) => deleteSessionType(ctx.db, ctx.user.id, ctx.sessionType.id)),
  reorderSessionTypes: edition()
    .input(sessionTypeOrderInput)
    .mutation(({ ctx, input }) => reorderSessionTypes(ctx.db, ctx.user.id, ctx.edition.id, input.sessionTypeIds)),
});
