import { expect, request, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { login } from './support/auth';
import { PASSWORD, switchUser } from './support/dossier';

/** The demo commune's agency code, as its leader's account says. */
async function communeCode(baseURL: string): Promise<string> {
  const api = await request.newContext({ baseURL });
  await api.post('/api/auth/login', { data: { username: 'lanhdao.xa', password: PASSWORD } });
  const me = await (await api.get('/api/auth/me')).json();
  await api.dispose();
  return me.user.agency.code as string;
}

test('a citizen sends feedback and follows it; officers enter a call and a suggestion-box opening; the answer is published, disliked and reopened', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const commune = await communeCode(baseURL ?? '');

  // The citizen, not signed in, sends feedback from the site's navigation.
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gửi phản ánh, kiến nghị');
  await expectNoSeriousA11yViolations(page, 'the feedback form');
  await page.getByRole('radio', { name: 'Để lại thông tin liên hệ để được báo khi có trả lời' }).check();
  await page.getByRole('radio', { name: 'Về quy định hành chính' }).check();
  await page.getByLabel('Cơ quan nhận').selectOption(commune);
  await page.getByLabel('Tiêu đề').fill('Bỏ yêu cầu nộp bản sao sổ hộ khẩu');
  await page
    .getByLabel('Nội dung', { exact: true })
    .fill('Xã vẫn yêu cầu bản sao sổ hộ khẩu dù đã bỏ từ 2023.');
  await page.getByLabel('Họ và tên').fill('Đặng Thị Góp Ý');
  await page.getByLabel('Số điện thoại').fill('0912333444');
  await page.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã gửi phản ánh, kiến nghị');
  const code = (await page.getByTestId('feedback-code').textContent()) ?? '';
  expect(code).toMatch(/^PA-\d{4}-\d{6}$/);
  await expect(page.getByTestId('feedback-token')).toHaveText(/^[A-Za-z0-9_-]{24}$/);
  await page.screenshot({ path: 'test-results/feedback-sent-390.png', fullPage: true });
  await page.getByRole('link', { name: 'Theo dõi phản ánh này' }).click();
  await expect(page.getByTestId('feedback-status')).toHaveText('Đang xử lý');
  await expect(page.getByText('Đặng Thị Góp Ý')).toHaveCount(0);

  // An officer enters a hotline call and a suggestion-box opening with two letters.
  await login(page, 'tiepnhan.xa', PASSWORD);
  await expect(page).toHaveURL(/\/can-bo$/);
  await page.getByRole('link', { name: /^Nhập phản ánh/ }).click();
  await page.getByLabel('Nguồn').selectOption('hotline');
  await page.getByRole('radio', { name: 'Về hành vi của cán bộ, công chức' }).check();
  await page.getByLabel('Tiêu đề').fill('Cán bộ một cửa nghỉ sớm');
  await page.getByLabel('Nội dung', { exact: true }).fill('Gọi đường dây nóng lúc 16 giờ: quầy đã đóng.');
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText(/^Đã ghi phản ánh PA-\d{4}-\d{6}/)).toBeVisible();

  await page.goto('/can-bo/phan-anh-kien-nghi/mo-hom-thu');
  await page.getByLabel('Người chứng kiến (mỗi dòng một người)').fill('Trần Văn Chứng\nHoàng Thị Kiến');
  await page.getByLabel('Tiêu đề').fill('Thư 1: niêm yết phí');
  await page.getByLabel('Nội dung', { exact: true }).fill('Đề nghị niêm yết lệ phí rõ ràng.');
  await page.getByRole('button', { name: 'Thêm thư' }).click();
  await page.getByLabel('Tiêu đề').nth(1).fill('Thư 2: ghế chờ');
  await page.getByLabel('Nội dung', { exact: true }).nth(1).fill('Phòng chờ thiếu ghế.');
  await page.getByRole('button', { name: 'Ghi biên bản mở hòm thư' }).click();
  await expect(page.getByText(/^Đã ghi lần mở hòm thư với 2 thư/)).toBeVisible();

  // The inbox shows them with their clocks; the specialist drafts, the leader approves, the answer is given.
  await switchUser(page, 'chuyenvien.xa');
  await page.getByRole('link', { name: 'Hộp thư phản ánh, kiến nghị' }).click();
  await expect(page.getByText(code)).toBeVisible();
  await expect(page.getByText('Hòm thư góp ý').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/feedback-inbox-390.png', fullPage: true });
  await expectNoSeriousA11yViolations(page, 'the feedback inbox');
  await page.goto(`/can-bo/phan-anh-kien-nghi/${code}`);
  await expect(page.getByText('còn 15 ngày làm việc')).toBeVisible();
  await page.getByRole('button', { name: 'Dự thảo trả lời' }).click();
  await page.getByLabel('Nội dung trả lời').fill('Xã đã bỏ yêu cầu bản sao sổ hộ khẩu từ hôm nay.');
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('feedback-state')).toHaveText('Đã dự thảo trả lời');
  await expect(page.getByRole('button', { name: 'Duyệt trả lời' })).toHaveCount(0);
  await switchUser(page, 'lanhdao.xa');
  await page.goto(`/can-bo/phan-anh-kien-nghi/${code}`);
  await page.getByRole('button', { name: 'Duyệt trả lời' }).click();
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('feedback-state')).toHaveText('Đã duyệt trả lời');
  await page.getByRole('button', { name: 'Trả lời, công khai' }).click();
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('feedback-state')).toHaveText('Đã trả lời');
  await page.screenshot({ path: 'test-results/feedback-case-390.png', fullPage: true });
  await expectNoSeriousA11yViolations(page, 'a feedback case');

  // The answer is on the public list; the citizen dislikes it and reopens it with the token.
  await page.context().clearCookies();
  await page.goto('/phan-anh-kien-nghi/da-tra-loi');
  await expect(page.getByText('Xã đã bỏ yêu cầu bản sao sổ hộ khẩu từ hôm nay.')).toBeVisible();
  await expect(page.getByText('Đặng Thị Góp Ý')).toHaveCount(0);
  await page.goto(`/phan-anh-kien-nghi/tra-cuu/${code}`);
  await expect(page.getByTestId('feedback-answer')).toHaveText(
    'Xã đã bỏ yêu cầu bản sao sổ hộ khẩu từ hôm nay.',
  );
  // The token is remembered by this tab since it sent the feedback.
  await expect(page.getByLabel('Mã bí mật')).toHaveValue(/^[A-Za-z0-9_-]{24}$/);
  await page.getByRole('button', { name: 'Chưa hài lòng' }).click();
  await expect(page.getByText('Bạn đã đánh giá: Chưa hài lòng')).toBeVisible();
  await page.getByLabel('Lý do mở lại').fill('Cán bộ vẫn đòi bản sao khi tôi đến nộp.');
  await page.getByRole('button', { name: 'Mở lại', exact: true }).click();
  await expect(page.getByText(/^Đã mở lại phản ánh/)).toBeVisible();
  await expect(page.getByTestId('feedback-status')).toHaveText('Đang xử lý');
  await page.screenshot({ path: 'test-results/feedback-reopened-390.png', fullPage: true });
  await expectNoSeriousA11yViolations(page, 'following feedback');

  // “Bạn nói, chúng tôi làm”: the leader records what changed; the public page lists it with the title.
  await switchUser(page, 'lanhdao.xa');
  await page.getByRole('link', { name: /^Ghi nhận việc đã làm/ }).click();
  await page.getByLabel('Đã thay đổi gì').fill('Bỏ yêu cầu bản sao sổ hộ khẩu ở bộ phận một cửa.');
  await page.getByLabel(/^Mã các phản ánh liên quan/).fill(code);
  await page.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByText(/^Đã ghi nhận/)).toBeVisible();
  await page.context().clearCookies();
  await page.goto('/ban-noi-chung-toi-lam');
  await expect(page.getByText('Bỏ yêu cầu bản sao sổ hộ khẩu ở bộ phận một cửa.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bỏ yêu cầu nộp bản sao sổ hộ khẩu' })).toBeVisible();
  await expect(page.getByText('Đặng Thị Góp Ý')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/feedback-you-said-390.png', fullPage: true });
  await expectNoSeriousA11yViolations(page, 'Bạn nói, chúng tôi làm');
});

test('an Open311 client creates a request with its key and reads it back', async ({ baseURL }) => {
  const admin = await request.newContext({ baseURL: baseURL ?? '' });
  await admin.post('/api/auth/login', { data: { username: 'admin', password: PASSWORD } });
  const made = await admin.post('/api/admin/open311-keys', { data: { name: 'Ứng dụng thử Open311' } });
  expect(made.status()).toBe(201);
  const { key } = await made.json();
  await admin.dispose();

  const client = await request.newContext({ baseURL: baseURL ?? '' });
  const services = await (await client.get('/open311/v2/services.json')).json();
  expect(services.map((s: { service_code: string }) => s.service_code)).toContain('regulation');
  const created = await client.post('/open311/v2/requests.json', {
    form: {
      api_key: key,
      service_code: 'other',
      address_string: 'Phường Hoa Lư, Ninh Bình',
      description: 'Đề nghị bố trí thêm ghế chờ tại bộ phận một cửa.',
    },
  });
  expect(created.status()).toBe(201);
  const [{ service_request_id: id }] = await created.json();
  const [read] = await (await client.get(`/open311/v2/requests/${id}.json`)).json();
  expect(read).toMatchObject({ service_request_id: id, status: 'open', address: 'Phường Hoa Lư, Ninh Bình' });
  const bad = await client.get('/open311/v2/requests/.json');
  expect(bad.status()).toBe(404);
  expect(await bad.json()).toEqual([{ code: 404, description: expect.any(String) }]);
  await client.dispose();
});
