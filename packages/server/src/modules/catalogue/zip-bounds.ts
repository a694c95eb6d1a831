/**
 * Zip bombs (issue 9, finding 11): an xlsx workbook is a zip archive, and a few hundred kilobytes of deflate
 * can inflate to gigabytes. Before the workbook reader (JSZip, inside exceljs) inflates anything, the archive
 * is read here the way JSZip reads it — the end-of-central-directory record, then every central directory
 * entry — and refused when it holds more entries, or declares more inflated bytes, than a catalogue needs.
 * A declared size can lie, so each entry is then inflated with its output capped at what it declared (zlib
 * stops there: memory never exceeds the bound) and an entry that inflates to more is refused as well.
 */
import { inflateRawSync } from 'node:zlib';

/** A province's catalogue (2,000 procedures, their cases and components) inflates to a few MB. */
export const MAX_ARCHIVE_ENTRIES = 1_000;
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

export class ArchiveBoundsError extends Error {
  override name = 'ArchiveBoundsError';
}

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Throws ArchiveBoundsError for an archive beyond the bounds (or one it cannot read as a plain zip). */
export function checkArchiveBounds(
  buffer: Buffer,
  bounds = { maxEntries: MAX_ARCHIVE_ENTRIES, maxInflatedBytes: MAX_INFLATED_BYTES },
): { entries: number; inflatedBytes: number } {
  const entries = centralDirectory(buffer, bounds.maxEntries);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > bounds.maxInflatedBytes) {
    throw new ArchiveBoundsError(
      `it declares ${declared} inflated bytes, more than ${bounds.maxInflatedBytes}`,
    );
  }
  let inflated = 0;
  for (const entry of entries) {
    inflated += inflatedSize(buffer, entry);
    if (inflated > bounds.maxInflatedBytes)
      throw new ArchiveBoundsError(`it inflates to more than ${bounds.maxInflatedBytes} bytes`);
  }
  return { entries: entries.length, inflatedBytes: inflated };
}

function centralDirectory(buffer: Buffer, maxEntries: number): Entry[] {
  // The record is the last 22 bytes unless a comment (up to 65,535 bytes) follows it.
  const from = Math.max(0, buffer.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= from; i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ArchiveBoundsError('not a zip archive (no end of central directory)');
  const count = buffer.readUInt16LE(eocd + 10);
  const offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new ArchiveBoundsError('zip64 archives are not accepted');
  if (count > maxEntries) throw new ArchiveBoundsError(`it has ${count} entries, more than ${maxEntries}`);
  const entries: Entry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL) {
      throw new ArchiveBoundsError('damaged central directory');
    }
    const entry = {
      method: buffer.readUInt16LE(at + 10),
      compressedSize: buffer.readUInt32LE(at + 20),
      size: buffer.readUInt32LE(at + 24),
      localOffset: buffer.readUInt32LE(at + 42),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) {
      throw new ArchiveBoundsError('zip64 entries are not accepted');
    }
    entries.push(entry);
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return entries;
}

function inflatedSize(buffer: Buffer, entry: Entry): number {
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL)
    throw new ArchiveBoundsError('damaged entry');
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) throw new ArchiveBoundsError(`compression method ${entry.method} is not accepted`);
  try {
    // One byte more than declared: an entry that reaches it inflates beyond what it said.
    const out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    if (out.length > entry.size) throw new ArchiveBoundsError('an entry inflates beyond its declared size');
    return out.length;
  } catch (error) {
    if (error instanceof ArchiveBoundsError) throw error;
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ArchiveBoundsError('an entry inflates beyond its declared size');
    }
    throw new ArchiveBoundsError(`unreadable entry: ${(error as Error).message}`);
  }
}
