import { useStrings } from '../i18n/strings.ts';

/** The visible "sample — check before use" flag on content staff have not confirmed yet. */
export function SampleFlag({ isExplained = false, id }: { isExplained?: boolean; id?: string }) {
  const strings = useStrings();
  return (
    <p class="sample-flag" id={id}>
      <strong>{strings.sampleFlag}</strong>
      {isExplained && <span class="sample-flag-detail"> {strings.sampleFlagExplained}</span>}
    </p>
  );
}
