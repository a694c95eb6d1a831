import { describe, expect, it } from 'vitest';
import { officialSources } from './sources';

describe('officialSources', () => {
  it('keeps only government web addresses from the provenance list', () => {
    const links = officialSources(
      'https://dichvucong.gov.vn/p/home/x.html?ma_thu_tuc=1.001193 | someone/repo:data/file.json | https://cdn.haiphong.gov.vn/a.pdf | https://example.com/x',
    );
    expect(links.map((l) => [l.host, l.isNationalPortal])).toEqual([
      ['dichvucong.gov.vn', true],
      ['haiphong.gov.vn', false],
    ]);
    expect(officialSources(undefined)).toEqual([]);
  });
});
