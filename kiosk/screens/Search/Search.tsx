import { useEffect, useState } from 'preact/hooks';
import { announce } from '../../../a11y/announce/live-announcer.web.ts';
import type { Item } from '../../../content/model/pack.ts';
import { pickText } from '../../../content/model/language.ts';
import { useContent, useSettings } from '../../app/contexts.ts';
import { navigate } from '../../app/navigation.ts';
import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import type { Strings } from '../../i18n/id.ts';
import { useStrings } from '../../i18n/strings.ts';
import { routeHref } from '../../routing/routes.ts';
import { searchContent, type SearchHit } from '../../search/search-service.ts';

/** The name of an item in the visitor's language. */
function itemName(item: Item, language: 'id' | 'en'): string {
  return pickText(item.kind === 'program' ? item.name : item.title, language);
}

/** Where a result opens. */
function itemHref(item: Item): string {
  if (item.kind === 'program') return routeHref({ name: 'program', id: item.id });
  if (item.kind === 'regulation') return routeHref({ name: 'regulation', id: item.id });
  return routeHref({ name: 'notices' });
}

/** "Matched because: “lansia” → “lanjut usia” in summary (related word)". */
function whyMatched(hit: SearchHit, strings: Strings): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const match of hit.matches) {
    const field = `${strings.fieldNames[match.field] ?? match.field}${match.pasal ? ` Pasal ${match.pasal}` : ''}`;
    const text = strings.matchedTerm(match.queryTerm, match.term, field, strings.matchVia[match.via] ?? match.via);
    if (!seen.has(text)) parts.push(text);
    seen.add(text);
  }
  return parts.slice(0, 4).join('; ');
}

/** Long enough for any real question; a pasted page would only slow the kiosk down. */
const MAX_QUERY_LENGTH = 200;

const KIND_LABEL = { program: 'kindProgram', regulation: 'kindRegulation', notice: 'kindNotice' } as const;

/** Search over programs, regulations and notices, with why each result matched. */
export function Search({ query }: { query: string }) {
  const strings = useStrings();
  const { settings } = useSettings();
  const { content } = useContent();
  const [draft, setDraft] = useState(query);
  const [hits, setHits] = useState<SearchHit[] | undefined>();
  const [isEmptySubmit, setIsEmptySubmit] = useState(false);
  const pack = content.status === 'ready' ? content.pack : undefined;

  useEffect(() => setDraft(query), [query]);

  useEffect(() => {
    setHits(undefined);
    if (!pack || !query.trim()) return;
    let isCurrent = true;
    searchContent(pack, settings.language, query).then((found) => {
      if (!isCurrent) return;
      setHits(found);
      announce(strings.searchResultsCount(found.length, query));
    });
    return () => {
      isCurrent = false;
    };
  }, [pack, settings.language, query]); // eslint-disable-line react-hooks/exhaustive-deps -- strings follow language

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!draft.trim()) {
      setIsEmptySubmit(true);
      announce(strings.searchEmptyQuery, 'assertive');
      return;
    }
    setIsEmptySubmit(false);
    navigate({ name: 'search', query: draft.trim() });
  };

  const items = new Map(pack?.items.map((item) => [item.id, item]));
  return (
    <ScreenLayout title={strings.searchTitle} screenKey="search">
      <form role="search" class="search-form" onSubmit={onSubmit} aria-label={strings.searchTitle}>
        <div>
          <label for="search-input" class="field-label">
            {strings.searchLabel}
          </label>
          <p id="search-hint" class="hint">
            {strings.searchHint}
          </p>
          <input
            id="search-input"
            type="search"
            value={draft}
            autoComplete="off"
            maxLength={MAX_QUERY_LENGTH}
            spellcheck={false}
            aria-describedby={isEmptySubmit ? 'search-hint search-error' : 'search-hint'}
            aria-invalid={isEmptySubmit || undefined}
            onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="button">
          {strings.searchButton}
        </button>
      </form>
      {isEmptySubmit && (
        <p id="search-error" role="alert" class="message message-error">
          {strings.searchEmptyQuery}
        </p>
      )}
      {query.trim() && !hits && <p role="status">{strings.searchPreparing}</p>}
      {hits && (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading">
            {strings.searchResultsCount(hits.length, query)}
          </h2>
          <ul class="item-list">
            {hits.map((hit) => {
              const item = items.get(hit.id);
              if (!item) return null;
              return (
                <li key={hit.id}>
                  <a class="item-link" href={itemHref(item)}>
                    <span class="item-title">{itemName(item, settings.language)}</span>
                    <span class="item-detail">{strings[KIND_LABEL[item.kind]]}</span>
                    <span class="result-why">
                      {strings.searchMatchedBecause}: {whyMatched(hit, strings)}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </ScreenLayout>
  );
}
