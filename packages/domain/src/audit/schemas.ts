import { z } from 'zod';
import { AUDIT_ENTITIES } from './types.ts';
import { idField } from '../schemas/fields.ts';

export const auditListInput = z.object({
  entity: z.enum(AUDIT_ENTITIES, { error: 'validation.choice' }).optional(),
  actorId: idField.optional(),
  page: z.number({ error: 'validation.invalid' }).int().min(1).max(10_000).default(1),
});
