/**
 * The HTTP API's contract, as TypeBox schemas (plain JSON Schema): the server declares every route's body
 * and answers with them (so /api/openapi.json describes the answers), and the web takes its types from the
 * same schemas (`Static<typeof …>`), so the two cannot drift. Pure data: no I/O.
 */
import { type TSchema, Type } from 'typebox';

/** A string enum from a readonly tuple, typed as its union. */
export const StringEnum = <const T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const InstantText = Type.String({ description: 'ISO 8601 instant with its offset' });
export const DateText = Type.String({ description: 'YYYY-MM-DD' });

export const NamedRef = Type.Object({ code: Type.String(), name: Type.String() });

export const FieldErrorSchema = Type.Object({
  path: Type.String(),
  message: Type.String(),
  messageEn: Type.String(),
});

/** Every 4xx and 5xx answer: a code, a message in Vietnamese and English, the fields at fault. */
export const ErrorBodySchema = Type.Object({
  error: Type.Object(
    {
      code: Type.String(),
      message: Type.Optional(Type.String()),
      messageEn: Type.Optional(Type.String()),
      requestId: Type.Optional(Type.String()),
      fields: Type.Optional(Type.Array(FieldErrorSchema)),
      allowedActions: Type.Optional(Type.Array(Type.String())),
    },
    { additionalProperties: true, description: 'Extra details of the rule at fault may follow' },
  ),
});

/** A route's answers with the error shape added for 4xx and 5xx. */
export const withErrors = <T extends Record<number, TSchema>>(answers: T) =>
  ({ ...answers, '4xx': ErrorBodySchema, '5xx': ErrorBodySchema }) as T & {
    '4xx': typeof ErrorBodySchema;
    '5xx': typeof ErrorBodySchema;
  };

/** A binary answer (a PDF, a spreadsheet, a scan), described for OpenAPI; sent as bytes. */
export const Binary = (contentType: string, description: string) =>
  Type.Unsafe<Uint8Array>({
    description,
    content: { [contentType]: { schema: { type: 'string', format: 'binary' } } },
  });

export const AgencySummarySchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  kind: Type.String(),
  parentCode: Nullable(Type.String()),
});
export const AgencyListSchema = Type.Object({ items: Type.Array(AgencySummarySchema) });
