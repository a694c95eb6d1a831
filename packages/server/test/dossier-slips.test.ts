/**
 * Slips print what happened: the register number given when the slip was issued (a yearly register per
 * agency and form), the date it was issued, the due date it replaced, the signer's title from the agency and
 * the officer, the centre's own cut-off. Each checked on the text read back from the PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let clock = new Date('2025-03-03T09:00:00+07:00');
const at = (local: string) => {
  clock = new Date(`${local.replace(' ', 'T')}:00+07:00`);
};
const PORTAL_TOKEN = 'portal-token-for-tests-0123456789';
let t: TestApp;
const as = (username: string) => t.as(username);
beforeAll(async () => {
  t = await createTestApp({ env: { MOTCUA_PORTAL_TOKEN: PORTAL_TOKEN }, clock: () => clock });
});
afterAll(() => t.close());

const applicant = { fullName: 'Lê Văn Bình', idNumber: '037090005678', phone: '0912000111' };
const COMMUNE_COUNTER = 'ninh-binh.phuong-hoa-lu.ttpvhcc';

const receive = async (officer: string, procedureCode: string, caseCode: string) =>
  (await t.receive(officer, procedureCode, caseCode, applicant)).code;

/** The slip's text (null where pdftotext is missing outside CI). */
async function slip(officer: string, code: string, form: string, seq?: number) {
  const res = await t.app.inject({
    url: `/api/dossiers/${code}/forms/${form}.pdf${seq ? `?seq=${seq}` : ''}`,
    headers: { cookie: await as(officer) },
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return pdfText(res.rawPayload) ?? null;
}

const act = async (officer: string, code: string, action: string, extra: object = {}) => {
  const res = await t.act(officer, code, action, extra);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const toProcessing = async (code: string) => {
  await act('tiepnhan.xa', code, 'transfer');
  await act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
};

describe('Form 04, the apology with a new date', () => {
  it('prints the due date it replaced, the number of the agency’s register and a deputy’s signature', async () => {
    at('2025-03-03 09:00');
    const code = await receive('tiepnhan.tinh', '2.001234', 'default'); // 10 working days: due Mon 17/3
    await act('tiepnhan.tinh', code, 'transfer');
    at('2025-03-18 08:30'); // overdue
    const view = await act('lanhdao.tuphap', code, 'apologize-extend', {
      reason: 'Chờ kết quả tra cứu lý lịch tư pháp từ Trung tâm Lý lịch tư pháp quốc gia',
      data: { newDueDate: '2025-03-21' },
    });
    expect(view.slips).toContainEqual({
      form: '04',
      number: '1/PXL',
      issuedAt: '2025-03-18T08:30:00+07:00',
      url: `/api/dossiers/${encodeURIComponent(code)}/forms/04.pdf?seq=3`,
    });
    at('2025-03-20 10:00'); // reprinted two days later
    const text = await slip('lanhdao.tuphap', code, '04');
    if (text === null) return;
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH');
    expect(text).toContain('SỞ TƯ PHÁP TỈNH NINH BÌNH');
    expect(text).toContain('Số: 1/PXL');
    expect(text).toContain('ngày 18 tháng 3 năm 2025'); // the day it was issued, not the reprint's
    expect(text).not.toContain('ngày 20 tháng 3 năm 2025');
    expect(text).toContain('hẹn trả kết quả vào ngày 17 tháng 3 năm 2025'); // the date it replaced
    expect(text).toContain('ngày 21 tháng 3 năm 2025'); // the new one
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('PHÓ GIÁM ĐỐC');
    expect(text).toContain('Lê Thị Hương');
    expect(text).toContain('Trung tâm Phục vụ hành chính công tỉnh Ninh Bình');
    expect(text).toContain('Chờ kết quả tra cứu lý lịch tư pháp');
  });

  it('numbers each agency’s register on its own, and a head signs under the head’s title', async () => {
    const numbers: string[] = [];
    for (const name of ['Một', 'Hai']) {
      at('2025-03-03 09:00');
      const code = await receive('tiepnhan.xa', '1.001193', 'qua-han'); // due Thu 6/3
      await toProcessing(code);
      at('2025-03-07 08:00');
      await act('lanhdao.xa', code, 'apologize-extend', {
        reason: `Lý do ${name}`,
        data: { newDueDate: '2025-03-12' },
      });
      const text = await slip('lanhdao.xa', code, '04');
      if (text === null) return;
      numbers.push(/Số: (\S+)/.exec(text)?.[1] ?? '');
      expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG HOA LƯ');
      expect(text).toContain('CHỦ TỊCH');
      expect(text).not.toContain('KT.');
      expect(text).toContain('hẹn trả kết quả vào ngày 06 tháng 3 năm 2025');
    }
    expect(numbers).toEqual(['1/PXL', '2/PXL']);
  });
});

describe('Form 02, the request to supplement', () => {
  it('takes the next number of the agency’s register when issued, not the entry’s place in the log', async () => {
    const numbers: string[] = [];
    for (const item of ['Giấy chứng sinh', 'Tờ khai']) {
      at('2025-03-04 09:00');
      const code = await receive('tiepnhan.xa', '1.001193', 'qua-han');
      await toProcessing(code);
      const view = await act('chuyenvien.xa', code, 'request-supplement', {
        reason: 'Bản chụp không rõ',
        data: { missing: [{ name: item, reason: 'Không đọc được' }, { id: 'giay-to-chung-minh' }] },
      });
      numbers.push(view.slips.find((s: { form: string }) => s.form === '02').number);
      at('2025-03-06 10:00');
      const text = await slip('chuyenvien.xa', code, '02');
      if (text === null) continue;
      expect(text).toContain(`Số: ${numbers.at(-1)}`);
      expect(text).toContain('ngày 04 tháng 3 năm 2025');
      expect(text).toContain(item);
      expect(text).toContain('Giấy tờ chứng minh nội dung khai sinh');
      expect(text).toContain('Bản sao có chứng thực');
      expect(text).toContain('Hoàng Văn Nam');
    }
    // Both requests are the fourth entry of their log: the register, not the log, numbers them.
    expect(numbers).toEqual(['1/HDHS', '2/HDHS']);
  });
});

describe('Form 05, the stop notice', () => {
  it('prints its register number, the legal ground and the signer recorded', async () => {
    at('2025-03-05 09:00');
    const code = await receive('tiepnhan.xa', '1.001193', 'qua-han');
    await toProcessing(code);
    await act('lanhdao.xa', code, 'stop', { reason: 'Người nộp hồ sơ đề nghị dừng giải quyết' });
    const text = await slip('lanhdao.xa', code, '05');
    if (text === null) return;
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toMatch(/Số: \d+\/TB/);
    expect(text).toContain('Căn cứ Điều 21 Nghị định số 118/2025/NĐ-CP');
    expect(text).toContain('Người nộp hồ sơ đề nghị dừng giải quyết');
    expect(text).toContain('CHỦ TỊCH');
    expect(text).toContain('Đỗ Quang Hải');
  });
});

describe('Form 01, the receipt', () => {
  it('prints the centre’s own same-day cut-off, and keeps the due date it gave after a wait', async () => {
    const officeHours = async (sameDayCutoff: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/admin/agencies/${COMMUNE_COUNTER}/office-hours`,
        payload: {
          sessions: [
            { start: '07:30', end: '11:30' },
            { start: '13:30', end: '17:30' },
          ],
          sameDayCutoff,
        },
        headers: { cookie: await as('admin') },
      });
    expect((await officeHours('16:00')).statusCode).toBe(200);
    at('2025-03-05 15:30');
    const sameDay = await receive('tiepnhan.xa', '2.000815', 'default');
    expect((await officeHours('15:00')).statusCode).toBe(200);
    const text = await slip('tiepnhan.xa', sameDay, '01');
    if (text !== null) {
      expect(text).toContain('Trong ngày (tiếp nhận sau 16 giờ trả kết quả ngày làm việc tiếp theo)');
      expect(text).toContain('15 giờ 30 phút, ngày 05 tháng 3 năm 2025');
    }

    at('2025-03-03 09:00');
    const code = await receive('tiepnhan.xa', '1.001193', 'qua-han'); // due Thu 6/3
    await toProcessing(code);
    await act('chuyenvien.xa', code, 'request-supplement', {
      reason: 'Thiếu',
      data: { missing: [{ name: 'Tờ khai' }] },
    });
    at('2025-03-10 09:00');
    const resumed = await act('tiepnhan.xa', code, 'supplement');
    expect(resumed.dueDate).toBe('2025-03-13'); // five working days waited
    const receipt = await slip('tiepnhan.xa', code, '01');
    if (receipt !== null) {
      expect(receipt).toContain('ngày 06 tháng 3 năm 2025');
      expect(receipt).toContain('09 giờ 00 phút, ngày 03 tháng 3 năm 2025');
      expect(receipt).toContain('Phạm Thu Trang');
    }
    const control = await slip('tiepnhan.xa', code, '06');
    if (control !== null) {
      expect(control).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
      expect(control).toContain('ngày 13 tháng 3 năm 2025'); // the appointment as it now stands
      expect(control).toContain('Tiếp nhận và chuyển hồ sơ');
      expect(control).toContain('Phân công thụ lý');
    }
  });
});

describe('Form 03, the refusal of an online dossier', () => {
  it('prints the counter’s register number and the reason', async () => {
    at('2025-03-06 09:00');
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: { authorization: `Bearer ${PORTAL_TOKEN}` },
      payload: {
        procedureCode: '1.001193',
        caseCode: 'qua-han',
        channel: 'online',
        receivingAgencyCode: COMMUNE_COUNTER,
        components: [{ id: 'to-khai', quantity: 1 }],
        applicant,
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { code } = submitted.json();
    const view = await act('tiepnhan.xa', code, 'refuse', {
      reason: 'Không thuộc thẩm quyền giải quyết của phường',
    });
    expect(view.slips.map((s: { form: string; number: string | null }) => [s.form, s.number])).toEqual([
      ['03', '1/TCHS'],
    ]);
    const text = await slip('tiepnhan.xa', code, '03');
    if (text === null) return;
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Số: 1/TCHS');
    expect(text).toContain('Không thuộc thẩm quyền giải quyết của phường');
  });
});
