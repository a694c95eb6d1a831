import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextDossierSequence } from '../src/modules/dossiers/dossier-code.repo.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let agency: string;
beforeAll(async () => {
  t = await createTestApp();
  agency = (
    await t.database.db
      .selectFrom('agencies')
      .select('code')
      .where('kind', '=', 'one-stop-section')
      .executeTakeFirstOrThrow()
  ).code;
});
afterAll(() => t.close());

describe('dossier code sequence', () => {
  it('gives distinct consecutive numbers to concurrent intakes, per agency and day', async () => {
    const db = t.database.db;
    const values = await Promise.all(
      Array.from({ length: 40 }, () =>
        db.transaction().execute((trx) => nextDossierSequence(trx, agency, '2025-03-03')),
      ),
    );
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // Another day starts again at 1.
    expect(await db.transaction().execute((trx) => nextDossierSequence(trx, agency, '2025-03-04'))).toBe(1);
  });

  it('does not consume a number when the transaction rolls back', async () => {
    const db = t.database.db;
    await expect(
      db.transaction().execute(async (trx) => {
        await nextDossierSequence(trx, agency, '2025-03-05');
        throw new Error('intake failed');
      }),
    ).rejects.toThrow('intake failed');
    expect(await db.transaction().execute((trx) => nextDossierSequence(trx, agency, '2025-03-05'))).toBe(1);
  });
});
