import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';
import { CODE_SHAPE, PASSWORD, switchUser } from './support/dossier';

/** Yesterday at 09:30 on Vietnam's clock, as a datetime-local input takes it. */
const yesterdayMorning = () =>
  `${new Date(Date.now() + 7 * 3600_000 - 24 * 3600_000).toISOString().slice(0, 10)}T09:30`;

test.describe('back-dated reception (issue 9, item 9)', () => {
  test('a reception dated yesterday waits for the leader, who approves it: received at that time', async ({
    page,
  }) => {
    const applicant = { fullName: 'Hà Thị Thu', idNumber: '036190007777', phone: '0904777888' };
    const reason = 'Mất mạng cả buổi, tiếp nhận trên giấy';
    await signIn(page, 'tiepnhan.xa', PASSWORD);
    await page.goto('/can-bo/tiep-nhan?thu-tuc=1.001193');
    await page.getByRole('button', { name: 'Chọn tất cả bắt buộc' }).click();
    await page.getByLabel('Họ và tên', { exact: true }).fill(applicant.fullName);
    await page.getByLabel('Số định danh cá nhân (CCCD)').fill(applicant.idNumber);
    await page.getByLabel('Số điện thoại').fill(applicant.phone);
    await page.getByLabel('Thời điểm tiếp nhận', { exact: true }).fill(yesterdayMorning());
    // Leaving the field checks it (the message below it moves the buttons down).
    await page.getByLabel('Thời điểm tiếp nhận', { exact: true }).blur();
    await expect(page.getByText('Thời điểm tiếp nhận trước hôm nay: cần ghi lý do')).toBeVisible();
    // An earlier day: the form says why a reason is needed and that a leader must approve.
    await expect(page.getByText(/Thời điểm trước hôm nay: cần ghi lý do/)).toBeVisible();
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await expect(page.getByLabel('Lý do ghi lùi thời điểm tiếp nhận')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await page.getByLabel('Lý do ghi lùi thời điểm tiếp nhận').fill(reason);
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Đã chuyển lãnh đạo phê duyệt' })).toBeVisible();
    await expect(page.getByTestId('dossier-code')).toHaveCount(0);

    await switchUser(page, 'lanhdao.xa');
    await page.getByRole('link', { name: 'Hồ sơ ghi lùi chờ phê duyệt' }).click();
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: applicant.fullName }) });
    await expect(item).toContainText(reason);
    await expect(item).toContainText('Phạm Thu Trang');
    await expectNoSeriousA11yViolations(page, 'held intakes');
    await item.getByRole('button', { name: 'Phê duyệt, tiếp nhận hồ sơ' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Đã phê duyệt' });
    await expect(done).toBeVisible();
    const code = ((await done.getByRole('link').textContent()) ?? '').trim();
    expect(code).toMatch(CODE_SHAPE);
    await expect(item).toHaveCount(0);

    await done.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(code);
    const timeline = page.getByRole('region', { name: 'Quá trình giải quyết' });
    await expect(timeline).toContainText(reason);
    await expect(timeline).toContainText('Ghi lùi thời điểm tiếp nhận');
    await expect(timeline).toContainText('09:30');
  });
});
