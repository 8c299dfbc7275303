import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import { COUNTY_CODES, ORGANISATION_TYPES } from './types.ts';
import { emailField, idField, optionalText, pageInput, requiredText, slugField, urlField } from '../schemas/fields.ts';

export const organisationTypeField = z.enum(ORGANISATION_TYPES, { error: 'validation.choice' });
export const countyField = z.enum(COUNTY_CODES, { error: 'validation.choice' });

/** What an organisation editor may change on the organisation's profile. */
export const organisationProfileInput = z.object({
  description: optionalText(4000),
  email: emailField.nullable(),
  phone: z
    .string({ error: 'validation.invalid' })
    .trim()
    .max(30, { error: 'validation.tooLong' })
    .regex(/^[+0-9 ()-]*$/, { error: 'validation.phone' })
    .nullable(),
  website: urlField.nullable(),
  municipality: optionalText(100),
  county: countyField.nullable(),
  /** The language the description is written in; left as it is when not sent. */
  language: z.enum(LOCALES, { error: 'validation.choice' }).optional(),
});
export type OrganisationProfileInput = z.infer<typeof organisationProfileInput>;

/** What an admin sets when creating an organisation; the profile can follow. */
export const organisationCreateInput = organisationProfileInput.partial().extend({
  name: requiredText(200),
  slug: slugField,
  type: organisationTypeField,
});
export type OrganisationCreateInput = z.infer<typeof organisationCreateInput>;

export const organisationUpdateInput = organisationProfileInput.extend({
  organisationId: idField,
});

export const organisationAdminUpdateInput = organisationUpdateInput.extend({
  name: requiredText(200),
  type: organisationTypeField,
});

/** The public directory's filters: by type, by county, by name. */
export const organisationListInput = pageInput.extend({
  type: organisationTypeField.optional(),
  county: countyField.optional(),
  q: z.string({ error: 'validation.invalid' }).trim().max(100, { error: 'validation.tooLong' }).optional(),
});
export type OrganisationListInput = z.infer<typeof organisationListInput>;

export const bySlugInput = z.object({ slug: slugField });
export const organisationIdInput = z.object({ organisationId: idField });
