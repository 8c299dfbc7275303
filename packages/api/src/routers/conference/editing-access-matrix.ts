import { COORDINATOR_OF_NETWORK1, type ModuleMatrix, STAFF } from '../../testing/access-expectations.ts';
import type { World } from '../../testing/world.ts';

/**
 * The rows of editing an edition (editing-router.ts), spread into ./access-matrix.ts. The
 * world's edition is network1's: its coordinator and admins edit it, network2's coordinator
 * gets 404, everyone else is refused by the admin app's role check.
 */
const editionId = (w: World) => ({ editionId: w.conference.editionId });

const editionFields = (w: World) => ({
  title: 'Ingenting om oss uten oss',
  subtitle: 'Menneskerettigheter og deltakelse',
  description: 'Velkommen.',
  language: 'nb',
  languages: ['nb', 'nn'],
  startsOn: '2031-10-20',
  endsOn: '2031-10-21',
  venueName: 'Royal Garden',
  venueAddress: 'Kjøpmannsgata 73, Trondheim',
  widgetOrigins: ['https://partner.example'],
  ownerNetworkIds: [w.network1],
});
const room = {
  name: 'Lille sal',
  capacity: 80,
  floor: '2',
  hearingLoop: true,
  stepFree: true,
  interpreted: false,
  accessibilityNote: 'Heis fra resepsjonen.',
};
const track = { name: 'Deltakelse', colour: '#1f5f8b', description: 'Om medvirkning.' };
const sessionType = { name: 'Poster', kind: 'poster' };

export const editingMatrix: Required<Pick<ModuleMatrix, 'admin'>> = {
  admin: {
    'editing.edition': { input: editionId, expect: COORDINATOR_OF_NETWORK1 },
    // Each coordinator names their own network; admins any.
    'editing.createEdition': {
      input: (w, role) => ({
        ...editionFields(w),
        ownerNetworkIds: [role === 'otherCoordinator' ? w.network2 : w.network1],
      }),
      expect: STAFF,
    },
    'editing.updateEdition': {
      input: (w) => ({ ...editionId(w), ...editionFields(w) }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'editing.setPartners': {
      input: (w) => ({
        ...editionId(w),
        partners: [
          { organisationId: w.org1, role: 'organiser', position: 0, logoAlt: '' },
          { organisationId: w.org2, role: 'partner', position: 1, logoAlt: '' },
        ],
      }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'editing.createRoom': { input: (w) => ({ ...editionId(w), ...room }), expect: COORDINATOR_OF_NETWORK1 },
    'editing.updateRoom': {
      input: (w) => ({ roomId: w.conference.rooms[1], ...room }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'editing.deleteRoom': {
      input: (w) => ({ roomId: w.conference.rooms[1] }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    'editing.reorderRooms': {
      input: (w) => ({ ...editionId(w), roomIds: [w.conference.rooms[1], w.conference.rooms[0]] }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'editing.createTrack': { input: (w) => ({ ...editionId(w), ...track }), expect: COORDINATOR_OF_NETWORK1 },
    'editing.updateTrack': {
      input: (w) => ({ trackId: w.conference.trackId, ...track }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'editing.deleteTrack': {
      input: (w) => ({ trackId: w.conference.trackId }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    'editing.reorderTracks': {
      input: (w) => ({ ...editionId(w), trackIds: [w.conference.trackId] }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'editing.createSessionType': {
      input: (w) => ({ ...editionId(w), ...sessionType }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'editing.updateSessionType': {
      input: (w) => ({ sessionTypeId: w.conference.workshopTypeId, name: 'Verksted', kind: 'workshop' }),
      expect: COORDINATOR_OF_NETWORK1,
    },
    'editing.deleteSessionType': {
      input: (w) => ({ sessionTypeId: w.conference.workshopTypeId }),
      expect: COORDINATOR_OF_NETWORK1,
      fresh: true,
    },
    'editing.reorderSessionTypes': {
      input: (w) => ({ ...editionId(w), sessionTypeIds: [w.conference.workshopTypeId, w.conference.plenaryTypeId] }),
      expect: COORDINATOR_OF_NETWORK1,
    },
  },
};
