/** One radio choice. */
export interface Choice<T extends string | number> {
  value: T;
  label: string;
  lang?: string;
}

/** A group of large radio buttons with a legend. */
export function ChoiceGroup<T extends string | number>({ name, legend, choices, value, onChange }: { name: string; legend: string; choices: Choice<T>[]; value: T; onChange(value: T, label: string): void }) {
  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={String(choice.value)} class="choice" lang={choice.lang}>
          <input type="radio" name={name} value={String(choice.value)} checked={choice.value === value} onChange={() => onChange(choice.value, choice.label)} />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
