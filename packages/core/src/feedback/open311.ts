/**
 * Open311 GeoReport v2 (issue 12, item 6) mapped onto PAKN: each kind is a service, a PAKN is a service
 * request, its state is `open` or `closed`. Errors are the spec's `[{"code", "description"}]`, the code being
 * the HTTP status. Pure mapping; the server adapts (packages/server/src/modules/feedback/open311*.ts).
 */
import type { FeedbackState } from './case.ts';
import { FEEDBACK_FINAL_STATES } from './case.ts';
import { FEEDBACK_KINDS, type FeedbackKind } from './rules.ts';

export const OPEN311_STATUSES = ['open', 'closed'] as const;
export type Open311Status = (typeof OPEN311_STATUSES)[number];

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string;
  group: string;
}

const NAMES: Record<FeedbackKind, [string, string]> = {
  regulation: [
    'Phản ánh, kiến nghị về quy định hành chính',
    'Quy định, thủ tục hành chính rườm rà, không hợp lý, trái pháp luật hoặc khó thực hiện.',
  ],
  conduct: [
    'Phản ánh về hành vi của cán bộ, công chức',
    'Thái độ, cách phục vụ, chậm trễ, gây phiền hà của cán bộ khi giải quyết thủ tục.',
  ],
  other: ['Phản ánh, kiến nghị khác', 'Góp ý khác với cơ quan hành chính.'],
};

/** The services: one per PAKN kind, answered in batch (an officer answers within the PAKN clocks). */
export const OPEN311_SERVICES: readonly Open311Service[] = FEEDBACK_KINDS.map((kind) => ({
  service_code: kind,
  service_name: NAMES[kind][0],
  description: NAMES[kind][1],
  metadata: false,
  type: 'batch',
  keywords: 'phản ánh,kiến nghị,PAKN',
  group: 'Phản ánh, kiến nghị',
}));

export const isOpen311ServiceCode = (code: string): code is FeedbackKind =>
  (FEEDBACK_KINDS as readonly string[]).includes(code);

export const open311Status = (state: FeedbackState): Open311Status =>
  FEEDBACK_FINAL_STATES.includes(state) ? 'closed' : 'open';

/** The PAKN states an Open311 status filter stands for. */
export const statesOfOpen311Status = (status: Open311Status): FeedbackState[] =>
  status === 'closed'
    ? [...FEEDBACK_FINAL_STATES]
    : (['received', 'info-requested', 'drafted', 'approved'] as FeedbackState[]);

export interface Open311Error {
  code: number;
  description: string;
}
export const open311Error = (code: number, description: string): Open311Error[] => [{ code, description }];
