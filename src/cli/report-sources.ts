// What a province's report rests on: the articles behind it and its programmes' documents,
// each document named by its number with its own title.
import { formatPeriod, type LegalDocument } from '../index.js';
import type { Lang } from './command.js';
import { T } from './report-text.js';
import type { ReportContext } from './report-types.js';

/** The articles behind a province: outlet (or title), day, and who was interviewed. */
export function sourceLines({ dataset, lang }: ReportContext, code: string): string[] {
  return dataset.sources
    .filter((s) => s.province === code)
    .map((s) =>
      [
        s.outlet ?? s.title ?? s.id,
        s.published,
        s.interviewee ? `${s.interviewee.name}, ${s.interviewee.role[lang]}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    );
}

/** A document as a target names it: its number, else its title, else the id as written. */
export function documentRef(
  documents: ReadonlyMap<string, LegalDocument>,
  id: string,
  lang: Lang,
): string {
  const document = documents.get(id);
  return document === undefined ? id : (document.number ?? document.title[lang]);
}

/**
 * A document in a list: its number with its own title (`04-NQ/TU — Nghị quyết về …`), or the
 * title marked as unnumbered, so that no title is read as another document's.
 */
export function documentText(
  documents: ReadonlyMap<string, LegalDocument>,
  id: string,
  lang: Lang,
): string {
  const document = documents.get(id);
  if (document === undefined) return id;
  const title = document.title[lang];
  return document.number === null
    ? `${title} (${T[lang].noNumber})`
    : `${document.number} — ${title}`;
}

/**
 * A province's programmes: name, period and vision year, then its documents, each number with
 * its own title, one after another.
 */
export function programmeLines(
  { dataset, documents, lang }: ReportContext,
  code: string,
): string[] {
  return dataset.programmes
    .filter((p) => p.scope === code)
    .map((p) => {
      const span = p.period ? [formatPeriod(p.period, { lang })] : [];
      const vision = p.orientationYear
        ? [lang === 'vi' ? `tầm nhìn ${p.orientationYear}` : `vision ${p.orientationYear}`]
        : [];
      const about = [...span, ...vision];
      const list = p.documents.map((id) => documentText(documents, id, lang)).join('; ');
      return `${p.name[lang]}${about.length > 0 ? ` (${about.join(', ')})` : ''}${list === '' ? '' : `. ${T[lang].documents}: ${list}`}`;
    });
}
