import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';
import { PASSWORD, receiveAtCounter } from './support/dossier';

// docs/domain/catalogue.md: limits per channel, fees the provincial council sets, extensions at intake.
test.describe('catalogue limits by channel and extensions at the counter', () => {
  test('the land procedure shows each channel’s limit and the council’s fee; the counter ticks an extension', async ({
    page,
  }) => {
    await page.goto('/thu-tuc/1.013978');
    const limits = page.locator('.case').first();
    await expect(limits).toContainText('Nộp trực tiếp: 27 ngày làm việc');
    await expect(limits).toContainText('Nộp trực tuyến: 17 ngày làm việc');
    await expect(limits).toContainText('Nộp qua bưu chính: 20 ngày làm việc');
    await expect(limits.getByText('Mức thu do HĐND tỉnh quy định')).toBeVisible();
    await expect(page.getByText('Không tính vào thời hạn giải quyết', { exact: false })).toBeVisible();

    await signIn(page, 'tiepnhan.xa', PASSWORD);
    const plain = await receiveAtCounter(page, '2.000986', {
      fullName: 'Phạm Văn Đức',
      idNumber: '036090004567',
      phone: '0912888999',
    });
    const plainDue = await page
      .getByText(/^\d{2}\/\d{2}\/\d{4}$/)
      .first()
      .textContent();
    const far = await receiveAtCounter(
      page,
      '2.000986',
      { fullName: 'Phạm Văn Đức', idNumber: '036090004567', phone: '0912888999' },
      () => page.getByLabel(/Xã cách trụ sở Công an/).check(),
    );
    const farDue = await page
      .getByText(/^\d{2}\/\d{2}\/\d{4}$/)
      .first()
      .textContent();
    expect(far).not.toBe(plain);
    const day = (text: string | null) => {
      const [d, m, y] = (text ?? '').split('/').map(Number);
      return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0);
    };
    // Five more working days: at least a week later.
    expect(day(farDue) - day(plainDue)).toBeGreaterThanOrEqual(7 * 86_400_000);

    // 2.000815: a later date agreed in writing, with the agreement's reference.
    await page.goto('/can-bo/tiep-nhan?thu-tuc=2.000815');
    await page.getByLabel(/Đã thỏa thuận bằng văn bản/).check();
    await expect(page.getByLabel('Ngày hẹn trả theo thỏa thuận')).toBeVisible();
    await expect(page.getByLabel('Văn bản thỏa thuận (số, ngày)')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'intake with an agreed date');
  });
});
