/**
 * The practice bank's tags. CHIME is the recovery framework of Leamy et al.
 * (2011): five processes, each with the sub-themes the review found. Codes
 * are stable English identifiers; labels are interface strings
 * (`practice.chime.<code>`, `practice.sub.<code>`, …).
 */
export const CHIME = {
  CONNECTEDNESS: ['PEER_SUPPORT', 'RELATIONSHIPS', 'SUPPORT_FROM_OTHERS', 'COMMUNITY'],
  HOPE: ['BELIEF_IN_RECOVERY', 'MOTIVATION', 'HOPE_RELATIONSHIPS', 'VALUING_SUCCESS', 'DREAMS'],
  IDENTITY: ['DIMENSIONS_OF_IDENTITY', 'POSITIVE_IDENTITY', 'OVERCOMING_STIGMA'],
  MEANING: [
    'MEANING_OF_EXPERIENCE',
    'SPIRITUALITY',
    'QUALITY_OF_LIFE',
    'SOCIAL_ROLES',
    'SOCIAL_GOALS',
    'REBUILDING_LIFE',
  ],
  EMPOWERMENT: ['PERSONAL_RESPONSIBILITY', 'CONTROL_OVER_LIFE', 'STRENGTHS'],
} as const;
export type ChimeCategory = keyof typeof CHIME;
export type ChimeSubtheme = (typeof CHIME)[ChimeCategory][number];
export const CHIME_CATEGORIES = Object.keys(CHIME) as [ChimeCategory, ...ChimeCategory[]];
export const CHIME_SUBTHEMES = Object.values(CHIME).flat() as [ChimeSubtheme, ...ChimeSubtheme[]];

/** Which CHIME category a sub-theme belongs to. */
export function chimeCategoryOf(subtheme: ChimeSubtheme): ChimeCategory {
  return CHIME_CATEGORIES.find((c) => (CHIME[c] as readonly string[]).includes(subtheme))!;
}

/** The level a practice works on: individ, tjeneste, system, samfunn. */
export const LEVELS = ['INDIVIDUAL', 'SERVICE', 'SYSTEM', 'SOCIETY'] as const;
export type Level = (typeof LEVELS)[number];

export const THEMES = [
  'HOUSING',
  'WORK',
  'SUBSTANCE_USE',
  'MENTAL_HEALTH',
  'NEXT_OF_KIN',
  'PHYSICAL_ACTIVITY',
  'ART_AND_CULTURE',
  'LIVED_EXPERIENCE',
  'EDUCATION',
  'ECONOMY',
  'COMMUNITY_AND_NETWORK',
  'USER_INVOLVEMENT',
  'FEEDBACK_INFORMED',
  'COPING',
] as const;
export type Theme = (typeof THEMES)[number];

export const TARGET_GROUPS = [
  'ADULTS',
  'YOUNG_ADULTS',
  'CHILDREN_AND_YOUTH',
  'OLDER_PEOPLE',
  'NEXT_OF_KIN',
  'STAFF',
  'SUBSTANCE_USE',
  'MENTAL_HEALTH',
  'CO_OCCURRING',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
