import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { useI18n } from '@knutepunkt/ui';
import { describeError } from '../../errors.ts';
import { errorStatus, useTRPCClient } from '../../trpc.ts';
import {
  BATCH_SIZE,
  type QueuedMark,
  enqueue,
  loadQueue,
  retryDelay,
  saveQueue,
  withoutSent,
} from './check-in-queue.ts';

export type SavedAttendance = AdminRouterOutputs['meetings']['checkIn']['mark']['current'];

export interface CheckInSync {
  /** Marks made on this phone that the server has not answered for yet, oldest first. */
  queue: QueuedMark[];
  online: boolean;
  sending: boolean;
  /** The server's refusal (check-in closed, signed out): shown, and not retried until asked or back online. */
  refused: string | null;
  mark: (registrationId: string, attended: boolean) => void;
  retry: () => void;
}

/**
 * The offline queue at work (docs/adr/0021): a mark is queued and saved in
 * localStorage at once, then sent when there is a connection: soon after the
 * tap (so quick taps go together), when the browser says it is online again,
 * and after a failure with growing pauses (1, 2, 4 … 30 s). A refusal from the
 * server is not retried by itself: it would be refused again.
 */
export function useCheckInSync(meetingId: string, onSaved: (current: SavedAttendance) => unknown): CheckInSync {
  const client = useTRPCClient();
  const { t } = useI18n();
  const [queue, setQueueState] = useState<QueuedMark[]>(() => loadQueue(localStorage, meetingId));
  const [online, setOnline] = useState(() => navigator.onLine);
  const [sending, setSending] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const queueRef = useRef(queue);
  const inFlight = useRef(false);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const setQueue = useCallback(
    (next: QueuedMark[]) => {
      queueRef.current = next;
      saveQueue(localStorage, meetingId, next);
      setQueueState(next);
    },
    [meetingId],
  );

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (inFlight.current || queueRef.current.length === 0 || !navigator.onLine) return;
    inFlight.current = true;
    setSending(true);
    const batch = queueRef.current.slice(0, BATCH_SIZE);
    let again = false;
    try {
      const result = await client.meetings.checkIn.mark.mutate({ meetingId, marks: batch });
      setQueue(withoutSent(queueRef.current, batch));
      failures.current = 0;
      setRefused(null);
      void onSavedRef.current(result.current);
      again = queueRef.current.length > 0;
    } catch (error) {
      const status = errorStatus(error);
      if (status !== undefined && status >= 400 && status < 500) {
        setRefused(describeError(error, t).message);
      } else {
        failures.current += 1;
        timer.current = setTimeout(() => void flush(), retryDelay(failures.current));
      }
    } finally {
      inFlight.current = false;
      setSending(false);
    }
    if (again) void flush();
  }, [client, meetingId, setQueue, t]);

  useEffect(() => {
    const goOnline = () => {
      setOnline(true);
      failures.current = 0;
      void flush();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    // Marks left from an earlier visit go as soon as the page is open.
    void flush();
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      clearTimeout(timer.current);
    };
  }, [flush]);

  const mark = useCallback(
    (registrationId: string, attended: boolean) => {
      setQueue(enqueue(queueRef.current, { registrationId, attended, markedAt: new Date().toISOString() }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), 300);
    },
    [flush, setQueue],
  );

  const retry = useCallback(() => {
    setRefused(null);
    failures.current = 0;
    void flush();
  }, [flush]);

  return { queue, online, sending, refused, mark, retry };
}
