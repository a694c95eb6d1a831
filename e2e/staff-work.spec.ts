import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { act, openDossier, PASSWORD, receiveAtCounter, switchUser } from './support/dossier';

test('the staff home counts my work, due-soon, overdue and waiting, each opening its queue', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'tiepnhan.xa', PASSWORD);
  const code = await receiveAtCounter(page, '1.001193', {
    fullName: 'Đào Thị Việc',
    idNumber: '037190005555',
    phone: '0912000111',
  });
  await openDossier(page, code);
  await act(page, 'Chuyển cơ quan có thẩm quyền');

  // Now it waits on the commune's leader, to be assigned.
  await switchUser(page, 'lanhdao.xa');
  const summary = page.getByRole('region', { name: 'Công việc hôm nay' });
  for (const label of ['Việc của tôi', 'Sắp đến hạn', 'Quá hạn', 'Chờ người nộp bổ sung, nộp phí']) {
    await expect(summary.getByRole('link', { name: new RegExp(label) })).toBeVisible();
  }
  const mine = summary.getByRole('link', { name: /Việc của tôi/ });
  await expect(mine.locator('.work-count')).toHaveText(/^[1-9]\d*$/);
  await page.screenshot({ path: 'test-results/staff-home-390.png', fullPage: true });

  await mine.click();
  await expect(page).toHaveURL(/queue=mine/);
  await expect(page.getByRole('link', { name: 'Việc của tôi' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: code })).toBeVisible();
  await page.screenshot({ path: 'test-results/queue-mine-390.png', fullPage: true });

  // Once assigned, it is the specialist's work and no longer the leader's.
  await openDossier(page, code);
  await act(page, 'Phân công chuyên viên xử lý', () =>
    page
      .getByLabel('Chuyên viên thực hiện bước tiếp theo')
      .selectOption({ label: 'Hoàng Văn Nam (chuyenvien.xa)' }),
  );
  await page.screenshot({ path: 'test-results/dossier-assigned-390.png', fullPage: true });
  await page.goto('/can-bo/ho-so?queue=mine');
  await expect(page.getByRole('status').filter({ hasText: /hồ sơ/ })).toBeVisible();
  await expect(page.getByRole('link', { name: code })).toHaveCount(0);
  await switchUser(page, 'chuyenvien.xa');
  await page.goto('/can-bo/ho-so?queue=mine');
  await expect(page.getByRole('link', { name: code })).toBeVisible();
});
