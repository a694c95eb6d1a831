import fs from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { act, openDossier, switchUser } from './support/dossier';

/**
 * A citizen submits a birth registration online (issue 11): signs in with VNeID at the development IdP from
 * the procedure page's "Nộp hồ sơ trực tuyến", starts a draft, attaches a file, leaves; resumes the draft in
 * ANOTHER browser context (another device), attaches the second file and submits. The counter officer finds
 * it in the to-receive queue and asks once for a supplement (Form 02); the citizen answers online with a new
 * file; the counter receives it. The applicant was told of each step once (the demo sink's copies). The
 * commune processes it and issues an electronic result; the citizen downloads it (-KQ1) from "Hồ sơ của tôi".
 */
const AN = '037095001234';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function signInAtIdp(page: Page) {
  await expect(page).toHaveURL(/\/dev-idp\/interaction\//);
  await page.getByLabel(/Số định danh cá nhân/).fill(AN);
  await page.getByLabel(/Mật khẩu/).fill('motcua-demo');
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
}

async function newDevice(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  return { context, page: await context.newPage() };
}

test('a citizen submits online, resumes on another device, answers a supplement request', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  // Phone one: from the procedure page to a draft with the declaration attached.
  const phone = await newDevice(browser);
  const p1 = phone.page;
  await p1.goto('/thu-tuc/1.001193');
  await p1.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).first().click();
  await expect(p1).toHaveURL(/\/tai-khoan\/nop-ho-so\?thu-tuc=1\.001193$/);
  await p1.getByRole('main').getByRole('link', { name: 'Đăng nhập bằng VNeID' }).click();
  await signInAtIdp(p1);
  await expect(p1).toHaveURL(/\/tai-khoan\/nop-ho-so\?thu-tuc=1\.001193$/);
  await p1.getByRole('button', { name: 'Bắt đầu nộp hồ sơ' }).click();
  await expect(p1).toHaveURL(/\/tai-khoan\/nop-ho-so\/[0-9a-f-]{36}$/);
  const draftPath = new URL(p1.url()).pathname;
  await p1.getByLabel(/Đăng ký khai sinh đúng hạn/).check();
  await p1.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(p1.getByText('Nguyễn Văn An')).toBeVisible();
  await expect(p1.getByText('••••••••1234')).toBeVisible();
  await p1.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await p1.getByLabel(/Trung tâm Phục vụ hành chính công phường Hoa Lư/).check();
  await p1.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await p1
    .getByLabel(/Tờ khai đăng ký khai sinh/)
    .setInputFiles({ name: 'to-khai.png', mimeType: 'image/png', buffer: PNG });
  await expect(p1.locator('.upload-file-name', { hasText: /^to-khai\.png$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(p1, 'submission: documents step');
  await phone.context.close(); // left on the first phone

  // Another device: the same draft, at the same step, with the file.
  const other = await newDevice(browser);
  const p2 = other.page;
  await p2.goto(`/api/auth/citizen/login?next=${encodeURIComponent(draftPath)}`);
  await signInAtIdp(p2);
  await expect(p2).toHaveURL(new RegExp(`${draftPath}$`));
  await expect(p2.locator('.upload-file-name', { hasText: /^to-khai\.png$/ })).toBeVisible();
  await p2
    .getByLabel(/Giấy chứng sinh/)
    .setInputFiles({ name: 'chung-sinh.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(p2.locator('.upload-file-name', { hasText: /^chung-sinh\.pdf$/ })).toBeVisible();
  await p2.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
  await expect(p2.getByText('2 tệp')).toBeVisible();
  await expectNoSeriousA11yViolations(p2, 'submission: review');
  await p2.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(p2.getByRole('status')).toContainText('Đã nộp hồ sơ');
  const code = ((await p2.locator('.dossier-code').textContent()) ?? '').trim();
  expect(code).toMatch(/-\d{4}$/);

  // The counter: in the to-receive queue; one written guidance (Form 02).
  await switchUser(page, 'tiepnhan.xa');
  await page.goto('/can-bo/ho-so?queue=to-receive');
  await expect(page.getByRole('link', { name: code })).toBeVisible();
  await openDossier(page, code);
  // Its first entry says how the applicant's login was vouched for (766 indicator 4.5).
  await expect(page.getByText('định danh điện tử VNeID (LoA2)')).toBeVisible();
  await act(page, 'Yêu cầu bổ sung hồ sơ', async () => {
    await page.getByLabel('Giấy tờ cần bổ sung (dòng 1)').fill('Giấy chứng sinh (bản chụp rõ nét)');
    await page.getByLabel('Lý do (dòng 1)').fill('Bản chụp bị mờ');
    await page.getByLabel('Lý do', { exact: true }).fill('Giấy chứng sinh không đọc được');
  });

  // The citizen answers online, from "Hồ sơ của tôi".
  await p2.goto('/tai-khoan/ho-so');
  await p2.getByRole('link', { name: code }).click();
  await expect(p2.getByRole('heading', { name: 'Yêu cầu bổ sung hồ sơ' })).toBeVisible();
  await expect(p2.getByText('Bản chụp bị mờ')).toBeVisible();
  await expect(p2.getByRole('link', { name: /Mẫu 02/ })).toBeVisible();
  await expectNoSeriousA11yViolations(p2, 'my dossier with a supplement request');
  await p2
    .getByLabel(/Giấy chứng sinh/)
    .setInputFiles({ name: 'chung-sinh-ro.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(p2.locator('.upload-file-name', { hasText: /^chung-sinh-ro\.pdf$/ })).toBeVisible();
  await p2.getByRole('button', { name: 'Gửi bổ sung' }).click();
  await expect(p2.getByRole('heading', { name: 'Yêu cầu bổ sung hồ sơ' })).toHaveCount(0);

  // Same code, back with the counter, which now receives it.
  await page.reload();
  await act(page, 'Tiếp nhận hồ sơ');
  await p2.reload();
  await expect(p2.getByRole('link', { name: /Mẫu 01/ })).toBeVisible();
  // The citizen chooses to be told by Zalo too, from "Hồ sơ của tôi"; the choice is kept.
  await p2.goto('/tai-khoan/ho-so');
  await p2.getByLabel('Zalo').check();
  await p2.getByRole('button', { name: 'Lưu lựa chọn' }).click();
  await expect(p2.getByRole('status')).toHaveText('Đã lưu lựa chọn của bạn.');
  await p2.reload();
  await expect(p2.getByLabel('Zalo')).toBeChecked();
  await other.context.close();

  // Told at each step, once: the submission, the request to supplement (what is missing) and the
  // acceptance, each by SMS to the identity's phone, each in the demo sink once.
  await switchUser(page, 'admin');
  type Told = { items: { event: string; channel: string; status: string; text: string }[] };
  type Caught = { demo: { key: string; copies: number }[] };
  const told = async () =>
    (await (await page.request.get(`/api/admin/notifications?dossier=${code}`)).json()) as Told & Caught;
  await expect
    .poll(async () => (await told()).items.filter((i) => i.status === 'sent').length, { timeout: 20_000 })
    .toBe(3);
  const { items, demo } = await told();
  expect(items.map((i) => `${i.event}/${i.channel}`).sort()).toEqual([
    'online-accepted/sms',
    'submitted/sms',
    'supplement-requested/sms',
  ]);
  expect(items.find((i) => i.event === 'supplement-requested')?.text).toMatch(/Gi[aấ]y ch[uứ]ng sinh/);
  expect(demo).toHaveLength(3);
  for (const copy of demo) expect(copy.copies).toBe(1);

  // The commune carries it to the end (the staff side's own journeys are in dossier-lifecycle.spec.ts; here
  // through the API, as each officer) and the clerical officer issues it with an electronic result.
  const as = async (username: string) => {
    await page.context().clearCookies();
    const res = await page.request.post('/api/auth/login', { data: { username, password: 'motcua-demo' } });
    expect(res.ok()).toBe(true);
  };
  for (const [user, action, extra] of [
    ['tiepnhan.xa', 'transfer', {}],
    ['lanhdao.xa', 'assign', { data: { assignee: 'chuyenvien.xa' } }],
    ['chuyenvien.xa', 'submit-for-approval', {}],
    ['lanhdao.xa', 'approve', {}],
  ] as const) {
    await as(user);
    const res = await page.request.post(`/api/dossiers/${code}/actions`, { data: { action, ...extra } });
    expect(res.status(), `${action}: ${await res.text()}`).toBe(200);
  }
  await as('vanthu.xa');
  const file = await page.request.post(
    `/api/dossiers/${code}/files?kind=result&name=${encodeURIComponent('Giấy khai sinh.pdf')}`,
    { headers: { 'content-type': 'application/pdf' }, data: PDF },
  );
  expect(file.status(), await file.text()).toBe(201);
  const issued = await page.request.post(`/api/dossiers/${code}/actions`, {
    data: { action: 'issue-result', data: { number: '7/2026', resultFileId: (await file.json()).id } },
  });
  expect(issued.status(), await issued.text()).toBe(200);

  // A third device: the citizen signs in again and downloads the signed file as it was issued.
  const third = await newDevice(browser);
  const p3 = third.page;
  await p3.goto(`/api/auth/citizen/login?next=${encodeURIComponent(`/tai-khoan/ho-so/${code}`)}`);
  await signInAtIdp(p3);
  await expect(p3.getByRole('heading', { name: 'Kết quả điện tử' })).toBeVisible();
  const link = p3.getByRole('link', { name: new RegExp(`${code}-KQ1`) });
  await expect(link).toBeVisible();
  await expectNoSeriousA11yViolations(p3, 'my dossier with its electronic result');
  const [download] = await Promise.all([p3.waitForEvent('download'), link.click()]);
  const saved = await download.path();
  expect(fs.readFileSync(saved).equals(PDF)).toBe(true);
  await third.context.close();
});
