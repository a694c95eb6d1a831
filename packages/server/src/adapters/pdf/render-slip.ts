/**
 * Draws a slip view model (packages/core/src/slips) as a PDF. Every word comes from the view model;
 * this file only decides where it goes (STYLE.md item 8: gather, then render).
 */
import type {
  ApologyLetterView,
  ControlSlipView,
  HandOverReceiptView,
  HandOverSigner,
  LabelledValue,
  ReceiptSlipView,
  RefusalSlipView,
  SignatureBlock,
  SlipHeading,
  SlipQr,
  SlipTable,
  SlipView,
  StopNoticeView,
  SupplementRequestView,
  TrackingBookView,
} from '@motcua/core';
import QRCode from 'qrcode';
import { type Content, type ContentObject, type DocDefinition, printPdf, SLIP_FONT } from './pdfmake.ts';

// Tinos (Times New Roman's metrics) at the sizes an A5 form takes; Decree 30/2020 sets A4 text in 13–14 pt.
const BODY_SIZE = 9.5;
const SMALL = 7.5;

/** A short centred rule under the heading lines, as on printed administrative documents. */
const rule = (width: number): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }],
  alignment: 'center',
  margin: [0, 4, 0, 4],
});

const heading = (h: SlipHeading, pageWidth: number): Content => {
  const left: Content[] = h.agencyLines.map((l) => ({ text: l.text, bold: l.bold }));
  left.push(rule(50));
  if (h.number) left.push({ text: h.number, fontSize: BODY_SIZE });
  const right: Content[] = [
    { text: h.nation, bold: true },
    { text: h.motto, bold: true, fontSize: BODY_SIZE },
    rule(110),
    { text: h.dateline, italics: true, fontSize: BODY_SIZE },
  ];
  const leftWidth = Math.round(pageWidth * 0.45);
  return {
    columns: [
      { width: leftWidth, stack: left, alignment: 'center', fontSize: 8.5 },
      { width: '*', stack: right, alignment: 'center', fontSize: 9 },
    ],
    columnGap: 6,
    margin: [0, 0, 0, 6],
  };
};

const title = (v: SlipView): Content[] => [
  { text: v.title, bold: true, fontSize: 11.5, alignment: 'center', margin: [0, 2, 0, 1] },
  ...v.subtitle.map((s) => ({ text: s, italics: true, alignment: 'center' as const })),
  { text: '', margin: [0, 0, 0, 4] },
];

const labelled = (lines: LabelledValue[]): Content[] =>
  lines.map((l) => ({
    text: [l, ...(l.also ?? [])].flatMap((p, i) => [
      `${i === 0 ? '' : '; '}${p.label}: `,
      { text: p.value, bold: true },
    ]),
    margin: [0, 0, 0, 1],
  }));

/** 'Ông/Bà/Tổ chức' kept on one line: pdfmake may break after a '/', which splits the form's address. */
const unbroken = (text: string): Content =>
  text
    .split(/(Ông\/Bà(?:\/Tổ chức)?)/u)
    .map((part, i) => (i % 2 === 1 ? { text: part, noWrap: true } : part));

// Left-aligned: pdfmake's justification widens the break opportunity after '/' in 'Ông/Bà'.
const paragraph = (text: string, extra: ContentObject = {}): Content => ({
  text: unbroken(text),
  alignment: 'left',
  margin: [0, 0, 0, 3],
  ...extra,
});

type Align = 'left' | 'center';

/** Bordered table with a bold centred header row; widths and column alignment chosen per form. */
const table = (
  t: SlipTable,
  widths: (number | string)[],
  options: { fontSize?: number; centred?: number[]; unbroken?: number[] } = {},
): Content => ({
  table: {
    headerRows: 1,
    widths,
    dontBreakRows: true,
    body: [
      t.headers.map((h) => ({ text: h, bold: true, alignment: 'center' })),
      ...t.rows.map((r) =>
        r.map((cell, i) => ({
          text: cell,
          alignment: (i === 0 || options.centred?.includes(i) ? 'center' : 'left') satisfies Align,
          ...(options.unbroken?.includes(i) ? { noWrap: true } : {}),
        })),
      ),
    ],
  },
  layout: {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    paddingLeft: () => 3,
    paddingRight: () => 3,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  },
  fontSize: options.fontSize ?? 8.5,
  margin: [0, 1, 0, 3],
});

const signatureBlock = (s: SignatureBlock): Content => ({
  stack: [
    ...s.title.map((t) => ({ text: t, bold: true })),
    { text: s.hint, italics: true, fontSize: SMALL },
    { text: ' ', margin: [0, 0, 0, 22] },
    { text: s.name, bold: true },
  ],
  alignment: 'center',
  unbreakable: true,
});

const signatures = (list: SignatureBlock[], left: Content | null = null): Content => {
  if (list.length === 0) return { text: '' };
  const blocks = list.map(signatureBlock);
  // A single signer signs on the right half; the left half holds 'Nơi nhận' or stays empty.
  const columns =
    blocks.length === 1
      ? [
          { width: '*', stack: [left ?? { text: '' }] },
          { width: '55%', stack: blocks },
        ]
      : blocks;
  return { columns, columnGap: 10, margin: [0, 5, 0, 0], unbreakable: true };
};

const qrSvg = async (qr: SlipQr, size: number): Promise<string> =>
  QRCode.toString(qr.payload, { type: 'svg', margin: 0, errorCorrectionLevel: 'M', width: size });

/** Footer: QR in the bottom-left corner with its caption, the legal note beside it. */
const footer =
  (v: SlipView, svg: string | null, size: number, sideMargin: number) =>
  (currentPage: number, pageCount: number): Content => ({
    columns: [
      // The QR also links to its address, for a reader of the PDF on screen (and a test that reads it back).
      ...(svg ? [{ svg, width: size, height: size, ...(v.qr ? { link: v.qr.payload } : {}) }] : []),
      {
        width: '*',
        stack: [
          ...(v.qr ? [{ text: v.qr.caption, fontSize: SMALL, italics: true }] : []),
          {
            columns: [
              { text: v.legalNote, fontSize: 6.5, color: '#444444' },
              ...(pageCount > 1
                ? [{ text: `Trang ${currentPage}/${pageCount}`, width: 'auto', fontSize: 6.5 }]
                : []),
            ],
          },
        ],
        margin: [svg ? 4 : 0, svg ? size - 18 : 6, 0, 0],
      },
    ],
    margin: [sideMargin, 0, sideMargin, 0],
  });

/** Notes in small italics under a form's body ('Ghi chú'). */
const notes = (heading: string, lines: string[]): Content => ({
  stack: [
    { text: heading, bold: true, italics: true },
    ...lines.map((l) => ({ text: `- ${l}`, italics: true })),
  ],
  fontSize: 7,
  lineHeight: 1,
  margin: [0, 2, 0, 0],
});

const receiptSlip = (v: ReceiptSlipView): Content[] => [
  { text: v.intro, margin: [0, 0, 0, 2] },
  ...labelled(v.applicant),
  ...labelled([v.request]),
  { text: v.componentsHeading, bold: true, margin: [0, 3, 0, 0] },
  table(v.components, [20, '*', 96, 36], { centred: [3] }),
  ...labelled(v.items),
  { text: v.book, italics: true, margin: [0, 1, 0, 3] },
  // Outside the form's numbered items: how it came in and what is paid (on its own receipt).
  ...labelled([v.submission]),
  {
    text: [
      `${v.feesHeading}: `,
      ...v.fees.flatMap((f, i) => [`${i === 0 ? '' : '; '}${f.label} `, { text: f.value, bold: true }]),
      `${v.fees.length ? '. ' : ''}${v.feesTotal.label}: `,
      { text: v.feesTotal.value, bold: true },
    ],
    margin: [0, 0, 0, 1.5],
  },
  notes('Ghi chú:', v.notes),
  signatures(v.signatures),
];

const supplementRequest = (v: SupplementRequestView): Content[] => [
  ...labelled(v.applicant),
  { text: v.missingHeading, bold: true, margin: [0, 3, 0, 0] },
  table(v.missing, [20, '*', 84, 36], { centred: [3] }),
  ...labelled([v.reason]),
  ...(v.lookup ? [paragraph(v.lookup, { fontSize: 9 })] : []),
  paragraph(v.contact),
  signatures(v.signatures),
];

const refusalSlip = (v: RefusalSlipView): Content[] => [
  { text: v.intro, margin: [0, 0, 0, 2] },
  ...labelled(v.applicant),
  ...labelled([v.request]),
  paragraph(v.reasonIntro, { margin: [0, 4, 0, 2] }),
  { text: v.reason, bold: true, margin: [10, 0, 0, 4] },
  paragraph(v.closing),
  signatures(v.signatures),
];

const addressee = (a: LabelledValue): Content => ({
  text: [{ text: `${a.label}: `, italics: true }, a.value],
  alignment: 'center',
  margin: [0, 0, 0, 6],
});

const apologyLetter = (v: ApologyLetterView): Content[] => [
  { ...(addressee(v.addressee) as ContentObject), margin: [0, 0, 0, 1] },
  { text: v.addresseeDetails, italics: true, alignment: 'center', fontSize: 9, margin: [0, 0, 0, 6] },
  ...v.paragraphs.map((p) => paragraph(p, { leadingIndent: 14 })),
  signatures(v.signatures, {
    stack: [
      { text: v.recipientsHeading, bold: true, italics: true, fontSize: 8 },
      ...v.recipients.map((r) => ({ text: r, fontSize: SMALL })),
    ],
  }),
];

const stopNotice = (v: StopNoticeView): Content[] => [
  addressee(v.addressee),
  ...v.paragraphs.map((p) => paragraph(p, { leadingIndent: 14 })),
  signatures(v.signatures),
];

/** A signature cell of Form 06: who, a space to sign, the name. */
const signCell = (s: HandOverSigner): Content => ({
  stack: [
    { text: s.label, italics: true },
    { text: ' ', margin: [0, 0, 0, 16] },
    { text: s.name, bold: true },
  ],
  alignment: 'center',
});

const thinLines = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const controlSlip = (v: ControlSlipView): Content[] => [
  ...labelled(v.details),
  {
    table: {
      headerRows: 1,
      widths: [84, '*', 62, 52],
      dontBreakRows: true,
      body: [
        v.handOvers.headers.map((h) => ({ text: h, bold: true, alignment: 'center' })),
        ...v.handOvers.rows.map((r) => [
          { text: r.unit },
          {
            stack: [
              { text: r.handOver, margin: [0, 0, 0, 2] },
              {
                // The giver and the receiver each sign their own cell [V-proxy BM.05].
                table: { widths: ['*', '*'], body: [[signCell(r.giver), signCell(r.receiver)]] },
                layout: thinLines,
              },
            ],
          },
          { text: r.result, alignment: 'center' },
          { text: r.note },
        ]),
      ],
    },
    layout: thinLines,
    fontSize: 8,
    margin: [0, 2, 0, 4],
  },
  notes('Ghi chú:', v.notes),
];

const trackingBook = (v: TrackingBookView): Content[] => [
  // The dossier code is never broken: '000.01.31.H42-250303-0012' is read and typed as one word.
  table(v.book, [18, 94, '*', 56, 58, 52, 38, 38, 38, 38, 38, 48, 44, 28, 32], {
    fontSize: 7,
    centred: [6, 7, 8, 9, 10],
    unbroken: [1],
  }),
  { text: v.summary, bold: true, margin: [0, 2, 0, 0] },
];

/** The hand-over receipt: who met, who gave and who took, what changed hands, then both sign. */
const handOverReceipt = (v: HandOverReceiptView): Content[] => [
  paragraph(v.intro, { margin: [0, 0, 0, 2] }),
  { text: v.giverHeading, bold: true },
  ...labelled(v.giver),
  { text: v.collectorHeading, bold: true, margin: [0, 2, 0, 0] },
  ...labelled(v.collector),
  { text: v.detailsHeading, bold: true, margin: [0, 3, 0, 0] },
  ...labelled(v.details),
  ...v.results.map((r) => ({ text: r, bold: true, margin: [10, 0, 0, 1] }) satisfies ContentObject),
  paragraph(v.statement, { margin: [0, 2, 0, 2] }),
  notes('Ghi chú:', v.notes),
  signatures(v.signatures),
];

const body = (v: SlipView): Content[] => {
  switch (v.form) {
    case '01':
      return receiptSlip(v);
    case '02':
      return supplementRequest(v);
    case '03':
      return refusalSlip(v);
    case '04':
      return apologyLetter(v);
    case '05':
      return stopNotice(v);
    case '06':
      return controlSlip(v);
    case '07':
      return trackingBook(v);
    case 'GN':
      return handOverReceipt(v);
  }
};

const PAGE_WIDTH = { A5: 419.53, A4: 595.28 } as const;
const PAGE_HEIGHT_A4 = 841.89;

/** The pdfmake document for a slip; exported for tests that inspect layout decisions. */
export const slipDocDefinition = async (v: SlipView): Promise<DocDefinition> => {
  const side = v.pageSize === 'A5' ? 28 : 32;
  const qrSize = 42;
  const svg = v.qr ? await qrSvg(v.qr, qrSize) : null;
  const width = (v.orientation === 'landscape' ? PAGE_HEIGHT_A4 : PAGE_WIDTH[v.pageSize]) - 2 * side;
  return {
    pageSize: v.pageSize,
    pageOrientation: v.orientation,
    pageMargins: [side, 18, side, svg ? qrSize + 10 : 30],
    info: { title: v.documentTitle, subject: v.legalNote, creator: 'MotCua', producer: 'MotCua (pdfmake)' },
    content: [heading(v.heading, width), ...title(v), ...body(v)],
    footer: footer(v, svg, qrSize, side),
    defaultStyle: { font: SLIP_FONT, fontSize: BODY_SIZE, lineHeight: 1.05 },
  };
};

/** A slip as PDF bytes. A5 portrait for Mẫu 01–06 and the hand-over receipt, A4 landscape for the book. */
export const renderSlip = async (v: SlipView): Promise<Uint8Array> => printPdf(await slipDocDefinition(v));
