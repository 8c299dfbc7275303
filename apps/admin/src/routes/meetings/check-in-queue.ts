/**
 * The check-in phone's queue of marks not yet sent (docs/adr/0021). A mark is
 * shown at once and kept here, in localStorage, until the server has answered
 * for it, so marks made without a connection survive a reload or a flat
 * battery. Only the newest mark per person is kept: the server would let it
 * win anyway.
 */

export interface QueuedMark {
  registrationId: string;
  attended: boolean;
  /** When it was marked on this phone (ISO 8601). */
  markedAt: string;
}

/** What the server takes in one call (CHECK_IN_BATCH_MAX in the domain). */
export const BATCH_SIZE = 500;

export const queueKey = (meetingId: string) => `knutepunkt.checkIn.v1.${meetingId}`;

function isMark(value: unknown): value is QueuedMark {
  const m = value as Partial<QueuedMark> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.registrationId === 'string' &&
    typeof m.attended === 'boolean' &&
    typeof m.markedAt === 'string'
  );
}

/** The queue kept for a meeting; anything unreadable counts as empty rather than breaking the page. */
export function loadQueue(storage: Storage, meetingId: string): QueuedMark[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(queueKey(meetingId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isMark) : [];
  } catch {
    return [];
  }
}

export function saveQueue(storage: Storage, meetingId: string, queue: QueuedMark[]): void {
  try {
    if (queue.length === 0) storage.removeItem(queueKey(meetingId));
    else storage.setItem(queueKey(meetingId), JSON.stringify(queue));
  } catch {
    // Storage full or forbidden (private mode): the queue still lives in memory for this visit.
  }
}

/** The queue with `mark` in place of any earlier mark for the same person. */
export function enqueue(queue: QueuedMark[], mark: QueuedMark): QueuedMark[] {
  return [...queue.filter((m) => m.registrationId !== mark.registrationId), mark];
}

/**
 * The queue without the marks the server has answered for. A mark made for the
 * same person while the batch was on its way has another time, and stays.
 */
export function withoutSent(queue: QueuedMark[], sent: QueuedMark[]): QueuedMark[] {
  const answered = new Set(sent.map((m) => `${m.registrationId}@${m.markedAt}`));
  return queue.filter((m) => !answered.has(`${m.registrationId}@${m.markedAt}`));
}

/** How long to wait before the next try after `failures` failed ones: 1, 2, 4, … seconds, at most 30. */
export function retryDelay(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}
