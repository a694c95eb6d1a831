import { Type } from 'typebox';

/** A string enum from a readonly tuple, typed as its union (Type.Union of literals loses it when mapped). */
export const StringEnum = <const T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
