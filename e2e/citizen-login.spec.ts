import { expect, type Page, test } from '@playwright/test';

/**
 * A citizen signs in with the national e-ID through the development IdP (/dev-idp): home → "Đăng nhập bằng
 * VNeID" → the IdP's form → back on "Tài khoản của tôi" → sign out. No page of the journey, the IdP's
 * included, breaks the Content Security Policy.
 */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('a demo citizen signs in with VNeID (development IdP) and out again', async ({ page }) => {
  const violations = await recordViolations(page);
  const seen: string[] = [];
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Đăng nhập bằng VNeID' }).click();

  await expect(page).toHaveURL(/\/dev-idp\/interaction\//);
  await expect(page.getByRole('heading', { name: 'Đăng nhập tài khoản định danh điện tử' })).toBeVisible();
  seen.push(...(await violations()));
  await page.getByLabel(/Số định danh cá nhân/).fill('037095001234');
  await page.getByLabel(/Mật khẩu/).fill('sai-mat-khau');
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
  await expect(page.getByRole('alert')).toContainText('không đúng');
  await page.getByLabel(/Mật khẩu/).fill('motcua-demo');
  await page.getByRole('button', { name: /Đăng nhập/ }).click();

  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nguyễn Văn An' })).toBeVisible();
  await expect(page.getByText('••••••••1234')).toBeVisible();
  await expect(page.getByText('037095001234')).toHaveCount(0);
  await expect(page.getByText('12/03/1995')).toBeVisible();
  await expect(page.getByText('0912345678')).toBeVisible();
  await expect(page.getByText(/Tài khoản định danh điện tử mức 2/)).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Tài khoản của tôi' })).toBeVisible();
  seen.push(...(await violations()));

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();
  expect((await page.request.get('/api/citizen/me')).status()).toBe(401);
  expect(seen).toEqual([]);
});
