import type { ComponentChildren } from 'preact';

/** One large home-screen tile: a link with a title and a one-line hint. */
export interface TileProps {
  href: string;
  title: string;
  hint: string;
  icon: ComponentChildren;
}

/** A grid of large tiles (each ≥ 48 px, in practice far larger) as a list of links. */
export function Tiles({ tiles }: { tiles: TileProps[] }) {
  return (
    <ul class="tiles">
      {tiles.map((tile) => (
        <li key={tile.href}>
          <a class="tile" href={tile.href}>
            <span class="tile-icon" aria-hidden="true">
              {tile.icon}
            </span>
            <span class="tile-title">{tile.title}</span>
            <span class="tile-hint">{tile.hint}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
