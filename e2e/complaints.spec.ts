import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { PASSWORD, switchUser } from './support/dossier';

const DENOUNCER = 'Vũ Thị Giấu Tên';

test('a denunciation is received with the identity hidden from everyone but the handler and their leader', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'tiepnhan.xa', PASSWORD);
  await page.getByRole('link', { name: 'Tiếp nhận đơn' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiếp nhận đơn');
  await page.getByRole('radio', { name: 'Tố cáo', exact: true }).check();
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Tố cáo cán bộ đòi tiền "bôi trơn" khi cấp giấy phép');
  await page.getByLabel('Họ và tên', { exact: true }).fill(DENOUNCER);
  await page.getByLabel('Số điện thoại (không bắt buộc)').fill('0912888999');
  await page.getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Tố cáo TC-\d{4}-\d{6}$/);
  const code = (await page.getByRole('heading', { level: 1 }).textContent())?.replace('Tố cáo ', '') ?? '';
  await expect(page.getByText('còn 7 ngày làm việc').first()).toBeVisible();
  // The receiver does not see the name once it is saved.
  await expect(page.getByText(DENOUNCER)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Xem danh tính/ })).toHaveCount(0);

  // The leader assigns a handler; the register never shows the name.
  await switchUser(page, 'lanhdao.xa');
  await page.getByRole('link', { name: 'Sổ khiếu nại, tố cáo' }).click();
  await expect(page.getByText(code)).toBeVisible();
  await expect(page.getByText(DENOUNCER)).toHaveCount(0);
  await page.goto(`/can-bo/khieu-nai-to-cao/${code}`);
  await page.getByRole('button', { name: 'Giao người giải quyết' }).click();
  await page.getByLabel('Người giải quyết').selectOption({ label: 'Hoàng Văn Nam' });
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã ghi: Giao người giải quyết.')).toBeVisible();

  // The handler sees it on request, told first that the view is logged.
  await switchUser(page, 'chuyenvien.xa');
  await page.goto(`/can-bo/khieu-nai-to-cao/${code}`);
  await expect(page.getByText(/Mỗi lần xem đều được ghi lại/)).toBeVisible();
  await expect(page.getByText(DENOUNCER)).toHaveCount(0);
  await page.getByRole('button', { name: 'Xem danh tính (có ghi nhật ký)' }).click();
  await expect(page.getByText(DENOUNCER)).toBeVisible();
  await page.screenshot({ path: 'test-results/complaint-identity-390.png', fullPage: true });

  // The supervisor sees the case, never the name.
  await switchUser(page, 'giamsat.tinh');
  await page.goto(`/can-bo/khieu-nai-to-cao/${code}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tố cáo ${code}`);
  await expect(page.getByRole('button', { name: /Xem danh tính/ })).toHaveCount(0);
  await expect(page.getByText(DENOUNCER)).toHaveCount(0);

  // The leader reads who viewed it.
  await switchUser(page, 'lanhdao.xa');
  await page.goto(`/can-bo/khieu-nai-to-cao/${code}`);
  await expect(page.getByRole('heading', { name: 'Nhật ký xem danh tính' })).toBeVisible();
  await expect(page.getByText(/Hoàng Văn Nam \(chuyenvien\.xa\)/)).toBeVisible();
});
