import { z } from 'zod';
import { emailField, idField } from '../schemas/fields.ts';
import { passwordField } from '../people/schemas.ts';

/** A reset link's token as it arrives: bounded, so junk never reaches a query; its exact shape is checked by the service. */
export const resetTokenField = z
  .string({ error: 'password-reset.error.invalidToken' })
  .min(1, { error: 'password-reset.error.invalidToken' })
  .max(100, { error: 'password-reset.error.invalidToken' });

export const passwordResetRequestInput = z.object({ email: emailField });

export const passwordResetTokenInput = z.object({ token: resetTokenField });

/** The new password twice, with the same rules as registration. */
export const passwordResetInput = z
  .object({
    token: resetTokenField,
    password: passwordField,
    passwordAgain: z.string({ error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
  })
  .refine((input) => input.password === input.passwordAgain, {
    path: ['passwordAgain'],
    error: 'password-reset.error.mismatch',
  });
export type PasswordResetInput = z.infer<typeof passwordResetInput>;

/** An admin sends a person a link from the admin app. */
export const adminSendResetInput = z.object({ userId: idField });

/** The admin app asks for the password again before sensitive actions. */
export const confirmPasswordInput = z.object({
  password: z
    .string({ error: 'validation.required' })
    .min(1, { error: 'validation.required' })
    .max(200, { error: 'validation.tooLong' }),
});
