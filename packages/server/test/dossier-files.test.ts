/** A dossier's files: the counter's scans and the signed result, whose digest goes into the audit chain. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

const clock = new Date('2025-03-03T09:00:00+07:00');
let t: TestApp;
const as = (username: string) => t.as(username);
beforeAll(async () => {
  t = await createTestApp({ clock: () => clock });
});
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function received(): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    payload: {
      procedureCode: '1.001193',
      caseCode: 'dung-han',
      channel: 'counter',
      applicant: { fullName: 'Mai Văn Tùng', idNumber: '037090007777', phone: '0988777666' },
      components: [
        { id: 'to-khai', quantity: 1 },
        { id: 'giay-chung-sinh', quantity: 1 },
      ],
    },
    headers: { cookie: await as('tiepnhan.xa') },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().code;
}

async function upload(user: string, code: string, query: string, body: Buffer, type = 'application/pdf') {
  return t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${code}/files?${query}`,
    payload: body,
    headers: { cookie: await as(user), 'content-type': type },
  });
}

const act = (username: string, code: string, action: string, extra: object = {}) =>
  t.act(username, code, action, extra);

describe('dossier files', () => {
  it('keeps the counter’s scan of a component and gives it back byte for byte', async () => {
    const code = await received();
    const res = await upload(
      'tiepnhan.xa',
      code,
      'kind=scan&componentId=giay-chung-sinh&name=Giấy chứng sinh.pdf',
      PDF,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'scan',
      componentId: 'giay-chung-sinh',
      fileName: 'Giấy chứng sinh.pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    const detail = (
      await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await as('lanhdao.xa') } })
    ).json();
    expect(detail.files).toHaveLength(1);
    expect(detail.canUpload).toEqual([]);
    const download = await t.app.inject({
      url: `/api/dossiers/${code}/files/${res.json().id}`,
      headers: { cookie: await as('chuyenvien.xa') },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(PDF)).toBe(true);
    // Outside the dossier's agencies the file does not exist.
    const outside = await t.app.inject({
      url: `/api/dossiers/${code}/files/${res.json().id}`,
      headers: { cookie: await as('tiepnhan.xa2') },
    });
    expect(outside.statusCode).toBe(404);
  });

  it('refuses mislabelled, unsupported, unknown-component, oversized and out-of-scope uploads, storing nothing', async () => {
    const code = await received();
    const bad = async (res: Awaited<ReturnType<typeof upload>>, status: number, path?: string) => {
      expect(res.statusCode, res.body).toBe(status);
      if (path) expect(res.json().error.fields[0].path).toBe(path);
    };
    await bad(await upload('tiepnhan.xa', code, 'kind=scan&name=a.png', PDF, 'image/png'), 400, 'body');
    await bad(await upload('tiepnhan.xa', code, 'kind=scan&name=a.png', PNG, 'application/pdf'), 400, 'body');
    await bad(
      await upload('tiepnhan.xa', code, 'kind=scan&name=a.txt', Buffer.from('xin chao'), 'text/plain'),
      400,
      'content-type',
    );
    await bad(
      await upload('tiepnhan.xa', code, 'kind=scan&componentId=nope&name=a.pdf', PDF),
      400,
      'componentId',
    );
    await bad(await upload('tiepnhan.xa', code, 'kind=photo&name=a.pdf', PDF), 400);
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    await bad(await upload('tiepnhan.xa', code, 'kind=scan&name=big.pdf', big), 413);
    await bad(await upload('tiepnhan.xa2', code, 'kind=scan&name=a.pdf', PDF), 404);
    // Another agency's staff do not see it; nobody uploads a result before processing.
    await bad(await upload('chuyenvien.congan', code, 'kind=scan&name=a.pdf', PDF), 404);
    await bad(await upload('tiepnhan.xa', code, 'kind=result&name=a.pdf', PDF), 403);
    const files = (
      await t.app.inject({ url: `/api/dossiers/${code}/files`, headers: { cookie: await as('tiepnhan.xa') } })
    ).json();
    expect(files.items).toEqual([]);
  });

  it('issues the result with its signed file, whose SHA-256 enters the hash-chained log', async () => {
    const code = await received();
    await act('tiepnhan.xa', code, 'transfer');
    await act('lanhdao.xa', code, 'assign', { data: { assignee: 'chuyenvien.xa' } });
    await act('chuyenvien.xa', code, 'submit-for-approval');
    await act('lanhdao.xa', code, 'approve');
    const file = await upload('vanthu.xa', code, 'kind=result&name=Giấy khai sinh (ký số).pdf', PDF);
    expect(file.statusCode, file.body).toBe(201);
    expect(
      (
        await act('vanthu.xa', code, 'issue-result', {
          data: { resultFileId: '00000000-0000-4000-8000-000000000000' },
        })
      ).statusCode,
    ).toBe(400);
    const issued = await act('vanthu.xa', code, 'issue-result', {
      data: { number: '12/2025', resultFileId: file.json().id },
    });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json().log.at(-1).data.resultFile).toEqual({
      id: file.json().id,
      name: 'Giấy khai sinh (ký số).pdf',
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    const verify = await t.app.inject({
      url: `/api/admin/audit/verify?code=${code}`,
      headers: { cookie: await as('admin') },
    });
    expect(verify.json()).toMatchObject({ ok: true });
    // Finished: no more results.
    expect((await upload('vanthu.xa', code, 'kind=result&name=b.pdf', PDF)).statusCode).toBe(409);
  });

  it('stores a hostile name as a safe one: no dangerous extension, no bidi or control characters (finding 11)', async () => {
    const code = await received();
    const cases: [string, Buffer, string, string][] = [
      ['to-khai.pdf.exe', PDF, 'application/pdf', 'to-khai.pdf_exe.pdf'],
      ['anh\u202egnp.exe', PNG, 'image/png', 'anhgnp_exe.png'],
      ['..\\..\\index.html', PDF, 'application/pdf', '_.._index_html.pdf'],
      ['bao\u2066cao\u2069\u0007.svg', PNG, 'image/png', 'baocao_svg.png'],
      ['Gia\u0302\u0301y chu\u031b\u0301ng sinh.pdf', PDF, 'application/pdf', 'Giấy chứng sinh.pdf'],
    ];
    for (const [name, body, type, stored] of cases) {
      const res = await upload('tiepnhan.xa', code, `kind=scan&name=${encodeURIComponent(name)}`, body, type);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().fileName).toBe(stored);
      const download = await t.app.inject({
        url: `/api/dossiers/${code}/files/${res.json().id}`,
        headers: { cookie: await as('tiepnhan.xa') },
      });
      expect(download.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent(stored)}`,
      );
      expect(download.headers['x-content-type-options']).toBe('nosniff');
    }
    // Nothing usable left: refused, naming the field, nothing stored.
    const empty = await upload(
      'tiepnhan.xa',
      code,
      `kind=scan&name=${encodeURIComponent('\u202e\u2067\u0001')}`,
      PDF,
    );
    expect(empty.statusCode, empty.body).toBe(400);
    expect(empty.json().error.fields[0].path).toBe('name');
    const files = (
      await t.app.inject({ url: `/api/dossiers/${code}/files`, headers: { cookie: await as('tiepnhan.xa') } })
    ).json();
    expect(files.items.map((f: { fileName: string }) => f.fileName).sort()).toEqual(
      cases.map((c) => c[3]).sort(),
    );
  });

  it('flags a PDF with active content to the officer and serves it as a download; plain files inline (finding 11)', async () => {
    const code = await received();
    const active = Buffer.from(
      '%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction 2 0 R /AA << /WC 3 0 R >> >> endobj\n' +
        '2 0 obj << /S /J#61vaScript /JS (app.launchURL("https://x.example")) >> endobj\n' +
        '3 0 obj << /S /Launch /F (cmd.exe) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    const flagged = await upload('tiepnhan.xa', code, 'kind=scan&name=to-khai.pdf', active);
    expect(flagged.statusCode, flagged.body).toBe(201);
    expect(flagged.json().activeContent).toEqual(['JavaScript', 'JS', 'OpenAction', 'AA', 'Launch']);
    const plain = await upload('tiepnhan.xa', code, 'kind=scan&name=anh.png', PNG, 'image/png');
    expect(plain.json().activeContent).toEqual([]);
    const detail = (
      await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: await as('tiepnhan.xa') } })
    ).json();
    const flags = (id: string) => detail.files.find((f: { id: string }) => f.id === id).activeContent;
    expect(flags(flagged.json().id)).toEqual(['JavaScript', 'JS', 'OpenAction', 'AA', 'Launch']);
    expect(flags(plain.json().id)).toEqual([]);
    const get = async (id: string) =>
      t.app.inject({
        url: `/api/dossiers/${code}/files/${id}`,
        headers: { cookie: await as('tiepnhan.xa') },
      });
    const download = await get(flagged.json().id);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="to-khai.pdf"/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(active)).toBe(true);
    const shown = await get(plain.json().id);
    expect(shown.headers['content-disposition']).toMatch(/^inline; filename="anh.png"/);
    expect(shown.headers['content-type']).toBe('image/png');
  });
});
