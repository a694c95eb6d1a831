/**
 * The public routes of citizen reception, dialogues and contacts (issue 12, item 4), outside the staff
 * session's scope (http/server.ts): no session cookie is read or minted. The two forms (a registration, a
 * question to a dialogue) and the lookup by code are limited per client, counted by an HMAC of the address
 * with a key kept in memory and replaced daily (reports/address-key.ts), so the limiter holds no address.
 */
import {
  AgencyContactsSchema,
  AgencyParams,
  ContactsListSchema,
  DialogueListSchema,
  DialogueParams,
  DialogueSchema,
  PublicRegistrationSchema,
  PublicScheduleSchema,
  QuestionBody,
  QuestionReceiptSchema,
  ReceptionAgencyListSchema,
  RegistrationBody,
  RegistrationCodeBody,
  RegistrationCodeParams,
  RegistrationReceiptSchema,
  vietnamInstant,
  withErrors,
} from '@motcua/core';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppInstance } from '../../http/server.ts';
import { RotatingAddressKey } from '../reports/address-key.ts';
import {
  agencyContacts,
  type Deps,
  followRegistration,
  publicAgencies,
  publicContacts,
  publicDialogue,
  publicDialogues,
  publicSchedule,
  register,
  sendQuestion,
} from './reception.ts';

export function publicReceptionRoutes(app: AppInstance): void {
  const { db, calendar, env } = app.ctx;
  const deps = async (): Promise<Deps> => ({
    db,
    cal: await calendar.calendar(),
    now: app.ctx.clock(),
    recordedAt: vietnamInstant(app.ctx.serverClock().getTime()),
  });
  const addressKey = new RotatingAddressKey(() => app.ctx.serverClock());
  const limit = (max: number) => ({
    rateLimit: {
      max,
      timeWindow: '1 minute',
      keyGenerator: (request: FastifyRequest) => addressKey.digest(request.ip),
    },
  });
  const posts = limit(env.receptionPostsPerAddressPerMinute);
  const lookups = limit(env.lookupPerAddressPerMinute);
  const tags = ['public'];

  app.get(
    '/api/public/reception/agencies',
    {
      schema: {
        tags,
        summary: 'The agencies that receive citizens (tiếp công dân), those with a published schedule first',
        response: withErrors({ 200: ReceptionAgencyListSchema }),
      },
    },
    async () => publicAgencies(db),
  );

  app.get(
    '/api/public/reception/agencies/:agency/schedule',
    {
      schema: {
        tags,
        summary:
          "An agency's published reception schedule and its dated sessions of the coming weeks, with places left",
        params: AgencyParams,
        response: withErrors({ 200: PublicScheduleSchema }),
      },
    },
    async (request) => publicSchedule(await deps(), request.params.agency),
  );

  app.post(
    '/api/public/reception/registrations',
    {
      config: posts,
      schema: {
        tags,
        summary:
          'Registers for a reception session (name, phone, subject) within its capacity; answers the code to follow it',
        body: RegistrationBody,
        response: withErrors({ 201: RegistrationReceiptSchema }),
      },
    },
    async (request, reply) => reply.status(201).send(await register(await deps(), request.body)),
  );

  app.get(
    '/api/public/reception/registrations/:code',
    {
      config: lookups,
      schema: {
        tags,
        summary:
          'A registration by its code: the session, whether it was received and its follow-up (phone masked)',
        params: RegistrationCodeParams,
        response: withErrors({ 200: PublicRegistrationSchema }),
      },
    },
    async (request) => followRegistration(db, request.params.code),
  );

  app.post(
    '/api/public/reception/registrations/lookup',
    {
      config: lookups,
      schema: {
        tags,
        summary: 'The same lookup with the code in the body (kept out of URLs and proxies’ access logs)',
        body: RegistrationCodeBody,
        response: withErrors({ 200: PublicRegistrationSchema }),
      },
    },
    async (request) => followRegistration(db, request.body.code),
  );

  app.get(
    '/api/public/dialogues',
    {
      schema: {
        tags,
        summary:
          "Leaders' dialogues (đối thoại), latest first; published minutes and commitments with their status",
        querystring: Type.Object(
          { agency: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9.-]+$' })) },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: DialogueListSchema }),
      },
    },
    async (request) => publicDialogues(await deps(), request.query.agency),
  );

  app.get(
    '/api/public/dialogues/:id',
    {
      schema: {
        tags,
        summary: 'One dialogue with its published minutes and commitments',
        params: DialogueParams,
        response: withErrors({ 200: DialogueSchema }),
      },
    },
    async (request) => publicDialogue(await deps(), request.params.id),
  );

  app.post(
    '/api/public/dialogues/:id/questions',
    {
      config: posts,
      schema: {
        tags,
        summary: 'Sends a question to an upcoming dialogue (until the day before it)',
        params: DialogueParams,
        body: QuestionBody,
        response: withErrors({ 201: QuestionReceiptSchema }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await sendQuestion(await deps(), request.params.id, request.body)),
  );

  app.get(
    '/api/public/contacts',
    {
      schema: {
        tags,
        summary: "Every agency's published hotline and leaders' phone numbers",
        response: withErrors({ 200: ContactsListSchema }),
      },
    },
    async () => publicContacts(db),
  );

  app.get(
    '/api/public/contacts/:agency',
    {
      schema: {
        tags,
        summary: "One agency's hotline and leaders' phone numbers",
        params: AgencyParams,
        response: withErrors({ 200: AgencyContactsSchema }),
      },
    },
    async (request) => agencyContacts(db, request.params.agency),
  );
}
