import type { Source } from '@/lib/data/schema';

/** A source as a reader checks it: who said it, when, where to read it, and the words that support the claim. */
export function SourceCitation({ source }: { source: Source }) {
  return (
    <li>
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer external" target="_blank">
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}
      {' — '}
      {source.publisher}
      {source.date ? `, ${source.date}` : ''}
      {source.file ? <span className="meta"> (source document {source.file})</span> : null}
      <blockquote lang={source.language === 'zh' ? 'zh-CN' : undefined}>{source.quote}</blockquote>
    </li>
  );
}
