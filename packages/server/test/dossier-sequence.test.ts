import { MAX_DAILY_SEQUENCE, sequencePlaces } from '@motcua/core';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sequencePlacesSql } from '../src/modules/dossiers/intake/sequence-places-sql.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let clock = new Date('2025-03-03T09:00:00+07:00');
let t: TestApp;
let cookie: string;
let body: object;
beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
  cookie = await t.login('tiepnhan.xa');
  const p = (await t.app.inject('/api/procedures/1.001193')).json();
  body = {
    procedureCode: '1.001193',
    caseCode: p.cases[0].code,
    channel: 'counter',
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '037090001234', phone: '0912345678' },
    components: p.cases[0].components
      .filter((c: { required: boolean }) => c.required)
      .map((c: { id: string; quantity: number }) => ({ id: c.id, quantity: c.quantity })),
  };
});
afterAll(() => t.close());

const intake = () =>
  t.app.inject({ method: 'POST', url: '/api/dossiers', payload: body, headers: { cookie } });

describe('dossier code sequence', () => {
  it('gives distinct consecutive numbers to concurrent intakes at one counter, and starts again each day', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, intake));
    expect(answers.every((a) => a.statusCode === 201)).toBe(true);
    const numbers = answers.map((a) => Number(a.json().code.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    clock = new Date('2025-03-04T09:00:00+07:00');
    expect((await intake()).json().code).toMatch(/-250304-0001$/);
  });

  const setSequence = async (day: string, lastValue: number) => {
    const agency = (await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).json().user.agency.code;
    await t.database.db
      .updateTable('dossierCodeSequences')
      .set({ lastValue })
      .where('agencyCode', '=', agency)
      .where('day', '=', day)
      .execute();
  };

  it('does not run out at 9,999: the 10,000th dossier of a day is A000, the next A001 (issue 9, item 6)', async () => {
    await setSequence('2025-03-04', 9999);
    const res = await intake();
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().code).toMatch(/^000\.\d{2}\.\d{2}\.H\d{2}-250304-A000$/);
    expect((await intake()).json().code).toMatch(/-250304-A001$/);
    const lookup = await t.app.inject(`/api/public/dossiers/${res.json().code}`);
    expect(lookup.statusCode).toBe(200);
  });

  it('refuses the dossier after the last of a day cleanly, naming the figure', async () => {
    await setSequence('2025-03-04', MAX_DAILY_SEQUENCE - 1);
    expect((await intake()).json().code).toMatch(/-250304-ZZZZ$/);
    const res = await intake();
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('953.295') });
  });

  it("writes in SQL exactly core's places for every boundary and a random sample", async () => {
    const samples = [
      ...[1, 9, 10, 999, 9998, 9999, 10_000, 10_009, 10_010, 10_033, 10_034, 11_155, 11_156, 49_303, 49_304],
      MAX_DAILY_SEQUENCE - 1,
      MAX_DAILY_SEQUENCE,
      ...fc.sample(fc.integer({ min: 1, max: MAX_DAILY_SEQUENCE }), { numRuns: 300, seed: 9 }),
    ];
    const rows = await sql<{ n: number; places: string }>`
      SELECT n, ${sequencePlacesSql(sql.ref('n'))} AS places
      FROM unnest(${samples}::integer[]) AS n`.execute(t.database.db);
    expect(rows.rows).toHaveLength(samples.length);
    for (const { n, places } of rows.rows) expect(places, String(n)).toBe(sequencePlaces(Number(n)));
  });
});
