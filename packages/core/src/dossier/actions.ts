/** What can happen to a dossier, and which staff roles may do it. The table of when is in transitions.ts. */
import type { Role } from '../access/roles.ts';
import type { StatusKey } from './statuses.ts';

export const ACTION_TYPES = [
  'submit-online',
  'receive',
  'refuse',
  'request-supplement',
  'supplement',
  'transfer',
  'send-paper',
  'assign',
  'appraise',
  'submit-for-approval',
  'approve',
  'return-for-rework',
  'consult',
  'consult-reply',
  'forward',
  'request-payment',
  'record-payment',
  'apologize-extend',
  'stop',
  'withdraw',
  'issue-result',
  'schedule-return',
  'return-result',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const isActionType = (value: unknown): value is ActionType =>
  typeof value === 'string' && (ACTION_TYPES as readonly string[]).includes(value);

export const ACTION_LABELS: Readonly<Record<ActionType, { vi: string; en: string }>> = {
  'submit-online': { vi: 'Nộp hồ sơ trực tuyến', en: 'Submit online' },
  receive: { vi: 'Tiếp nhận hồ sơ', en: 'Receive the dossier' },
  refuse: { vi: 'Từ chối tiếp nhận hồ sơ', en: 'Refuse the dossier' },
  'request-supplement': { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Request a supplement' },
  supplement: { vi: 'Bổ sung hồ sơ', en: 'Record the supplement' },
  transfer: { vi: 'Chuyển cơ quan có thẩm quyền', en: 'Transfer to the competent agency' },
  'send-paper': { vi: 'Chuyển hồ sơ giấy', en: 'Send the paper files' },
  assign: { vi: 'Phân công chuyên viên xử lý', en: 'Assign a specialist' },
  appraise: { vi: 'Thẩm định hồ sơ', en: 'Appraise the dossier' },
  'submit-for-approval': { vi: 'Trình lãnh đạo phê duyệt', en: 'Submit for approval' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  'return-for-rework': { vi: 'Trả lại để xử lý lại', en: 'Return for rework' },
  consult: { vi: 'Lấy ý kiến cơ quan phối hợp', en: 'Consult a coordinating agency' },
  'consult-reply': { vi: 'Ghi nhận ý kiến cơ quan phối hợp', en: 'Record a coordinating agency’s reply' },
  forward: { vi: 'Chuyển liên thông', en: 'Forward to the next agency' },
  'request-payment': { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Request payment' },
  'record-payment': { vi: 'Xác nhận hoàn thành nghĩa vụ tài chính', en: 'Record the payment' },
  'apologize-extend': { vi: 'Xin lỗi và gia hạn (Mẫu 04)', en: 'Apologise and extend (Form 04)' },
  stop: { vi: 'Dừng giải quyết hồ sơ', en: 'Stop processing' },
  withdraw: { vi: 'Rút hồ sơ theo yêu cầu', en: 'Withdraw at the applicant’s request' },
  'issue-result': { vi: 'Ban hành kết quả', en: 'Issue the result' },
  'schedule-return': { vi: 'Hẹn trả kết quả', en: 'Make the return appointment' },
  'return-result': { vi: 'Trả kết quả', en: 'Return the result' },
};

/**
 * Staff roles that may perform each action (the union over statuses; see rolesForAction for the one that
 * applies in a given status). 'submit-online' is empty on purpose: only the applicant submits online, and
 * the citizen channel (VNeID login, own dossiers only) authorises it, not a staff role.
 */
export const ACTION_ROLES: Readonly<Record<ActionType, readonly Role[]>> = {
  'submit-online': [],
  receive: ['counter-officer'],
  refuse: ['counter-officer'],
  'request-supplement': ['counter-officer', 'specialist'],
  supplement: ['counter-officer'],
  transfer: ['counter-officer'],
  'send-paper': ['counter-officer'],
  assign: ['leader'],
  appraise: ['specialist'],
  'submit-for-approval': ['specialist'],
  approve: ['leader'],
  'return-for-rework': ['leader'],
  consult: ['specialist'],
  'consult-reply': ['specialist'],
  forward: ['leader', 'clerical', 'specialist'],
  'request-payment': ['specialist'],
  'record-payment': ['counter-officer', 'clerical'],
  'apologize-extend': ['leader'],
  stop: ['counter-officer'],
  withdraw: ['counter-officer'],
  'issue-result': ['clerical', 'leader'],
  'schedule-return': ['counter-officer'],
  'return-result': ['counter-officer'],
};

/**
 * Actions an applicant may take on their own dossier through the citizen channel. Staff record the same
 * 'supplement' and 'withdraw' for paper and counter dossiers.
 */
export const CITIZEN_ACTIONS: readonly ActionType[] = ['submit-online', 'supplement', 'withdraw'];

/**
 * The roles for an action in a given status: a supplement request before reception is the counter's
 * written guidance (Form 02); during processing it comes from the specialist who appraises the dossier.
 */
export const rolesForAction = (action: ActionType, status: StatusKey | 'none'): readonly Role[] => {
  if (action === 'request-supplement') return status === 'new' ? ['counter-officer'] : ['specialist'];
  return ACTION_ROLES[action];
};
