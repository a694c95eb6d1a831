import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ADMIN, login, signIn } from './support/auth';

/** A Saturday in 2027 (1 May 2027 is a Saturday), used as a make-up working day. */
const SWAP_WORK_DATE = '2027-05-08';

test.describe('staff', () => {
  test('a wrong password shows the server message and does not sign in', async ({ page }) => {
    await login(page, ADMIN.username, 'not-the-password');
    await expect(page.getByRole('alert')).toContainText('không đúng');
    await expect(page).toHaveURL(/\/dang-nhap/);
  });

  test('staff pages require signing in', async ({ page }) => {
    await page.goto('/can-bo');
    await expect(page).toHaveURL(/\/dang-nhap\?next=%2Fcan-bo/);
  });

  test('admin signs in, adds a make-up working Saturday to 2027, and signs out', async ({ page }) => {
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Xin chào, ${ADMIN.fullName}`);
    await expect(page.getByText('Quản trị hệ thống', { exact: true }).last()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'staff home');

    await page.getByRole('link', { name: 'Lịch làm việc, ngày nghỉ' }).click();
    await expect(page).toHaveURL(/\/quan-tri\/lich/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quản trị lịch làm việc');

    await page.getByLabel('Năm', { exact: true }).fill('2027');
    await page.getByRole('button', { name: 'Tải lịch' }).click();
    await expect(page).toHaveURL(/year=2027/);
    const saveButton = page.getByRole('button', { name: 'Lưu lịch năm 2027' });
    await expect(saveButton).toBeVisible();
    const dateInputs = page.locator('tbody input[type="date"]');
    await expect(dateInputs.first()).toHaveValue(/^2027-/);
    await expectNoSeriousA11yViolations(page, 'admin calendar');

    // Idempotent when run against a long-lived server: drop a row left by an earlier run.
    const existing = (
      await dateInputs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    ).indexOf(SWAP_WORK_DATE);
    if (existing >= 0) await page.getByRole('button', { name: `Xoá dòng ${existing + 1}` }).click();

    const before = await dateInputs.count();
    await page.getByRole('button', { name: 'Thêm ngày' }).click();
    await expect(dateInputs).toHaveCount(before + 1);
    const n = before + 1;
    await expect(page.getByLabel(`Ngày (dòng ${n})`)).toBeFocused();
    await page.getByLabel(`Ngày (dòng ${n})`).fill(SWAP_WORK_DATE);
    await page.getByLabel(`Tên (tiếng Việt) (dòng ${n})`).fill('Đi làm bù (kiểm thử)');
    await page.getByLabel(`Tên (tiếng Anh) (dòng ${n})`).fill('Make-up working day (test)');
    await page.getByLabel(`Loại (dòng ${n})`).selectOption('swap-work');
    await saveButton.click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Đã lưu lịch làm việc năm 2027.' }),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByRole('button', { name: 'Lưu lịch năm 2027' })).toBeVisible();
    // Saved, yet still provisional: the Tết days computed from the lunar calendar await their decision.
    await expect(page.getByText('Dự kiến (chưa có quyết định chính thức)', { exact: true })).toBeVisible();
    const values = await page
      .locator('tbody input[type="date"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const index = values.indexOf(SWAP_WORK_DATE);
    expect(index).toBeGreaterThanOrEqual(0);
    await expect(page.getByLabel(`Loại (dòng ${index + 1})`)).toHaveValue('swap-work');
    await expect(page.getByLabel(`Tên (tiếng Việt) (dòng ${index + 1})`)).toHaveValue('Đi làm bù (kiểm thử)');

    // The public calendar shows it too.
    await page.goto('/lich-lam-viec?year=2027');
    const row = page.getByRole('row').filter({ has: page.locator(`time[datetime="${SWAP_WORK_DATE}"]`) });
    await expect(row).toContainText('Đi làm bù (kiểm thử)');
    await expect(row).toContainText('Thứ Bảy');

    await page.goto('/can-bo');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/dang-nhap/);
    await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();
    await page.goto('/can-bo');
    await expect(page).toHaveURL(/\/dang-nhap\?next=/);
  });

  test('validation errors from the server are shown next to the row', async ({ page }) => {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.goto('/quan-tri/lich?year=2028');
    await expect(page.getByRole('button', { name: 'Lưu lịch năm 2028' })).toBeVisible();
    const n = (await page.locator('tbody input[type="date"]').count()) + 1;
    await page.getByRole('button', { name: 'Thêm ngày' }).click();
    // A Tuesday cannot be a make-up working day, and the English name is missing.
    await page.getByLabel(`Ngày (dòng ${n})`).fill('2028-03-07');
    await page.getByLabel(`Tên (tiếng Việt) (dòng ${n})`).fill('Sai');
    await page.getByLabel(`Loại (dòng ${n})`).selectOption('swap-work');
    await page.getByRole('button', { name: 'Lưu lịch năm 2028' }).click();
    await expect(page.getByRole('alert')).toContainText('Chưa lưu được');
    await expect(page.locator('tbody tr.has-error')).toHaveCount(1);
    await expect(page.locator('tbody tr.has-error .field-error').first()).toBeVisible();
  });

  test('a staff member without the admin role cannot open the calendar administration', async ({ page }) => {
    await signIn(page, 'tiepnhan.tinh', ADMIN.password);
    await expect(page.getByText('Cán bộ tiếp nhận', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Lịch làm việc, ngày nghỉ' })).toHaveCount(0);
    await page.goto('/quan-tri/lich');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bạn không có quyền truy cập');
  });
});
