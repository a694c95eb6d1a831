/**
 * The authorization matrix (issue 9): every operation of the OpenAPI document, tried by every principal
 * (no one, the national portal's token, each demo account) on the objects of three places — a dossier, a
 * counter slip, a file and a counter of the first commune, of a second commune and of the province.
 *
 * The expectations are written out by hand below, from who each object belongs to (Decree 118's one-stop
 * mechanism: the commune's counter and offices see their commune's dossiers, the province's centre and
 * departments theirs, the supervisor and the administrator the whole province), not computed from the code
 * under test. A new operation without a row here fails the first test.
 *
 * Denied means: 401 without a session, 403 for a role that may not, 404 (or 403 for a counter's book) for an
 * object out of scope, whose answer carries none of the object's personal data, and which changes nothing.
 */
import net from 'node:net';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

const PORTAL_TOKEN = 'portal-token-for-the-authorization-matrix-0123456789';
const ACCOUNTS = [
  'admin',
  'giamsat.tinh',
  'tiepnhan.tinh',
  'chuyenvien.tuphap',
  'lanhdao.tuphap',
  'vanthu.tuphap',
  'tiepnhan.xa',
  'chuyenvien.xa',
  'lanhdao.xa',
  'vanthu.xa',
  'chuyenvien.congan',
  'canbo.bhxh',
  'tiepnhan.xa2',
  'thanhtra.tinh',
] as const;
type Account = (typeof ACCOUNTS)[number];
type Principal = 'anonymous' | 'portal' | Account;
const PRINCIPALS: readonly Principal[] = ['anonymous', 'portal', ...ACCOUNTS];

/** The three places whose objects are tried. */
const PLACES = ['xa', 'xa2', 'tinh'] as const;
type Place = (typeof PLACES)[number];

/** Who sees a place's dossiers, slips, files and counter book. */
const SEES: Record<Place, readonly Account[]> = {
  xa: ['admin', 'giamsat.tinh', 'tiepnhan.xa', 'chuyenvien.xa', 'lanhdao.xa', 'vanthu.xa'],
  xa2: ['admin', 'giamsat.tinh', 'tiepnhan.xa2'],
  tinh: ['admin', 'giamsat.tinh', 'tiepnhan.tinh', 'chuyenvien.tuphap', 'lanhdao.tuphap', 'vanthu.tuphap'],
};
/**
 * Who sees what a place's counter keeps by itself (its refusal and supplement slips issued without a
 * dossier, its tracking book): the counter's own scope. A commune's one-stop section is part of its
 * People's Committee, so the commune's officers see them; the provincial centre's are its own, not the
 * departments' (whose dossiers they are not until received).
 */
const COUNTER_SEES: Record<Place, readonly Account[]> = {
  xa: SEES.xa,
  xa2: SEES.xa2,
  tinh: ['admin', 'giamsat.tinh', 'tiepnhan.tinh'],
};
/** Who administers a place's counter (its office hours): the administrator; the supervisor their centre. */
const ADMINISTERS: Record<Place, readonly Account[]> = {
  xa: ['admin'],
  xa2: ['admin'],
  tinh: ['admin', 'giamsat.tinh'],
};
const COUNTER_OF: Record<Place, Account> = { xa: 'tiepnhan.xa', xa2: 'tiepnhan.xa2', tinh: 'tiepnhan.tinh' };
const COUNTER_OFFICERS: readonly Account[] = ['tiepnhan.tinh', 'tiepnhan.xa', 'tiepnhan.xa2'];
/** Who decides a back-dated (held) intake: the leaders and the centre supervisor. */
const APPROVERS: readonly Account[] = ['giamsat.tinh', 'lanhdao.tuphap', 'lanhdao.xa'];
/** Who administers some counter: the system administrator and the centre's supervisor. */
const COUNTER_ADMINS: readonly Account[] = ['admin', 'giamsat.tinh'];
/** Who sees the anonymous reports' statistics: the inspectorate and the supervisor (no content). */
const REPORT_STATS: readonly Account[] = ['thanhtra.tinh', 'giamsat.tinh'];
/** The anonymous report the matrix tries to read, whose content no refused answer may carry. */
const REPORT_CONTENT = 'Cán bộ quầy tiếp nhận đòi tiền “bồi dưỡng” (ma trận phân quyền).';
const report = { id: '', receipt: '' };
/** Who oversees notifications (what was sent, the dead letters): the administrator and the supervisor. */
const OVERSEERS: readonly Account[] = ['admin', 'giamsat.tinh'];

/**
 * Complaints and denunciations (issue 12, item 2): who reads a place's register (not the clerical
 * officers), who receives one (counter officers, specialists, leaders, inspectors, for their own agency),
 * and who may read a denouncer's identity: the handler and their leader — with no handler assigned here,
 * the place's leader only (xa2 has none); the supervisor and the administrator see the case, not the name.
 */
const CASE_SEES: Record<Place, readonly Account[]> = {
  xa: ['admin', 'giamsat.tinh', 'tiepnhan.xa', 'chuyenvien.xa', 'lanhdao.xa'],
  xa2: ['admin', 'giamsat.tinh', 'tiepnhan.xa2'],
  tinh: ['admin', 'giamsat.tinh', 'tiepnhan.tinh', 'chuyenvien.tuphap', 'lanhdao.tuphap'],
};
const CASE_RECEIVERS: readonly Account[] = [
  'tiepnhan.tinh',
  'chuyenvien.tuphap',
  'lanhdao.tuphap',
  'thanhtra.tinh',
  'tiepnhan.xa',
  'chuyenvien.xa',
  'lanhdao.xa',
  'chuyenvien.congan',
  'tiepnhan.xa2',
];
const IDENTITY_READERS: Record<Place, readonly Account[]> = {
  xa: ['lanhdao.xa'],
  xa2: [],
  tinh: ['lanhdao.tuphap'],
};
const CASE_RECEIVER_OF: Record<Place, Account> = {
  xa: 'tiepnhan.xa',
  xa2: 'tiepnhan.xa2',
  tinh: 'lanhdao.tuphap',
};
const CASE_LEADER_OF: Partial<Record<Place, Account>> = { xa: 'lanhdao.xa', tinh: 'lanhdao.tuphap' };
const DENOUNCER: Record<Place, { fullName: string; idNumber: string }> = {
  xa: { fullName: 'Hà Thị Tố Giác', idNumber: '037180004444' },
  xa2: { fullName: 'Lương Văn Ẩn', idNumber: '037180005555' },
  tinh: { fullName: 'Mai Thị Kín', idNumber: '037180006666' },
};
const caseCodes = {} as Record<Place, string>;
/** Feedback (PAKN): one entered by staff per place (rejected at xa and tinh before the matrix), one public. */
const feedbackCodes = {} as Record<Place, string>;
const FEEDBACK_SENDER = 'Phùng Thị Phản Ánh';
const publicFeedback = { code: '', followToken: '' };
/** Who records an action taken because of feedback: the specialists, leaders and inspectors. */
const FEEDBACK_HANDLERS: readonly Account[] = [
  'chuyenvien.tuphap',
  'lanhdao.tuphap',
  'thanhtra.tinh',
  'chuyenvien.xa',
  'lanhdao.xa',
  'chuyenvien.congan',
];
/** An Open311 key the administrator revokes during the matrix (the others cannot). */
const open311Key = { id: '' };
const WRONG_TOKEN = 'wrong-follow-token-0123456789';

/**
 * Citizen reception, dialogues and contacts (issue 12, item 4), on each place's agency: the commune's
 * People's Committee, the second commune's, the provincial Department of Justice. Who reads an agency's
 * reception (as for its complaints), who records a reception (the receivers of its own scope), who edits
 * its schedule, dialogues and contacts (its leader, the administrator).
 */
const RECEPTION_AGENCY: Record<Place, string> = {
  xa: 'ninh-binh.phuong-hoa-lu.ubnd',
  xa2: 'ninh-binh.phuong-dong-a.ubnd',
  tinh: 'ninh-binh.so-tu-phap',
};
const RECEPTION_RECORDERS: Record<Place, readonly Account[]> = {
  xa: ['tiepnhan.xa', 'chuyenvien.xa', 'lanhdao.xa'],
  xa2: ['tiepnhan.xa2'],
  tinh: ['tiepnhan.tinh', 'chuyenvien.tuphap', 'lanhdao.tuphap'],
};
const RECEPTION_EDITORS: Record<Place, readonly Account[]> = {
  xa: ['admin', 'lanhdao.xa'],
  xa2: ['admin'],
  tinh: ['admin', 'lanhdao.tuphap'],
};
const dialogueIds = {} as Record<Place, number>;
const reception = { code: '', entryDate: '' };

const APPLICANT: Record<Place, { fullName: string; idNumber: string; phone: string }> = {
  xa: { fullName: 'Đinh Thị Hoà', idNumber: '037190001111', phone: '0911000111' },
  xa2: { fullName: 'Vũ Văn Khải', idNumber: '037190002222', phone: '0911000222' },
  tinh: { fullName: 'Trịnh Minh Quân', idNumber: '037190003333', phone: '0911000333' },
};
const PROCEDURE: Record<Place, [string, string]> = {
  xa: ['1.001193', 'qua-han'],
  xa2: ['1.001193', 'qua-han'],
  tinh: ['2.001234', 'default'],
};
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * What an operation expects of a principal on a place:
 * - public: anyone; staff: any signed-in account; admin: the system administrator;
 * - counter: the counter officers (and the portal, for an online submission);
 * - see: those who see the place (read: they get 2xx); see-counter: the same for what the counter keeps;
 *   act: those who see it get past the scope check
 *   (their role may still refuse: 403, or the dossier's state: 409), the others 404 and nothing changes;
 * - administer: those who administer the place's counter; counter-admins: those who administer any counter;
 * - approvers: the leaders and the supervisor (a back-dated intake's deciders), anywhere;
 * - decide: of those, who see what the place's counter keeps (its held intakes) get past the scope check
 *   (then 200, or 409 once decided), the others 404; everyone else 403;
 * - citizen: a citizen session only — no principal here is one (a staff cookie or the portal's token is not):
 *   401; citizen-callback: without the login's own cookie, 400 for everyone;
 * - own-notice: an officer's own notice only — a notice no principal here owns: 404 to every account, 401
 *   without a session;
 * - inspect: the anonymous reports, the provincial inspectorate's inspector only (not the administrator, not
 *   the supervisor): 403 to every other account; report-stats: their counts, the inspector and the supervisor;
 * - receipt: whoever holds a receipt's check code, signed in or not — tried with a wrong one: 404 for all;
 * - kiosk: a paired counter tablet, by its key only — without one: 401 for all;
 * - feedback-handlers: the specialists, leaders and inspectors, for their own agency;
 * - sender-only: a PAKN's sender with its follow token; a session is no token: 403 to everyone (wrong token).
 */
type Rule =
  | 'public'
  | 'staff'
  | 'admin'
  | 'counter'
  | 'see'
  | 'see-counter'
  | 'act'
  | 'administer'
  | 'counter-admins'
  | 'oversee'
  | 'approvers'
  | 'decide'
  | 'citizen'
  | 'citizen-callback'
  | 'own-notice'
  | 'inspect'
  | 'report-stats'
  | 'case-receive'
  | 'case-see'
  | 'case-act'
  | 'case-identity'
  | 'receipt'
  | 'kiosk'
  | 'sender-only'
  | 'feedback-handlers'
  | 'reception-see'
  | 'reception-record'
  | 'reception-edit'
  | 'reception-edit-dialogue';
interface Row {
  rule: Rule;
  /** The request, built for a place (ignored by rules that are not about a place). */
  request: (place: Place) => InjectOptions;
  /** Sent with a session of its own (logout ends the one it is sent with). */
  ownSession?: true;
}

let t: TestApp;
const objects = {} as Record<
  Place,
  { code: string; slipId: string; fileId: string; counter: string; heldIds: [string, string] }
>;
const json = (method: InjectOptions['method'], url: string, payload: unknown): InjectOptions => ({
  method,
  url,
  payload: payload as object,
});
const day = '2026-03-02';

const ROWS: Record<string, Row> = {
  'GET /api/health': { rule: 'public', request: () => ({ url: '/api/health' }) },
  'GET /api/site': { rule: 'public', request: () => ({ url: '/api/site' }) },
  'GET /api/procedures': { rule: 'public', request: () => ({ url: '/api/procedures?q=khai%20sinh' }) },
  'GET /api/procedure-fields': { rule: 'public', request: () => ({ url: '/api/procedure-fields' }) },
  'GET /api/procedures/{code}': { rule: 'public', request: () => ({ url: '/api/procedures/1.001193' }) },
  'GET /api/procedures/{code}/qr.svg': {
    rule: 'public',
    request: () => ({ url: '/api/procedures/1.001193/qr.svg' }),
  },
  'GET /api/procedures/{code}/cases/{caseCode}/workflow': {
    rule: 'public',
    request: (p) => ({ url: `/api/procedures/${PROCEDURE[p][0]}/cases/${PROCEDURE[p][1]}/workflow` }),
  },
  'GET /api/agencies': { rule: 'public', request: () => ({ url: '/api/agencies' }) },
  'GET /api/calendar/working-days': {
    rule: 'public',
    request: () => ({ url: `/api/calendar/working-days?from=${day}&days=5` }),
  },
  'GET /api/calendar/holidays': {
    rule: 'public',
    request: () => ({ url: '/api/calendar/holidays?year=2026' }),
  },
  'GET /api/calendar/statutory-holidays': {
    rule: 'public',
    request: () => ({ url: '/api/calendar/statutory-holidays' }),
  },
  'GET /api/calendar/working-hours': {
    rule: 'public',
    request: (p) => ({
      url: `/api/calendar/working-hours?from=${encodeURIComponent(`${day}T09:00:00+07:00`)}&hours=8&agency=${objects[p].counter}`,
    }),
  },
  'GET /api/calendar/same-day-due': {
    rule: 'public',
    request: (p) => ({
      url: `/api/calendar/same-day-due?receivedAt=${encodeURIComponent(`${day}T09:00:00+07:00`)}&agency=${objects[p].counter}`,
    }),
  },
  'GET /api/agencies/{code}/office-hours': {
    rule: 'public',
    request: (p) => ({ url: `/api/agencies/${objects[p].counter}/office-hours` }),
  },
  // Anonymous reports: anyone sends one and follows it by its receipt; only the inspectorate reads them.
  'POST /api/public/reports': {
    rule: 'public',
    request: () => json('POST', '/api/public/reports', { content: REPORT_CONTENT, kind: 'bribe-asked' }),
  },
  'GET /api/public/reports/{receipt}': {
    rule: 'public',
    request: () => ({ url: `/api/public/reports/${report.receipt}` }),
  },
  'POST /api/public/reports/lookup': {
    rule: 'public',
    request: () => json('POST', '/api/public/reports/lookup', { receipt: report.receipt }),
  },
  'GET /api/reports': { rule: 'inspect', request: () => ({ url: '/api/reports' }) },
  'GET /api/reports/stats': { rule: 'report-stats', request: () => ({ url: '/api/reports/stats' }) },
  'GET /api/reports/{id}': { rule: 'inspect', request: () => ({ url: `/api/reports/${report.id}` }) },
  // An answer without its text: refused (400) for the inspector, so the matrix changes nothing.
  'POST /api/reports/{id}/actions': {
    rule: 'inspect',
    request: () => json('POST', `/api/reports/${report.id}/actions`, { action: 'answer' }),
  },
  'GET /api/public/dossiers/{code}': {
    rule: 'public',
    request: (p) => ({ url: `/api/public/dossiers/${objects[p].code}` }),
  },
  // A wrong password answers 401 to everyone: the login is public, its limits have their own tests.
  'POST /api/auth/login': {
    rule: 'public',
    request: () => json('POST', '/api/auth/login', { username: 'khong.co.ai', password: 'sai-mat-khau' }),
  },
  'GET /api/auth/me': { rule: 'staff', request: () => ({ url: '/api/auth/me' }) },
  'GET /api/auth/citizen/login': { rule: 'public', request: () => ({ url: '/api/auth/citizen/login' }) },
  'GET /api/auth/citizen/callback': {
    rule: 'citizen-callback',
    request: () => ({ url: '/api/auth/citizen/callback?code=x&state=y' }),
  },
  'POST /api/auth/citizen/logout': {
    rule: 'public',
    request: () => ({ method: 'POST', url: '/api/auth/citizen/logout' }),
  },
  'GET /api/citizen/me': { rule: 'citizen', request: () => ({ url: '/api/citizen/me' }) },
  // A citizen's own routes: no staff session or portal token is a citizen session (401); one citizen trying
  // another's draft or dossier (404) is citizen-submission.test.ts. One place: none reads it.
  'GET /api/citizen/drafts': { rule: 'citizen', request: () => ({ url: '/api/citizen/drafts' }) },
  'POST /api/citizen/drafts': {
    rule: 'citizen',
    request: () => json('POST', '/api/citizen/drafts', { procedureCode: '1.001193' }),
  },
  'GET /api/citizen/drafts/{id}': {
    rule: 'citizen',
    request: () => ({ url: '/api/citizen/drafts/00000000-0000-4000-8000-000000000001' }),
  },
  'PUT /api/citizen/drafts/{id}': {
    rule: 'citizen',
    request: () =>
      json('PUT', '/api/citizen/drafts/00000000-0000-4000-8000-000000000001', { version: 1, step: 'case' }),
  },
  'DELETE /api/citizen/drafts/{id}': {
    rule: 'citizen',
    request: () => ({ method: 'DELETE', url: '/api/citizen/drafts/00000000-0000-4000-8000-000000000001' }),
  },
  'POST /api/citizen/drafts/{id}/files': {
    rule: 'citizen',
    request: () => ({
      method: 'POST',
      url: '/api/citizen/drafts/00000000-0000-4000-8000-000000000001/files?componentId=to-khai&name=a.png',
      headers: { 'content-type': 'image/png' },
      payload: PNG,
    }),
  },
  'DELETE /api/citizen/drafts/{id}/files/{fileId}': {
    rule: 'citizen',
    request: () => ({
      method: 'DELETE',
      url: '/api/citizen/drafts/00000000-0000-4000-8000-000000000001/files/00000000-0000-4000-8000-000000000001',
    }),
  },
  'POST /api/citizen/drafts/{id}/submit': {
    rule: 'citizen',
    request: () => ({
      method: 'POST',
      url: '/api/citizen/drafts/00000000-0000-4000-8000-000000000001/submit',
    }),
  },
  'GET /api/citizen/dossiers': { rule: 'citizen', request: () => ({ url: '/api/citizen/dossiers' }) },
  'GET /api/citizen/dossiers/{code}': {
    rule: 'citizen',
    request: () => ({ url: `/api/citizen/dossiers/${objects.xa.code}` }),
  },
  'GET /api/citizen/dossiers/{code}/forms/{form}': {
    rule: 'citizen',
    request: () => ({ url: `/api/citizen/dossiers/${objects.xa.code}/forms/01.pdf` }),
  },
  'GET /api/citizen/dossiers/{code}/results/{resultCode}': {
    rule: 'citizen',
    request: () => ({ url: `/api/citizen/dossiers/${objects.xa.code}/results/${objects.xa.code}-KQ1` }),
  },
  'POST /api/citizen/dossiers/{code}/files': {
    rule: 'citizen',
    request: () => ({
      method: 'POST',
      url: `/api/citizen/dossiers/${objects.xa.code}/files?componentId=to-khai&name=a.png`,
      headers: { 'content-type': 'image/png' },
      payload: PNG,
    }),
  },
  'POST /api/citizen/dossiers/{code}/supplement': {
    rule: 'citizen',
    request: () => ({ method: 'POST', url: `/api/citizen/dossiers/${objects.xa.code}/supplement` }),
  },
  'POST /api/citizen/dossiers/{code}/withdraw': {
    rule: 'citizen',
    request: () => json('POST', `/api/citizen/dossiers/${objects.xa.code}/withdraw`, { reason: 'Nộp nhầm' }),
  },
  'GET /api/citizen/notification-preferences': {
    rule: 'citizen',
    request: () => ({ url: '/api/citizen/notification-preferences' }),
  },
  'PUT /api/citizen/notification-preferences': {
    rule: 'citizen',
    request: () =>
      json('PUT', '/api/citizen/notification-preferences', { sms: true, email: true, zalo: true }),
  },
  'GET /api/dossiers': { rule: 'staff', request: () => ({ url: '/api/dossiers?pageSize=100' }) },
  'GET /api/notices': { rule: 'staff', request: () => ({ url: '/api/notices' }) },
  'POST /api/notices/{id}/read': {
    rule: 'own-notice',
    request: () => ({ method: 'POST', url: '/api/notices/987654321/read' }),
  },
  'POST /api/dossiers': {
    rule: 'counter',
    request: (p) =>
      json('POST', '/api/dossiers', {
        procedureCode: PROCEDURE[p][0],
        caseCode: PROCEDURE[p][1],
        channel: 'counter',
        applicant: APPLICANT[p],
        components: [],
      }),
  },
  'POST /api/counter-slips/refusals': {
    rule: 'counter',
    request: (p) =>
      json('POST', '/api/counter-slips/refusals', {
        procedureCode: PROCEDURE[p][0],
        caseCode: PROCEDURE[p][1],
        applicant: APPLICANT[p],
        reason: 'Hồ sơ không thuộc thẩm quyền',
      }),
  },
  'GET /api/held-intakes': { rule: 'approvers', request: () => ({ url: '/api/held-intakes' }) },
  // Each place has one held intake to approve and one to reject: the first one let in decides, then 409.
  'POST /api/held-intakes/{id}/approve': {
    rule: 'decide',
    request: (p) => ({ method: 'POST', url: `/api/held-intakes/${objects[p].heldIds[0]}/approve` }),
  },
  'POST /api/held-intakes/{id}/reject': {
    rule: 'decide',
    request: (p) =>
      json('POST', `/api/held-intakes/${objects[p].heldIds[1]}/reject`, { reason: 'Không có biên bản' }),
  },
  'GET /api/dossiers/{code}': { rule: 'see', request: (p) => ({ url: `/api/dossiers/${objects[p].code}` }) },
  // An action no one may take on a just-received dossier: those who see it get 403 or 409, others 404.
  'POST /api/dossiers/{code}/actions': {
    rule: 'act',
    request: (p) => json('POST', `/api/dossiers/${objects[p].code}/actions`, { action: 'approve' }),
  },
  'GET /api/dossiers/{code}/forms/{form}': {
    rule: 'see',
    request: (p) => ({ url: `/api/dossiers/${objects[p].code}/forms/01.pdf` }),
  },
  'GET /api/counter-slips/{id}/form.pdf': {
    rule: 'see-counter',
    request: (p) => ({ url: `/api/counter-slips/${objects[p].slipId}/form.pdf` }),
  },
  // The day's slips of a counter, and one slip with its applicant (to take the dossier in again).
  'GET /api/counter-slips': {
    rule: 'see-counter',
    request: (p) => ({
      url: `/api/counter-slips?date=${new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })}&agency=${objects[p].counter}`,
    }),
  },
  'GET /api/counter-slips/{id}': {
    rule: 'see-counter',
    request: (p) => ({ url: `/api/counter-slips/${objects[p].slipId}` }),
  },
  'GET /api/tracking-book': {
    rule: 'see-counter',
    request: (p) => ({
      url: `/api/tracking-book?from=2020-01-01&to=2030-12-31&agency=${objects[p].counter}`,
    }),
  },
  'POST /api/dossiers/{code}/files': {
    rule: 'act',
    request: (p) => ({
      method: 'POST',
      url: `/api/dossiers/${objects[p].code}/files?kind=scan&name=scan.png`,
      payload: PNG,
      headers: { 'content-type': 'image/png' },
    }),
  },
  'GET /api/dossiers/{code}/files': {
    rule: 'see',
    request: (p) => ({ url: `/api/dossiers/${objects[p].code}/files` }),
  },
  'GET /api/dossiers/{code}/files/{id}': {
    rule: 'see',
    request: (p) => ({ url: `/api/dossiers/${objects[p].code}/files/${objects[p].fileId}` }),
  },
  'PUT /api/admin/agencies/{code}/office-hours': {
    rule: 'administer',
    // Filled in beforeAll with the counter's current hours, so that an allowed write changes nothing.
    request: (p) => json('PUT', `/api/admin/agencies/${objects[p].counter}/office-hours`, officeHours[p]),
  },
  'GET /api/admin/counters': { rule: 'counter-admins', request: () => ({ url: '/api/admin/counters' }) },
  // The demo counters have no address or phone yet: an allowed write of empty ones changes nothing.
  'PUT /api/admin/agencies/{code}/contact': {
    rule: 'administer',
    request: (p) =>
      json('PUT', `/api/admin/agencies/${objects[p].counter}/contact`, { address: '', phone: '' }),
  },
  // The administrator's operations, each with a body it refuses (400), so that the matrix changes nothing.
  'POST /api/admin/catalogue/import': {
    rule: 'admin',
    request: () => ({
      method: 'POST',
      url: '/api/admin/catalogue/import',
      payload: Buffer.from('not a workbook'),
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    }),
  },
  'POST /api/admin/catalogue/import-csv': {
    rule: 'admin',
    request: () =>
      json('POST', '/api/admin/catalogue/import-csv', { procedures: '', cases: '', components: '' }),
  },
  'PUT /api/admin/calendar/{year}': {
    rule: 'admin',
    request: () => json('PUT', '/api/admin/calendar/2031', { source: '' }),
  },
  'POST /api/admin/calendar/statutory-holidays': {
    rule: 'admin',
    request: () => json('POST', '/api/admin/calendar/statutory-holidays', { name: '' }),
  },
  'PUT /api/procedures/{code}/cases/{caseCode}/workflow': {
    rule: 'admin',
    request: (p) =>
      json('PUT', `/api/procedures/${PROCEDURE[p][0]}/cases/${PROCEDURE[p][1]}/workflow`, { steps: [] }),
  },
  'GET /api/admin/workflows/procedures': {
    rule: 'admin',
    request: () => ({ url: '/api/admin/workflows/procedures?q=khai%20sinh' }),
  },
  'GET /api/admin/notifications': {
    rule: 'oversee',
    request: (p) => ({ url: `/api/admin/notifications?dossier=${objects[p].code}` }),
  },
  'GET /api/dossiers/{code}/notifications': {
    rule: 'see',
    request: (p) => ({ url: `/api/dossiers/${objects[p].code}/notifications` }),
  },
  'GET /api/admin/notification-templates': {
    rule: 'admin',
    request: () => ({ url: '/api/admin/notification-templates' }),
  },
  // A placeholder that does not exist: refused (400) for the administrator, so nothing changes.
  'PUT /api/admin/notification-templates/{event}/{channel}': {
    rule: 'admin',
    request: () =>
      json('PUT', '/api/admin/notification-templates/received/sms', { body: 'Hồ sơ {khong_co}' }),
  },
  // Back to the default of a template no one edited: nothing changes.
  'DELETE /api/admin/notification-templates/{event}/{channel}': {
    rule: 'admin',
    request: () => ({ method: 'DELETE', url: '/api/admin/notification-templates/received/sms' }),
  },
  'GET /api/admin/audit/verify': {
    rule: 'admin',
    request: (p) => ({ url: `/api/admin/audit/verify?code=${objects[p].code}` }),
  },
  'GET /api/complaints': { rule: 'staff', request: () => ({ url: '/api/complaints' }) },
  'POST /api/complaints': {
    rule: 'case-receive',
    request: () =>
      json('POST', '/api/complaints', {
        kind: 'complaint',
        channel: 'letter',
        instance: 1,
        subject: 'Khiếu nại trong ma trận phân quyền',
        party: { fullName: 'Người khiếu nại' },
      }),
  },
  'GET /api/complaints/{code}': {
    rule: 'case-see',
    request: (p) => ({ url: `/api/complaints/${caseCodes[p]}` }),
  },
  'GET /api/complaints/{code}/assignees': {
    rule: 'case-see',
    request: (p) => ({ url: `/api/complaints/${caseCodes[p]}/assignees` }),
  },
  'GET /api/complaints/{code}/identity': {
    rule: 'case-identity',
    request: (p) => ({ url: `/api/complaints/${caseCodes[p]}/identity` }),
  },
  'GET /api/complaints/{code}/identity-access': {
    rule: 'case-identity',
    request: (p) => ({ url: `/api/complaints/${caseCodes[p]}/identity-access` }),
  },
  // The cases of xa and tinh are withdrawn before the matrix, and xa2 has no one who decides: no action
  // changes anything (409, 403 or 400 for those who see the case, 404 for the others).
  'POST /api/complaints/{code}/accept': {
    rule: 'case-act',
    request: (p) => json('POST', `/api/complaints/${caseCodes[p]}/accept`, {}),
  },
  'POST /api/complaints/{code}/refuse': {
    rule: 'case-act',
    request: (p) => json('POST', `/api/complaints/${caseCodes[p]}/refuse`, { reason: 'not-competent' }),
  },
  'POST /api/complaints/{code}/assign': {
    rule: 'case-act',
    request: (p) =>
      json('POST', `/api/complaints/${caseCodes[p]}/assign`, {
        assigneeId: '00000000-0000-4000-8000-000000000001',
      }),
  },
  'POST /api/complaints/{code}/extend': {
    rule: 'case-act',
    request: (p) =>
      json('POST', `/api/complaints/${caseCodes[p]}/extend`, { complexity: 'complex', reason: 'Phức tạp' }),
  },
  'POST /api/complaints/{code}/transfer': {
    rule: 'case-act',
    request: (p) => json('POST', `/api/complaints/${caseCodes[p]}/transfer`, { toAgency: 'khong-co' }),
  },
  'POST /api/complaints/{code}/settle': {
    rule: 'case-act',
    request: (p) =>
      json('POST', `/api/complaints/${caseCodes[p]}/settle`, { outcome: 'rejected', decisionNumber: '1/QĐ' }),
  },
  'POST /api/complaints/{code}/withdraw': {
    rule: 'case-act',
    request: (p) => json('POST', `/api/complaints/${caseCodes[p]}/withdraw`, {}),
  },
  // Ratings: the place's dossier is just received, so those who see it are told it cannot be rated yet (409).
  'POST /api/dossiers/{code}/rating': {
    rule: 'act',
    request: (p) => json('POST', `/api/dossiers/${objects[p].code}/rating`, { satisfaction: 'satisfied' }),
  },
  'GET /api/dossiers/{code}/rating': {
    rule: 'see',
    request: (p) => ({ url: `/api/dossiers/${objects[p].code}/rating` }),
  },
  // The counter's tablets: its officers pair and list them; an invitation for a just-received dossier is
  // refused as not finished (409) to the counter officers who see it, by role (403) to the others who see it.
  'GET /api/rating-kiosks': { rule: 'counter', request: () => ({ url: '/api/rating-kiosks' }) },
  'POST /api/rating-kiosks': {
    rule: 'counter',
    request: () => json('POST', '/api/rating-kiosks', { name: 'Máy tính bảng ma trận' }),
  },
  'POST /api/dossiers/{code}/rating-invitation': {
    rule: 'act',
    request: (p) =>
      json('POST', `/api/dossiers/${objects[p].code}/rating-invitation`, { kioskId: kiosks[p] }),
  },
  // Ratings per officer and agency: the leaders and the supervisor, each within their scope.
  'GET /api/ratings/summary': {
    rule: 'approvers',
    request: () => ({ url: '/api/ratings/summary?from=2026-01-01&to=2026-12-31' }),
  },
  // The integrity flags: the inspectorate and the supervisor, as the reports' figures.
  'GET /api/integrity/flags': {
    rule: 'report-stats',
    request: () => ({ url: '/api/integrity/flags?from=2026-01-01&to=2026-03-31' }),
  },
  // Without a tablet's key: 401 for every principal (a session is no key).
  'GET /api/kiosk/invitation': { rule: 'kiosk', request: () => ({ url: '/api/kiosk/invitation' }) },
  // A wrong check code: 404 for everyone, and nothing is written.
  'POST /api/public/ratings': {
    rule: 'receipt',
    request: (p) =>
      json('POST', '/api/public/ratings', {
        code: objects[p].code,
        token: 'ZZZZZZ',
        satisfaction: 'satisfied',
      }),
  },
  // Feedback and petitions (PAKN): the public form and follow-up; the staff inbox (scope as complaints').
  'POST /api/public/feedback': {
    rule: 'public',
    request: () =>
      json('POST', '/api/public/feedback', { kind: 'other', title: 'Góp ý', content: 'Ma trận' }),
  },
  'GET /api/public/feedback/answered': {
    rule: 'public',
    request: () => ({ url: '/api/public/feedback/answered' }),
  },
  'GET /api/public/feedback/{code}': {
    rule: 'public',
    request: () => ({ url: `/api/public/feedback/${publicFeedback.code}` }),
  },
  'POST /api/public/feedback/{code}/follow': {
    rule: 'public',
    request: () =>
      json('POST', `/api/public/feedback/${publicFeedback.code}/follow`, {
        followToken: publicFeedback.followToken,
      }),
  },
  'POST /api/public/feedback/{code}/rate': {
    rule: 'sender-only',
    request: () =>
      json('POST', `/api/public/feedback/${publicFeedback.code}/rate`, {
        followToken: WRONG_TOKEN,
        rating: 'like',
      }),
  },
  'POST /api/public/feedback/{code}/reopen': {
    rule: 'sender-only',
    request: () =>
      json('POST', `/api/public/feedback/${publicFeedback.code}/reopen`, {
        followToken: WRONG_TOKEN,
        reason: 'Mở',
      }),
  },
  'GET /api/public/actions-taken': { rule: 'public', request: () => ({ url: '/api/public/actions-taken' }) },
  // A code that does not exist: the handlers get 400, nothing is recorded.
  'POST /api/feedback-actions': {
    rule: 'feedback-handlers',
    request: () =>
      json('POST', '/api/feedback-actions', {
        takenOn: '2026-03-02',
        summary: 'Đã sửa',
        codes: ['PA-2026-999999'],
      }),
  },
  'GET /api/admin/open311-keys': { rule: 'admin', request: () => ({ url: '/api/admin/open311-keys' }) },
  // An unknown agency: refused (400) for the administrator, so no key is made.
  'POST /api/admin/open311-keys': {
    rule: 'admin',
    request: () => json('POST', '/api/admin/open311-keys', { name: 'Ma trận', agencyCode: 'khong-co' }),
  },
  'DELETE /api/admin/open311-keys/{id}': {
    rule: 'admin',
    request: () => ({ method: 'DELETE', url: `/api/admin/open311-keys/${open311Key.id}` }),
  },
  'GET /api/feedback': { rule: 'staff', request: () => ({ url: '/api/feedback' }) },
  'POST /api/feedback': {
    rule: 'case-receive',
    request: () =>
      json('POST', '/api/feedback', {
        kind: 'other',
        title: 'Cuộc gọi',
        content: 'Ma trận',
        channel: 'hotline',
      }),
  },
  'GET /api/feedback/openings': { rule: 'staff', request: () => ({ url: '/api/feedback/openings' }) },
  'POST /api/feedback/openings': {
    rule: 'case-receive',
    request: () =>
      json('POST', '/api/feedback/openings', {
        openedOn: '2026-03-02',
        witnesses: ['Người chứng kiến'],
        letters: [],
      }),
  },
  'GET /api/feedback/{code}': {
    rule: 'case-see',
    request: (p) => ({ url: `/api/feedback/${feedbackCodes[p]}` }),
  },
  'GET /api/feedback/{code}/assignees': {
    rule: 'case-see',
    request: (p) => ({ url: `/api/feedback/${feedbackCodes[p]}/assignees` }),
  },
  ...Object.fromEntries(
    (
      [
        ['assign', { assigneeId: '00000000-0000-4000-8000-000000000001' }],
        ['reject', { reason: 'other' }],
        ['request-info', { question: 'Địa chỉ?' }],
        ['receive-info', {}],
        ['transfer', { toAgency: 'khong-co' }],
        ['merge', { intoCode: 'PA-2026-999999' }],
        ['draft', { text: 'Trả lời' }],
        ['approve', {}],
        ['publish', {}],
      ] as const
    ).map(([action, body]) => [
      `POST /api/feedback/{code}/${action}`,
      {
        rule: 'case-act' as const,
        request: (p: Place) => json('POST', `/api/feedback/${feedbackCodes[p]}/${action}`, body),
      },
    ]),
  ),
  // Citizen reception: the public side is anyone's; each let-in staff write is refused by its content
  // (an impossible date, a bad number) after the scope check, so nothing changes.
  'GET /api/public/reception/agencies': {
    rule: 'public',
    request: () => ({ url: '/api/public/reception/agencies' }),
  },
  'GET /api/public/reception/agencies/{agency}/schedule': {
    rule: 'public',
    request: (p) => ({ url: `/api/public/reception/agencies/${RECEPTION_AGENCY[p]}/schedule` }),
  },
  'POST /api/public/reception/registrations': {
    rule: 'public',
    request: () =>
      json('POST', '/api/public/reception/registrations', {
        agencyCode: RECEPTION_AGENCY.xa,
        entryId: 'matran',
        date: reception.entryDate,
        session: 'morning',
        fullName: 'Người đăng ký',
        phone: '0912000999',
        subject: 'Hỏi về đất đai',
      }),
  },
  'GET /api/public/reception/registrations/{code}': {
    rule: 'public',
    request: () => ({ url: `/api/public/reception/registrations/${reception.code}` }),
  },
  'POST /api/public/reception/registrations/lookup': {
    rule: 'public',
    request: () => json('POST', '/api/public/reception/registrations/lookup', { code: reception.code }),
  },
  'GET /api/public/dialogues': { rule: 'public', request: () => ({ url: '/api/public/dialogues' }) },
  'GET /api/public/dialogues/{id}': {
    rule: 'public',
    request: (p) => ({ url: `/api/public/dialogues/${dialogueIds[p]}` }),
  },
  'POST /api/public/dialogues/{id}/questions': {
    rule: 'public',
    request: () => json('POST', `/api/public/dialogues/${dialogueIds.xa}/questions`, { question: 'Hỏi?' }),
  },
  'GET /api/public/contacts': { rule: 'public', request: () => ({ url: '/api/public/contacts' }) },
  'GET /api/public/contacts/{agency}': {
    rule: 'public',
    request: (p) => ({ url: `/api/public/contacts/${RECEPTION_AGENCY[p]}` }),
  },
  'GET /api/reception/agencies': { rule: 'staff', request: () => ({ url: '/api/reception/agencies' }) },
  'GET /api/reception/agencies/{agency}': {
    rule: 'reception-see',
    request: (p) => ({ url: `/api/reception/agencies/${RECEPTION_AGENCY[p]}` }),
  },
  'GET /api/reception/agencies/{agency}/log': {
    rule: 'reception-see',
    request: (p) => ({ url: `/api/reception/agencies/${RECEPTION_AGENCY[p]}/log` }),
  },
  'GET /api/reception/agencies/{agency}/dialogues': {
    rule: 'reception-see',
    request: (p) => ({ url: `/api/reception/agencies/${RECEPTION_AGENCY[p]}/dialogues` }),
  },
  'PUT /api/reception/agencies/{agency}/schedule': {
    rule: 'reception-edit',
    request: (p) =>
      json('PUT', `/api/reception/agencies/${RECEPTION_AGENCY[p]}/schedule`, {
        entries: [
          {
            receiverRole: 'head',
            receiverName: 'Chủ tịch',
            recurrence: { kind: 'weekly', weekday: 4 },
            session: 'morning',
            place: 'Phòng tiếp công dân',
            capacity: 5,
            validFrom: '2026-03-01',
            validTo: '2026-01-01',
          },
        ],
      }),
  },
  'POST /api/reception/agencies/{agency}/records': {
    rule: 'reception-record',
    request: (p) =>
      json('POST', `/api/reception/agencies/${RECEPTION_AGENCY[p]}/records`, {
        date: '2099-01-01',
        session: 'morning',
        receiverRole: 'head',
        receiverName: 'Chủ tịch',
        visitors: [{ fullName: 'Người đến' }],
        content: 'Khiếu nại',
        outcome: 'complaint',
      }),
  },
  'POST /api/reception/agencies/{agency}/dialogues': {
    rule: 'reception-edit',
    request: (p) =>
      json('POST', `/api/reception/agencies/${RECEPTION_AGENCY[p]}/dialogues`, {
        date: '2026-02-30',
        leaderName: 'Chủ tịch',
        leaderTitle: 'Chủ tịch',
        topic: 'Đối thoại',
        place: 'Hội trường',
      }),
  },
  'PUT /api/reception/dialogues/{id}': {
    rule: 'reception-edit-dialogue',
    request: (p) =>
      json('PUT', `/api/reception/dialogues/${dialogueIds[p]}`, {
        date: '2026-02-30',
        leaderName: 'Chủ tịch',
        leaderTitle: 'Chủ tịch',
        topic: 'Đối thoại',
        place: 'Hội trường',
      }),
  },
  'PUT /api/reception/dialogues/{id}/commitments': {
    rule: 'reception-edit-dialogue',
    request: (p) =>
      json('PUT', `/api/reception/dialogues/${dialogueIds[p]}/commitments`, {
        commitments: [{ text: 'Sửa đường', responsible: 'UBND', dueDate: '2026-02-30' }],
      }),
  },
  'PUT /api/reception/agencies/{agency}/contacts': {
    rule: 'reception-edit',
    request: (p) =>
      json('PUT', `/api/reception/agencies/${RECEPTION_AGENCY[p]}/contacts`, { hotline: '1.2', persons: [] }),
  },
  // Last: it ends the session.
  'POST /api/auth/logout': {
    rule: 'public',
    request: () => ({ method: 'POST', url: '/api/auth/logout' }),
    ownSession: true,
  },
};
const officeHours = {} as Record<Place, unknown>;
/** A rating tablet of each place's counter, paired by its officer. */
const kiosks = {} as Record<Place, string>;
/** Who added a scan during the matrix, per place. */
const uploaded: Record<Place, Principal[]> = { xa: [], xa2: [], tinh: [] };

/** Whether the principal may (true), and if not, the answers that count as a refusal. */
function expectation(rule: Rule, who: Principal, place: Place): true | readonly number[] {
  const signedIn = who !== 'anonymous' && who !== 'portal';
  const noSession = [401];
  switch (rule) {
    case 'public':
      return true;
    case 'staff':
      return signedIn || noSession;
    case 'admin':
      return who === 'admin' || (signedIn ? [403] : noSession);
    case 'counter':
      if (who === 'portal') return [400, 401, 403]; // the portal only submits online (channel: online)
      return (signedIn && COUNTER_OFFICERS.includes(who)) || (signedIn ? [403] : noSession);
    case 'administer':
      return (signedIn && ADMINISTERS[place].includes(who)) || (signedIn ? [403, 404] : noSession);
    case 'counter-admins':
      return (signedIn && COUNTER_ADMINS.includes(who)) || (signedIn ? [403] : noSession);
    case 'oversee':
      if (!signedIn) return noSession;
      return (
        (OVERSEERS.includes(who) && SEES[place].includes(who)) || (OVERSEERS.includes(who) ? [404] : [403])
      );
    case 'see':
    case 'act':
      if (!signedIn) return noSession;
      return SEES[place].includes(who) || [404];
    case 'approvers':
      return (signedIn && APPROVERS.includes(who)) || (signedIn ? [403] : noSession);
    case 'decide':
      if (!signedIn) return noSession;
      if (!APPROVERS.includes(who)) return [403];
      return COUNTER_SEES[place].includes(who) || [404];
    case 'citizen':
      return [401];
    case 'citizen-callback':
      return [400];
    case 'own-notice':
      return signedIn ? [404] : noSession;
    case 'inspect':
      return who === 'thanhtra.tinh' || (signedIn ? [403] : noSession);
    case 'report-stats':
      return (signedIn && REPORT_STATS.includes(who)) || (signedIn ? [403] : noSession);
    case 'case-receive':
      return (signedIn && CASE_RECEIVERS.includes(who)) || (signedIn ? [403] : noSession);
    case 'case-see':
    case 'case-act':
      if (!signedIn) return noSession;
      return CASE_SEES[place].includes(who) || [404];
    case 'case-identity':
      if (!signedIn) return noSession;
      if (IDENTITY_READERS[place].includes(who)) return true;
      return CASE_SEES[place].includes(who) ? [403] : [404];
    case 'receipt':
      return [404];
    case 'kiosk':
      return [401];
    case 'sender-only':
      return [403];
    case 'feedback-handlers':
      return (signedIn && FEEDBACK_HANDLERS.includes(who)) || (signedIn ? [403] : noSession);
    case 'reception-see':
      if (!signedIn) return noSession;
      return CASE_SEES[place].includes(who) || [403];
    case 'reception-record':
      if (!signedIn) return noSession;
      return RECEPTION_RECORDERS[place].includes(who) || [403];
    case 'reception-edit':
      if (!signedIn) return noSession;
      return RECEPTION_EDITORS[place].includes(who) || [403];
    case 'reception-edit-dialogue':
      if (!signedIn) return noSession;
      if (RECEPTION_EDITORS[place].includes(who)) return true;
      return CASE_SEES[place].includes(who) ? [403] : [404];
    case 'see-counter':
      if (!signedIn) return noSession;
      // A counter's book out of scope may be 403: agencies are public, so its existence is no secret.
      return COUNTER_SEES[place].includes(who) || [403, 404];
  }
}

const request = async (who: Principal, options: InjectOptions, ownSession = false) => {
  const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
  if (who === 'portal') headers.authorization = `Bearer ${PORTAL_TOKEN}`;
  else if (who !== 'anonymous') headers.cookie = ownSession ? await t.login(who) : await t.as(who);
  return t.app.inject({ ...options, headers });
};

beforeAll(async () => {
  // On a real socket: the citizen login discovers the development IdP on this very server over HTTP.
  const port = await new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
  t = await createTestApp({
    env: {
      PORT: String(port),
      MOTCUA_PORTAL_TOKEN: PORTAL_TOKEN,
      // Every principal's wrong login comes from the one test address: the limits are login-limits.test.ts's.
      MOTCUA_LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      MOTCUA_LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE: '1000',
      MOTCUA_REPORTS_PER_ADDRESS_PER_MINUTE: '1000',
      MOTCUA_FEEDBACK_PER_ADDRESS_PER_MINUTE: '1000',
      MOTCUA_RECEPTION_POSTS_PER_ADDRESS_PER_MINUTE: '1000',
    },
  });
  // Reception: a schedule with a session every weekday at the commune, a registration, a dialogue per place.
  const scheduled = await request(
    'admin',
    json('PUT', `/api/reception/agencies/${RECEPTION_AGENCY.xa}/schedule`, {
      entries: [1, 2, 3, 4, 5].map((weekday) => ({
        id: weekday === 1 ? 'matran' : `matran${weekday}`,
        receiverRole: 'head',
        receiverName: 'Chủ tịch UBND phường',
        recurrence: { kind: 'weekly', weekday },
        session: 'morning',
        place: 'Phòng tiếp công dân',
        capacity: 200,
        validFrom: '2025-01-01',
      })),
    }),
  );
  expect(scheduled.statusCode, scheduled.body).toBe(200);
  const upcoming = (
    await t.app.inject({ url: `/api/public/reception/agencies/${RECEPTION_AGENCY.xa}/schedule` })
  ).json().sessions as { entryId: string; date: string }[];
  reception.entryDate = upcoming.find((x) => x.entryId === 'matran')?.date ?? '';
  const registered = await t.app.inject(
    json('POST', '/api/public/reception/registrations', {
      agencyCode: RECEPTION_AGENCY.xa,
      entryId: 'matran',
      date: reception.entryDate,
      session: 'morning',
      fullName: 'Người đăng ký',
      phone: '0912000999',
      subject: 'Hỏi về đất đai',
    }),
  );
  expect(registered.statusCode, registered.body).toBe(201);
  reception.code = registered.json().code;
  const inAMonth = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  for (const place of PLACES) {
    const created = await request(
      'admin',
      json('POST', `/api/reception/agencies/${RECEPTION_AGENCY[place]}/dialogues`, {
        date: inAMonth,
        leaderName: 'Lãnh đạo',
        leaderTitle: 'Chủ tịch',
        topic: 'Đối thoại trong ma trận',
        place: 'Hội trường',
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    dialogueIds[place] = created.json().id;
  }
  report.receipt = (
    await t.app.inject(json('POST', '/api/public/reports', { content: REPORT_CONTENT }))
  ).json().receipt;
  report.id = (await request('thanhtra.tinh', { url: '/api/reports' })).json().items[0].id;
  open311Key.id = (
    await request('admin', json('POST', '/api/admin/open311-keys', { name: 'Khoá ma trận' }))
  ).json().id;
  Object.assign(
    publicFeedback,
    (
      await t.app.inject(
        json('POST', '/api/public/feedback', {
          kind: 'regulation',
          title: 'Góp ý công khai (ma trận)',
          content: 'Nội dung',
          contact: { fullName: FEEDBACK_SENDER, phone: '0911999888' },
        }),
      )
    ).json(),
  );
  await t.app.listen({ port, host: '127.0.0.1' });
  for (const place of PLACES) {
    const officer = COUNTER_OF[place];
    const counter = (await request(officer, { url: '/api/auth/me' })).json().user.agency.code as string;
    const { code } = await t.receive(officer, ...PROCEDURE[place], APPLICANT[place]);
    const kiosk = await request(officer, json('POST', '/api/rating-kiosks', { name: `Quầy ${place}` }));
    expect(kiosk.statusCode, kiosk.body).toBe(201);
    kiosks[place] = kiosk.json().id;
    const rows = ROWS as Record<string, Row>;
    const slip = await request(officer, (rows['POST /api/counter-slips/refusals'] as Row).request(place));
    expect(slip.statusCode, slip.body).toBe(201);
    const slipId = String(slip.json().forms.refusal).match(/counter-slips\/([^/]+)\//)?.[1] ?? '';
    const held = async () => {
      const res = await request(officer, {
        ...(rows['POST /api/dossiers'] as Row).request(place),
        payload: {
          procedureCode: PROCEDURE[place][0],
          caseCode: PROCEDURE[place][1],
          channel: 'counter',
          applicant: APPLICANT[place],
          components: (await t.app.inject(`/api/procedures/${PROCEDURE[place][0]}`))
            .json()
            .cases.find((c: { code: string }) => c.code === PROCEDURE[place][1])
            .components.filter((c: { required: boolean }) => c.required)
            .map((c: { id: string; quantity: number }) => ({ id: c.id, quantity: c.quantity })),
          receivedAt: new Date(Date.now() - 24 * 3600 * 1000).toISOString(),
          backdateReason: 'Tiếp nhận trên giấy khi mất mạng',
        },
      });
      expect(res.statusCode, res.body).toBe(202);
      return res.json().id as string;
    };
    objects[place] = { code, slipId, fileId: '', counter, heldIds: [await held(), await held()] };
    const file = await request(officer, (rows['POST /api/dossiers/{code}/files'] as Row).request(place));
    expect(file.statusCode, file.body).toBe(201);
    objects[place].fileId = file.json().id;
    const hours = (await request('admin', { url: `/api/agencies/${counter}/office-hours` })).json();
    const received = await request(CASE_RECEIVER_OF[place], {
      ...json('POST', '/api/complaints', {
        kind: 'denunciation',
        channel: 'in-person',
        subject: 'Tố cáo trong ma trận phân quyền',
        party: DENOUNCER[place],
      }),
    });
    expect(received.statusCode, received.body).toBe(201);
    caseCodes[place] = received.json().code;
    const leader = CASE_LEADER_OF[place];
    if (leader) {
      const withdrawn = await request(
        leader,
        json('POST', `/api/complaints/${caseCodes[place]}/withdraw`, {}),
      );
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    }
    const feedback = await request(
      CASE_RECEIVER_OF[place],
      json('POST', '/api/feedback', {
        kind: 'conduct',
        channel: 'hotline',
        title: 'Phản ánh qua đường dây nóng (ma trận)',
        content: 'Nội dung',
        contact: { fullName: FEEDBACK_SENDER, phone: '0911999888' },
      }),
    );
    expect(feedback.statusCode, feedback.body).toBe(201);
    feedbackCodes[place] = feedback.json().code;
    if (leader) {
      const rejected = await request(
        leader,
        json('POST', `/api/feedback/${feedbackCodes[place]}/reject`, { reason: 'other' }),
      );
      expect(rejected.statusCode, rejected.body).toBe(200);
    }
    officeHours[place] = {
      sessions: hours.sessions,
      sameDayCutoff: hours.sameDayCutoff,
      saturdayCounter: hours.saturdayCounter,
    };
  }
});
afterAll(() => t.close());

describe('the authorization matrix', () => {
  it('has a row for every operation of the OpenAPI document', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json() as { paths: Record<string, object> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(Object.keys(ROWS).sort());
  });

  it('answers every principal on every place as the rows say', async () => {
    const failures: string[] = [];
    let requests = 0;
    for (const [operation, row] of Object.entries(ROWS)) {
      const places = row.request.length === 0 ? (['xa'] as const) : PLACES;
      for (const who of PRINCIPALS) {
        for (const place of places) {
          const res = await request(who, row.request(place), row.ownSession);
          requests++;
          const expected = expectation(row.rule, who, place);
          const label = `${operation} as ${who} on ${place}: ${res.statusCode}`;
          if (operation === 'POST /api/dossiers/{code}/files' && res.statusCode === 201) {
            uploaded[place].push(who);
          }
          if (res.statusCode >= 500) failures.push(`${label} (server error)`);
          else if (expected === true) {
            // Let in: a read answers 200; an act may still be refused by role (403) or state (409), never
            // as unknown; the administrator's and public operations answer what their body deserves.
            const refused =
              row.rule === 'see' ||
              row.rule === 'see-counter' ||
              row.rule === 'case-see' ||
              row.rule === 'case-identity' ||
              row.rule === 'reception-see'
                ? res.statusCode !== 200
                : row.rule === 'act' || row.rule === 'case-act'
                  ? [401, 404].includes(res.statusCode)
                  : operation === 'POST /api/auth/login'
                    ? res.statusCode !== 401
                    : row.rule === 'public'
                      ? res.statusCode >= 400
                      : [401, 403, 404].includes(res.statusCode);
            if (refused) failures.push(`${label}, expected to be let in; ${res.body.slice(0, 160)}`);
          } else {
            if (!expected.includes(res.statusCode)) {
              failures.push(`${label}, expected ${expected.join(' or ')}; ${res.body.slice(0, 160)}`);
            }
            const leaked = [
              APPLICANT[place].fullName,
              APPLICANT[place].idNumber,
              APPLICANT[place].phone,
              REPORT_CONTENT,
              FEEDBACK_SENDER,
            ].filter((text) => res.body.includes(text));
            if (leaked.length) failures.push(`${label} leaks ${leaked.join(', ')}`);
          }
          // A denouncer's identity is in no answer but the identity's own, to those who may read it.
          const identityAnswer = operation === 'GET /api/complaints/{code}/identity' && expected === true;
          const denouncer = Object.values(DENOUNCER).filter(
            (d) => res.body.includes(d.fullName) || res.body.includes(d.idNumber),
          );
          if (denouncer.length && !identityAnswer) failures.push(`${label} shows a denouncer's identity`);
        }
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
    expect(requests).toBeGreaterThan(1000);
    console.info(`authorization matrix: ${requests} requests, ${Object.keys(ROWS).length} operations`);
    // ~1,600 requests: about 25 s on a quiet machine, over 60 s beside other test files on 2 busy cores.
  }, 180_000);

  it('changed nothing on a dossier through a refused action or upload', async () => {
    for (const place of PLACES) {
      const view = await request('admin', { url: `/api/dossiers/${objects[place].code}` });
      const files = (await request('admin', { url: `/api/dossiers/${objects[place].code}/files` })).json();
      // Only those who see the place added scans; every refused upload left nothing behind.
      for (const who of uploaded[place]) expect(SEES[place] as readonly Principal[]).toContain(who);
      expect(files.items).toHaveLength(1 + uploaded[place].length);
      expect(view.json().statusKey, place).toBe('received');
    }
  });

  it('lists in a queue only the dossiers an account sees', async () => {
    for (const who of ACCOUNTS) {
      const codes = (await request(who, { url: '/api/dossiers?pageSize=100' }))
        .json()
        .items.map((d: { code: string }) => d.code);
      for (const place of PLACES) {
        if (!SEES[place].includes(who))
          expect(codes, `${who} sees ${place}`).not.toContain(objects[place].code);
      }
    }
  });
});
