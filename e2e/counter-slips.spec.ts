import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';

const PASSWORD = 'motcua-demo';
const APPLICANT = { fullName: 'Quách Thị Hạnh', idNumber: '037190007777', phone: '0913777888' };

/** The focus is on something, never fallen back to the page body. */
const expectFocusKept = async (page: Page, after: string) =>
  expect(await page.evaluate(() => document.activeElement !== document.body), after).toBe(true);

test.describe('the day’s counter slips', () => {
  test('an incomplete intake gets Form 02, is listed, and is taken in again when the applicant returns', async ({
    page,
  }) => {
    await signIn(page, 'tiepnhan.xa', PASSWORD);
    await page.goto('/can-bo/tiep-nhan?thu-tuc=1.001193');

    // A tick proposes one copy, an untick clears it: no quantity to type for the usual case.
    const declaration = page.getByRole('checkbox', { name: /Tờ khai đăng ký khai sinh/ });
    const declarationQty = page.getByLabel(/Số lượng: Tờ khai đăng ký khai sinh/);
    await expect(declarationQty).toHaveValue('');
    await declaration.focus();
    await page.keyboard.press('Space');
    await expect(declaration).toBeChecked();
    await expect(declarationQty).toHaveValue('1');
    await page.keyboard.press('Space');
    await expect(declarationQty).toHaveValue('');
    await page.keyboard.press('Space');
    await expectFocusKept(page, 'after ticking');

    // Submitted without a name: the focus goes to the field to fix, not to the page.
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await expect(page.getByLabel('Họ và tên', { exact: true })).toBeFocused();

    await page.getByLabel('Họ và tên', { exact: true }).fill(APPLICANT.fullName);
    await page.getByLabel('Số định danh cá nhân (CCCD)').fill(APPLICANT.idNumber);
    await page.getByLabel('Số điện thoại').fill(APPLICANT.phone);
    // Opening and closing the refusal keeps the focus on the form.
    await page.getByRole('button', { name: 'Từ chối tiếp nhận (Mẫu 03)' }).click();
    await expectFocusKept(page, 'after opening the refusal');
    await page.getByRole('button', { name: 'Huỷ', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Từ chối tiếp nhận (Mẫu 03)' })).toBeFocused();

    const submit = page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true });
    await submit.focus();
    await page.keyboard.press('Enter');
    const outcome = page.getByRole('heading', { name: 'Hồ sơ chưa đầy đủ' });
    await expect(outcome).toBeFocused();
    const number = /số ([^\s)]+)/i.exec((await page.locator('.outcome p').first().textContent()) ?? '')?.[1];
    expect(number).toBeTruthy();
    // Back to the form: the focus on the first component still to tick.
    await page.getByRole('button', { name: 'Quay lại sửa hồ sơ' }).click();
    await expect(page.getByRole('checkbox', { name: /Giấy chứng sinh/ })).toBeFocused();

    // The staff home lists the slip of the day, to print again or take in again.
    await page.goto('/can-bo');
    const section = page.getByRole('region', { name: 'Phiếu trong ngày' });
    const slip = section.getByRole('listitem').filter({ hasText: APPLICANT.fullName }).first();
    await expect(slip).toContainText('Mẫu 02');
    await expect(slip).toContainText('Giấy chứng sinh');
    const print = slip.getByRole('link', { name: /In lại phiếu/ });
    const pdf = await page.request.get((await print.getAttribute('href')) ?? '');
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await expectNoSeriousA11yViolations(page, 'staff home with the day’s slips');

    await slip.getByRole('link', { name: /Tiếp nhận lại hồ sơ theo phiếu/ }).click();
    await expect(page.getByText(/Tiếp nhận lại theo phiếu yêu cầu bổ sung số/)).toBeVisible();
    await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue(APPLICANT.fullName);
    await expect(declaration).toBeChecked();
    const birthNotice = page.getByRole('checkbox', { name: /Giấy chứng sinh/ });
    await expect(birthNotice).not.toBeChecked();
    await expect(page.locator('.checklist-item').filter({ hasText: 'Giấy chứng sinh' })).toContainText(
      'Còn thiếu lần trước',
    );
    await expectNoSeriousA11yViolations(page, 'intake taken in again');
    await page.getByRole('button', { name: 'Chọn tất cả bắt buộc' }).click();
    await expect(birthNotice).toBeChecked();
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' })).toBeFocused();
    const code = (await page.getByTestId('dossier-code').textContent())?.trim() ?? '';

    // The slip now names the dossier, which names the slip.
    await page.goto('/can-bo');
    const answered = page
      .getByRole('region', { name: 'Phiếu trong ngày' })
      .getByRole('listitem')
      .filter({ hasText: APPLICANT.fullName })
      .first();
    await expect(answered).toContainText('Đã tiếp nhận lại thành hồ sơ');
    await answered.getByRole('link', { name: code }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(code);
    await expect(page.getByRole('region', { name: 'Quá trình giải quyết' })).toContainText(
      'Tiếp nhận lại theo phiếu yêu cầu bổ sung',
    );
  });
});
