import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { login } from './support/auth';
import { PASSWORD } from './support/dossier';

const AGENCY = 'ninh-binh.phuong-hoa-lu.ubnd';

test('a citizen registers for a reception and follows it; the officer accepts it as a complaint', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });

  // The citizen picks the first session of the commune's schedule and registers.
  await page.goto(`/tiep-cong-dan?agency=${AGENCY}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch tiếp công dân');
  await page
    .getByRole('button', { name: /^Đăng ký/ })
    .first()
    .click();
  await page.getByLabel('Họ và tên').fill('Nguyễn Văn Tiếp');
  await page.getByLabel('Số điện thoại').fill('0912 345 678');
  await page
    .getByLabel('Nội dung cần trình bày (tóm tắt)')
    .fill('Khiếu nại quyết định thu hồi đất của UBND phường');
  await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
  const code = ((await page.getByTestId('registration-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^TCD-[A-Z2-9]{5}-[A-Z2-9]{5}$/);

  // And follows it by its code.
  await page.getByLabel('Mã đăng ký').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByTestId('registration-status')).toContainText('Đã đăng ký, chờ tiếp');
  await expect(page.getByTestId('registration-status')).toContainText('*******678');

  // The officer records the reception and accepts it as a complaint: the case opens.
  await login(page, 'tiepnhan.xa', PASSWORD);
  await expect(page).toHaveURL(/\/can-bo$/);
  await page.getByRole('link', { name: 'Lịch tiếp công dân, sổ tiếp công dân' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiếp công dân');
  await expect(page.getByText('Nguyễn Văn Tiếp').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Ghi sổ tiếp' }).click();
  await page.getByLabel('Mã đăng ký (nếu có)').fill(code);
  await page.getByLabel('Họ tên công dân').fill('Nguyễn Văn Tiếp');
  await page.getByLabel('Nội dung công dân trình bày').fill('Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND');
  await page.getByLabel('Cách xử lý').selectOption('complaint');
  await page.getByRole('button', { name: 'Ghi sổ' }).click();
  const opened = page.getByRole('link', { name: /Đã mở hồ sơ khiếu nại KN-\d{4}-\d{6}/ });
  await expect(opened).toBeVisible();
  const caseCode = ((await opened.textContent()) ?? '').match(/KN-\d{4}-\d{6}/)?.[0] ?? '';
  await page.screenshot({ path: 'test-results/reception-record-390.png', fullPage: true });
  await opened.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(caseCode);
  await expect(page.getByText('Trực tiếp').first()).toBeVisible();

  // The citizen sees that they were received and the complaint's code.
  await page.goto(`/tiep-cong-dan?agency=${AGENCY}`);
  await page.getByLabel('Mã đăng ký').fill(code);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByTestId('registration-status')).toContainText('Đã được tiếp');
  await expect(page.getByTestId('registration-status')).toContainText(caseCode);
});

test('a question is sent to a coming dialogue; the hotline page shows the commune hotline', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  // No page of the reception breaks the Content Security Policy or has a serious accessibility fault.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  await page.goto(`/tiep-cong-dan?agency=${AGENCY}`);
  await expect(page.getByRole('heading', { name: 'Các buổi tiếp sắp tới' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/tiep-cong-dan');
  expect(await violations()).toEqual([]);
  await page.goto('/doi-thoai');
  await expect(page.getByRole('heading', { name: 'Sắp diễn ra' })).toBeVisible();
  await page.getByText('Gửi câu hỏi', { exact: true }).first().click();
  await page.getByLabel('Câu hỏi của bạn').first().fill('Khi nào niêm yết phương án bồi thường?');
  await page.getByRole('button', { name: 'Gửi câu hỏi' }).first().click();
  await expect(page.getByText('Đã gửi câu hỏi. Cảm ơn bạn.')).toBeVisible();
  // Past dialogues show their commitments with their status.
  await expect(page.getByText('Đã xong đúng hạn').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/doi-thoai');
  expect(await violations()).toEqual([]);

  await page.goto('/duong-day-nong');
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(
    'Đường dây nóng và số điện thoại lãnh đạo',
  );
  await expect(page.getByRole('main').getByRole('link', { name: '0229 3871 234' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'In trang niêm yết (A4)' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/duong-day-nong');
  expect(await violations()).toEqual([]);

  // The staff page, as the commune's leader.
  await login(page, 'lanhdao.xa', PASSWORD);
  await expect(page).toHaveURL(/\/can-bo$/);
  await page.goto(`/can-bo/tiep-cong-dan?agency=${AGENCY}`);
  await expect(page.getByRole('heading', { name: 'Cảnh báo tần suất tiếp công dân' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, '/can-bo/tiep-cong-dan');
  for (const tab of ['Ghi sổ tiếp', 'Lịch định kỳ', 'Đối thoại', 'Đường dây nóng']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page, `/can-bo/tiep-cong-dan (${tab})`);
  }
  expect(await violations()).toEqual([]);
});
