import { expect, request, test } from '@playwright/test';
import { signIn } from './support/auth';
import { act, PASSWORD, receiveAtCounter, statusBadge } from './support/dossier';

/** Performs an action through the API as another officer (the commune's part, not under test here). */
async function apiAct(baseURL: string, username: string, code: string, action: string, data?: object) {
  const api = await request.newContext({ baseURL });
  expect((await api.post('/api/auth/login', { data: { username, password: PASSWORD } })).ok()).toBe(true);
  const res = await api.post(`/api/dossiers/${encodeURIComponent(code)}/actions`, {
    data: { action, ...(data ? { data } : {}) },
  });
  expect(res.status(), await res.text()).toBe(200);
  await api.dispose();
}

test('the counter hands the result to an authorised person, records who, and prints the hand-over receipt', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'tiepnhan.xa', PASSWORD);
  const code = await receiveAtCounter(page, '1.001193', {
    fullName: 'Lò Văn Pấng',
    idNumber: '037092006666',
    phone: '0913666777',
  });
  await page.getByRole('link', { name: 'Mở hồ sơ' }).click();
  await act(page, 'Chuyển cơ quan có thẩm quyền');
  const base = baseURL ?? '';
  await apiAct(base, 'lanhdao.xa', code, 'assign', { assignee: 'chuyenvien.xa' });
  await apiAct(base, 'chuyenvien.xa', code, 'submit-for-approval');
  await apiAct(base, 'lanhdao.xa', code, 'approve');
  await apiAct(base, 'vanthu.xa', code, 'issue-result', { number: '77/2026/TLKS' });
  await page.reload();
  await expect(statusBadge(page)).toHaveText('Đã xử lý xong');

  await act(page, 'Trả kết quả', async () => {
    // The applicant is proposed; the officer unticks and types the person who came with a letter.
    const own = page.getByLabel('Người nhận là người nộp hồ sơ');
    await expect(own).toBeChecked();
    await expect(page.getByLabel('Họ và tên người nhận')).toHaveValue('Lò Văn Pấng');
    await expect(page.getByLabel('Số định danh cá nhân của người nhận')).toHaveValue('037092006666');
    await own.uncheck();
    await page.getByLabel('Họ và tên người nhận').fill('Lò Thị Mỷ');
    // A wrong ID is refused before anything is sent, with core's words, at the field.
    await page.getByLabel('Số định danh cá nhân của người nhận').fill('12345');
    await page.getByLabel('Người nhận là', { exact: true }).selectOption('authorised');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(page.getByText('Số định danh cá nhân phải gồm đúng 12 chữ số.')).toBeVisible();
    await expect(page.getByText('Người được ủy quyền cần ghi giấy ủy quyền đã xuất trình')).toBeVisible();
    await page.getByLabel('Số định danh cá nhân của người nhận').fill('037195007777');
    await page.getByLabel('Giấy ủy quyền, giấy tờ chứng minh').fill('Giấy ủy quyền ngày 02/12/2026');
  });
  await expect(statusBadge(page)).toHaveText('Đã trả kết quả');

  const timeline = page.getByRole('region', { name: 'Quá trình giải quyết' });
  await expect(timeline).toContainText('Lò Thị Mỷ (Người được ủy quyền)');
  await expect(timeline).toContainText('037195007777');
  await expect(timeline).toContainText('Giấy ủy quyền ngày 02/12/2026');

  const print = page.getByRole('link', { name: 'In phiếu giao nhận' });
  await expect(print).toBeVisible();
  const href = (await print.getAttribute('href')) ?? '';
  expect(href).toBe(`/api/dossiers/${code}/forms/GN.pdf`);
  const pdf = await page.request.get(href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['cache-control']).toBe('no-store');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
