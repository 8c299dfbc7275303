import type { Locale } from '@knutepunkt/domain';
import type { AdminRouterInputs, AdminRouterOutputs } from '@knutepunkt/api';

/** A speaker as the admin form holds it, and the mapping to and from the API (SpeakerForm.tsx). */

export type Speaker = AdminRouterOutputs['conference']['speakers']['get'];
export type SpeakerInput = Omit<AdminRouterInputs['conference']['speakers']['update'], 'speakerId'>;

export interface SpeakerValues {
  name: string;
  bio: string;
  bioLanguage: Locale;
  contribution: string;
  organisationId: string;
  userEmail: string;
  photoAlt: string;
}

export const SPEAKER_FIELDS = [
  'name',
  'bio',
  'bioLanguage',
  'contribution',
  'organisationId',
  'userEmail',
  'photoAlt',
] as const;

export const EMPTY_SPEAKER: SpeakerValues = {
  name: '',
  bio: '',
  bioLanguage: 'nb',
  contribution: '',
  organisationId: '',
  userEmail: '',
  photoAlt: '',
};

export const speakerValues = (s: Speaker): SpeakerValues => ({
  name: s.name,
  bio: s.bio,
  bioLanguage: s.bioLanguage,
  contribution: s.contribution,
  organisationId: s.organisationId ?? '',
  userEmail: s.userEmail ?? '',
  photoAlt: s.photoAlt,
});

export const speakerInput = (v: SpeakerValues): SpeakerInput => ({
  ...v,
  organisationId: v.organisationId || null,
  userEmail: v.userEmail.trim() || null,
});
