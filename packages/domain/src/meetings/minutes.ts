import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import type { Actor } from '../roles/actor.ts';
import { isCoordinatorOf } from '../roles/decisions.ts';
import { slugField } from '../schemas/fields.ts';

/**
 * A meeting's minutes (referat): Markdown written by the coordinator after the
 * meeting, published to one of three audiences chosen per meeting
 * (docs/adr/0020). Until published only the coordinators see them.
 */
export const MINUTES_VISIBILITIES = ['participants', 'network', 'public'] as const;
export type MinutesVisibility = (typeof MINUTES_VISIBILITIES)[number];

export const MINUTES_LIMITS = {
  body: 100_000,
  /** Per meeting: slides and photos of one day. */
  attachments: 30,
} as const;

/** The draft's text (the meeting is named by the procedure's `meetingId`). */
export const minutesSaveInput = z.object({
  body: z.string({ error: 'validation.invalid' }).max(MINUTES_LIMITS.body, { error: 'validation.tooLong' }),
  language: z.enum(LOCALES, { error: 'validation.choice' }),
});
export type MinutesSaveInput = z.infer<typeof minutesSaveInput>;

export const minutesPublishInput = z.object({
  visibility: z.enum(MINUTES_VISIBILITIES, { error: 'validation.choice' }),
});

/** The web app asks for a meeting's minutes, and its "siden sist", by the meeting's address. */
export const minutesSlugInput = z.object({ slug: slugField });

/** What the rules need to know about the person asking, for one meeting. */
export interface MinutesViewer {
  actor: Actor | null;
  /** Has a confirmed registration for this meeting. */
  participant: boolean;
  /** Linked (approved membership) to an organisation that is a member of the meeting's network. */
  inNetwork: boolean;
}

/** Coordinators of the network and admins see minutes in every state, drafts included. */
export function managesMinutes(actor: Actor | null, networkId: string): boolean {
  return !!actor && (actor.isAdmin || isCoordinatorOf(actor, networkId));
}

/**
 * May this person read the minutes? Published ones by their audience: public
 * for everyone; network for those linked to a member organisation (and the
 * participants, who were in the room); participants for those who had a seat.
 */
export function mayReadMinutes(
  minutes: { visibility: MinutesVisibility; publishedAt: Date | null },
  networkId: string,
  viewer: MinutesViewer,
): boolean {
  if (managesMinutes(viewer.actor, networkId)) return true;
  if (!minutes.publishedAt) return false;
  switch (minutes.visibility) {
    case 'public':
      return true;
    case 'network':
      return viewer.inNetwork || viewer.participant;
    case 'participants':
      return viewer.participant;
  }
}

/** Those who need to look the asker up: an anonymous visitor reads only public minutes. */
export function minutesNeedViewer(visibility: MinutesVisibility): boolean {
  return visibility !== 'public';
}
