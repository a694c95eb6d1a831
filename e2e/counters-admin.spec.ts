import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';

test.describe("a counter's address and hours", () => {
  test('the centre supervisor enters them and the procedure page shows where to submit', async ({ page }) => {
    await signIn(page, 'giamsat.tinh', 'motcua-demo');
    await page.getByRole('link', { name: 'Nơi tiếp nhận hồ sơ: địa chỉ, điện thoại, giờ làm việc' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nơi tiếp nhận hồ sơ');
    const form = page.getByRole('form', { name: 'Trung tâm Phục vụ hành chính công tỉnh Ninh Bình' });
    await expect(page.getByRole('form')).toHaveCount(1); // only their own centre

    await form.getByLabel('Điện thoại').fill('gọi tôi');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form.getByText('Số điện thoại chỉ gồm chữ số', { exact: false })).toBeVisible();
    await expect(form.getByLabel('Điện thoại')).toHaveAttribute('aria-invalid', 'true');

    await form.getByLabel('Địa chỉ').fill('Số 2 Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình');
    await form.getByLabel('Điện thoại').fill('0229 3871 234');
    await form.getByLabel('Có tiếp nhận sáng thứ Bảy', { exact: false }).check();
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form.getByRole('status')).toHaveText('Đã lưu. Trang thủ tục hiện thông tin mới.');
    await expectNoSeriousA11yViolations(page, 'counters administration');

    await page.goto('/thu-tuc/1.013831');
    const where = page.getByRole('region', { name: 'Nơi nộp hồ sơ' });
    await expect(where.getByText('Số 2 Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình')).toBeVisible();
    await expect(where.getByRole('link', { name: 'Xem bản đồ' })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/search\?query=S%E1%BB%91%202/,
    );
    await expect(where.getByRole('link', { name: '0229 3871 234' })).toHaveAttribute(
      'href',
      'tel:02293871234',
    );
    await expect(where.getByText('sáng thứ Bảy: 07:30–11:30', { exact: false })).toBeVisible();
  });
});
