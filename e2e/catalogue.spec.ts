import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';

test.describe('procedure catalogue (citizen)', () => {
  test('search without diacritics, open the procedure, see documents and its QR code', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cổng thông tin thủ tục hành chính');
    await expect(page).toHaveTitle(/MotCua/);

    const search = page.getByRole('searchbox', { name: 'Tìm thủ tục hành chính' });
    await expect(search).toHaveAttribute('placeholder', /đăng ký khai sinh/);
    await search.fill('dang ky khai sinh');
    await search.press('Enter');

    await expect(page).toHaveURL(/\/thu-tuc\?q=dang(\+|%20)ky(\+|%20)khai(\+|%20)sinh/);
    await expect(page.getByRole('heading', { level: 2, name: /^Tìm thấy \d+ thủ tục$/ })).toBeVisible();
    const result = page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true });
    await expect(result).toBeVisible();
    await result.click();

    await expect(page).toHaveURL(/\/thu-tuc\/[\w.]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký khai sinh');
    await expect(page.getByText('Hộ tịch', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Trực tuyến toàn trình').first()).toBeVisible();

    const components = page.getByRole('table').first();
    await expect(components).toBeVisible();
    for (const header of ['STT', 'Tên giấy tờ', 'Hình thức', 'Số lượng', 'Bắt buộc']) {
      await expect(components.getByRole('columnheader', { name: header })).toBeVisible();
    }
    await expect(components.getByRole('cell', { name: 'Bản chính', exact: true }).first()).toBeVisible();
    await expect(
      page.getByText('Trong ngày (tiếp nhận sau 15 giờ thì trả kết quả ngày làm việc tiếp theo)').first(),
    ).toBeVisible();
    await expect(page.getByText('Miễn phí').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Căn cứ pháp lý' })).toBeVisible();

    const qr = page.getByRole('img', { name: 'Mã QR tra cứu thủ tục Đăng ký khai sinh' });
    await expect(qr).toBeVisible();
    const qrBox = page.getByRole('complementary', { name: 'Quét mã QR để mở trang thủ tục này' });
    await expect(qrBox.getByText('Quét mã QR để mở trang thủ tục này')).toBeVisible();
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
      .toBeGreaterThan(0);
    const src = await qr.getAttribute('src');
    expect(src).toMatch(/^\/api\/procedures\/[\w.]+\/qr\.svg$/);
    const svg = await page.request.get(src!);
    expect(svg.ok()).toBe(true);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    expect(await svg.text()).toContain('<svg');

    await expect(page.getByRole('button', { name: 'In trang' })).toBeVisible();
  });

  test('on a phone the procedure page says first how long, how much, where and how to submit', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/thu-tuc/1.013831');
    const summary = page.locator('.procedure-summary');
    await expect(summary.getByText('18 ngày làm việc')).toBeInViewport();
    await expect(summary.getByText('Mức thu do HĐND tỉnh quy định')).toBeVisible();
    await expect(summary.getByText('trực tiếp, qua bưu chính, trực tuyến')).toBeVisible();
    const online = summary.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' });
    // A counter here takes it: the citizen submits on this site (issue 11), not on the national portal.
    await expect(online).toHaveAttribute('href', '/tai-khoan/nop-ho-so?thu-tuc=1.013831');

    await summary.getByRole('link', { name: 'Trung tâm Phục vụ hành chính công tỉnh Ninh Bình' }).click();
    const where = page.getByRole('region', { name: 'Nơi nộp hồ sơ' });
    await expect(where).toBeInViewport();
    await expect(where.getByText('07:30–11:30, 13:30–17:30')).toBeVisible();

    // A commune-level procedure: every commune's counter, folded until asked for.
    await page.goto('/thu-tuc/1.001193');
    await page
      .getByRole('link', { name: /Bộ phận Một cửa của xã, phường nơi bạn cư trú \(\d+ nơi tiếp nhận\)/ })
      .click();
    const communes = page.getByRole('region', { name: 'Nơi nộp hồ sơ' });
    await communes.getByText(/^Xem địa chỉ, giờ làm việc của \d+ nơi tiếp nhận$/).click();
    await expect(communes.getByText('Trung tâm Phục vụ hành chính công phường Hoa Lư')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'procedure page, counters open');
  });

  test('everyday words find the procedure, and a broad match says so', async ({ page }) => {
    await page.goto('/thu-tuc?q=lam+giay+khai+sinh+cho+con+nho');
    await expect(page.getByText('Không có thủ tục nào có đủ các từ bạn gõ', { exact: false })).toBeVisible();
    await expect(page.locator('.result-list > li').first()).toContainText('Đăng ký khai sinh');
    await page.goto('/thu-tuc?q=ho+khau');
    await expect(page.getByRole('link', { name: 'Đăng ký thường trú', exact: true })).toBeVisible();
  });

  test('the home page looks up a dossier by its code', async ({ page }) => {
    await page.goto('/');
    const lookup = page.getByRole('region', { name: 'Tra cứu hồ sơ đã nộp' });
    await lookup.getByLabel('Mã hồ sơ').fill('000.00.01.h01-260312-0001 ');
    await lookup.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(page).toHaveURL(/\/tra-cuu\/000\.00\.01\.H01-260312-0001$/);
  });

  test('a procedure prints on at most two A4 pages per case', async ({ page }) => {
    // The longest procedures of the demo catalogue (names, steps, components and laws).
    for (const code of ['1.013831', '1.001193', '2.000815', '1.013225', '1.012289']) {
      await page.goto(`/thu-tuc/${code}`);
      await expect(page.getByRole('heading', { name: 'Căn cứ pháp lý' })).toBeVisible();
      const cases = await page.locator('.case').count();
      const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, code).toBeGreaterThan(0);
      expect(pages, `${code}: ${pages} pages for ${cases} cases`).toBeLessThanOrEqual(2 * cases);
    }
  });

  test('print view hides navigation and buttons but keeps the QR code', async ({ page }) => {
    await page.goto('/thu-tuc?q=dang+ky+khai+sinh');
    await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký khai sinh');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'In trang' })).toBeHidden();
    await expect(page.getByRole('img', { name: /^Mã QR tra cứu thủ tục/ })).toBeVisible();
  });

  test('filters, count and "did you mean"', async ({ page }) => {
    await page.goto('/thu-tuc');
    const count = page.getByRole('heading', { level: 2, name: /^Tìm thấy \d+ thủ tục$/ });
    await expect(count).toBeVisible();
    const all = Number((await count.textContent())?.match(/\d+/)?.[0]);
    expect(all).toBeGreaterThan(0);

    await page.getByLabel('Cấp thực hiện').selectOption({ label: 'Cấp xã' });
    await expect(page).toHaveURL(/level=commune/);
    await expect(count).not.toHaveText(`Tìm thấy ${all} thủ tục`);
    await page.getByRole('link', { name: 'Xoá bộ lọc' }).click();
    await expect(count).toHaveText(`Tìm thấy ${all} thủ tục`);

    await page.goto('/thu-tuc?q=khai+snh');
    const suggestion = page.getByText('Có phải bạn muốn tìm:');
    await expect(suggestion).toBeVisible();
    await suggestion.getByRole('link').click();
    await expect(page).toHaveURL(/\/thu-tuc\?q=/);
    await expect(page.getByRole('heading', { level: 2, name: /^Tìm thấy [1-9]\d* thủ tục$/ })).toBeVisible();
  });

  test('unknown procedure code gives a friendly page', async ({ page }) => {
    await page.goto('/thu-tuc/9.999999');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy thủ tục');
    await expect(page.getByRole('link', { name: 'Tìm thủ tục khác' })).toBeVisible();
  });

  test('the language toggle switches the UI to English and is remembered', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('link', { name: 'Thủ tục', exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administrative procedures portal');
    await expect(page.getByRole('link', { name: 'Procedures', exact: true })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search administrative procedures' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Civil status/ })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administrative procedures portal');

    await page.goto('/thu-tuc?q=dang+ky+khai+sinh');
    await page.getByRole('link', { name: 'Birth registration', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Birth registration');
    await expect(page.getByRole('columnheader', { name: 'Document' }).first()).toBeVisible();

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký khai sinh');
  });

  test('home, results and procedure pages have no serious accessibility violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /Hộ tịch/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'home');

    await page.goto('/thu-tuc?q=dang+ky+khai+sinh');
    await expect(page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'results');

    await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();
    await expect(page.getByRole('img', { name: /^Mã QR/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'procedure');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Birth registration');
    await expectNoSeriousA11yViolations(page, 'procedure (English)');
  });
  test("a procedure page opened at its address fetches its data once, with the page's HTML", async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
    });
    await page.goto('/thu-tuc/1.001193');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký khai sinh');
    // The server names the data in the HTML (packages/web/src/route-preloads.ts); the page's own request
    // is that same fetch, not a second one, so the addresses agree byte for byte.
    for (const href of ['/api/procedures/1.001193', '/api/site']) {
      await expect(page.locator(`link[rel="preload"][as="fetch"][href="${href}"]`)).toHaveCount(1);
      expect(
        asked.filter((u) => u === href),
        href,
      ).toHaveLength(1);
    }
  });
});
