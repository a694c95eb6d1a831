/** Pieces shared by several slips: heading, applicant lines, request line, signature titles. */
import type { OfficeHours, PlainDate } from '../calendar/index.ts';
import type { Fee } from '../catalogue/procedure.ts';
import { closeOfOfficeDay } from '../dossier/deadlines.ts';
import { formatDateline } from './format.ts';
import type { IssuingBody, SlipDossier } from './slip-input.ts';
import {
  CIRCULAR_2018,
  CIRCULAR_2025,
  type HeadingLine,
  type LabelledValue,
  MOTTO,
  NATION,
  type SlipForm,
  type SlipHeading,
} from './slip-view.ts';

/** A counter prints itself under the body it acts for; any other agency has no counter line. */
export const isCounterBody = (body: IssuingBody): boolean =>
  body.unitName.toUpperCase() !== body.name.toUpperCase();

/**
 * Left heading column (Decree 30/2020): the superior body in regular capitals, the issuing body in
 * bold. Counter slips name the body and its counter ('UBND PHƯỜNG HOA LƯ' / 'BỘ PHẬN TIẾP NHẬN…');
 * letters from the competent body name its superior and itself.
 */
export const buildHeading = (
  body: IssuingBody,
  issuedAt: string,
  options: { number: string | null; issuer: 'counter' | 'body' },
): SlipHeading => {
  const lines: HeadingLine[] =
    options.issuer === 'counter' && isCounterBody(body)
      ? [
          { text: body.name.toUpperCase(), bold: false },
          { text: body.unitName.toUpperCase(), bold: true },
        ]
      : [
          ...(body.parentName ? [{ text: body.parentName.toUpperCase(), bold: false }] : []),
          { text: body.name.toUpperCase(), bold: true },
        ];
  return {
    agencyLines: lines,
    nation: NATION,
    motto: MOTTO,
    number: options.number,
    dateline: formatDateline(body.placeName, issuedAt),
  };
};

/** 'Số: 15/HDHS': the suffix is added to a bare register number. */
export const documentNumber = (number: string, suffix: string): string =>
  `Số: ${number.includes('/') ? number : `${number}/${suffix}`}`;

/** 'Mẫu số 01 – Thông tư số 03/2025/TT-VPCP (nội dung theo Mẫu số 01 Thông tư số 01/2018/TT-VPCP)'. */
export const legalNote = (form: SlipForm, circular2018Form: string | null): string =>
  circular2018Form === null
    ? `Mẫu số ${form} – ${CIRCULAR_2025}`
    : `Mẫu số ${form} – ${CIRCULAR_2025} (nội dung theo Mẫu số ${circular2018Form} ${CIRCULAR_2018})`;

/** Left for the officer's pen when the system has no value. */
export const BLANK = '……………………';

export const SIGN_HINT = '(Ký và ghi rõ họ tên)';
export const SEAL_HINT = '(Ký, ghi rõ họ tên và đóng dấu)';
export const TRACKING_QR_CAPTION = 'Quét mã để tra cứu hồ sơ';

/**
 * The title printed above a signature (Decree 30/2020): the head signs under the agency's head title ('CHỦ
 * TỊCH'); a deputy signs on the head's behalf ('KT. CHỦ TỊCH – PHÓ CHỦ TỊCH'); anyone else by authorisation
 * ('TUQ. CHỦ TỊCH – CHÁNH VĂN PHÒNG'). Without a personal title the head's is printed.
 */
export const signerTitle = (headTitle: string, personTitle: string | null | undefined): string => {
  const head = headTitle.trim().toLocaleUpperCase('vi');
  const own = (personTitle ?? '').trim().toLocaleUpperCase('vi');
  if (own === '' || own === head) return head;
  return `${/^PHÓ\s/u.test(own) ? 'KT.' : 'TUQ.'} ${head} – ${own}`;
};

/** 'Nơi nhận' of Form 04: the applicant (as addressed above), the counter that received it, the archive. */
export const apologyRecipients = (counterName: string): string[] => ['Như trên', counterName, 'Lưu: VT'];

/** 'KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC' prints on two lines, as signed on paper. */
export const signerTitleLines = (title: string): string[] =>
  title
    .split(/\s+[–-]\s+/)
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s.length > 0);

const ACRONYMS = new Set(['UBND', 'HĐND', 'TTHC', 'PVHCC', 'TN&TKQ', 'VP', 'BHXH']);
const UNIT_WORDS = ['thành phố', 'đặc khu', 'phường', 'tỉnh', 'xã'];

/**
 * Names are stored in capitals for the heading; running text wants 'UBND phường Hoa Lư' and
 * 'Bộ phận tiếp nhận và trả kết quả'. Mixed-case names are taken as already written for text.
 */
export const nameInText = (name: string): string => {
  if (name !== name.toUpperCase()) return name;
  const words = name.trim().split(/\s+/);
  const out: string[] = [];
  let proper = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (ACRONYMS.has(w)) {
      out.push(w);
      continue;
    }
    const lower = w.toLowerCase();
    const pair = i + 1 < words.length ? `${lower} ${words[i + 1]!.toLowerCase()}` : '';
    if (UNIT_WORDS.includes(pair)) {
      out.push(lower, words[i + 1]!.toLowerCase());
      i++;
      proper = true;
      continue;
    }
    if (UNIT_WORDS.includes(lower)) {
      out.push(lower);
      proper = true;
      continue;
    }
    const capital = proper || out.length === 0;
    out.push(capital ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower);
  }
  return out.join(' ');
};

/** The counter in running text: 'Bộ phận tiếp nhận và trả kết quả UBND phường Hoa Lư'. */
export const counterInText = (body: IssuingBody): string =>
  /^BỘ PHẬN\b/i.test(body.unitName)
    ? `${nameInText(body.unitName)} ${nameInText(body.name)}`
    : nameInText(body.unitName);

/** The applicant's contact lines in the forms' order (address, then phone and e-mail); absent ones left out. */
export const contactLines = (dossier: SlipDossier): LabelledValue[] => {
  const { applicant } = dossier;
  return [
    ...(applicant.address ? [{ label: 'Địa chỉ', value: applicant.address }] : []),
    {
      label: 'Số điện thoại',
      value: applicant.phone,
      ...(applicant.email ? { also: [{ label: 'Thư điện tử', value: applicant.email }] } : {}),
    },
  ];
};

/**
 * Whoever submitted for the applicant, with what Form 01 asks of them: name, personal ID number, address,
 * phone, e-mail and the authorisation paper [V-proxy BM.01]. What was not recorded is left for the pen.
 */
export const representativeLines = (dossier: SlipDossier): LabelledValue[] => {
  const rep = dossier.representative;
  if (!rep) return [];
  return [
    {
      label: 'Người nộp thay',
      value: `${rep.fullName} (${rep.relation})`,
      also: [{ label: 'Số định danh cá nhân', value: rep.idNumber }],
    },
    { label: 'Địa chỉ', value: rep.address || BLANK },
    {
      label: 'Số điện thoại',
      value: rep.phone || BLANK,
      also: [{ label: 'Thư điện tử', value: rep.email || BLANK }],
    },
    { label: 'Giấy tờ ủy quyền', value: rep.authorization || BLANK },
  ];
};

/** Applicant lines in the order of the forms (name, ID, address, phone, e-mail), then the representative's. */
export const applicantLines = (dossier: SlipDossier): LabelledValue[] => [
  { label: 'Ông/Bà', value: dossier.applicant.fullName },
  { label: 'Số định danh cá nhân/Mã số thuế', value: dossier.applicant.idNumber },
  ...contactLines(dossier),
  ...representativeLines(dossier),
];

/**
 * A published fee whose name states a condition ('Phí cấp bản sao Giấy khai sinh (nếu yêu cầu)') is due only
 * when it applies, which the slip cannot know: it is listed, not totalled (our reading, docs/domain/slips.md).
 */
export const isConditionalFee = (fee: Fee): boolean => /\(\s*nếu\b/iu.test(fee.name);

/**
 * The hour of a return appointment: the recorded instant for limits in hours; for a day, the close of the
 * office hours recorded at reception, which is when a day-long deadline ends (closeOfOfficeDay).
 */
export const appointmentAt = (
  due: { dueDate?: PlainDate | undefined; dueAt?: string | undefined },
  office: OfficeHours,
): string | undefined =>
  due.dueAt ?? (due.dueDate === undefined ? undefined : closeOfOfficeDay(due.dueDate, office));

/** Form 05's legal ground: the applicant's request to stop [V: Decree 118 Art. 21; Circular 03 Art. 7]. */
export const STOP_LEGAL_GROUND = 'Điều 21 Nghị định số 118/2025/NĐ-CP và Điều 7 Thông tư số 03/2025/TT-VPCP';

/** The dossier code line: printed only when there is a code (a slip issued before reception has none). */
export const codeLine = (code: string, label = 'Mã hồ sơ'): string[] => (code ? [`${label}: ${code}`] : []);

/** 'Đăng ký khai sinh – Trường hợp chung (mã thủ tục 1.001193)'. */
export const requestLine = (dossier: SlipDossier): LabelledValue => ({
  label: 'Nội dung yêu cầu giải quyết',
  value: `${dossier.procedure.name}${dossier.caseName ? ` – ${dossier.caseName}` : ''} (mã thủ tục ${dossier.procedure.code})`,
});
