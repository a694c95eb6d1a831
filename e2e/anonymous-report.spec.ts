import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';

/**
 * Issue 12, item 3: an anonymous report sent from the site's footer and followed by its receipt, with no
 * request to another origin and no cookie in the browser; then the inspectorate answers it and the reporter
 * reads the answer.
 */
test('an anonymous report is sent, followed by its receipt and answered by the inspectorate', async ({
  page,
  context,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL ?? '')) foreign.push(r.url());
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('link', { name: 'Phản ánh tiêu cực, nhũng nhiễu (ẩn danh)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phản ánh tiêu cực, nhũng nhiễu');
  await expect(page.getByText('Không lưu địa chỉ IP')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'anonymous report form');

  await page.getByLabel('Yêu cầu giấy tờ ngoài danh mục công khai').check();
  const content = `Cán bộ yêu cầu nộp thêm giấy xác nhận không có trong danh mục (e2e ${Date.now()}).`;
  await page.getByLabel('Nội dung sự việc').fill(content);
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  const receipt = (await page.getByTestId('receipt').textContent()) ?? '';
  expect(receipt).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
  await expectNoSeriousA11yViolations(page, 'anonymous report receipt');

  await page.getByRole('link', { name: 'Xem tình trạng' }).click();
  await expect(page.getByText('Đã tiếp nhận', { exact: true })).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(receipt));
  expect(await context.cookies()).toEqual([]);
  expect(foreign).toEqual([]);

  // The inspectorate answers it.
  const staff = await context.browser()?.newContext({ baseURL });
  const inspector = await staff!.newPage();
  await signIn(inspector, 'thanhtra.tinh', 'motcua-demo');
  await inspector.goto('/can-bo/phan-anh');
  await inspector
    .locator('.report-card', { hasText: content.slice(0, 60) })
    .getByRole('link', { name: 'Xem' })
    .click();
  await inspector.getByLabel('Bước xử lý').selectOption('answer');
  await inspector
    .getByLabel(/Nội dung \(trả lời/)
    .fill('Thanh tra tỉnh đã xác minh và chấn chỉnh bộ phận một cửa.');
  await inspector.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(inspector.getByText('Đã ghi nhận.')).toBeVisible();
  await staff!.close();

  await page.getByRole('button', { name: 'Xem tình trạng' }).click();
  await expect(page.getByText('Thanh tra tỉnh đã xác minh và chấn chỉnh bộ phận một cửa.')).toBeVisible();
  expect(await context.cookies()).toEqual([]);
});
