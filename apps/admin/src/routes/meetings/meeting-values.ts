import {
  type MEETING_AUDIENCES,
  osloInstantsFor,
  utcToOslo,
  type Disambiguation,
  type Locale,
  type MeetingFields,
  type MeetingMode,
  type OsloDateTimeInput,
  SENSITIVE_RETENTION,
} from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { fieldId } from '@knutepunkt/ui';

/**
 * A meeting as the admin form holds it (Norwegian dates and clock times, text for numbers), and
 * the mapping to and from the API's meeting (MeetingForm.tsx is the form itself).
 */

type Meeting = AdminRouterOutputs['meetings']['get'];
export type Audience = (typeof MEETING_AUDIENCES)[number];

/** A time as the form holds it: Norwegian date and clock, and the answer to "which one?" when it happens twice. */
export interface When {
  date: string;
  time: string;
  disambiguation?: Disambiguation | undefined;
}

export interface MeetingValues {
  networkId: string;
  title: string;
  description: string;
  language: Locale;
  /** The meeting's day: start and end are on it. */
  date: string;
  startTime: string;
  startChoice?: Disambiguation | undefined;
  endTime: string;
  endChoice?: Disambiguation | undefined;
  mode: MeetingMode;
  venueName: string;
  venueAddress: string;
  stepFree: boolean;
  hearingLoop: boolean;
  quietRoom: boolean;
  videoUrl: string;
  capacity: string;
  opens: When;
  deadline: When;
  perOrganisationLimit: string;
  openTo: Audience;
  /** Days after the meeting until the sensitive answers are deleted (1–365). */
  sensitiveRetentionDays: string;
}

export const EMPTY_MEETING: MeetingValues = {
  networkId: '',
  title: '',
  description: '',
  language: 'nb',
  date: '',
  startTime: '',
  endTime: '',
  mode: 'in_person',
  venueName: '',
  venueAddress: '',
  stepFree: false,
  hearingLoop: false,
  quietRoom: false,
  videoUrl: '',
  capacity: '',
  opens: { date: '', time: '' },
  deadline: { date: '', time: '' },
  perOrganisationLimit: '',
  openTo: 'network_members',
  sensitiveRetentionDays: String(SENSITIVE_RETENTION.default),
};

/** An instant shown as the form's Norwegian date and time, with which of two equal clock times it was. */
export function whenOf(iso: string | null): When {
  if (!iso) return { date: '', time: '' };
  const instant = new Date(iso);
  const { date, time } = utcToOslo(instant);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const matches = osloInstantsFor({ year: y, month: m, day: d, hour: h, minute: min, second: 0 });
  if (matches.length < 2) return { date, time };
  return { date, time, disambiguation: matches[0]!.getTime() === instant.getTime() ? 'earlier' : 'later' };
}

export function meetingValues(meeting: Meeting): MeetingValues {
  const start = whenOf(meeting.startsAt);
  const end = whenOf(meeting.endsAt);
  return {
    networkId: meeting.networkId,
    title: meeting.title,
    description: meeting.description,
    language: meeting.language,
    date: start.date,
    startTime: start.time,
    startChoice: start.disambiguation,
    endTime: end.time,
    endChoice: end.disambiguation,
    mode: meeting.mode,
    venueName: meeting.venueName ?? '',
    venueAddress: meeting.venueAddress ?? '',
    stepFree: meeting.stepFree,
    hearingLoop: meeting.hearingLoop,
    quietRoom: meeting.quietRoom,
    videoUrl: meeting.videoUrl ?? '',
    capacity: meeting.capacity === null ? '' : String(meeting.capacity),
    opens: whenOf(meeting.registrationOpensAt),
    deadline: whenOf(meeting.registrationDeadline),
    perOrganisationLimit: meeting.perOrganisationLimit === null ? '' : String(meeting.perOrganisationLimit),
    openTo: meeting.openTo,
    sensitiveRetentionDays: String(meeting.sensitiveRetentionDays),
  };
}

const at = (date: string, time: string, disambiguation: Disambiguation | undefined): OsloDateTimeInput =>
  disambiguation ? { date, time, disambiguation } : { date, time };

/** An empty count is "no limit"; anything else goes as a number, or as written for the server to refuse. */
const count = (value: string): number | null => {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : (trimmed as unknown as number);
};

/** What the API takes: times as Norwegian date and clock (the server turns them into UTC). */
export function meetingInput(values: MeetingValues): MeetingFields {
  const optionalWhen = (w: When) => (w.date || w.time ? at(w.date, w.time, w.disambiguation) : null);
  return {
    title: values.title,
    description: values.description,
    language: values.language,
    startsAt: at(values.date, values.startTime, values.startChoice),
    endsAt: at(values.date, values.endTime, values.endChoice),
    mode: values.mode,
    venueName: values.venueName.trim() || null,
    venueAddress: values.venueAddress.trim() || null,
    stepFree: values.stepFree,
    hearingLoop: values.hearingLoop,
    quietRoom: values.quietRoom,
    videoUrl: values.videoUrl.trim() || null,
    capacity: count(values.capacity),
    registrationOpensAt: optionalWhen(values.opens),
    registrationDeadline: optionalWhen(values.deadline),
    perOrganisationLimit: count(values.perOrganisationLimit),
    openTo: values.openTo,
    // Never empty: an empty field is a wrong number of days, not "keep as it is".
    sensitiveRetentionDays: count(values.sensitiveRetentionDays) ?? ('' as unknown as number),
  };
}

export const FIELDS = [
  'networkId',
  'title',
  'description',
  'language',
  'startsAt',
  'endsAt',
  'mode',
  'venueName',
  'venueAddress',
  'videoUrl',
  'capacity',
  'registrationOpensAt',
  'registrationDeadline',
  'perOrganisationLimit',
  'openTo',
  'sensitiveRetentionDays',
] as const;

/** The input a server's field error points at: a time's date part at its date field, the rest at its clock. */
export function meetingFieldId(field: string): string {
  const [group, part] = field.split('.');
  if (group === 'startsAt' || group === 'endsAt') return fieldId(part === 'date' ? 'date' : group);
  if (group === 'registrationOpensAt' || group === 'registrationDeadline') {
    return fieldId(part === 'date' ? group : `${group}Time`);
  }
  return fieldId(group ?? field);
}
