/**
 * Slips print what happened: the register number given when the slip was issued (a yearly register per
 * agency and form, with its year), the date it was issued, the due date it replaced, the signer's title from
 * the agency and the officer, the centre's own cut-off; and they read as Circular 03/2025 prints them
 * (docs/domain/slips.md). Each checked on the text read back from the PDF.
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
      number: '1/2025/PXL',
      issuedAt: '2025-03-18T08:30:00+07:00',
      url: `/api/dossiers/${encodeURIComponent(code)}/forms/04.pdf?seq=3`,
    });
    at('2025-03-20 10:00'); // reprinted two days later
    const text = await slip('lanhdao.tuphap', code, '04');
    if (text === null) return;
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH NINH BÌNH');
    expect(text).toContain('SỞ TƯ PHÁP TỈNH NINH BÌNH');
    expect(text).toContain('Số: 1/2025/PXL');
    expect(text).toContain('ngày 18 tháng 3 năm 2025'); // the day it was issued, not the reprint's
    expect(text).not.toContain('ngày 20 tháng 3 năm 2025');
    // The appointment it replaced, with the hour: the close of the office day recorded at reception.
    expect(text).toContain('Thời gian hẹn trả kết quả: 17 giờ 30 phút, ngày 17 tháng 3 năm 2025');
    expect(text).toContain('ngày 21 tháng 3 năm 2025'); // the new one
    expect(text).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(text).toContain('của Ông/Bà/Tổ chức Lê Văn Bình; số định danh: 037090005678');
    expect(text).toContain('Mong nhận được sự thông cảm của Ông/Bà/Tổ chức vì sự chậm trễ này./.');
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
      expect(text).toContain('Thời gian hẹn trả kết quả:');
      expect(text).toContain('ngày 06 tháng 3 năm 2025');
    }
    expect(numbers).toEqual(['1/2025/PXL', '2/2025/PXL']);
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
    expect(numbers).toEqual(['1/2025/HDHS', '2/2025/HDHS']);
  });
});

describe('Form 05, the stop notice', () => {
  it('prints its register number, the legal ground and the signer recorded', async () => {
    at('2025-03-05 09:00');
    const code = await receive('tiepnhan.xa', '1.001193', 'qua-han');
    await toProcessing(code);
    await act('tiepnhan.xa', code, 'stop', { reason: 'Người nộp hồ sơ đề nghị dừng giải quyết' });
    const text = await slip('lanhdao.xa', code, '05');
    if (text === null) return;
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toMatch(/Số: \d+\/2025\/TB/);
    expect(text).toContain(
      'Căn cứ Điều 21 Nghị định số 118/2025/NĐ-CP và Điều 7 Thông tư số 03/2025/TT-VPCP',
    );
    expect(text).toContain('Người nộp hồ sơ đề nghị dừng giải quyết');
  });

  it('carries the heading and the signer of the agency of the officer who recorded the stop', async () => {
    at('2025-03-05 09:00');
    const code = await receive('tiepnhan.xa', '1.001193', 'qua-han');
    await toProcessing(code);
    const stop = await t.act('tiepnhan.xa', code, 'stop', { reason: 'Người nộp đề nghị dừng' });
    expect(stop.statusCode, stop.body).toBe(200);
    const text = await slip('tiepnhan.xa', code, '05');
    if (text === null) return;
    const counter = await t.database.db
      .selectFrom('agencies')
      .select('name')
      .where('code', '=', COMMUNE_COUNTER)
      .executeTakeFirstOrThrow();
    // The counter's own heading (it acts for the People's Committee above it), and its officer signs.
    expect(text).toContain(counter.name.toLocaleUpperCase('vi'));
    expect(text).toContain('Phạm Thu Trang');
    expect(text).not.toContain('đóng dấu');
  });
});

describe('Form 01, the receipt', () => {
  it('prints the check code of the public lookup beside the dossier’s code, the same on a reprint', async () => {
    at('2025-03-04 10:00');
    const code = await receive('tiepnhan.xa', '1.001193', 'dung-han');
    const view = await t.app.inject({
      url: `/api/dossiers/${code}`,
      headers: { cookie: await as('tiepnhan.xa') },
    });
    const { checkCode } = view.json();
    expect(checkCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    const text = await slip('tiepnhan.xa', code, '01');
    if (text !== null) expect(text).toContain(`Mã hồ sơ: ${code} – Mã kiểm tra: ${checkCode}`);
    at('2025-03-06 10:00');
    const reprint = await slip('tiepnhan.xa', code, '01');
    if (reprint !== null) expect(reprint).toContain(`Mã kiểm tra: ${checkCode}`);
  });

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
      ['03', '1/2025/TCHS'],
    ]);
    const text = await slip('tiepnhan.xa', code, '03');
    if (text === null) return;
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Số: 1/2025/TCHS');
    expect(text).toContain(`Mã hồ sơ (nếu có): ${code}`);
    expect(text).toContain('thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:');
    expect(text).toContain('Không thuộc thẩm quyền giải quyết của phường');
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  });
});

describe('Form 01 as a counter officer prints and signs it', () => {
  it('prints items 1–6 as the form numbers them, the return hour, the book’s volume and number, the fees due', async () => {
    at('2025-03-10 09:00');
    const first = await receive('tiepnhan.xa', '1.001193', 'qua-han');
    const second = await receive('tiepnhan.xa', '1.001193', 'qua-han');
    const a = await slip('tiepnhan.xa', first, '01');
    const b = await slip('tiepnhan.xa', second, '01');
    if (a === null || b === null) return;
    for (const label of [
      '1. Thành phần hồ sơ nộp gồm:',
      '2. Số lượng hồ sơ: 01 (bộ)',
      '3. Thời gian giải quyết hồ sơ theo quy định là:',
      '4. Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 10 tháng 3 năm 2025',
      '6. Đăng ký nhận kết quả tại:',
      '(Liên: Lưu/Giao khách hàng)',
      'được lập thành 02 liên',
      'Hình thức nộp hồ sơ: Trực tiếp tại Bộ phận Một cửa',
      'Tổng số phải nộp:',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
    ]) {
      expect(a).toContain(label);
    }
    expect(a).not.toMatch(/7\. Hình thức nộp hồ sơ|8\. Phí, lệ phí/);
    // A day-long limit is due at the close of that day's office hours recorded at reception.
    expect(a).toMatch(
      /5\. Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 30 phút, ngày \d\d tháng 3 năm 2025/,
    );
    expect(a).toContain('Phí, lệ phí: Lệ phí 8.000 đồng. Tổng số phải nộp: 8.000 đồng');
    // The counter's book for the year, numbered in the order receptions were written.
    const no = (text: string) => Number(/Quyển số: 01\/2025, Số thứ tự: (\d+)/.exec(text)?.[1]);
    expect(no(a)).toBeGreaterThan(0);
    expect(no(b)).toBe(no(a) + 1);

    const book = await t.app.inject({
      url: '/api/tracking-book?from=2025-03-10&to=2025-03-10',
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(book.statusCode, book.body).toBe(200);
    const text = pdfText(book.rawPayload);
    if (text === undefined) return;
    expect(text).toContain(`${no(a)} ${first}`); // the book numbers its rows as Form 01 does
    expect(text).toContain(`${no(b)} ${second}`);
  });
});

describe('Form 02 and 03 as the applicant reads them', () => {
  it('gives the receiving counter’s phone to call and the request’s single "Lý do"', async () => {
    at('2025-03-11 09:00');
    const code = await receive('tiepnhan.xa', '1.001193', 'qua-han');
    await toProcessing(code);
    await act('chuyenvien.xa', code, 'request-supplement', {
      reason: 'Bản chụp không rõ',
      data: { missing: [{ name: 'Giấy chứng sinh', reason: 'Không đọc được' }] },
    });
    const blank = await slip('chuyenvien.xa', code, '02');
    await t.database.db
      .updateTable('agencies')
      .set({ phone: '0229 3871 234' })
      .where('code', '=', COMMUNE_COUNTER)
      .execute();
    const text = await slip('chuyenvien.xa', code, '02');
    await t.database.db
      .updateTable('agencies')
      .set({ phone: '' })
      .where('code', '=', COMMUNE_COUNTER)
      .execute();
    if (text === null || blank === null) return;
    expect(blank).toContain('số điện thoại …………………… để được hướng dẫn./.');
    expect(text).toContain('số điện thoại 0229 3871 234 để được hướng dẫn./.');
    expect(text).toContain('Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:');
    expect(text).toContain('Giấy chứng sinh: Không đọc được');
    expect(text).toContain('Lý do: Bản chụp không rõ');
    expect(text).toContain(`Mã hồ sơ: ${code}`);
    expect(text).toContain('Quét mã để tra cứu hồ sơ');
  });

  it('prints no "Mã hồ sơ" and no QR code on a slip issued without a dossier', async () => {
    at('2025-03-11 10:00');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      payload: {
        procedureCode: '1.001193',
        caseCode: 'dung-han',
        channel: 'counter',
        applicant,
        components: [{ id: 'to-khai', quantity: 1 }],
      },
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.slip.number).toMatch(/^\d+\/2025\/HDHS$/);
    const pdf = await t.app.inject({
      url: body.forms.supplement,
      headers: { cookie: await as('tiepnhan.xa') },
    });
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    if (text === undefined) return;
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).not.toContain('Mã hồ sơ');
    expect(text).not.toContain('Quét mã');
    expect(text).toContain('Tra cứu quy định của thủ tục tại:');
  });
});

describe('Form 04 says how it reached the applicant', () => {
  it('prints the delivery recorded with the apology', async () => {
    at('2025-03-03 09:00');
    const code = await receive('tiepnhan.tinh', '2.001234', 'default');
    await act('tiepnhan.tinh', code, 'transfer');
    at('2025-03-14 08:30'); // one working day before the due date
    const res = await t.act('lanhdao.tuphap', code, 'apologize-extend', {
      reason: 'Chờ kết quả xác minh',
      data: { newDueDate: '2025-03-21', delivery: 'email' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const text = await slip('lanhdao.tuphap', code, '04');
    if (text === null) return;
    expect(text).toContain('Như trên (qua thư điện tử);');
  });
});

describe('Form 06, the process control slip', () => {
  it('names the handling agency, gives giver and receiver a cell each, and leaves an open step’s result blank', async () => {
    at('2025-03-12 09:00');
    const code = await receive('tiepnhan.xa', '1.001193', 'qua-han');
    await toProcessing(code);
    at('2026-01-05 09:00'); // long past every deadline: the open step still has no result
    const text = await slip('tiepnhan.xa', code, '06');
    if (text === null) return;
    expect(text).toContain('Cơ quan (bộ phận) giải quyết hồ sơ:');
    expect(text).toContain('Cơ quan phối hợp giải quyết hồ sơ:');
    expect(text).toContain('Người giao');
    expect(text).toContain('Người nhận');
    expect(text).not.toContain('Đang giải quyết');
    // Two steps ended (reception, assignment): two results; the open one has none.
    const results = text.match(/(?<!\/)(Trước hạn|Đúng hạn|Quá hạn)(?!\/|\))/g) ?? [];
    expect(results).toHaveLength(2);
  });
});

describe('Form 07, the tracking book', () => {
  it('is kept per field as well as per agency, with the address, the lead agency and how the result is collected', async () => {
    at('2025-03-13 09:00');
    const birth = await receive('tiepnhan.xa', '1.001193', 'qua-han');
    const copy = await receive('tiepnhan.xa', '2.000815', 'default');
    const book = async (query: string) =>
      t.app.inject({
        url: `/api/tracking-book?from=2025-03-13&to=2025-03-13${query}`,
        headers: { cookie: await as('tiepnhan.xa') },
      });
    const field = await t.database.db
      .selectFrom('procedures')
      .select('field')
      .where('code', '=', '2.000815')
      .executeTakeFirstOrThrow();
    const one = await book(`&field=${encodeURIComponent(field.field)}`);
    expect(one.statusCode, one.body).toBe(200);
    const all = await book('');
    const bad = await book('&field=Kh%C3%B4ng%20c%C3%B3');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['field']);
    const text = pdfText(one.rawPayload);
    const everything = pdfText(all.rawPayload);
    if (text === undefined || everything === undefined) return;
    expect(text).toContain(`Lĩnh vực: ${field.field}`);
    expect(text).toContain(copy);
    expect(text).not.toContain(birth);
    expect(everything).toContain(birth);
    for (const header of [
      'Địa chỉ, số điện thoại',
      'Cơ quan chủ trì giải quyết',
      'Phương thức nhận kết quả',
    ]) {
      expect(everything).toContain(header);
    }
    expect(everything).toContain('Trực tiếp tại Bộ phận Một cửa');
  });
});
