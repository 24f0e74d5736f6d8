import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Pack } from '../../content/model/pack.ts';
import type { Services } from '../services.ts';
import type { ContentContextValue, ContentState } from './contexts.ts';

/** Loads the active content pack once the first screen is painted; offers reload and replace. */
export function useContentLoader(services: Services): ContentContextValue {
  const [content, setContent] = useState<ContentState>({ status: 'loading' });

  const reload = useCallback(() => {
    setContent({ status: 'loading' });
    import('../content/content-loader.ts')
      .then(({ loadInitialContent }) => loadInitialContent({ store: services.contentStore, fetchBundledPack: services.fetchBundledPack }))
      .then((result) => {
        if (result.ok) {
          setContent({ status: 'ready', pack: result.pack });
        } else {
          // Developers and staff find the cause in the console; visitors get the catalogue message.
          console.error('Jurubaca: no usable content pack', result.problems);
          setContent({ status: 'failed', detail: result.problems.map((problem) => problem.detail).join('; ') });
        }
      })
      .catch((error: unknown) => {
        console.error('Jurubaca: loading content failed', error);
        setContent({ status: 'failed', detail: String(error) });
      });
  }, [services]);

  useEffect(reload, [reload]);

  const replacePack = useCallback((pack: Pack) => setContent({ status: 'ready', pack }), []);
  return { content, reload, replacePack };
}
