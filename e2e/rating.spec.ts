import { expect, type Page, request, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';
import { PASSWORD, receiveAtCounter } from './support/dossier';

/** Logs an officer in through the API (their part of the dossier's life is not under test here). */
async function officer(baseURL: string, username: string) {
  const api = await request.newContext({ baseURL });
  expect((await api.post('/api/auth/login', { data: { username, password: PASSWORD } })).ok()).toBe(true);
  return api;
}

async function apiAct(baseURL: string, username: string, code: string, action: string, data?: object) {
  const api = await officer(baseURL, username);
  const res = await api.post(`/api/dossiers/${encodeURIComponent(code)}/actions`, {
    data: { action, ...(data ? { data } : {}) },
  });
  expect(res.status(), await res.text()).toBe(200);
  await api.dispose();
}

/** A birth registration received at the counter (signed in as its officer) and finished through the API. */
async function finishedDossier(
  page: Page,
  base: string,
  applicant: { fullName: string; idNumber: string; phone: string },
) {
  await signIn(page, 'tiepnhan.xa', PASSWORD);
  const code = await receiveAtCounter(page, '1.001193', applicant);
  await apiAct(base, 'tiepnhan.xa', code, 'transfer');
  await apiAct(base, 'lanhdao.xa', code, 'assign', { assignee: 'chuyenvien.xa' });
  await apiAct(base, 'chuyenvien.xa', code, 'submit-for-approval');
  await apiAct(base, 'lanhdao.xa', code, 'approve');
  await apiAct(base, 'vanthu.xa', code, 'issue-result', { number: '21/2026/TLKS' });
  return code;
}

test('the citizen rates a finished dossier once, from the tracking page, on a phone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const base = baseURL ?? '';
  const code = await finishedDossier(page, base, {
    fullName: 'Vi Thị Hạnh',
    idNumber: '037190008765',
    phone: '0914555666',
  });
  const api = await officer(base, 'tiepnhan.xa');
  const check = (await (await api.get(`/api/dossiers/${encodeURIComponent(code)}`)).json())
    .checkCode as string;
  await api.dispose();

  const citizen = await browser.newContext({
    baseURL: base,
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
  });
  const phone = await citizen.newPage();
  await phone.goto(`/tra-cuu/${code}?check=${check}`);
  await phone.getByRole('link', { name: 'Đánh giá việc giải quyết hồ sơ' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(`Đánh giá việc giải quyết hồ sơ ${code}`);
  await expectNoSeriousA11yViolations(phone, 'rating page');

  // Nothing chosen: the page says what is missing and sends nothing.
  await phone.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(phone.getByText('Vui lòng chọn một mức hài lòng.')).toBeVisible();

  await phone.getByRole('radio', { name: 'Rất hài lòng' }).first().check();
  await phone.getByText('Đánh giá thêm từng nội dung (không bắt buộc)').click();
  await phone
    .getByRole('group', { name: 'Thái độ của cán bộ khi hướng dẫn, tiếp nhận, giải quyết hồ sơ' })
    .getByRole('radio', { name: 'Rất hài lòng' })
    .check();
  await phone.getByLabel('Góp ý thêm (không bắt buộc)').fill('Chị cán bộ một cửa hướng dẫn rất tận tình.');
  await phone.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(phone.getByRole('status')).toContainText('Cảm ơn ông/bà đã đánh giá.');

  // A second rating of the same dossier is refused, in words.
  await phone.goto(`/danh-gia/${code}?check=${check}`);
  await phone.getByRole('radio', { name: 'Không hài lòng' }).first().check();
  await phone.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(phone.getByRole('alert')).toHaveText(
    'Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ đánh giá một lần.',
  );
  await citizen.close();
});

test('the officer invites the citizen to rate on the counter tablet, which needs no sign-in', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const base = baseURL ?? '';
  const code = await finishedDossier(page, base, {
    fullName: 'Lương Văn Sáng',
    idNumber: '037190008766',
    phone: '0914555667',
  });
  await page.goto(`/can-bo/ho-so/${code}`);
  const panel = page.getByRole('region', { name: 'Đánh giá của người dân' });
  await expect(panel).toContainText('Hồ sơ chưa được đánh giá.');
  await panel.getByText('Kết nối máy tính bảng mới').click();
  await panel.getByLabel('Tên máy (ví dụ “Quầy số 1”)').fill('Quầy số 1');
  await panel.getByRole('button', { name: 'Tạo mã kết nối' }).click();
  const key = (await panel.getByTestId('kiosk-key').textContent())?.trim() ?? '';
  expect(key.length).toBeGreaterThan(20);

  // The tablet: a browser of its own, nobody signed in, a tablet-sized screen.
  const tablet = await (
    await browser.newContext({ baseURL: base, viewport: { width: 800, height: 1280 } })
  ).newPage();
  await tablet.goto('/may-danh-gia');
  await tablet.getByLabel('Mã kết nối').fill(key);
  await tablet.getByRole('button', { name: 'Kết nối' }).click();
  await expect(tablet.getByRole('heading', { level: 1 })).toHaveText('Cảm ơn ông/bà đã đến Bộ phận Một cửa');

  await panel.getByRole('button', { name: 'Mời đánh giá trên máy tính bảng' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'đang hiện hồ sơ này' })).toContainText(
    'Quầy số 1',
  );
  await expect(tablet.getByRole('heading', { level: 1 })).toContainText(code, { timeout: 10_000 });
  await expectNoSeriousA11yViolations(tablet, 'rating tablet');
  await tablet.getByRole('button', { name: 'Hài lòng', exact: true }).click();
  await expect(tablet.getByRole('status')).toHaveText('Cảm ơn ông/bà đã đánh giá!');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Đánh giá của người dân' })).toContainText(
    'Đã đánh giá: Hài lòng (máy tính bảng tại quầy)',
  );
  await tablet.context().close();
});
