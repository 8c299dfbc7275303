import { useEffect } from 'react';
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
  const query = useQuery({ ...trpc.conference.programme.queryOptions({ slug }), enabled: isSlug(slug) });
  const { isSuccess, refetch } = query;
  useEffect(() => {
    if (isSuccess) keepForOffline(slug, () => void refetch());
  }, [isSuccess, refetch, slug]);
  return query;
}

/** The editions whose programme this page load has read through the network (keepForOffline). */
const readForOffline = new Set<string>();

/**
 * A server-rendered page carries its programme in the HTML, so the app never reads it through
 * the network and the service worker (src/sw.ts) never stores that read: offline, a conference
 * page never visited, which the worker answers with the app's shell, would have no programme to
 * render (docs/adr/0024). So once per edition and page load, when a worker controls the page,
 * the programme is read again in the background (the same request the shell will make; the
 * server answers it from memory) and the worker keeps it.
 */
function keepForOffline(slug: string, read: () => void): void {
  if (readForOffline.has(slug) || typeof navigator === 'undefined' || !navigator.serviceWorker?.controller) return;
  readForOffline.add(slug);
  read();
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
