/**
 * pdfmake 0.3 on Node, set up once: Tinos, a serif metric-compatible with Times New Roman (the typeface of
 * administrative documents under Decree 30/2020/NĐ-CP), with every Vietnamese letter, from the npm package
 * @expo-google-fonts/tinos (the Google Fonts TTFs, SIL OFL 1.1), loaded into pdfmake's virtual file system
 * and embedded in every slip; and every URL and local file access denied, so a document definition can never
 * make the server read a file or fetch a URL.
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

/** The family name the slips' document definitions use. */
export const SLIP_FONT = 'Tinos';

/** The four faces, as paths inside the font package. */
export const FONT_FILES = {
  normal: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italics: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  bolditalics: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;

/** Where the font package is installed. */
export const fontDir = (): string => path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));

const getPdfMake = (): PdfMake => {
  if (instance) return instance;
  const pdfmake = require('pdfmake') as PdfMake;
  const names = {} as Record<keyof typeof FONT_FILES, string>;
  for (const [face, file] of Object.entries(FONT_FILES) as [keyof typeof FONT_FILES, string][]) {
    names[face] = path.basename(file);
    pdfmake.virtualfs.writeFileSync(names[face], fs.readFileSync(path.join(fontDir(), file)));
  }
  pdfmake.setFonts({ [SLIP_FONT]: names });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  instance = pdfmake;
  return pdfmake;
};

export const printPdf = async (doc: DocDefinition): Promise<Uint8Array> => {
  const buffer = await getPdfMake().createPdf(doc).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};
