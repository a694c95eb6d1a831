import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';

test.describe('public working calendar', () => {
  test('2025 lists the Tết days and the due-date calculator skips them', async ({ page }) => {
    await page.goto('/lich-lam-viec?year=2025');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch làm việc năm 2025');
    const tetRows = page.getByRole('row').filter({ hasText: 'Tết Nguyên đán' });
    await expect(tetRows.first()).toBeVisible();
    expect(await tetRows.count()).toBeGreaterThanOrEqual(5);
    await expect(
      page.getByRole('row').filter({ has: page.locator('time[datetime="2025-01-29"]') }),
    ).toContainText('Tết Nguyên đán');

    await page.getByLabel('Ngày tiếp nhận').fill('2025-01-24');
    await page.getByLabel('Số ngày làm việc').fill('1');
    await page.getByRole('button', { name: 'Tính', exact: true }).click();
    const due = page.getByTestId('due-result').locator('time');
    await expect(due).toHaveAttribute('datetime', '2025-02-03');
    await expect(due).toHaveText('Thứ Hai, 03/02/2025');
    await expectNoSeriousA11yViolations(page, 'calendar 2025');
  });

  test('a year without an official decision is flagged as provisional', async ({ page }) => {
    const res = await page.request.get('/api/calendar/holidays?year=2030');
    const body = (await res.json()) as { status?: string };
    test.skip(body.status !== 'provisional', '2030 already has an official calendar on this server');
    await page.goto('/lich-lam-viec?year=2030');
    await expect(page.getByText('Dự kiến (chưa có quyết định chính thức)')).toBeVisible();
  });
});
