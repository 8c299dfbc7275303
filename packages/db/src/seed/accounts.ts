import type { Locale, MembershipRole, MembershipStatus } from '../generated/prisma/enums.ts';

/**
 * One made-up person per role, so every part of the platform can be tried by
 * signing in as someone. The e-mail domain is reserved for the demo and the
 * password is shared and obviously a demo one: these accounts must never look
 * like real people's.
 */
export const DEMO_EMAIL_DOMAIN = 'demo.knutepunkt.no';
export const DEMO_PASSWORD = 'demo-passord-2026';

export interface DemoMembership {
  /** Organisation slug (organisations.ts). */
  organisation: string;
  role: MembershipRole;
  status: MembershipStatus;
  note?: string;
  /**
   * E-mail of the demo account that decided, chosen to match who may decide
   * in the role rules: only an admin or a coordinator of one of the
   * organisation's networks may make someone an editor.
   */
  decidedBy?: string;
}

export interface DemoAccount {
  email: string;
  name: string;
  locale: Locale;
  isAdmin?: boolean;
  /** What the account is for, in English, shown when the demo is seeded. */
  role: string;
  /** Network slugs (networks.ts) this person coordinates. */
  coordinates?: string[];
  memberships?: DemoMembership[];
}

const ADMIN = `admin@${DEMO_EMAIL_DOMAIN}`;
const COORDINATOR = `koordinator@${DEMO_EMAIL_DOMAIN}`;

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: ADMIN,
    name: 'Ada Admin',
    locale: 'nb',
    isAdmin: true,
    role: 'platform admin',
  },
  {
    email: COORDINATOR,
    name: 'Kari Koordinator',
    locale: 'nb',
    role: 'network coordinator (Recovery-nettverk Midt-Norge)',
    coordinates: ['recovery-nettverk-midt-norge'],
    // Not approved by herself: the admin made her an editor of her own centre.
    memberships: [{ organisation: 'kbt-midt-norge', role: 'EDITOR', status: 'APPROVED', decidedBy: ADMIN }],
  },
  {
    email: `redaktor@${DEMO_EMAIL_DOMAIN}`,
    name: 'Rune Redaktør',
    locale: 'nb',
    role: 'organisation editor (Trondheim kommune)',
    memberships: [{ organisation: 'trondheim-kommune', role: 'EDITOR', status: 'APPROVED', decidedBy: COORDINATOR }],
  },
  {
    email: `medlem@${DEMO_EMAIL_DOMAIN}`,
    name: 'Mona Medlem',
    locale: 'nb',
    role: 'member',
    memberships: [
      {
        organisation: 'mental-helse-trondelag',
        role: 'MEMBER',
        status: 'APPROVED',
        note: 'Jeg er brukerrepresentant for fylkeslaget og vil gjerne følge med på nettverkssamlingene.',
        decidedBy: COORDINATOR,
      },
    ],
  },
  {
    email: `nynorsk@${DEMO_EMAIL_DOMAIN}`,
    name: 'Nils Nynorsk',
    locale: 'nn',
    role: 'organisation editor (Molde kommune), writes nynorsk',
    memberships: [{ organisation: 'molde-kommune', role: 'EDITOR', status: 'APPROVED', decidedBy: COORDINATOR }],
  },
  {
    email: `koordinator.knutepunkt@${DEMO_EMAIL_DOMAIN}`,
    name: 'Kjell Knutepunkt',
    locale: 'nb',
    role: 'network coordinator (Knutepunkt for Recovery)',
    coordinates: ['knutepunkt-for-recovery'],
  },
  {
    // A user-interviewer: lived experience, trained in the method, on both demo evaluations'
    // teams (evaluations.ts). A plain member of a user organisation, not an editor anywhere.
    email: `intervjuer@${DEMO_EMAIL_DOMAIN}`,
    name: 'Ida Intervjuer',
    locale: 'nn',
    role: 'user-interviewer (Bruker Spør Bruker)',
    memberships: [
      {
        organisation: 'mental-helse-trondelag',
        role: 'MEMBER',
        status: 'APPROVED',
        note: 'Eg er brukarintervjuar for KBT og vil følgje med på nettverket.',
        decidedBy: COORDINATOR,
      },
    ],
  },
  {
    // Left undecided on purpose: Rune (editor) or Kari (coordinator) can approve it.
    email: `pending@${DEMO_EMAIL_DOMAIN}`,
    name: 'Per Pending',
    locale: 'nb',
    role: 'pending membership request (Trondheim kommune)',
    memberships: [
      {
        organisation: 'trondheim-kommune',
        role: 'MEMBER',
        status: 'PENDING',
        note: 'Jeg jobber i Enhet for psykisk helse og rus og vil gjerne følge med på innspill og referater fra nettverket.',
      },
    ],
  },
];
