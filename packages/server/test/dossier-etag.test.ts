/**
 * The dossier page polls: GET /api/dossiers/{code} carries an ETag from its log's last entry (and who asks,
 * on which day, with which files), and answers 304 to If-None-Match until a colleague acts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2025-03-03T09:00:00+07:00') });
});
afterAll(() => t.close());

const applicant = { fullName: 'Nguyễn Thị Hoa', idNumber: '037190004321', phone: '0987654321' };

describe('the dossier view’s ETag', () => {
  it('answers 304 while nothing changed and the new view once a colleague acted', async () => {
    const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', applicant);
    const cookie = await t.as('tiepnhan.xa');
    const get = (etag?: string) =>
      t.app.inject({
        url: `/api/dossiers/${code}`,
        headers: { cookie, ...(etag ? { 'if-none-match': etag } : {}) },
      });
    const first = await get();
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers['cache-control']).toContain('no-cache');

    const again = await get(etag);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    // Another officer's ETag differs: the actions offered are theirs.
    const other = await t.app.inject({
      url: `/api/dossiers/${code}`,
      headers: { cookie: await t.as('lanhdao.xa') },
    });
    expect(other.headers.etag).not.toBe(etag);

    await t.act('tiepnhan.xa', code, 'transfer');
    const after = await get(etag);
    expect(after.statusCode).toBe(200);
    expect(after.json().statusKey).toBe('processing');
    expect(after.headers.etag).not.toBe(etag);
  });
});
