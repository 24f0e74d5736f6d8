import type { ComponentChildren } from 'preact';
import type { Item, Pack } from '../../content/model/pack.ts';
import { useContent } from '../app/contexts.ts';
import { ScreenLayout } from '../components/ScreenLayout.tsx';
import { useStrings } from '../i18n/strings.ts';
import { ContentGate } from './ContentGate.tsx';

/** Props of a screen that shows one content item. */
interface ItemScreenProps<T extends Item> {
  screenKey: string;
  find(items: readonly Item[]): T | undefined;
  titleOf(item: T): string;
  titleId?: string;
  children(item: T, pack: Pack): ComponentChildren;
}

/**
 * The frame of a one-item screen (program card, regulation): its title is the item's name once content
 * is ready; an unknown id gets a plain "not on the kiosk" message instead of an empty page.
 */
export function ItemScreen<T extends Item>({ screenKey, find, titleOf, titleId, children }: ItemScreenProps<T>) {
  const strings = useStrings();
  const { content } = useContent();
  const item = content.status === 'ready' ? find(content.pack.items) : undefined;
  const title = content.status !== 'ready' ? strings.appName : item ? titleOf(item) : strings.notFoundTitle;
  return (
    <ScreenLayout title={title} screenKey={screenKey} titleId={titleId}>
      <ContentGate>
        {(pack) =>
          item ? (
            children(item, pack)
          ) : (
            <p role="alert" class="message message-error">
              {strings.itemNotFound}
            </p>
          )
        }
      </ContentGate>
    </ScreenLayout>
  );
}
