import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { act, openDossier, PASSWORD, receiveAtCounter, statusBadge } from './support/dossier';

test.describe('what the counter does after reception: a stop on request, the paper files', () => {
  test('the counter records how the applicant asked, the dossier stops, and Form 05 is there to print', async ({
    page,
  }) => {
    await signIn(page, 'tiepnhan.xa', PASSWORD);
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

  test('the counter sends the paper files after the transfer, and the dossier says when', async ({
    page,
  }) => {
    await signIn(page, 'tiepnhan.xa', PASSWORD);
    const code = await receiveAtCounter(page, '1.001193', {
      fullName: 'Hà Văn Tài',
      idNumber: '037190004322',
      phone: '0987001123',
    });
    await openDossier(page, code);
    await expect(page.getByText('Phải chuyển đến cơ quan giải quyết trước')).toBeVisible();
    // The paper follows the electronic transfer: not offered before it.
    await expect(page.getByRole('button', { name: 'Chuyển hồ sơ giấy', exact: true })).toHaveCount(0);
    await act(page, 'Chuyển cơ quan có thẩm quyền');
    await act(page, 'Chuyển hồ sơ giấy');
    await expect(page.getByText(/^Đã chuyển lúc/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Chuyển hồ sơ giấy', exact: true })).toHaveCount(0);
  });
});
