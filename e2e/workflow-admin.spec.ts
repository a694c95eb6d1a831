import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { ADMIN, signIn } from './support/auth';

/** The roles that process dossiers (core's STEP_ROLES), as the step's role dropdown names them. */
const STEP_ROLE_LABELS = ['Cán bộ tiếp nhận', 'Chuyên viên', 'Lãnh đạo', 'Văn thư'];

test.describe('workflow administration', () => {
  test('an admin lengthens a step, is stopped by the legal time limit, then saves a workflow that fits', async ({
    page,
  }) => {
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole('link', { name: 'Quy trình nội bộ giải quyết thủ tục' }).click();

    // The whole catalogue a page at a time, then a search typed without diacritics.
    await expect(page.getByRole('status')).toContainText(/Tìm thấy \d+ thủ tục · Trang 1 \/ \d+/);
    await expect(page.locator('.wf-procedures > li')).toHaveCount(20);
    await page.getByRole('link', { name: 'Trang sau' }).click();
    await expect(page.getByRole('status')).toContainText('Trang 2 /');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: 'test-results/workflow-list-390.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByLabel('Tìm thủ tục theo tên hoặc mã').fill('nuoi con nuoi');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const adoption = page.locator('.wf-procedures > li', { hasText: '2.001263' });
    await expect(adoption).toContainText('Đăng ký việc nuôi con nuôi trong nước');
    await expect(adoption).toContainText('Cấp xã');
    await expect(adoption).toContainText('Ủy ban nhân dân cấp xã');
    await expect(adoption).toContainText(/Quy trình mặc định|Đã có quy trình riêng/);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: 'test-results/workflow-find-390.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: 'test-results/workflow-find-1280.png', fullPage: true });
    await expectNoSeriousA11yViolations(page, 'workflow procedure list');

    await adoption.getByRole('link', { name: 'Đăng ký việc nuôi con nuôi trong nước' }).click();
    await page.getByLabel('Trường hợp').selectOption({ index: 1 });
    // Default on a fresh demo database; edited if this journey ran before against the same server.
    await expect(page.getByText(/^(Quy trình mặc định \(chưa chỉnh sửa\)\.|Sửa lần cuối lúc)/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'workflow editor');

    // A step is given only to a role that processes dossiers.
    const appraisal = page.getByRole('group', { name: 'Bước 3' });
    await expect(appraisal.getByLabel('Vai trò').locator('option')).toHaveText(STEP_ROLE_LABELS);

    // Step 3 (appraisal) asks for 100 working days: more than the procedure allows, shown while typing.
    const overLimit = page.getByText('Vượt thời hạn giải quyết theo quy định (30 ngày)');
    await appraisal.getByLabel('Tên bước').fill('Thẩm định, xác minh điều kiện nhận con nuôi');
    await appraisal.getByLabel(/Đơn vị/).selectOption('working-days');
    await appraisal.getByLabel('Thời gian').fill('100');
    await expect(overLimit).toBeVisible();
    await expect(page.locator('.workflow-total')).toContainText('Tổng thời gian các bước: 10');
    // The total stays in sight (pinned to the bottom of the screen) while the step being edited is.
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await appraisal.getByLabel('Thời gian').scrollIntoViewIfNeeded();
      await expect(overLimit).toBeInViewport();
      await page.screenshot({ path: `test-results/workflow-over-limit-${width}.png` });
    }
    await page.getByRole('button', { name: 'Lưu quy trình' }).click();
    await expect(page.getByRole('alert')).toContainText('vượt thời hạn giải quyết');

    await appraisal.getByLabel('Thời gian').fill('2');
    await expect(overLimit).toBeHidden();
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

    // Back in the list, the procedure now carries its own workflow.
    await page.getByRole('link', { name: '← Chọn thủ tục khác' }).click();
    await expect(adoption).toContainText('Đã có quy trình riêng (1/1 trường hợp)');
  });
});
