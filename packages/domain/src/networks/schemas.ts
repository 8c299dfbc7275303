import { z } from 'zod';
import { idField, optionalText, requiredText, slugField } from '../schemas/fields.ts';
import { countyField } from '../organisations/schemas.ts';
import { LOCALES } from '../i18n/locale.ts';

export const networkCreateInput = z.object({
  name: requiredText(200),
  slug: slugField,
  description: optionalText(4000).optional(),
  language: z.enum(LOCALES, { error: 'validation.choice' }).optional(),
  counties: z.array(countyField).max(15).default([]),
});
export type NetworkCreateInput = z.infer<typeof networkCreateInput>;

export const networkUpdateInput = z.object({
  networkId: idField,
  name: requiredText(200),
  description: optionalText(4000),
  language: z.enum(LOCALES, { error: 'validation.choice' }).optional(),
  counties: z.array(countyField).max(15),
});

export const networkIdInput = z.object({ networkId: idField });
export const networkMemberInput = z.object({ networkId: idField, organisationId: idField });
export const networkCoordinatorInput = z.object({ networkId: idField, userId: idField });
