import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../kiosk/routing/routes.ts';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/programs', { name: 'programs' }],
    ['#/program/pkh', { name: 'program', id: 'pkh' }],
    ['#/regulation/uu-2016-8', { name: 'regulation', id: 'uu-2016-8' }],
    ['#/search?q=bansos%20lansia', { name: 'search', query: 'bansos lansia' }],
    ['#/search', { name: 'search', query: '' }],
    ['#/finder', { name: 'finder' }],
    ['#/nowhere', { name: 'not-found', path: '/nowhere' }],
    ['#/program', { name: 'not-found', path: '/program' }],
    ['#/program/%E0%A4%A', { name: 'program', id: '%E0%A4%A' }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<Route>([
    { name: 'home' },
    { name: 'program', id: 'kip-kuliah' },
    { name: 'search', query: 'KTP & KK / lansia?' },
    { name: 'settings' },
  ])('routeHref is the inverse of parseRoute for %j', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
