/**
 * The field a route works on: `:fieldId` in the path, checked to exist (else a 404 problem
 * naming the parameter), and the schemas of fields as the API answers them.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Field } from '../core/domain.js';
import { httpMessages } from './messages.js';
import { ProblemError } from './problem.js';

export const fieldParams = z.object({ fieldId: z.coerce.number().int().min(1).describe('the field’s id (GET /api/fields)') });

export const fieldSchema = z
  .object({
    id: z.number().int(),
    workspaceId: z.number().int(),
    topic: z.string(),
    region: z.string().nullable().describe('ISO 3166 code, null: worldwide'),
    languages: z.array(z.string()).describe('ISO 639-1 codes'),
  })
  .meta({ id: 'Field' });

export async function requireField(app: FastifyInstance, req: FastifyRequest, fieldId: number): Promise<Field> {
  const field = await app.eclaireur.store.getField(fieldId);
  if (!field) throw new ProblemError('not-found', httpMessages(app.eclaireur.langOf(req)).noField(fieldId), [{ in: 'params', field: 'fieldId', pointer: '/fieldId', detail: 'unknown field' }]);
  return field;
}
