/**
 * pdfmake 0.3 on Node, set up once: Roboto (bundled with pdfmake, full Vietnamese coverage) loaded
 * into pdfmake's virtual file system, and every URL and local file access denied, so a document
 * definition can never make the server read a file or fetch a URL.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The part of a pdfmake document definition we use; see https://pdfmake.github.io/docs/0.3/. */
export type Content = string | ContentObject | Content[];
export interface ContentObject {
  [key: string]: unknown;
}

export interface DocDefinition {
  pageSize: 'A4' | 'A5';
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: [number, number, number, number];
  info?: { title?: string; author?: string; subject?: string; creator?: string; producer?: string };
  content: Content;
  footer?: (currentPage: number, pageCount: number) => Content;
  defaultStyle?: ContentObject;
  styles?: Record<string, ContentObject>;
}

interface OutputDocument {
  getBuffer(): Promise<Buffer>;
}

interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: DocDefinition): OutputDocument;
}

const require = createRequire(import.meta.url);

let instance: PdfMake | null = null;

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  // pdfmake ships Roboto Medium as its bold face.
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

const getPdfMake = (): PdfMake => {
  if (instance) return instance;
  const pdfmake = require('pdfmake') as PdfMake;
  const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  for (const file of Object.values(FONT_FILES)) {
    pdfmake.virtualfs.writeFileSync(file, fs.readFileSync(path.join(fontDir, file)));
  }
  pdfmake.setFonts({ Roboto: { ...FONT_FILES } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  instance = pdfmake;
  return pdfmake;
};

export const printPdf = async (doc: DocDefinition): Promise<Uint8Array> => {
  const buffer = await getPdfMake().createPdf(doc).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};
