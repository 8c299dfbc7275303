import type { Locale } from '@knutepunkt/domain';
import type { AdminRouterInputs, AdminRouterOutputs } from '@knutepunkt/api';

/**
 * A session as the admin form holds it (text for numbers, tags as one comma-separated line),
 * and the mapping to and from the API's session (SessionForm.tsx is the form itself).
 */

export type Session = AdminRouterOutputs['conference']['sessions']['get'];
export type SessionInput = Omit<AdminRouterInputs['conference']['sessions']['update'], 'sessionId'>;
export type Choices = AdminRouterOutputs['conference']['sessions']['choices'];
export type SpeakerChoice = Choices['speakers'][number];

/** The address of the form for a new session or speaker (`:sessionId` / `:speakerId`): never a real id. */
export const NEW = 'ny';

export interface SessionValues {
  title: string;
  abstract: string;
  language: Locale;
  typeId: string;
  trackId: string;
  tags: string;
  signLanguage: boolean;
  captioned: boolean;
  streamed: boolean;
  recorded: boolean;
  materials: string;
  durationMinutes: string;
  capacity: string;
}

export const FLAGS = ['signLanguage', 'captioned', 'streamed', 'recorded'] as const;

/** The form's fields top to bottom, for the error summary. */
export const SESSION_FIELDS = [
  'title',
  'abstract',
  'language',
  'typeId',
  'trackId',
  'tags',
  'durationMinutes',
  'capacity',
  'speakerIds',
  'materials',
] as const;

export const EMPTY_SESSION: SessionValues = {
  title: '',
  abstract: '',
  language: 'nb',
  typeId: '',
  trackId: '',
  tags: '',
  signLanguage: false,
  captioned: false,
  streamed: false,
  recorded: true,
  materials: '',
  durationMinutes: '45',
  capacity: '',
};

export function sessionValues(session: Session): SessionValues {
  return {
    title: session.title,
    abstract: session.abstract,
    language: session.language,
    typeId: session.typeId ?? '',
    trackId: session.trackId ?? '',
    tags: session.tags.join(', '),
    signLanguage: session.signLanguage,
    captioned: session.captioned,
    streamed: session.streamed,
    recorded: session.recorded,
    materials: session.materials,
    durationMinutes: String(session.durationMinutes),
    capacity: session.capacity === null ? '' : String(session.capacity),
  };
}

/** A number field as the API wants it: blank is null, anything else is sent as typed (the server checks). */
const toNumber = (text: string) => (text.trim() === '' ? null : Number(text));

export function sessionInput(values: SessionValues, speakerIds: string[]): SessionInput {
  return {
    ...values,
    typeId: values.typeId || null,
    trackId: values.trackId || null,
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    durationMinutes: toNumber(values.durationMinutes) ?? Number.NaN,
    capacity: toNumber(values.capacity),
    speakerIds,
  };
}
