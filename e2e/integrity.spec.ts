import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';

test('the supervisor opens the integrity flags of the last thirty days from the staff home', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'giamsat.tinh');
  await page.getByRole('link', { name: 'Kiểm tra tính trung thực của số liệu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra tính trung thực của số liệu');
  await expect(page.getByText(/Đã xem \d+ hồ sơ tiếp nhận trong kỳ\./)).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/can-bo/kiem-tra-so-lieu');
});
