import { Type } from 'typebox';

export const CodeParams = Type.Object({ code: Type.String({ maxLength: 64 }) });
