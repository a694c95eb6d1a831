export interface SourceLink {
  url: string;
  host: string;
  isNationalPortal: boolean;
}

/**
 * `source` is a ' | '-separated provenance list (official pages, documents, data sets); citizens are only
 * shown the official web addresses (government hosts).
 */
export function officialSources(source: string | null | undefined): SourceLink[] {
  if (!source) return [];
  const out: SourceLink[] = [];
  for (const part of source.split(/\s+\|\s+/)) {
    let url: URL;
    try {
      url = new URL(part.trim());
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    if (!url.hostname.endsWith('.gov.vn')) continue;
    out.push({
      url: url.href,
      host: url.hostname.replace(/^(www|cdn)\./, ''),
      isNationalPortal: url.hostname === 'dichvucong.gov.vn',
    });
  }
  return out;
}
