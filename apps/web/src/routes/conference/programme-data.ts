import { useQuery } from '@tanstack/react-query';
import {
  type AccessFeature,
  type ProgrammeSnapshot,
  type SnapshotRoom,
  type SnapshotSession,
  type SnapshotSessionType,
  type SnapshotSpeaker,
  type SnapshotTrack,
  hasAccessFeature,
  isSlug,
} from '@knutepunkt/domain';
import { useTRPC } from '../../trpc.ts';

/**
 * The published programme every public conference page reads (docs/adr/0023): one query per
 * edition, shared by the pages, so moving between programme, session and speaker pages asks
 * the server nothing more.
 */
export function useProgramme(slug: string) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.conference.programme.queryOptions({ slug }), enabled: isSlug(slug) });
}

/** The snapshot's rooms, tracks, types and speakers by the keys sessions refer to them by. */
export interface ProgrammeLookup {
  snapshot: ProgrammeSnapshot;
  room: (guid: string) => SnapshotRoom | undefined;
  track: (id: string | null) => SnapshotTrack | undefined;
  type: (id: string | null) => SnapshotSessionType | undefined;
  speakers: (session: SnapshotSession) => SnapshotSpeaker[];
  access: (session: SnapshotSession) => AccessFeature[];
}

const ACCESS_SHOWN: AccessFeature[] = ['signLanguage', 'captioned', 'streamed', 'hearingLoop', 'stepFree'];

export function programmeLookup(snapshot: ProgrammeSnapshot): ProgrammeLookup {
  const rooms = new Map(snapshot.rooms.map((r) => [r.guid, r]));
  const tracks = new Map(snapshot.tracks.map((t) => [t.id, t]));
  const types = new Map(snapshot.types.map((t) => [t.id, t]));
  const speakers = new Map(snapshot.speakers.map((s) => [s.number, s]));
  return {
    snapshot,
    room: (guid) => rooms.get(guid),
    track: (id) => (id ? tracks.get(id) : undefined),
    type: (id) => (id ? types.get(id) : undefined),
    speakers: (session) => session.speakers.flatMap((n) => speakers.get(n) ?? []),
    access: (session) => ACCESS_SHOWN.filter((f) => hasAccessFeature(snapshot, session, f)),
  };
}
