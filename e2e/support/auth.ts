import { expect, type Page } from '@playwright/test';

export const ADMIN = { username: 'admin', password: 'motcua-demo', fullName: 'Quản trị hệ thống' };

export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/dang-nhap');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập cán bộ');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Signs a staff user in and waits for the staff home, where every journey starts. */
export async function signIn(page: Page, username: string, password = 'motcua-demo'): Promise<void> {
  await login(page, username, password);
  await expect(page).toHaveURL(/\/can-bo$/);
}
