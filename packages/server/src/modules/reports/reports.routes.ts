/**
 * The inspectorate's pages for anonymous reports: the list, one report with its log, a handling step, and
 * the statistics (also the supervisor's). Nobody else sees them (core/src/reports/access.ts).
 */
import {
  canHandleReports,
  canSeeReportStats,
  forbidden,
  ReportActionBodySchema,
  ReportDetailSchema,
  ReportIdParams,
  ReportListQuery,
  ReportListSchema,
  ReportStatsQuery,
  ReportStatsSchema,
  withErrors,
} from '@motcua/core';
import type { FastifyRequest } from 'fastify';
import { requireActor } from '../../http/auth.ts';
import type { AppInstance } from '../../http/server.ts';
import { loadAgencyTree } from '../reference/agency-tree.ts';
import { reportStats } from './report-stats.ts';
import { actOnReport, getReport, listReports } from './reports.repo.ts';

export function reportRoutes(app: AppInstance): void {
  const { db, reference } = app.ctx;
  /** An onRequest hook: who may is checked before the body is read. */
  const allow = (may: typeof canHandleReports) => async (request: FastifyRequest) => {
    const actor = await requireActor(db, request);
    if (!may(actor, await loadAgencyTree(db))) throw forbidden();
  };

  app.get(
    '/api/reports',
    {
      onRequest: allow(canHandleReports),
      schema: {
        tags: ['reports'],
        summary: 'Anonymous reports, newest day first (the inspectorate)',
        querystring: ReportListQuery,
        response: withErrors({ 200: ReportListSchema }),
      },
    },
    async (request) => listReports(db, reference, request.query),
  );

  app.get(
    '/api/reports/stats',
    {
      onRequest: allow(canSeeReportStats),
      schema: {
        tags: ['reports'],
        summary: 'Counts of anonymous reports per agency and per procedure, by kind and outcome',
        querystring: ReportStatsQuery,
        response: withErrors({ 200: ReportStatsSchema }),
      },
    },
    async (request) => reportStats(db, reference, request.query),
  );

  app.get(
    '/api/reports/:id',
    {
      onRequest: allow(canHandleReports),
      schema: {
        tags: ['reports'],
        summary: 'One anonymous report with its hash-chained handling log and the steps allowed now',
        params: ReportIdParams,
        response: withErrors({ 200: ReportDetailSchema }),
      },
    },
    async (request) => getReport(db, reference, request.params.id),
  );

  app.post(
    '/api/reports/:id/actions',
    {
      onRequest: allow(canHandleReports),
      schema: {
        tags: ['reports'],
        summary:
          'A handling step: start verification, verified, not substantiated, transferred for discipline, ' +
          'closed, the public answer, an internal note (not allowed now: 409 with allowedActions)',
        params: ReportIdParams,
        body: ReportActionBodySchema,
        response: withErrors({ 200: ReportDetailSchema }),
      },
    },
    async (request) => {
      const actor = await requireActor(db, request);
      return actOnReport(
        db,
        reference,
        { id: actor.id, name: actor.fullName },
        request.params.id,
        request.body,
        app.ctx.clock(),
      );
    },
  );
}
