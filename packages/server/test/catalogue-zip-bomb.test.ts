/**
 * Zip bombs in the catalogue import (issue 9, finding 11): an xlsx is a zip archive, refused when it declares
 * or inflates to more than the bounds, before the workbook reader inflates it.
 */
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../src/modules/catalogue/catalogue.routes.ts';
import {
  checkArchiveBounds,
  MAX_ARCHIVE_ENTRIES,
  MAX_INFLATED_BYTES,
} from '../src/modules/catalogue/zip-bounds.ts';
import { createTestApp, type TestApp } from './test-app.ts';

interface ZipEntry {
  name: string;
  data: Buffer; // deflated
  crc: number;
  size: number; // what the archive declares
}

/** A plain zip archive (deflate), with sizes as given: a liar's archive declares less than it holds. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const entry = (name: string, content: Buffer): ZipEntry => ({
  name,
  data: deflateRawSync(content),
  crc: crc32(content),
  size: content.length,
});

/** `megabytes` of zeros deflated as one entry, without holding them in memory (about 1 KB per MB). */
async function zeros(name: string, megabytes: number, declared = megabytes * 1024 * 1024): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) deflate.write(mb);
  deflate.end();
  await done;
  return { name, data: Buffer.concat(chunks), crc: 0, size: declared };
}

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const importXlsx = (body: Buffer) =>
  t.app.inject({
    method: 'POST',
    url: '/api/admin/catalogue/import',
    payload: body,
    headers: { cookie: admin, 'content-type': XLSX_TYPE },
  });

const refusedBeforeInflating = (res: Awaited<ReturnType<typeof importXlsx>>) => {
  expect(res.statusCode, res.body).toBe(400);
  const error = res.json().error;
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.message).toContain('trước khi giải nén');
  expect(error.messageEn).toContain('before inflating');
  expect(error.fields[0].path).toBe('body');
};

describe('zip bombs in the catalogue import', () => {
  it('refuses an archive declaring more than the inflated bound, without inflating it', async () => {
    const bomb = zip([await zeros('xl/worksheets/sheet1.xml', 200)]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    refusedBeforeInflating(await importXlsx(bomb));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an entry that inflates beyond what it declares, stopping at the declared size', async () => {
    const liar = zip([await zeros('xl/worksheets/sheet1.xml', 100, 1000)]);
    refusedBeforeInflating(await importXlsx(liar));
    expect(() => checkArchiveBounds(liar)).toThrow(/beyond its declared size/);
  });

  it('refuses more entries than a catalogue has, and archives it cannot read as a plain zip', async () => {
    const many = zip(
      Array.from({ length: MAX_ARCHIVE_ENTRIES + 1 }, (_, i) => entry(`x/${i}.xml`, Buffer.from('<a/>'))),
    );
    refusedBeforeInflating(await importXlsx(many));
    const truncated = zip([entry('a.xml', Buffer.from('<a/>'))]).subarray(0, 40);
    expect((await importXlsx(truncated)).statusCode).toBe(400);
  });

  it('lets an archive within the bounds through', () => {
    const fine = zip([entry('a.xml', Buffer.alloc(1024 * 1024, 0x61)), entry('b.xml', Buffer.from('<b/>'))]);
    expect(checkArchiveBounds(fine)).toEqual({ entries: 2, inflatedBytes: 1024 * 1024 + 4 });
    expect(() => checkArchiveBounds(fine, { maxEntries: 10, maxInflatedBytes: 1024 * 1024 })).toThrow(
      /more than 1048576/,
    );
    expect(MAX_INFLATED_BYTES).toBe(64 * 1024 * 1024);
  });
});
