import { expect, type Page } from '@playwright/test';

export const ADMIN = { username: 'admin', password: 'motcua-demo', fullName: 'Quản trị hệ thống' };

export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/dang-nhap');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập cán bộ');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}
