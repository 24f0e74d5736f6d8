import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseRoute, routeHref, type Route } from '../routing/routes.ts';

// How many in-app steps the visitor has taken: Back uses the browser history only when there is an
// in-app page to return to, so Back on a freshly loaded deep link goes home instead of leaving the kiosk.
let stepsTaken = 0;

/** The current route, following `location.hash`. */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onHashChange = () => {
      stepsTaken += 1;
      setHash(location.hash);
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** Opens a route (adds a history entry). */
export function navigate(route: Route): void {
  location.hash = routeHref(route);
}

/** Goes back one screen, or home when there is nothing to go back to. */
export function goBack(): void {
  if (stepsTaken > 0) {
    stepsTaken -= 2; // the hashchange that Back causes counts one step; undo both.
    history.back();
  } else {
    navigate({ name: 'home' });
  }
}
