import { describe, expect, it } from 'vitest';
import { isUnloggedPath } from './public-reports.routes.ts';

describe('the paths whose requests are not logged', () => {
  it('are the report routes, the form’s page and the chunks only the report pages load', () => {
    for (const path of [
      '/api/public/reports',
      '/api/public/reports/ABCD-EFGH-JKMN-PQRS',
      '/api/public/reports/lookup',
      '/phan-anh-tieu-cuc',
      '/phan-anh-tieu-cuc/theo-doi',
      '/assets/AnonymousReportPage-DKL2g8y0.js',
      '/assets/FollowReportPage-BZkBf0IM.js',
      '/assets/reports-D1L8mHBQ.js',
      '/assets/reports-BJK1dU6t.css',
    ]) {
      expect(isUnloggedPath(path), path).toBe(true);
    }
    for (const path of [
      '/api/public/dossiers/X',
      '/api/reports',
      '/can-bo/phan-anh',
      '/assets/index-1kMtKY7K.js',
    ]) {
      expect(isUnloggedPath(path), path).toBe(false);
    }
  });
});
