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

test('a result is taken home, by appointment, to an applicant who cannot travel', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'tiepnhan.xa', PASSWORD);
  const code = await receiveAtCounter(
    page,
    '1.001193',
    { fullName: 'Hà Văn Thắng', idNumber: '037048003333', phone: '0913444555' },
    async () => {
      await page.getByLabel('Người yêu cầu không tự đến nhận được — trả kết quả tại nhà').check();
      await page.getByLabel('Lý do', { exact: true }).selectOption('elderly');
    },
  );
  await page.getByRole('link', { name: 'Mở hồ sơ' }).click();
  await expect(page.locator('.badge-home')).toHaveText('Người cao tuổi');
  await act(page, 'Chuyển cơ quan có thẩm quyền');

  const base = baseURL ?? '';
  await apiAct(base, 'lanhdao.xa', code, 'assign', { assignee: 'chuyenvien.xa' });
  await apiAct(base, 'chuyenvien.xa', code, 'submit-for-approval');
  await apiAct(base, 'lanhdao.xa', code, 'approve');
  await apiAct(base, 'vanthu.xa', code, 'issue-result', { number: '88/2026/TLKS' });

  await page.reload();
  await expect(statusBadge(page)).toHaveText('Đã xử lý xong');
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toLocaleDateString('sv-SE', {
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  await act(page, 'Hẹn trả kết quả', async () => {
    await page.getByLabel('Ngày giờ hẹn').fill(`${tomorrow}T15:00`);
    await expect(page.getByLabel('Nơi trả')).toHaveValue('home');
    await page.getByLabel('Địa chỉ trả kết quả').fill('Số 5 ngõ 12, phường Hoa Lư');
  });
  await expect(page.locator('.facts')).toContainText('Tại nhà người yêu cầu');
  await expect(page.locator('.facts')).toContainText('Số 5 ngõ 12, phường Hoa Lư');
  await act(page, 'Trả kết quả', () => expect(page.getByLabel('Hình thức trả')).toHaveValue('home'));
  await expect(statusBadge(page)).toHaveText('Đã trả kết quả');
});
