import type { ComponentChildren } from 'preact';

/** One entry of a list of content items. */
export interface ItemListEntry {
  key: string;
  href: string;
  title: ComponentChildren;
  detail?: ComponentChildren;
  badge?: string;
}

/** A list of large links to content items (programs, regulations, search results). */
export function ItemList({ entries, label }: { entries: ItemListEntry[]; label?: string }) {
  return (
    <ul class="item-list" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.key}>
          <a class="item-link" href={entry.href}>
            <span class="item-title">{entry.title}</span>
            {entry.detail && <span class="item-detail">{entry.detail}</span>}
            {entry.badge && <span class="item-badge">{entry.badge}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
