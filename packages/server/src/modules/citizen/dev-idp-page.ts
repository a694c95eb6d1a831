/**
 * The development IdP's pages, in Vietnamese first: no inline script or style, so the app's CSP
 * (default-src 'self') holds for them too; the look comes from /dev-idp/style.css.
 */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);

const page = (title: string, body: string) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/dev-idp/style.css"></head>
<body><main><p class="badge">IdP phát triển — không phải VNeID thật / development IdP, not the real VNeID</p>
${body}</main></body></html>`;

export function signInPage(options: { action: string; idNumber?: string; error?: string }): string {
  const error = options.error ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>` : '';
  return page(
    'Đăng nhập tài khoản định danh điện tử',
    `<h1>Đăng nhập tài khoản định danh điện tử</h1>
<p>Electronic identification account sign-in</p>${error}
<form method="post" action="${escapeHtml(options.action)}">
<label for="idNumber">Số định danh cá nhân <span lang="en">(personal ID number)</span></label>
<input id="idNumber" name="idNumber" type="text" inputmode="numeric" autocomplete="username" maxlength="12" required value="${escapeHtml(options.idNumber ?? '')}">
<label for="password">Mật khẩu <span lang="en">(password)</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập / Sign in</button>
</form>
<p class="hint">Tài khoản mẫu: xem README (mật khẩu motcua-demo). Demo accounts: see the README.</p>`,
  );
}

export function errorPage(message: string): string {
  return page(
    'Lỗi đăng nhập / Sign-in error',
    `<h1>Không đăng nhập được</h1><p>${escapeHtml(message)}</p><p><a href="/">Về trang chủ / Home</a></p>`,
  );
}

export const STYLE_CSS = `body{font-family:system-ui,sans-serif;background:#f3f5f8;margin:0;color:#1b1f24}
main{max-width:26rem;margin:3rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px;border-top:6px solid #c8102e}
h1{font-size:1.3rem}label{display:block;margin-top:1rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;margin-top:.3rem}
button{margin-top:1.2rem;width:100%;padding:.7rem;font-size:1rem;background:#c8102e;color:#fff;border:0;border-radius:4px}
.badge{font-size:.8rem;color:#8a5a00;background:#fff4d6;padding:.3rem .5rem}.error{color:#b00020;font-weight:600}
.hint{font-size:.85rem;color:#555}`;
