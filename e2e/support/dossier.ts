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
