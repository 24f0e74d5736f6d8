import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useSettings } from '../app/contexts.ts';
import { goBack } from '../app/navigation.ts';
import { routeHref } from '../routing/routes.ts';
import { useStrings } from '../i18n/strings.ts';

/** Props of every screen's frame. */
interface ScreenLayoutProps {
  title: string;
  /** Changes whenever the visitor arrives at a new screen (moves focus to the heading). */
  screenKey: string;
  isHome?: boolean;
  /** An id for the h1 (the reader highlights the title by id). */
  titleId?: string;
  children: ComponentChildren;
}

/**
 * The frame of every screen: skip link, Back and Home, the language switch, and a main region whose
 * heading receives focus on arrival, so keyboard and screen-reader users start at the new screen's title
 * instead of losing focus to <body> (focus is never lost after a screen change).
 */
export function ScreenLayout({ title, screenKey, isHome = false, titleId, children }: ScreenLayoutProps) {
  const strings = useStrings();
  const { settings, update } = useSettings();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const mainRef = useRef<HTMLElement>(null);

  // Layout effect: focus moves before the browser handles the next key press, so a fast keypad user's
  // next arrow starts from the new heading, not from the control that just disappeared.
  useLayoutEffect(() => {
    document.title = `${title} — ${strings.appName}`;
    headingRef.current?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [screenKey]); // eslint-disable-line react-hooks/exhaustive-deps -- focus only on arrival, not on every title change

  useEffect(() => {
    document.title = `${title} — ${strings.appName}`;
  }, [title, strings]);

  const otherLanguage = settings.language === 'id' ? 'en' : 'id';
  return (
    <div class="screen">
      <button type="button" class="skip-link" onClick={() => mainRef.current?.focus()}>
        {strings.skipToContent}
      </button>
      <header class="topbar">
        <nav class="topbar-nav" aria-label={strings.mainNavigation}>
          {!isHome && (
            <>
              <button type="button" class="nav-button" onClick={goBack}>
                <span aria-hidden="true" class="nav-icon">←</span> {strings.back}
              </button>
              <a class="nav-button" href={routeHref({ name: 'home' })}>
                <span aria-hidden="true" class="nav-icon">⌂</span> {strings.home}
              </a>
            </>
          )}
        </nav>
        <span class="brand">{strings.appName}</span>
        <button type="button" class="nav-button language-switch" lang={otherLanguage} onClick={() => update({ language: otherLanguage })}>
          {strings.languageSwitch}
        </button>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <h1 ref={headingRef} tabIndex={-1} id={titleId}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}
