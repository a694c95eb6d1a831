import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';

test.describe('notifications to the applicant', () => {
  test('a received dossier is told by SMS and e-mail, seen on its timeline and by the administrator', async ({
    page,
    baseURL,
  }) => {
    await signIn(page, 'tiepnhan.xa', 'motcua-demo');
    const procedure = await (await page.request.get('/api/procedures/1.001193')).json();
    const components = procedure.cases
      .find((c: { code: string }) => c.code === 'qua-han')
      .components.filter((c: { required: boolean }) => c.required)
      .map((c: { id: string; quantity: number }) => ({ id: c.id, quantity: c.quantity }));
    const intake = await page.request.post('/api/dossiers', {
      headers: { origin: new URL(baseURL ?? 'http://127.0.0.1:3100').origin },
      data: {
        procedureCode: '1.001193',
        caseCode: 'qua-han',
        channel: 'counter',
        applicant: {
          fullName: 'Trương Thị Thu',
          idNumber: '037190007001',
          phone: '0912700001',
          email: 'thu@example.vn',
        },
        components,
      },
    });
    expect(intake.status()).toBe(201);
    const { code } = await intake.json();
    await page.goto(`/can-bo/ho-so/${code}`);
    const told = page.locator('.timeline-told');
    await expect(told).toContainText('SMS 0912700001 — đã gửi', { timeout: 15_000 });
    await expect(told).toContainText('Thư điện tử thu@example.vn — đã gửi');

    await page.context().clearCookies();
    await signIn(page, 'admin', 'motcua-demo');
    await page.getByRole('link', { name: 'Thông báo cho người nộp: mẫu, đã gửi, gửi không được' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông báo cho người nộp hồ sơ');
    await page.getByLabel('Mã hồ sơ').fill(code);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect(page.getByText(`Ho so ${code} (Dang ky khai sinh) da duoc tiep nhan`).first()).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Hộp thư và hộp tin thử nghiệm (chế độ demo)' }),
    ).toBeVisible();

    const sms = page.getByRole('form', { name: 'SMS · Mẫu mặc định' });
    await expect(sms.getByText(/1 tin nhắn SMS \(GSM-7, \d+ ký tự\) · 800 đồng mỗi lần gửi/)).toBeVisible();
    await sms.getByLabel('Nội dung').fill('Hồ sơ {code} hẹn {ngay_hen}');
    await sms.getByRole('button', { name: 'Lưu mẫu' }).click();
    await expect(sms.getByText('Không có biến {ngay_hen}', { exact: false })).toBeVisible();
    await expect(sms.getByLabel('Nội dung')).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page, 'notifications administration');
  });
});
