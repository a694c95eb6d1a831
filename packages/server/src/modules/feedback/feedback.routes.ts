/**
 * The routes of feedback and petitions (issue 12, item 1). Public ones (the form, the follow-up by code,
 * the sender's rating and reopen with the follow token, the published answers) are registered outside the
 * staff session's scope (http/server.ts); the form is limited per client address, counted by a daily-keyed
 * HMAC (reports/address-key.ts) so the limiter holds no address. Staff routes under /api/feedback… check
 * role and scope in the use cases.
 */
import {
  ActionsTakenQuery,
  ActionsTakenSchema,
  ActionTakenBody,
  ActionTakenSchema,
  FeedbackAssignBody,
  FeedbackAssigneesSchema,
  FeedbackCodeParams,
  FeedbackDraftBody,
  FeedbackEmptyBody,
  FeedbackListQuery,
  FeedbackListSchema,
  FeedbackMergeBody,
  FeedbackRateBody,
  FeedbackReceiptSchema,
  FeedbackReceiveInfoBody,
  FeedbackRejectBody,
  FeedbackReopenBody,
  FeedbackRequestInfoBody,
  type FeedbackStaffAction,
  FeedbackTokenBody,
  FeedbackTransferBody,
  FeedbackViewSchema,
  PublicFeedbackBody,
  PublicFeedbackSchema,
  PublishedAnswersQuery,
  PublishedAnswersSchema,
  StaffFeedbackBody,
  SuggestionBoxOpeningBody,
  SuggestionBoxOpeningListSchema,
  SuggestionBoxOpeningSchema,
  vietnamInstant,
  withErrors,
} from '@motcua/core';
import type { FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import { requireActor } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { RotatingAddressKey } from '../reports/address-key.ts';
import { actionsTaken, recordActionTaken } from './actions-taken.ts';
import {
  act,
  assignees,
  type Deps,
  enter,
  list,
  listOpenings,
  openSuggestionBox,
  publicView,
  publishedAnswers,
  senderAct,
  submitPublic,
  view,
} from './feedback.ts';

const makeDeps = (app: AppInstance) => async (): Promise<Deps> => ({
  db: app.ctx.db,
  cal: await app.ctx.calendar.calendar(),
  now: app.ctx.clock(),
  recordedAt: vietnamInstant(app.ctx.serverClock().getTime()),
});

export function publicFeedbackRoutes(app: AppInstance): void {
  const { env } = app.ctx;
  const deps = makeDeps(app);
  const addressKey = new RotatingAddressKey(() => app.ctx.serverClock());
  const privately = { 'cache-control': 'private, no-store' };
  const tags = ['public'];

  app.post(
    '/api/public/feedback',
    {
      config: {
        rateLimit: {
          max: env.feedbackPerAddressPerMinute,
          timeWindow: '1 minute',
          keyGenerator: (request: FastifyRequest) => `pakn:${addressKey.digest(request.ip)}`,
        },
      },
      schema: {
        tags,
        summary:
          'Sends a PAKN (phản ánh, kiến nghị) from the public website, anonymous or with a contact; answers its ' +
          'code, the answer’s due date and, once, the follow token',
        body: PublicFeedbackBody,
        response: withErrors({ 201: FeedbackReceiptSchema }),
      },
    },
    async (request, reply) => {
      reply.headers(privately);
      return reply.status(201).send(await submitPublic(await deps(), request.body));
    },
  );

  app.get(
    '/api/public/feedback/answered',
    {
      schema: {
        tags,
        summary: 'The published answers to PAKN, newest first (no sender’s data)',
        querystring: PublishedAnswersQuery,
        response: withErrors({ 200: PublishedAnswersSchema }),
      },
    },
    async (request) => publishedAnswers(await deps(), request.query),
  );

  app.get(
    '/api/public/actions-taken',
    {
      schema: {
        tags,
        summary: '"Bạn nói, chúng tôi làm": what agencies changed because of feedback, with the PAKN titles',
        querystring: ActionsTakenQuery,
        response: withErrors({ 200: ActionsTakenSchema }),
      },
    },
    async (request) => actionsTaken(app.ctx.db, request.query),
  );

  app.get(
    '/api/public/feedback/:code',
    {
      schema: {
        tags,
        summary:
          'The public view of a PAKN by its code: status, clocks, the answer if published; never the contact',
        params: FeedbackCodeParams,
        response: withErrors({ 200: PublicFeedbackSchema }),
      },
    },
    async (request) => publicView(await deps(), request.params.code),
  );

  app.post(
    '/api/public/feedback/:code/follow',
    {
      schema: {
        tags,
        summary: 'The sender’s view with the follow token (the answer even when not published)',
        params: FeedbackCodeParams,
        body: FeedbackTokenBody,
        response: withErrors({ 200: PublicFeedbackSchema }),
      },
    },
    async (request, reply) => {
      reply.headers(privately);
      return publicView(await deps(), request.params.code, request.body.followToken);
    },
  );

  app.post(
    '/api/public/feedback/:code/rate',
    {
      schema: {
        tags,
        summary: 'The sender likes or dislikes the answer (with the follow token)',
        params: FeedbackCodeParams,
        body: FeedbackRateBody,
        response: withErrors({ 200: PublicFeedbackSchema }),
      },
    },
    async (request, reply) => {
      reply.headers(privately);
      const { followToken, rating } = request.body;
      return senderAct(await deps(), request.params.code, followToken, { action: 'rate', rating });
    },
  );

  app.post(
    '/api/public/feedback/:code/reopen',
    {
      schema: {
        tags,
        summary:
          'The sender reopens the answered PAKN, once, within 10 days of the answer (with the follow token)',
        params: FeedbackCodeParams,
        body: FeedbackReopenBody,
        response: withErrors({ 200: PublicFeedbackSchema }),
      },
    },
    async (request, reply) => {
      reply.headers(privately);
      const { followToken, reason } = request.body;
      return senderAct(await deps(), request.params.code, followToken, { action: 'reopen', reason });
    },
  );
}

export function feedbackRoutes(app: AppInstance): void {
  const { db } = app.ctx;
  const deps = makeDeps(app);
  const preValidation = async (request: Parameters<typeof requireActor>[1]) =>
    void (await requireActor(db, request));
  const privately = { 'cache-control': 'private, no-store' };
  const tags = ['feedback'];

  app.get(
    '/api/feedback',
    {
      preValidation,
      schema: {
        tags,
        summary:
          'The PAKN inbox of the agencies in scope, soonest due first, with due-soon and overdue counts',
        querystring: FeedbackListQuery,
        response: withErrors({ 200: FeedbackListSchema }),
      },
    },
    async (request, reply) => {
      reply.headers(privately);
      return list(await deps(), await requireActor(db, request), request.query);
    },
  );

  app.post(
    '/api/feedback',
    {
      preValidation,
      schema: {
        tags,
        summary: 'Enters a PAKN from the hotline, in person, a survey form, Facebook or Zalo (link kept)',
        body: StaffFeedbackBody,
        response: withErrors({ 201: FeedbackViewSchema }),
      },
    },
    async (request, reply) => {
      const actor = await requireActor(db, request);
      const d = await deps();
      const { code, followToken } = await enter(d, actor, request.body);
      reply.headers(privately);
      return reply.status(201).send({ ...(await view(d, actor, code)), followToken });
    },
  );

  app.get(
    '/api/feedback/openings',
    {
      preValidation,
      schema: {
        tags,
        summary: 'The suggestion-box openings of the agencies in scope',
        response: withErrors({ 200: SuggestionBoxOpeningListSchema }),
      },
    },
    async (request, reply) => {
      reply.headers(privately);
      return listOpenings(await deps(), await requireActor(db, request));
    },
  );

  app.post(
    '/api/feedback/openings',
    {
      preValidation,
      schema: {
        tags,
        summary: 'Records a suggestion-box opening (when, with whom) and each of its letters as a PAKN',
        body: SuggestionBoxOpeningBody,
        response: withErrors({ 201: SuggestionBoxOpeningSchema }),
      },
    },
    async (request, reply) => {
      const opening = await openSuggestionBox(await deps(), await requireActor(db, request), request.body);
      reply.headers(privately);
      return reply.status(201).send(opening);
    },
  );

  app.post(
    '/api/feedback-actions',
    {
      preValidation,
      schema: {
        tags,
        summary:
          'Records what the agency changed because of one or more of its PAKN ("Bạn nói, chúng tôi làm")',
        body: ActionTakenBody,
        response: withErrors({ 201: ActionTakenSchema }),
      },
    },
    async (request, reply) => {
      const id = await recordActionTaken(await deps(), await requireActor(db, request), request.body);
      const [saved] = (await actionsTaken(db, {}, id)).items;
      if (!saved) throw new RangeError('The action just recorded is not there');
      reply.headers(privately);
      return reply.status(201).send(saved);
    },
  );

  app.get(
    '/api/feedback/:code',
    {
      preValidation,
      schema: {
        tags,
        summary: 'One PAKN with its clocks, contact, timeline and the actions the caller may take now',
        params: FeedbackCodeParams,
        response: withErrors({ 200: FeedbackViewSchema }),
      },
    },
    async (request, reply) => {
      reply.headers(privately);
      return view(await deps(), await requireActor(db, request), request.params.code);
    },
  );

  app.get(
    '/api/feedback/:code/assignees',
    {
      preValidation,
      schema: {
        tags,
        summary: 'The officers a PAKN may be assigned to',
        params: FeedbackCodeParams,
        response: withErrors({ 200: FeedbackAssigneesSchema }),
      },
    },
    async (request) => assignees(await deps(), await requireActor(db, request), request.params.code),
  );

  const ACTIONS: [FeedbackStaffAction, TSchema, string][] = [
    ['assign', FeedbackAssignBody, 'Assigns the PAKN to an officer of the owning agency'],
    ['reject', FeedbackRejectBody, 'Rejects the PAKN (not handled), with the reason'],
    ['request-info', FeedbackRequestInfoBody, 'Asks the sender for more information (once only)'],
    ['receive-info', FeedbackReceiveInfoBody, 'Records the information received; the answer clock restarts'],
    [
      'transfer',
      FeedbackTransferBody,
      'Transfers the PAKN to the competent agency (opened there, fresh clocks)',
    ],
    ['merge', FeedbackMergeBody, 'Merges the PAKN into a duplicate of the same agency'],
    ['draft', FeedbackDraftBody, 'Drafts (or redrafts) the answer'],
    ['approve', FeedbackEmptyBody, 'Approves the drafted answer (a leader); the publication clock starts'],
    [
      'publish',
      FeedbackEmptyBody,
      'Gives the approved answer: published unless the sender asked for privacy',
    ],
  ];
  for (const [action, body, summary] of ACTIONS) {
    app.post(
      `/api/feedback/:code/${action}`,
      {
        preValidation,
        schema: {
          tags,
          summary,
          params: FeedbackCodeParams,
          body,
          response: withErrors({ 200: FeedbackViewSchema }),
        },
      },
      async (request, reply) => {
        const actor = await requireActor(db, request);
        const d = await deps();
        const { code } = request.params as { code: string };
        await act(d, actor, code, action, (request.body ?? {}) as Record<string, unknown>);
        reply.headers(privately);
        return view(d, actor, code);
      },
    );
  }
}
