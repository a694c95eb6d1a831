/**
 * A limit a later law sets from its effective date, imported ahead of time: dossiers received before that
 * day keep the old limit, those received from it take the new one, each recording the law that applied
 * (docs/domain/catalogue.md#limits-that-change).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../src/seed/demo-seed.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let clock = new Date('2025-03-07T09:00:00+07:00');
let t: TestApp;
const CHANGE = '2025-03-10=15 working-days=Nghị định thử nghiệm số 1/2025/NĐ-CP';

/** The seed's cases sheet with a `time_limit_changes` column, set for 2.000986 only. */
function casesWithChange(change: string): string {
  const lines = fs
    .readFileSync(path.join(SEED_DIR, 'catalogue', 'cases.csv'), 'utf8')
    .trimEnd()
    .split('\n');
  return lines
    .map((line, i) => {
      if (i === 0) return `${line},time_limit_changes`;
      return line.startsWith('2.000986,default,') ? `${line},${change}` : `${line},`;
    })
    .join('\n');
}

async function importCases(cases: string) {
  const read = (sheet: string) => fs.readFileSync(path.join(SEED_DIR, 'catalogue', `${sheet}.csv`), 'utf8');
  return t.app.inject({
    method: 'POST',
    url: '/api/admin/catalogue/import-csv',
    payload: { fileName: 'seed', procedures: read('procedures'), cases, components: read('components') },
    headers: { cookie: await t.login('admin') },
  });
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
  const res = await importCases(casesWithChange(CHANGE));
  if (res.statusCode !== 200) throw new Error(`import failed: ${res.body}`);
});
afterAll(() => t.close());

const applicant = { fullName: 'Nguyễn Thị Hoa', idNumber: '037190004321', phone: '0987654321' };

describe('a limit changed by a later law', () => {
  it('is published with its date and law, and applies to dossiers received from that day only', async () => {
    const published = (await t.app.inject('/api/procedures/2.000986')).json();
    expect(published.cases[0].limitChanges).toEqual([
      {
        effectiveFrom: '2025-03-10',
        value: { value: 15, unit: 'working-days' },
        basis: 'Nghị định thử nghiệm số 1/2025/NĐ-CP',
      },
    ]);
    // Friday 7 March: the old 20 working days.
    const before = await t.receive('tiepnhan.xa', '2.000986', 'default', applicant);
    expect(before.dueDate).toBe('2025-04-04');
    // Monday 10 March, the day the change takes effect: 15 working days, and the law recorded.
    clock = new Date('2025-03-10T09:00:00+07:00');
    const after = await t.receive('tiepnhan.xa', '2.000986', 'default', applicant);
    expect(after.dueDate).toBe('2025-03-31');
    const view = await t.app.inject({
      url: `/api/dossiers/${after.code}`,
      headers: { cookie: await t.as('tiepnhan.xa') },
    });
    expect(view.json().log[0].data.subject.case).toMatchObject({
      timeLimit: { value: 15, unit: 'working-days' },
      limit: { changedBy: { effectiveFrom: '2025-03-10', basis: 'Nghị định thử nghiệm số 1/2025/NĐ-CP' } },
    });
    // The dossier received before keeps the date it was given.
    const older = await t.app.inject({
      url: `/api/dossiers/${before.code}`,
      headers: { cookie: await t.as('tiepnhan.xa') },
    });
    expect(older.json().dueDate).toBe('2025-04-04');
  });

  it('refuses a change without its law or out of date order (422, as every catalogue error), naming the column', async () => {
    const res = await importCases(
      casesWithChange('2025-06-01=10 working-days=Luật A | 2025-05-01=12 working-days=Luật B'),
    );
    expect(res.statusCode).toBe(422);
    expect(JSON.stringify(res.json())).toContain('time_limit_changes');
    const noLaw = await importCases(casesWithChange('2025-06-01=10 working-days'));
    expect(noLaw.statusCode).toBe(422);
  });
});
