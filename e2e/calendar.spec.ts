import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ADMIN, signIn } from './support/auth';

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
    await expect(page.getByTestId('due-provisional')).toHaveCount(0); // 2025 is decided
    await expectNoSeriousA11yViolations(page, 'calendar 2025');
  });

  test('2026 is official: each day shows its source, and the swaps move the due date', async ({ page }) => {
    await page.goto('/lich-lam-viec?year=2026');
    await expect(page.getByText('Chính thức', { exact: true })).toBeVisible();
    await expect(page.getByText('Mọi ngày trong lịch đều có căn cứ')).toBeVisible();
    const row = (date: string) =>
      page.getByRole('row').filter({ has: page.locator(`time[datetime="${date}"]`) });
    await expect(row('2026-01-01')).toContainText('Luật định');
    await expect(row('2026-01-01')).toContainText('Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a');
    await expect(row('2026-01-02')).toContainText('Nghỉ hoán đổi');
    await expect(row('2026-01-02')).toContainText('Công văn 12729/VPCP-KGVX ngày 25/12/2025');
    await expect(row('2026-01-10')).toContainText('Đi làm bù');
    await expect(row('2026-08-22')).toContainText('Đi làm bù');
    await expect(row('2026-08-31')).toContainText('Nghỉ hoán đổi');
    await expect(row('2026-08-31')).toContainText('13/10/2025');
    await expect(row('2026-09-01')).toContainText('Quốc khánh');

    // Friday 28/8 plus one working day: 29/8 – 2/9 is off (31/8 swapped), so Thursday 3/9.
    await page.getByLabel('Ngày tiếp nhận').fill('2026-08-28');
    await page.getByLabel('Số ngày làm việc').fill('1');
    await page.getByRole('button', { name: 'Tính', exact: true }).click();
    await expect(page.getByTestId('due-result').locator('time')).toHaveAttribute('datetime', '2026-09-03');
    // Friday 9/1 plus one: the make-up Saturday 10/1.
    await page.getByLabel('Ngày tiếp nhận').fill('2026-01-09');
    await page.getByRole('button', { name: 'Tính', exact: true }).click();
    await expect(page.getByTestId('due-result').locator('time')).toHaveAttribute('datetime', '2026-01-10');
    await expectNoSeriousA11yViolations(page, 'calendar 2026');
  });

  test('a year without a decision is provisional, its estimates marked', async ({ page }) => {
    const res = await page.request.get('/api/calendar/holidays?year=2030');
    const body = (await res.json()) as { status?: string };
    test.skip(body.status !== 'provisional', '2030 already has an official calendar on this server');
    await page.goto('/lich-lam-viec?year=2030');
    await expect(page.getByText('Dự kiến (chưa có quyết định chính thức)')).toBeVisible();
    const tetEve = page.getByRole('row').filter({ has: page.locator('time[datetime="2030-02-01"]') });
    await expect(tetEve).toContainText('Tạm tính');
    await expect(
      page.getByRole('row').filter({ has: page.locator('time[datetime="2030-04-30"]') }),
    ).toContainText('Luật định');
    // A due date counted across the estimated Tết says it is provisional, naming the year.
    await page.getByLabel('Ngày tiếp nhận').fill('2030-01-28');
    await page.getByLabel('Số ngày làm việc').fill('5');
    await page.getByRole('button', { name: 'Tính', exact: true }).click();
    await expect(page.getByTestId('due-result')).toBeVisible();
    await expect(page.getByTestId('due-provisional')).toContainText('Dự kiến: lịch năm 2030');
  });

  test('shows the page in English with the sources', async ({ page }) => {
    await page.goto('/lich-lam-viec?year=2026');
    await page.getByRole('button', { name: /English/ }).click();
    const row = page.getByRole('row').filter({ has: page.locator('time[datetime="2026-01-02"]') });
    await expect(row).toContainText('Decision');
    await expect(row).toContainText('Government Office letter 12729/VPCP-KGVX of 25 Dec 2025');
  });
});

test.describe('admin calendar: statutory holidays added by law', () => {
  test('lists none yet and names the fields of a bad entry without storing it', async ({ page }) => {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.goto('/quan-tri/lich?year=2026');
    await expect(page.getByRole('heading', { name: 'Ngày lễ do luật mới quy định' })).toBeVisible();
    await expect(page.getByText('Chưa có ngày lễ nào được thêm ngoài Bộ luật Lao động.')).toBeVisible();
    // 29/2 does not recur; no law given; no make-up rule chosen.
    await page.getByLabel('Ngày', { exact: true }).fill('29');
    await page.getByLabel('Tháng', { exact: true }).fill('2');
    await page.getByLabel('Tên (tiếng Việt)', { exact: true }).fill('Ngày thử');
    await page.getByLabel('Tên (tiếng Anh)', { exact: true }).fill('Test day');
    await page.getByLabel('Ngày hiệu lực của văn bản').fill('2027-01-01');
    await page.getByRole('button', { name: 'Lưu ngày lễ do luật quy định' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Chưa lưu được' })).toBeVisible();
    await expect(page.locator('.statutory-form .field-error').first()).toBeVisible();
    const list = await page.request.get('/api/calendar/statutory-holidays');
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
    await expectNoSeriousA11yViolations(page, 'admin calendar with statutory holidays');
  });
});
