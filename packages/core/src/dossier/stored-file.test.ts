import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contentDisposition,
  DANGEROUS_EXTENSIONS,
  isInlineFile,
  STORED_FILE_NAME_MAX,
  storedFileName,
  TYPE_EXTENSIONS,
} from './stored-file.ts';

const TYPES = Object.keys(TYPE_EXTENSIONS);
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const VIETNAMESE =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const letters = [...VIETNAMESE, ...VIETNAMESE.toUpperCase()];

// Names a hostile or careless client sends: letters, digits, dots, separators, controls, bidi, extensions.
const nasty = fc
  .array(
    fc.oneof(
      fc.constantFrom(...letters, ' ', '.', '-', '_', '(', ')'),
      fc.constantFrom(...BIDI, '/', '\\', ':', '*', '?', '"', '<', '>', '|', '\u0000', '\u001f', '\u007f'),
      fc.constantFrom('\u0085', '\u200b', '\u200e', '\u200f', '\ufeff', '\u00a0', '\u2028', '\t', '\n'),
      fc.constantFrom(...[...DANGEROUS_EXTENSIONS].map((e) => `.${e}`), '.pdf', '.PNG', '.jpeg', '.Jpg'),
      fc.constantFrom('CON', 'nul', 'com1', 'LPT9', '..', 'e\u0301', 'o\u031b\u0301'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe('the stored name of an uploaded file', () => {
  it.each([
    ['Giấy chứng sinh.pdf', 'application/pdf', 'Giấy chứng sinh.pdf'],
    ['to-khai.pdf.exe', 'application/pdf', 'to-khai.pdf_exe.pdf'],
    ['hoso.exe', 'application/pdf', 'hoso_exe.pdf'],
    ['a.exe.pdf', 'application/pdf', 'a_exe.pdf'],
    ['anh\u202egnp.exe', 'image/png', 'anhgnp_exe.png'],
    ['bao\u2067cao\u2069.js', 'image/jpeg', 'baocao_js.jpg'],
    ['scan.JPEG', 'image/jpeg', 'scan.JPEG'],
    ['to-khai.docx', 'application/pdf', 'to-khai.docx.pdf'],
    ['../../etc/passwd', 'application/pdf', '_.._etc_passwd.pdf'],
    ['C:\\Users\\a\\x.svg', 'image/png', 'C__Users_a_x_svg.png'],
    ['.htaccess', 'application/pdf', 'htaccess.pdf'],
    ['CON.pdf', 'application/pdf', 'CON_.pdf'],
    ['nul.tar.pdf', 'application/pdf', 'nul_.tar.pdf'],
    ['  Đơn   đề nghị\t(bản 2) . pdf ', 'application/pdf', 'Đơn đề nghị (bản 2) . pdf.pdf'],
    ['Nguye\u0302\u0303n.pdf', 'application/pdf', 'Nguyễn.pdf'],
    ['a\u0000b\u0007c\u0085d.png', 'image/png', 'abcd.png'],
    ['index.html', 'application/pdf', 'index_html.pdf'],
    ['x.svg.png', 'image/png', 'x_svg.png'],
    ['scan.pdf', 'image/png', 'scan.pdf.png'],
  ])('%j as %s → %j', (name, type, stored) => {
    expect(storedFileName(name, type)).toBe(stored);
  });

  it('has no name when nothing of it is left, or for a type it does not store', () => {
    expect(storedFileName('\u202e\u2066\u0000', 'application/pdf')).toBeUndefined();
    expect(storedFileName('   ...  ', 'application/pdf')).toBeUndefined();
    expect(storedFileName('a.html', 'text/html')).toBeUndefined();
  });

  it('fits 200 characters without cutting a character in two, nor leaving a dangerous extension', () => {
    const long = `${'ữ'.repeat(190)}.exe${'x'.repeat(50)}.pdf`;
    const stored = storedFileName(long, 'application/pdf') as string;
    expect(stored.length).toBeLessThanOrEqual(STORED_FILE_NAME_MAX);
    expect(stored.endsWith('.pdf')).toBe(true);
    const cut = storedFileName(`a.${'b'.repeat(190)}.exec${'c'.repeat(20)}`, 'application/pdf') as string;
    expect(cut.length).toBeLessThanOrEqual(STORED_FILE_NAME_MAX);
    expect(storedFileName(`${'😀'.repeat(150)}.png`, 'image/png')).toBe(`${'😀'.repeat(98)}.png`);
  });

  it('for any name: no controls, bidi, separators or dangerous extension; its type’s extension; NFC; ≤ 200; stable', () => {
    fc.assert(
      fc.property(nasty, fc.constantFrom(...TYPES), (name, type) => {
        const stored = storedFileName(name, type);
        if (stored === undefined) return;
        expect(stored.length).toBeGreaterThan(0);
        expect(stored.length).toBeLessThanOrEqual(STORED_FILE_NAME_MAX);
        expect(stored).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}/\\:*?"<>|]/u);
        expect(stored.normalize('NFC')).toBe(stored);
        expect(stored).not.toMatch(/^[.\s]/);
        const parts = stored.split('.');
        const last = (parts.at(-1) as string).toLowerCase();
        expect(TYPE_EXTENSIONS[type]).toContain(last);
        for (const part of parts.slice(1))
          expect(DANGEROUS_EXTENSIONS.has(part.trim().toLowerCase())).toBe(false);
        expect(/^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i.test((parts[0] as string).trim())).toBe(false);
        expect(storedFileName(stored, type)).toBe(stored);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a Vietnamese name as typed, composed', () => {
    const word = fc
      .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 })
      .map((l) => l.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const name = `${words.join(' ')}.pdf`;
        expect(storedFileName(name.normalize('NFD'), 'application/pdf')).toBe(name.normalize('NFC'));
      }),
    );
  });
});

describe('how a stored file is served', () => {
  it('shows PDF, PNG and JPEG inline; a PDF with active content and any other type are downloads', () => {
    expect(isInlineFile('application/pdf', [])).toBe(true);
    expect(isInlineFile('image/png', [])).toBe(true);
    expect(isInlineFile('image/jpeg', [])).toBe(true);
    expect(isInlineFile('application/pdf', ['JavaScript'])).toBe(false);
    for (const type of ['image/svg+xml', 'text/html', 'application/octet-stream', 'application/xml'])
      expect(isInlineFile(type, [])).toBe(false);
  });

  it('names the file in ASCII for old clients and exactly in filename*', () => {
    expect(contentDisposition('Giấy chứng sinh (bản 1).pdf', 'application/pdf', [])).toBe(
      `inline; filename="Giay chung sinh (ban 1).pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20ch%E1%BB%A9ng%20sinh%20%28b%E1%BA%A3n%201%29.pdf`,
    );
    expect(contentDisposition("Đơn 'x' 100%.pdf", 'application/pdf', ['OpenAction'])).toBe(
      `attachment; filename="Don 'x' 100_.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20%27x%27%20100%25.pdf`,
    );
  });

  it('never lets a stored name break out of the header', () => {
    fc.assert(
      fc.property(nasty, fc.constantFrom(...TYPES), (name, type) => {
        const stored = storedFileName(name, type);
        if (stored === undefined) return;
        const header = contentDisposition(stored, type, []);
        expect(header).toMatch(
          /^(inline|attachment); filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/,
        );
        const quoted = /filename="([^"]*)"/.exec(header)?.[1] ?? '';
        expect(quoted).not.toMatch(/["\\]/);
        expect(decodeURIComponent(header.split("''")[1] as string)).toBe(stored);
      }),
      { numRuns: 2000 },
    );
  });
});
