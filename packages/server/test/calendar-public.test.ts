/**
 * What the public calendar shows (/lich-lam-viec reads GET /api/calendar/holidays): each day's name, kind and
 * citation, and the year's status; never a working note of whoever checked the sources ("to verify",
 * "secondary report", "chưa xác minh"). Those live in docs/domain/calendar.md with their confidence tags.
 */
import { citesNumberAndDate } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NOTE =
  /xác minh|kiểm tra lại|cần kiểm|chưa rõ|báo chí|thứ cấp|ghi chú|\bto (?:check|verify)\b|\bverif|\bunconfirmed\b|\bsecondary\b|\bTODO\b|\bFIXME\b|\?\?/i;

interface Day {
  date: string;
  name: string;
  nameEn: string;
  kind: string;
  source: { basis: string; reference: string; referenceEn: string };
}

describe('the public working calendar', () => {
  it.each([2024, 2025, 2026, 2027, 2030])('shows for %i only names, kinds and citations', async (year) => {
    const res = await t.app.inject(`/api/calendar/holidays?year=${year}`);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { year: number; status: string; source: string; days: Day[] };
    expect(Object.keys(body).sort()).toEqual(['days', 'source', 'status', 'year']);
    expect(body.source).not.toMatch(NOTE);
    for (const day of body.days) {
      expect(Object.keys(day).sort()).toEqual(['date', 'kind', 'name', 'nameEn', 'source']);
      for (const text of [day.name, day.nameEn, day.source.reference, day.source.referenceEn]) {
        expect(text, `${day.date}: ${text}`).not.toMatch(NOTE);
      }
      // A citation someone can look up: the law's article, the decision's number and date, or the
      // estimate saying what it awaits.
      if (day.source.basis === 'statute') expect(day.source.reference).toMatch(/Bộ luật|Luật|Điều/);
      if (day.source.basis === 'decision') expect(citesNumberAndDate(day.source.reference)).toBe(true);
      if (day.source.basis === 'estimate') expect(body.status).toBe('provisional');
    }
    // Official exactly when every day rests on the law or a numbered, dated decision.
    const firm = body.days.every(
      (d) =>
        d.source.basis === 'statute' ||
        (d.source.basis === 'decision' && citesNumberAndDate(d.source.reference)),
    );
    expect(body.status).toBe(firm && body.days.length > 0 ? 'official' : 'provisional');
  });

  it('says when a due date is counted across a provisional year', async () => {
    const res = (await t.app.inject('/api/calendar/working-days?from=2030-01-28&days=5')).json();
    expect(res).toMatchObject({ status: 'provisional', provisionalYears: [2030] });
  });
});
