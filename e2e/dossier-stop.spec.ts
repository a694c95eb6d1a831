import { expect, test } from '@playwright/test';
import { login } from './support/auth';
import { act, openDossier, PASSWORD, receiveAtCounter, statusBadge } from './support/dossier';

test.describe('stopping a dossier at the applicant’s request', () => {
  test('the counter records how the applicant asked, the dossier stops, and Form 05 is there to print', async ({
    page,
  }) => {
    await login(page, 'tiepnhan.xa', PASSWORD);
    await expect(page).toHaveURL(/\/can-bo$/);
    const code = await receiveAtCounter(page, '1.001193', {
      fullName: 'Lương Thị Mai',
      idNumber: '037190004321',
      phone: '0987001122',
    });
    await openDossier(page, code);
    await act(page, 'Dừng giải quyết hồ sơ', async () => {
      await page.getByLabel('Người nộp đề nghị dừng qua').selectOption('post');
      await page
        .getByLabel('Lý do', { exact: true })
        .fill('Người nộp có đơn gửi qua bưu chính đề nghị dừng giải quyết');
    });
    await expect(statusBadge(page)).toHaveText('Dừng xử lý');
    await expect(page.getByText('Người nộp đề nghị dừng qua: Bưu chính')).toBeVisible();
    const notice = page.getByRole('link', { name: 'Thông báo dừng giải quyết hồ sơ (Mẫu 05)' });
    await expect(notice).toBeVisible();
    const pdf = await page.request.get((await notice.getAttribute('href')) ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  });
});
