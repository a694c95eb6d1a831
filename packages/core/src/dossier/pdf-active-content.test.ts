import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVE_PDF_NAMES, findActivePdfContent } from './pdf-active-content.ts';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const pdf = (body: string) => bytes(`%PDF-1.7\n${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

describe('active content in a PDF', () => {
  it('finds none in a plain document', () => {
    expect(
      findActivePdfContent(pdf('1 0 obj << /Type /Catalog /Pages 2 0 R /JSX 1 /AAB 2 /Jav#61 3 >> endobj')),
    ).toEqual([]);
  });

  it.each([
    [
      '1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj',
      ['JavaScript', 'JS', 'OpenAction'],
    ],
    ['<</Type/Annot/AA<</O 5 0 R>>>>', ['AA']],
    ['<< /S /Launch /F (cmd.exe) >>', ['Launch']],
    ['<< /Type /Filespec /EF << /F 9 0 R >> >> << /Type /EmbeddedFile >>', ['EmbeddedFile']],
    ['<< /Subtype /RichMedia >>', ['RichMedia']],
    ['<< /AcroForm << /XFA 7 0 R >> >>', ['XFA']],
    // Names written with #xx escapes are the same names to a viewer.
    ['<< /S /J#61va#53cript /J#53 (x) >>', ['JavaScript', 'JS']],
    ['<< /Op#65nAction 3 0 R >>', ['OpenAction']],
    ['<</AA%comment\n<< /O 5 0 R >> >>', ['AA']],
    ['<</JS\r\n12 0 R>>', ['JS']],
    // A two-letter name counts only before its value (so that image data spelling it does not).
    ['[/JS] /AA /Next', []],
  ])('%s', (body, names) => {
    expect(findActivePdfContent(pdf(body))).toEqual(names);
  });

  it('finds every planted name wherever it is put, and nothing that is not planted', () => {
    const filler = fc.string({ unit: fc.constantFrom(...'abc 0123 \n<<>>[]()'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, fc.option(fc.constantFrom(...ACTIVE_PDF_NAMES), { nil: undefined })), {
          maxLength: 12,
        }),
        (pieces) => {
          const value = (name: string) => (name === 'JS' ? ' (x) ' : name === 'AA' ? ' << >> ' : ' ');
          const body = pieces
            .map(([text, name]) => `${text}${name ? `/${name}${value(name)}` : ''}`)
            .join('');
          const planted = new Set(pieces.flatMap(([, name]) => (name ? [name] : [])));
          expect(findActivePdfContent(pdf(body))).toEqual(ACTIVE_PDF_NAMES.filter((n) => planted.has(n)));
        },
      ),
    );
  });

  it('scans 10 MB in linear time', () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x2f); // all slashes: the worst case for name starts
    const started = Date.now();
    expect(findActivePdfContent(big)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
    const long = new Uint8Array(10 * 1024 * 1024).fill(0x41);
    long[0] = 0x2f; // one 10 MB name
    expect(findActivePdfContent(long)).toEqual([]);
  });
});
