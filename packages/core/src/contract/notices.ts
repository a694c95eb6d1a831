/** The staff's in-app notices (issue 11, item 4): deadline warnings, listed for the officer they are for. */
import { type Static, Type } from 'typebox';
import { DEADLINE_WARNING_KINDS } from '../dossier/deadline-warnings.ts';
import { DateText, InstantText, Nullable, StringEnum } from './common.ts';

export const NoticeSchema = Type.Object({
  id: Type.Integer(),
  kind: StringEnum(DEADLINE_WARNING_KINDS),
  dossierCode: Type.String(),
  procedureName: Type.String(),
  dueDate: DateText,
  createdAt: InstantText,
  readAt: Nullable(InstantText),
});
export type Notice = Static<typeof NoticeSchema>;

export const NoticeListSchema = Type.Object({
  items: Type.Array(NoticeSchema),
  unread: Type.Integer({ minimum: 0 }),
});
export type NoticeList = Static<typeof NoticeListSchema>;

export const NoticeParams = Type.Object(
  { id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }) },
  { additionalProperties: false },
);
