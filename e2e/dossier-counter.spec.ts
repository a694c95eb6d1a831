import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';

const PASSWORD = 'motcua-demo';
const BIRTH_REGISTRATION = '1.001193';
const CODE_SHAPE = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/;
const APPLICANT = { fullName: 'Trần Thị Bích Ngọc', idNumber: '037190001234', phone: '0912 345 678' };

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never gets there. */
async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test.describe('dossier counter', () => {
  test('a counter officer receives a complete birth registration with the keyboard only', async ({
    page,
  }) => {
    await signIn(page, 'tiepnhan.xa', PASSWORD);
    await page.getByRole('link', { name: 'Tiếp nhận hồ sơ tại quầy' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiếp nhận hồ sơ tại Bộ phận Một cửa');

    // Choose the procedure with the keyboard.
    const search = page.getByLabel('Tìm thủ tục theo tên hoặc mã');
    await tabTo(page, search);
    await page.keyboard.type('khai sinh');
    await page.keyboard.press('Enter');
    const choose = page.getByRole('button', { name: 'Chọn thủ tục Đăng ký khai sinh', exact: true });
    await expect(choose).toBeVisible();
    await tabTo(page, choose);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`thu-tuc=${BIRTH_REGISTRATION.replace('.', '\\.')}`));
    await expect(page.getByRole('radio', { name: /Đăng ký khai sinh đúng hạn/ })).toBeChecked();
    await expectNoSeriousA11yViolations(page, 'counter intake');

    // Inline validation of the ID number from @motcua/core, before anything is sent.
    const idField = page.getByLabel('Số định danh cá nhân (CCCD)');
    await tabTo(page, idField);
    await page.keyboard.type('12345');
    await page.keyboard.press('Tab');
    await expect(page.getByText('Số định danh cá nhân phải gồm đúng 12 chữ số.')).toBeVisible();
    await idField.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');

    // At most six interactions: tick required, name, ID, phone, submit.
    await tabTo(page, page.getByRole('button', { name: 'Chọn tất cả bắt buộc' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('checkbox', { name: /Tờ khai đăng ký khai sinh/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Giấy chứng sinh/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Biên bản về việc trẻ bị bỏ rơi/ })).not.toBeChecked();
    await tabTo(page, page.getByLabel('Họ và tên', { exact: true }));
    await page.keyboard.type(APPLICANT.fullName);
    await page.keyboard.press('Tab');
    await expect(idField).toBeFocused();
    await page.keyboard.type(APPLICANT.idNumber);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Số điện thoại')).toBeFocused();
    await page.keyboard.type(APPLICANT.phone);
    await tabTo(page, page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }));
    await page.keyboard.press('Enter');

    const outcome = page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' });
    await expect(outcome).toBeFocused();
    const code = (await page.getByTestId('dossier-code').textContent())?.trim() ?? '';
    expect(code).toMatch(CODE_SHAPE);

    const receipt = page.getByRole('link', { name: 'In giấy tiếp nhận (Mẫu 01)' });
    const href = await receipt.getAttribute('href');
    expect(href).toBeTruthy();
    const pdf = await page.request.get(href ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    // The work queue lists it; the dossier page shows it.
    await page.goto(`/can-bo/ho-so?q=${encodeURIComponent(code)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ cần xử lý');
    const row = page.getByRole('row').filter({ hasText: code });
    await expect(row).toContainText(APPLICANT.fullName);
    await expect(row).toContainText('Được tiếp nhận');
    await expectNoSeriousA11yViolations(page, 'dossier queue');
    await row.getByRole('link', { name: code }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(code);
    await expect(page.getByRole('region', { name: 'Quá trình giải quyết' })).toContainText('Tiếp nhận hồ sơ');
    await expect(page.getByRole('button', { name: 'Chuyển cơ quan có thẩm quyền' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'dossier page');

    // The officer sees the check code printed on the receipt beside the code.
    const check = (await page.getByTestId('check-code').textContent())?.trim() ?? '';
    expect(check).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);

    // The public tracking page: plain status, no personal data; the dates only with the check code.
    await page.goto('/tra-cuu');
    await page.getByLabel('Mã hồ sơ').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/tra-cuu/${code.replace(/\./g, '\\.')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hồ sơ ${code}`);
    await expect(page.getByText('Hồ sơ đã được tiếp nhận')).toBeVisible();
    await expect(page.getByText('Đăng ký khai sinh', { exact: true })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(APPLICANT.fullName);
    await expect(page.locator('body')).not.toContainText(APPLICANT.idNumber);
    const article = page.getByRole('article');
    await expect(article).toContainText('bạn nhập thêm mã kiểm tra in trên giấy tiếp nhận');
    await expect(article).not.toContainText('Ngày hẹn trả kết quả');

    // A wrong check code: the same status, and the citizen is told the code is wrong.
    const checkField = page.getByLabel('Mã kiểm tra (không bắt buộc)');
    const wrong = `${check.slice(0, 5)}${check[5] === 'Z' ? 'Y' : 'Z'}`;
    await checkField.fill(wrong);
    await checkField.press('Enter');
    await expect(page.getByRole('alert')).toContainText(`Mã kiểm tra “${wrong}” không đúng với hồ sơ này`);
    await expect(checkField).toHaveAttribute('aria-invalid', 'true');
    await expect(article).not.toContainText('Ngày hẹn trả kết quả');

    // Typed as people do (lower case, a hyphen): the due date and the current step.
    await checkField.fill(`${check.slice(0, 3)}-${check.slice(3)}`.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`\\?check=${check}$`));
    await expect(article).toContainText('Ngày hẹn trả kết quả');
    await expect(article).toContainText('Đang ở bước');
    await expect(page.getByRole('alert')).toHaveCount(0);
    // The countdown in working days (a birth registration is due today or on the next working day), and no
    // forecast yet on a database without finished dossiers of the case.
    await expect(page.getByTestId('countdown')).toHaveText(/^(Còn 1 ngày làm việc|Đến hạn hôm nay)$/);
    await expect(page.getByTestId('forecast')).toContainText('Chưa đủ dữ liệu để dự báo');

    // The receipt's QR opens the page with the code filled in.
    await page.goto(`/tra-cuu/${code}?check=${check}`);
    await expect(page.getByRole('article')).toContainText('Ngày hẹn trả kết quả');
    await expect(checkField).toHaveValue(check);
    await expectNoSeriousA11yViolations(page, 'public tracking');
  });

  test('an incomplete dossier gets the one-time supplement request (Form 02)', async ({ page }) => {
    await signIn(page, 'tiepnhan.xa', PASSWORD);
    await page.goto(`/can-bo/tiep-nhan?thu-tuc=${BIRTH_REGISTRATION}`);
    await page.getByRole('checkbox', { name: /Tờ khai đăng ký khai sinh/ }).check();
    await page.getByLabel('Họ và tên', { exact: true }).fill('Lê Văn Hùng');
    await page.getByLabel('Số định danh cá nhân (CCCD)').fill('001089004321');
    await page.getByLabel('Số điện thoại').fill('0987654321');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Hồ sơ chưa đầy đủ' })).toBeFocused();
    await expect(page.getByRole('listitem').filter({ hasText: 'Giấy chứng sinh' })).toBeVisible();
    const slip = page.getByRole('link', { name: 'In phiếu yêu cầu bổ sung (Mẫu 02)' });
    const pdf = await page.request.get((await slip.getAttribute('href')) ?? '');
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    // Back to the form, the data is still there.
    await page.getByRole('button', { name: 'Quay lại sửa hồ sơ' }).click();
    await expect(page.getByLabel('Họ và tên', { exact: true })).toHaveValue('Lê Văn Hùng');
  });

  test('a refusal at the counter issues Form 03 with the reason', async ({ page }) => {
    await signIn(page, 'tiepnhan.xa', PASSWORD);
    await page.goto(`/can-bo/tiep-nhan?thu-tuc=${BIRTH_REGISTRATION}`);
    await page.getByLabel('Họ và tên', { exact: true }).fill('Phạm Minh Đức');
    await page.getByLabel('Số định danh cá nhân (CCCD)').fill('001092007777');
    await page.getByLabel('Số điện thoại').fill('0901234567');
    await page.getByRole('button', { name: 'Từ chối tiếp nhận (Mẫu 03)' }).click();
    await expect(page.getByLabel('Lý do từ chối')).toBeFocused();
    await page.getByLabel('Lý do từ chối').fill('Trẻ sinh ra và cư trú ngoài địa bàn phường.');
    await page.getByRole('button', { name: 'Lập phiếu từ chối' }).click();
    await expect(page.getByRole('heading', { name: 'Đã lập phiếu từ chối tiếp nhận' })).toBeVisible();
    const slip = page.getByRole('link', { name: 'In phiếu từ chối (Mẫu 03)' });
    const pdf = await page.request.get((await slip.getAttribute('href')) ?? '');
    expect(pdf.headers()['content-type']).toContain('application/pdf');
  });

  test('an unknown code gets a friendly answer on the tracking page', async ({ page }) => {
    await page.goto('/tra-cuu/000.00.00.H00-000000-0000');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy hồ sơ');
    await expect(page.getByText('chú ý chữ O và số 0')).toBeVisible();
    await expect(page.getByLabel('Mã hồ sơ')).toHaveValue('000.00.00.H00-000000-0000');
  });
});
