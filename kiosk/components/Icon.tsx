// Simple line icons drawn in currentColor, so they follow every theme. Always decorative (aria-hidden by
// the caller): the text beside them carries the meaning.

/** The icons the kiosk uses. */
export type IconName =
  | 'programs'
  | 'finder'
  | 'regulations'
  | 'search'
  | 'notices'
  | 'scan'
  | 'settings'
  | 'help'
  | 'play'
  | 'pause'
  | 'stop'
  | 'repeat'
  | 'previous'
  | 'next'
  | 'previous-section'
  | 'next-section'
  | 'where'
  | 'slower'
  | 'faster';

const PATHS: Record<IconName, string> = {
  programs: 'M4 20h16M6 20V10M10 20V10M14 20V10M18 20V10M3 10h18L12 4z',
  finder: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6',
  regulations: 'M5 4h10l4 4v12H5zM15 4v4h4M8 12h8M8 16h8',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5L21 21',
  notices: 'M4 9v6h4l6 4V5L8 9zM17 9a4 4 0 0 1 0 6',
  scan: 'M4 8V4h4M16 4h4v4M20 16v4h-4M8 20H4v-4M7 12h10',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2',
  help: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5M12 17h.01',
  play: 'M7 4l13 8-13 8z',
  pause: 'M7 4v16M17 4v16',
  stop: 'M6 6h12v12H6z',
  repeat: 'M4 12a8 8 0 0 1 14-5.3M20 4v5h-5M20 12a8 8 0 0 1-14 5.3M4 20v-5h5',
  previous: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  'previous-section': 'M12 5l-7 7 7 7M19 5l-7 7 7 7',
  'next-section': 'M12 5l7 7-7 7M5 5l7 7-7 7',
  where: 'M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11zM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  slower: 'M5 12h14',
  faster: 'M5 12h14M12 5v14',
};

/** A decorative icon. */
export function Icon({ name, size = 48 }: { name: IconName; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  );
}
