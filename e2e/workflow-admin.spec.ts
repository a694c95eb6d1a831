import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ADMIN, login } from './support/auth';

test.describe('workflow administration', () => {
  test('an admin lengthens a step, is stopped by the legal time limit, then saves a workflow that fits', async ({
    page,
  }) => {
    await login(page, ADMIN.username, ADMIN.password);
    await expect(page).toHaveURL(/\/can-bo$/);
    await page.getByRole('link', { name: 'Quy trình nội bộ giải quyết thủ tục' }).click();
    await page.getByLabel('Mã thủ tục').fill('2.001263');
    await page.getByRole('button', { name: 'Mở quy trình' }).click();
    await page.getByLabel('Trường hợp').selectOption({ index: 1 });
    // Default on a fresh demo database; edited if this journey ran before against the same server.
    await expect(page.getByText(/^(Quy trình mặc định \(chưa chỉnh sửa\)\.|Sửa lần cuối lúc)/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'workflow editor');

    // Step 3 (appraisal) asks for 100 working days: more than the procedure allows.
    const appraisal = page.getByRole('group', { name: 'Bước 3' });
    await appraisal.getByLabel('Tên bước').fill('Thẩm định, xác minh điều kiện nhận con nuôi');
    await appraisal.getByLabel('Thời gian').fill('100');
    await appraisal.getByLabel(/Đơn vị/).selectOption('working-days');
    await page.getByRole('button', { name: 'Lưu quy trình' }).click();
    await expect(page.getByRole('alert')).toContainText('vượt thời hạn giải quyết');

    await appraisal.getByLabel('Thời gian').fill('2');
    await page.getByRole('button', { name: 'Lưu quy trình' }).click();
    await expect(page.getByRole('status')).toContainText('Đã lưu quy trình');
    await expect(page.getByText(/Sửa lần cuối lúc .* bởi admin\./)).toBeVisible();

    // The public reads the same internal process.
    const published = await (
      await page.request.get('/api/procedures/2.001263/cases/default/workflow')
    ).json();
    expect(published.steps[2]).toMatchObject({
      name: 'Thẩm định, xác minh điều kiện nhận con nuôi',
      allotment: { unit: 'working-days', value: 2 },
    });
  });
});
