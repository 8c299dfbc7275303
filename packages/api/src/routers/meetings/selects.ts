import type { Prisma } from '@knutepunkt/db';

/**
 * Field sets that several of the meetings' services read, in one place so
 * they stay the same.
 */

/** What a notice about a meeting tells: its name, page and time and place (the video link too). */
export const MEETING_NOTICE_FIELDS = {
  slug: true,
  title: true,
  startsAt: true,
  endsAt: true,
  mode: true,
  venueName: true,
  venueAddress: true,
  videoUrl: true,
} as const satisfies Prisma.MeetingSelect;

/** A registration's practical needs (sensitive: read only where the rules allow, erased after the meeting). */
export const NEEDS_FIELDS = {
  dietary: true,
  wheelchair: true,
  signLanguage: true,
  writtenInterpretation: true,
  hearingLoop: true,
  otherAccessNeeds: true,
  travelSupport: true,
} as const satisfies Prisma.MeetingRegistrationNeedsSelect;
