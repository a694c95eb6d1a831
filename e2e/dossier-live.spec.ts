import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { act, openDossier, PASSWORD, receiveAtCounter, statusBadge, switchUser } from './support/dossier';

test('two officers on one dossier: one acts, the other’s page follows and a stale action is explained', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  // A's timers run only when told, so the poll is seen to bring the change (no reload).
  await a.clock.install();
  await signIn(a, 'tiepnhan.xa', PASSWORD);
  const code = await receiveAtCounter(a, '1.001193', {
    fullName: 'Mai Văn Sống',
    idNumber: '037190006666',
    phone: '0912000222',
  });
  await openDossier(a, code);
  await expect(statusBadge(a)).toHaveText('Được tiếp nhận');

  await signIn(b, 'tiepnhan.xa', PASSWORD);
  await openDossier(b, code);
  await act(b, 'Chuyển cơ quan có thẩm quyền');

  await a.clock.runFor(11_000);
  await expect(statusBadge(a)).toHaveText('Đang xử lý');

  // Both leaders' pages offer the assignment; B assigns first, A confirms on a page that has not polled.
  await switchUser(a, 'lanhdao.xa');
  await openDossier(a, code);
  await switchUser(b, 'lanhdao.xa');
  await openDossier(b, code);
  await a.getByRole('button', { name: 'Phân công chuyên viên xử lý', exact: true }).click();
  await a
    .getByLabel('Chuyên viên thực hiện bước tiếp theo')
    .selectOption({ label: 'Hoàng Văn Nam (chuyenvien.xa)' });
  await act(b, 'Phân công chuyên viên xử lý', () =>
    b
      .getByLabel('Chuyên viên thực hiện bước tiếp theo')
      .selectOption({ label: 'Hoàng Văn Nam (chuyenvien.xa)' }),
  );
  await a.getByRole('button', { name: 'Xác nhận' }).click();
  const alert = a.getByRole('alert');
  await expect(alert).toContainText('Hồ sơ đã thay đổi trong lúc bạn thao tác');
  await expect(alert).toContainText('Đỗ Quang Hải vừa thực hiện “Phân công chuyên viên xử lý”');
  await expect(alert).toContainText('Trạng thái hiện nay: Đang xử lý');
  await expect(a.getByRole('button', { name: 'Phân công chuyên viên xử lý', exact: true })).toHaveCount(0);
  await a.setViewportSize({ width: 390, height: 844 });
  await a.screenshot({ path: 'test-results/dossier-stale-390.png', fullPage: true });
});
