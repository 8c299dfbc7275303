import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import { idField, optionalText, pageInput, requiredText, slugField, urlField } from '../schemas/fields.ts';
import { MEETING_MODES } from './workflow.ts';
import { ATTENDANCE_MODES, MEETING_AUDIENCES } from './registration.ts';
import { SENSITIVE_RETENTION } from './reminders.ts';

/** Limits on what a meeting holds: generous for real use, bounded for safety. */
export const MEETING_LIMITS = {
  title: 200,
  description: 20_000,
  venue: 300,
  agendaItems: 60,
  agendaText: 2_000,
  capacity: 10_000,
  freeText: 500,
} as const;

const flag = z.boolean({ error: 'validation.invalid' });

/**
 * A date and time as written on a clock in Oslo ('2026-10-25', '02:30'); the
 * API turns it into UTC (time/oslo.ts). `disambiguation` answers the question
 * asked for a time in the autumn overlap: the first (summer time) or the
 * second (winter time).
 */
export const osloDateTimeInput = z.object(
  {
    date: z.string({ error: 'validation.invalid' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.invalid' }),
    time: z.string({ error: 'validation.invalid' }).regex(/^\d{2}:\d{2}$/, { error: 'validation.invalid' }),
    disambiguation: z.enum(['earlier', 'later'], { error: 'validation.choice' }).optional(),
  },
  { error: 'validation.invalid' },
);
export type OsloDateTimeInput = z.infer<typeof osloDateTimeInput>;

const count = (max: number) =>
  z
    .number({ error: 'validation.invalid' })
    .int({ error: 'validation.invalid' })
    .min(1, { error: 'validation.invalid' })
    .max(max, { error: 'validation.invalid' })
    .nullable();

/** Everything a coordinator plans about a meeting (the agenda is set on its own). */
export const meetingFields = z.object({
  title: requiredText(MEETING_LIMITS.title),
  description: z
    .string({ error: 'validation.invalid' })
    .max(MEETING_LIMITS.description, { error: 'validation.tooLong' }),
  language: z.enum(LOCALES, { error: 'validation.choice' }),
  startsAt: osloDateTimeInput,
  endsAt: osloDateTimeInput,
  mode: z.enum(MEETING_MODES, { error: 'validation.choice' }),
  venueName: optionalText(MEETING_LIMITS.venue),
  venueAddress: optionalText(MEETING_LIMITS.venue),
  stepFree: flag,
  hearingLoop: flag,
  quietRoom: flag,
  videoUrl: urlField.nullable(),
  capacity: count(MEETING_LIMITS.capacity),
  registrationOpensAt: osloDateTimeInput.nullable(),
  registrationDeadline: osloDateTimeInput.nullable(),
  perOrganisationLimit: count(MEETING_LIMITS.capacity),
  openTo: z.enum(MEETING_AUDIENCES, { error: 'validation.choice' }),
  /** Days after the meeting until the sensitive answers are deleted; left out, it stays as it is (new: 30). */
  sensitiveRetentionDays: z
    .number({ error: 'meetings.validation.retentionDays' })
    .int({ error: 'meetings.validation.retentionDays' })
    .min(SENSITIVE_RETENTION.min, { error: 'meetings.validation.retentionDays' })
    .max(SENSITIVE_RETENTION.max, { error: 'meetings.validation.retentionDays' })
    .optional(),
});
export type MeetingFields = z.infer<typeof meetingFields>;

export const meetingIdInput = z.object({ meetingId: idField });
export const meetingCreateInput = meetingFields.extend({ networkId: idField });
export const meetingUpdateInput = meetingFields;
export const meetingSlugInput = z.object({ slug: slugField });

export const AGENDA_KINDS = ['talk', 'group_work', 'break', 'meal', 'since_last'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const agendaItemInput = z.object({
  startsAt: osloDateTimeInput.nullable(),
  title: requiredText(MEETING_LIMITS.title),
  description: optionalText(MEETING_LIMITS.agendaText),
  leader: optionalText(MEETING_LIMITS.title),
  kind: z.enum(AGENDA_KINDS, { error: 'validation.choice' }),
});
/** The whole agenda at once, in the order given. */
export const agendaInput = z.object({
  items: z.array(agendaItemInput, { error: 'validation.invalid' }).max(MEETING_LIMITS.agendaItems, {
    error: 'validation.tooLong',
  }),
});

/**
 * What a person with a seat tells the coordinator: how they attend, the sensitive needs (kept
 * apart and deleted after the meeting) and list consent. Asked when registering with a seat
 * free, or later with `updateRegistration` (after a promotion from the waiting list, or to
 * change one's needs before the start).
 */
export const meetingRegistrationDetails = z.object({
  attendance: z.enum(ATTENDANCE_MODES, { error: 'validation.choice' }),
  dietary: optionalText(MEETING_LIMITS.freeText),
  wheelchair: flag,
  signLanguage: flag,
  writtenInterpretation: flag,
  hearingLoop: flag,
  otherAccessNeeds: optionalText(MEETING_LIMITS.freeText),
  travelSupport: flag,
  listConsent: flag,
});
export type MeetingRegistrationDetails = z.infer<typeof meetingRegistrationDetails>;

/**
 * What a person gives when registering (themselves, or an editor for a colleague: `userId`).
 * The details are left out when every seat is taken: the waiting list asks only who (the
 * account's name and e-mail) and for which organisation, and the rest when a seat is offered.
 * Details are "given" when `attendance` is.
 */
export const meetingRegisterInput = z.object({
  userId: idField.optional(),
  organisationId: idField.nullable(),
  ...meetingRegistrationDetails.partial().shape,
});
export type MeetingRegisterInput = z.infer<typeof meetingRegisterInput>;

export const registrationIdInput = z.object({ registrationId: idField });
export const moveRegistrationInput = z.object({
  to: z.enum(['confirmed', 'waiting'], { error: 'validation.choice' }),
});

/** The public lists: upcoming or past, for all networks or one. */
export const meetingListInput = z.object({
  networkSlug: slugField.optional(),
  when: z.enum(['upcoming', 'past'], { error: 'validation.choice' }).default('upcoming'),
  page: pageInput.shape.page,
});
export const adminMeetingListInput = z.object({ networkId: idField.optional() });
