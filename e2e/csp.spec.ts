import { expect, type Page, test } from '@playwright/test';
import { signIn } from './support/auth';
import { openDossier, PASSWORD, receiveAtCounter, switchUser } from './support/dossier';

/**
 * The Content Security Policy allows no inline style or script ('self' only): every page of the citizen
 * and the staff walks without a single violation the browser reports (securitypolicyviolation).
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

test('no page breaks the Content Security Policy (no inline styles or scripts)', async ({ page }) => {
  test.setTimeout(90_000);
  const violations = await recordViolations(page);
  const policy = (await page.request.get('/')).headers()['content-security-policy'] ?? '';
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toContain('unsafe-inline');

  const seen: Record<string, string[]> = {};
  const visit = async (path: string, ready: () => Promise<unknown>) => {
    await page.goto(path);
    await ready();
    seen[path] = await violations();
  };
  const h1 = () => expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await visit('/', h1);
  await visit('/thu-tuc/1.001193', h1);
  await visit('/lich-lam-viec', h1);
  await visit('/tra-cuu', h1);
  await visit('/api/docs/', () => expect(page.locator('.swagger-ui .info')).toBeVisible());

  await signIn(page, 'tiepnhan.xa', PASSWORD);
  const code = await receiveAtCounter(page, '1.001193', {
    fullName: 'Hà Thị Chính Sách',
    idNumber: '037190006666',
    phone: '0912000666',
  });
  await openDossier(page, code);
  seen.dossier = await violations();
  await visit(`/tra-cuu/${code}`, h1);
  await visit('/can-bo/ho-so', h1);
  await switchUser(page, 'admin');
  await visit('/quan-tri/lich', h1);
  await visit('/quan-tri/quy-trinh', h1);
  await visit('/quan-tri/noi-tiep-nhan', h1);
  await switchUser(page, 'lanhdao.xa');
  await visit('/can-bo/cho-phe-duyet', h1);
  expect(Object.entries(seen).filter(([, v]) => v.length > 0)).toEqual([]);

  // The control: markup with an inline style is refused and reported, so the walk above could fail.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color:red">x</p>'));
  await expect.poll(violations).toEqual([expect.stringMatching(/^style-src/)]);
});
