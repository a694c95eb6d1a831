import { expect, type Page } from '@playwright/test';
import { login } from './auth';

export const PASSWORD = 'motcua-demo';
export const CODE_SHAPE = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/;

/** Signs out by dropping the session cookie, then signs in as someone else. */
export async function switchUser(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await login(page, username, PASSWORD);
  await expect(page).toHaveURL(/\/can-bo$/);
}

export async function openDossier(page: Page, code: string): Promise<void> {
  await page.goto(`/can-bo/ho-so?q=${encodeURIComponent(code)}`);
  await page.getByRole('link', { name: code }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(code);
}

/** Opens an action's form, fills what it needs, confirms, and waits for the server's answer. */
export async function act(page: Page, label: string, fill?: () => Promise<unknown>): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: label })).toBeVisible();
  if (fill) await fill();
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã ghi nhận: ${label}.` })).toBeVisible();
}

export const statusBadge = (page: Page) => page.locator('.dossier-summary .badge-status');

/**
 * Receives a complete dossier at the counter page (the signed-in counter officer): ticks the required
 * components, fills the applicant, runs `more` (optional extra fields), receives, and returns the code.
 */
export async function receiveAtCounter(
  page: Page,
  procedureCode: string,
  applicant: { fullName: string; idNumber: string; phone: string },
  more?: () => Promise<unknown>,
): Promise<string> {
  await page.goto(`/can-bo/tiep-nhan?thu-tuc=${procedureCode}`);
  await page.getByRole('button', { name: 'Chọn tất cả bắt buộc' }).click();
  await page.getByLabel('Họ và tên', { exact: true }).fill(applicant.fullName);
  await page.getByLabel('Số định danh cá nhân (CCCD)').fill(applicant.idNumber);
  await page.getByLabel('Số điện thoại').fill(applicant.phone);
  if (more) await more();
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
  const code = ((await page.getByTestId('dossier-code').textContent()) ?? '').trim();
  expect(code).toMatch(CODE_SHAPE);
  return code;
}
