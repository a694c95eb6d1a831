import { DAY_KINDS, SOURCE_BASES } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { en as submissionEn, vi as submissionVi } from '../features/citizen/submission/messages-text';
import { en as complaintsEn, vi as complaintsVi } from '../features/complaints/messages-text';
import { en as feedbackEn, vi as feedbackVi } from '../features/feedback/messages-text';
import { en as ratingsEn, vi as ratingsVi } from '../features/ratings/messages-text';
import { en as receptionEn, vi as receptionVi } from '../features/reception/messages-text';
import { en as reportsEn, vi as reportsVi } from '../features/reports/messages-text';
import { en as siteEn } from './en';
import { vi as siteVi } from './vi';

// The site's dictionary with the feature pages' own namespaces (looked up first on those pages).
const vi = {
  ...siteVi,
  ...submissionVi,
  ...reportsVi,
  ...complaintsVi,
  ...ratingsVi,
  ...feedbackVi,
  ...receptionVi,
};
const en = {
  ...siteEn,
  ...submissionEn,
  ...reportsEn,
  ...complaintsEn,
  ...ratingsEn,
  ...feedbackEn,
  ...receptionEn,
};

// Every literal key in the source ('section.key', in t() or in a table of keys): a missing key would show
// as itself on the page.
const sources = import.meta.glob('../**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });
const KEY = /'([a-zA-Z]+(?:\.[a-zA-Z0-9-]+)+)'/g;
const SECTIONS = new Set(Object.keys(vi));

type Tree = { [key: string]: string | Tree };

const has = (tree: Tree, key: string): boolean => {
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  let node: string | Tree | undefined = tree;
  for (const p of parts) node = typeof node === 'object' ? node[p] : undefined;
  if (typeof node !== 'object') return false;
  // Plural keys (`pausedDays` → `pausedDays_one`, `pausedDays_other`).
  return typeof node[last] === 'string' || typeof node[`${last}_other`] === 'string';
};

describe('translations', () => {
  const keys = new Set<string>();
  for (const [file, text] of Object.entries(sources)) {
    if (file.endsWith('.test.ts')) continue;
    for (const m of String(text).matchAll(KEY)) {
      if (m[1] && SECTIONS.has(m[1].split('.')[0] ?? '')) keys.add(m[1]);
    }
  }

  it('finds the keys it checks', () => {
    expect(keys.size).toBeGreaterThan(100);
    expect(keys).toContain('dossierPage.confirm');
    expect(keys).toContain('timeline.slip');
  });

  it('has every key used by the components, in Vietnamese and in English', () => {
    const missing = [...keys].filter((k) => !has(vi as Tree, k) || !has(en as Tree, k));
    expect(missing).toEqual([]);
  });
});

// Keys built at run time (t(`calendar.kind.${kind}`)): the family must exist in both dictionaries with the
// same members, so a value translated in one language only cannot show as a raw key in the other.
const DYNAMIC = /\bt\(`([a-zA-Z]+(?:\.[a-zA-Z0-9-]+)*)\.\$\{/g;
const node = (tree: Tree, key: string): string | Tree | undefined =>
  key
    .split('.')
    .reduce<string | Tree | undefined>((n, p) => (typeof n === 'object' ? n[p] : undefined), tree);
const members = (tree: Tree, key: string) => {
  const n = node(tree, key);
  return typeof n === 'object' ? Object.keys(n).sort() : undefined;
};

describe('translations of keys built at run time', () => {
  const families = new Set<string>();
  for (const [file, text] of Object.entries(sources)) {
    if (file.endsWith('.test.ts')) continue;
    for (const m of String(text).matchAll(DYNAMIC)) if (m[1]) families.add(m[1]);
  }

  it('finds the families it checks', () => {
    expect(families).toContain('calendar.kind');
    expect(families).toContain('calendar.basis');
  });

  it('has every family in both languages with the same members', () => {
    const broken = [...families].filter((f) => {
      const inVi = members(vi as Tree, f);
      return inVi === undefined || JSON.stringify(inVi) !== JSON.stringify(members(en as Tree, f));
    });
    expect(broken).toEqual([]);
  });

  it('names every kind and source of a calendar day', () => {
    for (const tree of [vi, en] as Tree[]) {
      for (const kind of DAY_KINDS) expect(node(tree, `calendar.kind.${kind}`)).toEqual(expect.any(String));
      for (const b of SOURCE_BASES) expect(node(tree, `calendar.basis.${b}`)).toEqual(expect.any(String));
    }
  });
});
