import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('refuses the 10,000th dossier of a day cleanly', async () => {
    const agency = (await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).json().user.agency.code;
    await t.database.db
      .updateTable('dossierCodeSequences')
      .set({ lastValue: 9999 })
      .where('agencyCode', '=', agency)
      .where('day', '=', '2025-03-04')
      .execute();
    const res = await intake();
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
  });
});
