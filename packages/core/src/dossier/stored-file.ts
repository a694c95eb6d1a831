/**
 * The name a dossier's file is stored and downloaded under, and how it is served (issue 9, finding 11).
 *
 * Decision: a name is **renamed, not refused**. The bytes were already checked to be a PDF, JPEG or PNG (magic
 * numbers), so only the name can mislead: `to-khai.pdf.exe`, `anh\u202Egnp.exe` (shown right-to-left as
 * `anhexe.png`), `../../x`. Refusing would send a citizen's real scan back across the counter for a name they
 * did not choose (phones and scanners name files); renaming keeps the scan and removes the trick. So:
 * - the name is composed to NFC (Vietnamese letters stay as typed, one spelling);
 * - control and format characters are dropped (C0/C1 controls, bidi embeddings/overrides U+202A–202E and
 *   isolates U+2066–2069, LRM/RLM, zero-width characters), and line/paragraph separators;
 * - path separators and the characters Windows forbids in names (`/ \ : * ? " < > |`) become `_`, runs of
 *   white space one space, leading dots and trailing dots or spaces go (hidden files, Windows trimming);
 * - the name always ends with the extension of its checked type (`.pdf`, `.jpg`/`.jpeg`, `.png`): another
 *   final extension stays as part of the name (`to-khai.docx` → `to-khai.docx.pdf`), and any executable or
 *   script extension in it has its dot made `_` (`hoso.exe` → `hoso_exe.pdf`, `a.exe.pdf` → `a_exe.pdf`);
 * - a Windows device name (`CON`, `NUL`, `COM1` …) gets a `_`, and the whole fits 200 characters.
 * Nothing left of the name (only controls, say) → undefined: the caller refuses it, naming the field.
 */

export const STORED_FILE_NAME_MAX = 200;

/** The extensions each accepted type may end with; the first is the one added when the name has none. */
export const TYPE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

/** Extensions that run or render as code somewhere (Windows, browsers, Office macros, shells, Java, Android). */
export const DANGEROUS_EXTENSIONS: ReadonlySet<string> = new Set([
  ...['exe', 'com', 'bat', 'cmd', 'scr', 'pif', 'msi', 'msp', 'msc', 'cpl', 'dll', 'sys', 'drv', 'ocx'],
  ...['js', 'jse', 'mjs', 'cjs', 'vbs', 'vbe', 'wsf', 'wsh', 'ws', 'ps1', 'psm1', 'hta', 'jar', 'class'],
  ...['html', 'htm', 'xhtml', 'shtml', 'mht', 'mhtml', 'svg', 'svgz', 'xml', 'xsl', 'swf'],
  ...['lnk', 'url', 'scf', 'inf', 'reg', 'application', 'appref-ms', 'gadget', 'iso', 'img', 'vhd'],
  ...['docm', 'xlsm', 'pptm', 'dotm', 'xltm', 'xlam', 'ppam', 'sh', 'bash', 'zsh', 'py', 'pl', 'rb', 'php'],
  ...['apk', 'app', 'dmg', 'pkg', 'deb', 'rpm', 'run', 'command'],
]);

// Controls (Cc), format characters (Cf: bidi controls, LRM/RLM, zero-width, BOM), separators, lone surrogates.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const FORBIDDEN = /[/\\:*?"<>|]/g;
const DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** The name to store for `name` given its checked `contentType`, or undefined when none is left. */
export function storedFileName(name: string, contentType: string): string | undefined {
  const extensions = TYPE_EXTENSIONS[contentType];
  if (!extensions) return undefined;
  const cleaned = name
    .normalize('NFC')
    .replace(/\s/gu, ' ')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '_')
    .replace(/ +/g, ' ')
    .replace(/^[\s.]+/u, '')
    .replace(/[\s.]+$/u, '');
  const dot = cleaned.lastIndexOf('.');
  const last = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  const hasOwn = extensions.includes(last);
  const extension = hasOwn ? cleaned.slice(dot + 1) : (extensions[0] as string);
  const room = STORED_FILE_NAME_MAX - extension.length - 1;
  // Device names first (Windows reads `CON.anything` as the console), then the length, then the
  // extensions inside: cutting the end could otherwise leave a dangerous one (`a.exec` → `a.exe`).
  const own = (hasOwn ? cleaned.slice(0, dot) : cleaned).replace(/^[^.]*/, (first) =>
    DEVICE.test(first.trim()) ? `${first}_` : first,
  );
  const stem = truncate(own, room)
    .split('.')
    .reduce((kept, part) => `${kept}${isDangerous(part) ? '_' : '.'}${part}`);
  return stem === '' ? undefined : `${stem}.${extension}`;
}

const isDangerous = (part: string) => DANGEROUS_EXTENSIONS.has(part.trim().toLowerCase());

/** At most `room` UTF-16 units without splitting a character, trailing dots and spaces dropped. */
function truncate(text: string, room: number): string {
  let out = '';
  for (const p of text) {
    if (out.length + p.length > room) break;
    out += p;
  }
  return out.replace(/[\s.]+$/u, '');
}

/**
 * Types a browser shows inline without running anything of ours: PNG and JPEG images are decoded as pixels,
 * and a PDF opens in the browser's own viewer (Chromium's PDFium and Firefox's pdf.js run apart from the
 * page's origin, so a PDF's script cannot read MotCua's pages or cookies). Any other type, and a PDF flagged
 * with active content, is a download (`attachment`). Every file is also sent with `nosniff`, so a browser
 * never second-guesses the declared type into HTML.
 */
export const INLINE_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

export const isInlineFile = (contentType: string, activeContent: readonly string[]): boolean =>
  (INLINE_FILE_TYPES as readonly string[]).includes(contentType) && activeContent.length === 0;

/**
 * The Content-Disposition header for a stored file: `inline` or `attachment`, an ASCII `filename` for old
 * clients (non-ASCII and quotes made `_`) and the exact name as RFC 8187 `filename*`.
 */
export function contentDisposition(
  fileName: string,
  contentType: string,
  activeContent: readonly string[],
): string {
  const kind = isInlineFile(contentType, activeContent) ? 'inline' : 'attachment';
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const fallback = ascii.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
