import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import { emailField, idField, requiredText } from '../schemas/fields.ts';

export const localeField = z.enum(LOCALES, { error: 'validation.choice' });

/** A few passwords people actually choose; refusing them is cheap and helps. */
const COMMON_PASSWORDS = new Set([
  'passord123',
  'passord1234',
  'password123',
  'password1234',
  '1234567890',
  'qwertyuiop',
  'sommer2024!',
  'sommer2025!',
  'sommer2026!',
  'vinter2026!',
  'trondheim123',
  'recovery123',
]);

export const passwordField = z
  .string({ error: 'validation.required' })
  .min(10, { error: 'validation.password.length' })
  .max(200, { error: 'validation.tooLong' })
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), { error: 'validation.password.common' });

export const registerInput = z.object({
  name: requiredText(120),
  email: emailField,
  password: passwordField,
  locale: localeField,
});
export type RegisterInput = z.infer<typeof registerInput>;

export const signInInput = z.object({
  email: emailField,
  // No policy on sign-in: old passwords must still work, and the message must not hint.
  password: z
    .string({ error: 'validation.required' })
    .min(1, { error: 'validation.required' })
    .max(200, { error: 'validation.tooLong' }),
});

export const profileInput = z.object({
  name: requiredText(120),
  email: emailField,
  locale: localeField,
});

export const changePasswordInput = z.object({
  currentPassword: z
    .string({ error: 'validation.required' })
    .min(1, { error: 'validation.required' })
    .max(200, { error: 'validation.tooLong' }),
  newPassword: passwordField,
});

export const localeInput = z.object({ locale: localeField });

export const MEMBERSHIP_ROLES = ['MEMBER', 'EDITOR'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const MEMBERSHIP_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const membershipRequestInput = z.object({
  organisationId: idField,
  note: z.string({ error: 'validation.invalid' }).trim().max(500, { error: 'validation.tooLong' }).optional(),
});
export const membershipDecisionInput = z.object({
  membershipId: idField,
  approve: z.boolean({ error: 'validation.invalid' }),
  role: z.enum(MEMBERSHIP_ROLES, { error: 'validation.choice' }).default('MEMBER'),
});
export const membershipRoleInput = z.object({
  membershipId: idField,
  role: z.enum(MEMBERSHIP_ROLES, { error: 'validation.choice' }),
});
export const membershipIdInput = z.object({ membershipId: idField });

export const userIdInput = z.object({ userId: idField });
export const userListInput = z.object({
  q: z.string({ error: 'validation.invalid' }).trim().max(100, { error: 'validation.tooLong' }).optional(),
  page: z.number({ error: 'validation.invalid' }).int().min(1).max(10_000).default(1),
});
export const userAdminUpdateInput = z.object({
  userId: idField,
  isAdmin: z.boolean({ error: 'validation.invalid' }),
});
export const userDisableInput = z.object({
  userId: idField,
  disabled: z.boolean({ error: 'validation.invalid' }),
});
