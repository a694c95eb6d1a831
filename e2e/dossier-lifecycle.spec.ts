import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { act, openDossier, PASSWORD, receiveAtCounter, statusBadge, switchUser } from './support/dossier';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test.describe('dossier lifecycle', () => {
  test('a birth registration goes from the counter through the commune and back to the applicant', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, 'tiepnhan.xa', PASSWORD);
    const code = await receiveAtCounter(page, '1.001193', {
      fullName: 'Vũ Thị Hạnh',
      idNumber: '036188009999',
      phone: '0977111222',
    });

    await page.getByRole('link', { name: 'Mở hồ sơ' }).click();
    await expect(statusBadge(page)).toHaveText('Được tiếp nhận');
    // The counter attaches the scan of the birth notice.
    await page.getByLabel('Giấy tờ', { exact: true }).selectOption('giay-chung-sinh');
    await page
      .getByLabel('Chọn tệp')
      .setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Đã lưu tệp “giay-chung-sinh.pdf”.' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'giay-chung-sinh.pdf' })).toBeVisible();
    await act(page, 'Chuyển cơ quan có thẩm quyền');
    await expect(statusBadge(page)).toHaveText('Đang xử lý');

    await switchUser(page, 'lanhdao.xa');
    await openDossier(page, code);
    await act(page, 'Phân công chuyên viên xử lý', async () => {
      const who = page.getByLabel('Chuyên viên thực hiện bước tiếp theo');
      // Only the commune's specialists are offered: the police's and the department's are not.
      await expect(who.locator('option')).toHaveText([
        '— Chọn chuyên viên —',
        'Hoàng Văn Nam (chuyenvien.xa)',
      ]);
      await who.selectOption({ label: 'Hoàng Văn Nam (chuyenvien.xa)' });
    });

    await switchUser(page, 'chuyenvien.xa');
    await openDossier(page, code);
    await act(page, 'Thẩm định hồ sơ', () => page.getByLabel(/Ghi chú/).fill('Hồ sơ hợp lệ, đủ điều kiện.'));
    await act(page, 'Trình lãnh đạo phê duyệt');

    await switchUser(page, 'lanhdao.xa');
    await openDossier(page, code);
    await act(page, 'Phê duyệt');
    // The last step of the workflow is the clerical office's: the leader has no "issue" button.
    await expect(page.getByRole('button', { name: 'Ban hành kết quả', exact: true })).toHaveCount(0);

    await switchUser(page, 'vanthu.xa');
    await openDossier(page, code);
    // The clerical officer attaches the digitally signed birth certificate and issues it.
    await page
      .getByLabel('Chọn tệp')
      .setInputFiles({ name: 'giay-khai-sinh-ky-so.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await expect(page.getByRole('link', { name: 'giay-khai-sinh-ky-so.pdf' })).toBeVisible();
    await act(page, 'Ban hành kết quả', async () => {
      await page.getByLabel('Số văn bản kết quả').fill('125/2026/TLKS');
      await expect(page.getByLabel('Tệp kết quả đã ký số')).toHaveValue(/[0-9a-f-]{36}/);
    });
    await expect(statusBadge(page)).toHaveText('Đã xử lý xong');

    await switchUser(page, 'tiepnhan.xa');
    await openDossier(page, code);
    await act(page, 'Trả kết quả', async () => {
      await page.getByLabel('Hình thức trả').selectOption('counter');
      // The applicant collects it: proposed, as recorded at intake.
      await expect(page.getByLabel('Người nhận là người nộp hồ sơ')).toBeChecked();
    });
    await expect(statusBadge(page)).toHaveText('Đã trả kết quả');
    await expect(page.getByRole('link', { name: 'In phiếu giao nhận' })).toBeVisible();

    const timeline = page.getByRole('region', { name: 'Quá trình giải quyết' });
    const steps = [
      'Tiếp nhận hồ sơ',
      'Chuyển cơ quan có thẩm quyền',
      'Phân công chuyên viên xử lý',
      'Thẩm định hồ sơ',
      'Trình lãnh đạo phê duyệt',
      'Phê duyệt',
      'Ban hành kết quả',
      'Trả kết quả',
    ];
    await expect(timeline.locator('.timeline-action')).toHaveText(steps);
    await expect(timeline).toContainText('Hoàng Văn Nam');
    await expect(timeline).toContainText('125/2026/TLKS');
    await expect(timeline).toContainText('giay-khai-sinh-ky-so.pdf (SHA-256');
    await expect(timeline).toContainText('Vũ Thị Hạnh (Người nộp hồ sơ)');
    await expect(page.getByText('Bạn không có thao tác nào với hồ sơ ở trạng thái này.')).toBeVisible();

    // Citizens see the same end in plain words.
    await page.goto(`/tra-cuu/${code}`);
    await expect(page.getByRole('article')).toContainText('Tình trạng: Đã trả kết quả');
  });
});
