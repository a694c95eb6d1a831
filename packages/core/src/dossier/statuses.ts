/**
 * The ten national dossier statuses (trạng thái hồ sơ) used by provincial systems and in the sync to the
 * National Public Service Portal (docs/domain/dossier-lifecycle.md#status-codes). The numeric code is what is synced; the key is ours.
 */
export const DOSSIER_STATUSES = [
  {
    code: 1,
    key: 'new',
    label: 'Mới đăng ký',
    labelEn: 'Newly submitted',
    publicLabel: 'Hồ sơ đã gửi, đang chờ tiếp nhận',
    publicLabelEn: 'Submitted, waiting to be received',
  },
  {
    code: 2,
    key: 'received',
    label: 'Được tiếp nhận',
    labelEn: 'Received',
    publicLabel: 'Hồ sơ đã được tiếp nhận',
    publicLabelEn: 'Your application has been received',
  },
  {
    code: 3,
    key: 'refused',
    label: 'Không được tiếp nhận',
    labelEn: 'Not accepted',
    publicLabel: 'Hồ sơ không được tiếp nhận',
    publicLabelEn: 'Your application was not accepted',
  },
  {
    code: 4,
    key: 'processing',
    label: 'Đang xử lý',
    labelEn: 'Processing',
    publicLabel: 'Hồ sơ đang được giải quyết',
    publicLabelEn: 'Your application is being processed',
  },
  {
    code: 5,
    key: 'supplement-requested',
    label: 'Yêu cầu bổ sung giấy tờ',
    labelEn: 'Supplement requested',
    publicLabel: 'Hồ sơ cần bổ sung giấy tờ',
    publicLabelEn: 'More documents are needed from you',
  },
  {
    code: 6,
    key: 'payment-requested',
    label: 'Yêu cầu thực hiện nghĩa vụ tài chính',
    labelEn: 'Financial obligation requested',
    publicLabel: 'Chờ nộp phí, lệ phí hoặc thuế',
    publicLabelEn: 'Waiting for you to pay fees or taxes',
  },
  {
    code: 7,
    key: 'withdrawn',
    label: 'Công dân yêu cầu rút hồ sơ',
    labelEn: 'Withdrawn at the applicant’s request',
    publicLabel: 'Hồ sơ đã được rút theo yêu cầu',
    publicLabelEn: 'Withdrawn at your request',
  },
  {
    code: 8,
    key: 'stopped',
    label: 'Dừng xử lý',
    labelEn: 'Processing stopped',
    publicLabel: 'Hồ sơ đã dừng giải quyết',
    publicLabelEn: 'Processing of your application has stopped',
  },
  {
    code: 9,
    key: 'finished',
    label: 'Đã xử lý xong',
    labelEn: 'Processing finished',
    publicLabel: 'Đã có kết quả, mời nhận kết quả',
    publicLabelEn: 'The result is ready for you',
  },
  {
    code: 10,
    key: 'returned',
    label: 'Đã trả kết quả',
    labelEn: 'Result returned',
    publicLabel: 'Đã trả kết quả',
    publicLabelEn: 'The result has been delivered',
  },
] as const;

export type DossierStatus = (typeof DOSSIER_STATUSES)[number];
export type StatusKey = DossierStatus['key'];
export type StatusCode = DossierStatus['code'];

export const STATUS_KEYS: readonly StatusKey[] = DOSSIER_STATUSES.map((s) => s.key);

/** Statuses in which the dossier is with the administration and its deadline runs (or is paused). */
export const OPEN_STATUSES: readonly StatusKey[] = [
  'received',
  'processing',
  'supplement-requested',
  'payment-requested',
];

/** Open: with the administration, its deadline running or paused (the one definition of "open"). */
export const isOpenStatus = (status: StatusKey | 'none'): boolean =>
  (OPEN_STATUSES as readonly string[]).includes(status);

/** No action leads out of these. */
export const TERMINAL_STATUSES: readonly StatusKey[] = ['refused', 'withdrawn', 'stopped', 'returned'];

const BY_KEY = new Map<string, DossierStatus>(DOSSIER_STATUSES.map((s) => [s.key, s]));
const BY_CODE = new Map<number, DossierStatus>(DOSSIER_STATUSES.map((s) => [s.code, s]));

export const isStatusKey = (value: unknown): value is StatusKey =>
  typeof value === 'string' && BY_KEY.has(value);

export function statusByKey(key: StatusKey): DossierStatus;
export function statusByKey(key: string): DossierStatus | undefined;
export function statusByKey(key: string): DossierStatus | undefined {
  return BY_KEY.get(key);
}

export function statusByCode(code: StatusCode): DossierStatus;
export function statusByCode(code: number): DossierStatus | undefined;
export function statusByCode(code: number): DossierStatus | undefined {
  return BY_CODE.get(code);
}
