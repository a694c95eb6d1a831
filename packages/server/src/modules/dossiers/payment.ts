/**
 * Financial obligations (nghĩa vụ tài chính): the request takes its fees from the catalogue's case unless
 * the specialist states another amount (a tax assessed on the dossier, say); the payment is recorded by
 * cash, bank transfer or an online payment reference, for the amount requested unless stated.
 */
import { type DossierAction, fieldError, validationError } from '@motcua/core';
import { dossierCase, type ReferenceCache } from '../reference/reference-cache.ts';
import type { DossierRow } from './dossiers.repo.ts';

export const PAYMENT_METHODS = ['cash', 'transfer', 'online'] as const;

const invalid = (path: string, vi: string, en: string) => validationError([fieldError(path, vi, en)]);

const amountOf = (value: unknown): number | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw invalid(
      'data.amount',
      'Số tiền phải là số nguyên đồng, không âm.',
      'The amount is whole đồng, not negative.',
    );
  }
  return n;
};

export async function paymentData(
  reference: ReferenceCache,
  row: Pick<DossierRow, 'procedureCode' | 'caseCode'>,
  log: readonly DossierAction[],
  action: 'request-payment' | 'record-payment',
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const stated = amountOf(data.amount);
  if (action === 'request-payment') {
    const { procedureCase } = await dossierCase(reference, row);
    const fees = procedureCase.fees.filter((f) => f.amount > 0);
    const amount = stated ?? fees.reduce((sum, f) => sum + f.amount, 0);
    if (amount <= 0) {
      throw invalid(
        'data.amount',
        'Trường hợp này không có phí, lệ phí trong danh mục: nhập số tiền của nghĩa vụ tài chính.',
        'The catalogue lists no fee for this case: state the amount due.',
      );
    }
    return { amount, ...(stated === undefined ? { fees } : {}) };
  }
  const method = data.method ?? 'cash';
  if (!(PAYMENT_METHODS as readonly unknown[]).includes(method)) {
    throw invalid('data.method', 'Hình thức nộp tiền không hợp lệ.', 'Unknown payment method.');
  }
  const ref = typeof data.reference === 'string' ? data.reference.trim() : '';
  if (method !== 'cash' && !ref) {
    throw invalid(
      'data.reference',
      'Cần mã giao dịch chuyển khoản hoặc thanh toán trực tuyến.',
      'The transfer or online payment reference is required.',
    );
  }
  const requested = [...log].reverse().find((e) => e.action === 'request-payment')?.data?.amount;
  const amount = stated ?? (typeof requested === 'number' ? requested : 0);
  return { method, amount, ...(ref ? { reference: ref } : {}) };
}
