/**
 * Returning a result in person records who took it (issue 10, item 3): at the counter the collector is
 * required and validated by core, the log entry keeps them, and the hand-over receipt prints them, for those
 * who see the dossier only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let clock = new Date('2025-03-03T09:00:00+07:00');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
});
afterAll(() => t.close());

const applicant = { fullName: 'Đinh Thị Hoà', idNumber: '037190001111', phone: '0911000111' };

/** A dossier of the commune with its result issued, waiting to be returned. */
async function finished(): Promise<string> {
  clock = new Date('2025-03-03T09:00:00+07:00');
  const { code } = await t.receive('tiepnhan.xa', '1.001193', 'qua-han', applicant);
  for (const [who, action, extra] of [
    ['tiepnhan.xa', 'transfer', {}],
    ['lanhdao.xa', 'assign', { data: { assignee: 'chuyenvien.xa' } }],
    ['chuyenvien.xa', 'submit-for-approval', {}],
    ['lanhdao.xa', 'approve', {}],
    ['vanthu.xa', 'issue-result', { data: { number: '15/TLKS' } }],
  ] as const) {
    const res = await t.act(who, code, action, extra);
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  }
  clock = new Date('2025-03-04T10:30:00+07:00');
  return code;
}

const paths = (body: { error?: { fields?: { path: string }[] } }) =>
  (body.error?.fields ?? []).map((f) => f.path);

const receipt = async (username: string, code: string) =>
  t.app.inject({ url: `/api/dossiers/${code}/forms/GN.pdf`, headers: { cookie: await t.as(username) } });

describe('returning a result in person', () => {
  it('refuses a return at the counter without the collector, naming each field in both languages', async () => {
    const code = await finished();
    const none = await t.act('tiepnhan.xa', code, 'return-result', { data: { method: 'counter' } });
    expect(none.statusCode).toBe(400);
    expect(paths(none.json())).toEqual([
      'data.collector.fullName',
      'data.collector.idNumber',
      'data.collector.relation',
    ]);
    expect(none.json().error.fields[0]).toMatchObject({
      message: 'Cần họ tên người nhận kết quả.',
      messageEn: "The collector's name is required.",
    });
    const badId = await t.act('tiepnhan.xa', code, 'return-result', {
      data: { collector: { fullName: 'Trần Văn Bình', idNumber: '03719000', relation: 'family' } },
    });
    expect(badId.statusCode).toBe(400);
    expect(paths(badId.json())).toEqual(['data.collector.idNumber']);
    const noPaper = await t.act('tiepnhan.xa', code, 'return-result', {
      data: { collector: { fullName: 'Trần Văn Bình', idNumber: '037190004444', relation: 'authorised' } },
    });
    expect(paths(noPaper.json())).toEqual(['data.collector.authorisationNote']);
    const badRelation = await t.act('tiepnhan.xa', code, 'return-result', {
      data: { collector: { fullName: 'Trần Văn Bình', idNumber: '037190004444', relation: 'neighbour' } },
    });
    expect(badRelation.statusCode).toBe(400);
    expect(paths(badRelation.json())).toEqual(['data.collector.relation']);
    // Nothing was returned, so there is no hand-over receipt yet.
    expect((await receipt('tiepnhan.xa', code)).statusCode).toBe(404);
  });

  it('records the collector in the log entry and prints them on the hand-over receipt', async () => {
    const code = await finished();
    const returned = await t.act('tiepnhan.xa', code, 'return-result', {
      data: {
        method: 'counter',
        collector: {
          fullName: ' Trần  Văn Bình ',
          idNumber: '037 190 004 444',
          relation: 'authorised',
          authorisationNote: 'Giấy ủy quyền ngày 03/3/2025',
        },
      },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const view = returned.json();
    expect(view.log.at(-1)).toMatchObject({
      action: 'return-result',
      at: '2025-03-04T10:30:00+07:00',
      data: {
        method: 'counter',
        collector: {
          fullName: 'Trần Văn Bình',
          idNumber: '037190004444',
          relation: 'authorised',
          authorisationNote: 'Giấy ủy quyền ngày 03/3/2025',
        },
      },
    });
    const link = view.slips.find((s: { form: string }) => s.form === 'GN');
    expect(link).toEqual({
      form: 'GN',
      number: null,
      issuedAt: '2025-03-04T10:30:00+07:00',
      url: `/api/dossiers/${code}/forms/GN.pdf`,
    });

    const pdf = await receipt('tiepnhan.xa', code);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('no-store');
    const text = pdfText(pdf.rawPayload);
    if (text !== undefined) {
      for (const s of [
        'PHIẾU GIAO NHẬN KẾT QUẢ GIẢI QUYẾT HỒ SƠ',
        `Mã hồ sơ: ${code}`,
        'Hồi 10 giờ 30 phút, ngày 04 tháng 3 năm 2025',
        'Ông/Bà: Trần Văn Bình',
        'Số định danh cá nhân: 037190004444',
        'Là: Người được ủy quyền',
        'Giấy ủy quyền ngày 03/3/2025',
        'Hồ sơ của: Đinh Thị Hoà',
        `mã kết quả ${code}-KQ1`,
        'Văn bản số 15/TLKS',
        'NGƯỜI GIAO',
        'NGƯỜI NHẬN',
      ]) {
        expect(text).toContain(s);
      }
    }
    // Scoped as every slip of the dossier: the other commune's officer learns nothing.
    const other = await receipt('tiepnhan.xa2', code);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('Trần Văn Bình');
    expect((await receipt('chuyenvien.xa', code)).statusCode).toBe(200);
  });

  it('records nobody for a result sent by post, and has no hand-over receipt then', async () => {
    const code = await finished();
    const withCollector = await t.act('tiepnhan.xa', code, 'return-result', {
      data: {
        method: 'post',
        waybill: 'EP123456789VN',
        collector: { fullName: 'Trần Văn Bình', idNumber: '037190004444', relation: 'self' },
      },
    });
    expect(paths(withCollector.json())).toEqual(['data.collector']);
    const post = await t.act('tiepnhan.xa', code, 'return-result', {
      data: { method: 'post', waybill: 'EP123456789VN' },
    });
    expect(post.statusCode, post.body).toBe(200);
    expect(post.json().log.at(-1).data).toEqual({ method: 'post', waybill: 'EP123456789VN' });
    expect(post.json().slips.map((s: { form: string }) => s.form)).not.toContain('GN');
    const none = await receipt('tiepnhan.xa', code);
    expect(none.statusCode).toBe(404);
    expect(none.json().error.code).toBe('NOT_FOUND');
  });
});
