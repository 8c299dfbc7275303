/**
 * A meeting's life: a draft only its coordinators see, published (open for
 * registration when its window says so), and at the end either cancelled or
 * held. A published meeting whose time or place changes stays published; its
 * `sequence` (the calendar's SEQUENCE) is raised on every change made after
 * publishing, and the people registered are told what changed.
 */
export const MEETING_STATUSES = ['draft', 'published', 'cancelled', 'held'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_ACTIONS = ['edit', 'publish', 'cancel', 'markHeld'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

const TRANSITIONS: Record<MeetingStatus, Partial<Record<MeetingAction, MeetingStatus>>> = {
  draft: { edit: 'draft', publish: 'published', cancel: 'cancelled' },
  published: { edit: 'published', cancel: 'cancelled', markHeld: 'held' },
  cancelled: {},
  held: {},
};

/** The status `action` moves a meeting in `status` to, or null when it may not be taken. */
export function nextMeetingStatus(status: MeetingStatus, action: MeetingAction): MeetingStatus | null {
  return TRANSITIONS[status][action] ?? null;
}

/** Whether the public (and members) see the meeting at all: everything but a draft. */
export function isMeetingVisible(status: MeetingStatus): boolean {
  return status !== 'draft';
}

export const MEETING_MODES = ['in_person', 'online', 'hybrid'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

/** The fields whose change after publishing is told to everyone registered. */
export interface MeetingTimeAndPlace {
  startsAt: Date;
  endsAt: Date;
  mode: MeetingMode;
  venueName: string | null;
  venueAddress: string | null;
  videoUrl: string | null;
}

export type MeetingChange = 'time' | 'place';

/** What changed between two versions of a meeting that its participants must hear about. */
export function meetingChanges(before: MeetingTimeAndPlace, after: MeetingTimeAndPlace): MeetingChange[] {
  const changes: MeetingChange[] = [];
  if (before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime()) {
    changes.push('time');
  }
  if (
    before.mode !== after.mode ||
    before.venueName !== after.venueName ||
    before.venueAddress !== after.venueAddress ||
    before.videoUrl !== after.videoUrl
  ) {
    changes.push('place');
  }
  return changes;
}

/**
 * The calendar's SEQUENCE after an update: a draft's changes are nobody's
 * concern (it is not in any calendar yet), every change to a published
 * meeting, and its cancellation, raise it by one.
 */
export function nextSequence(status: MeetingStatus, sequence: number): number {
  return status === 'draft' ? sequence : sequence + 1;
}
