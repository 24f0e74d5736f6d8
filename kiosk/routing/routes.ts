// Hash routes: the kiosk is one static page (works from any static server, a USB stick or the service
// worker cache), and the browser's own history gives Back for free.

/** Every screen of the kiosk and its parameters. */
export type Route =
  | { name: 'home' }
  | { name: 'programs' }
  | { name: 'program'; id: string }
  | { name: 'regulations' }
  | { name: 'regulation'; id: string }
  | { name: 'notices' }
  | { name: 'search'; query: string }
  | { name: 'finder' }
  | { name: 'settings' }
  | { name: 'help' }
  | { name: 'scan' }
  | { name: 'not-found'; path: string };

/** The screens reachable without parameters. */
const SIMPLE_ROUTES = ['programs', 'regulations', 'notices', 'finder', 'settings', 'help', 'scan'] as const;

/** Reads a route from `location.hash` ("#/program/pkh", "#/search?q=bansos"). Unknown paths give not-found. */
export function parseRoute(hash: string): Route {
  const withoutMark = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = withoutMark.split('?', 2);
  const segments = pathPart.split('/').filter(Boolean).map(safeDecode);
  if (segments.length === 0) return { name: 'home' };
  const [first, second] = segments;
  if (segments.length === 1 && (SIMPLE_ROUTES as readonly string[]).includes(first ?? '')) {
    return { name: first as (typeof SIMPLE_ROUTES)[number] };
  }
  if (segments.length === 1 && first === 'search') {
    return { name: 'search', query: new URLSearchParams(queryPart).get('q') ?? '' };
  }
  if (segments.length === 2 && second && (first === 'program' || first === 'regulation')) {
    return { name: first, id: second };
  }
  return { name: 'not-found', path: withoutMark };
}

/** The hash address of a route, the inverse of parseRoute. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'program':
    case 'regulation':
      return `#/${route.name}/${encodeURIComponent(route.id)}`;
    case 'search':
      return route.query ? `#/search?${new URLSearchParams({ q: route.query }).toString()}` : '#/search';
    case 'not-found':
      return `#/${route.path}`;
    default:
      return `#/${route.name}`;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
