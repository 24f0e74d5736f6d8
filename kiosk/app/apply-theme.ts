import { THEMES, themeCustomProperties, type ThemeName } from '../../a11y/themes/theme-tokens.ts';

/**
 * Puts a theme from the tested table on `root` (the <html> element): every colour token as an inline
 * custom property, data-theme for tests and forced-colors rules, and color-scheme for form controls and
 * scrollbars. Inline properties win over tokens.css, so what is shown is exactly the table.
 */
export function applyTheme(root: HTMLElement, name: ThemeName): void {
  for (const [property, value] of themeCustomProperties(name)) root.style.setProperty(property, value);
  root.style.colorScheme = THEMES[name].colorScheme;
  root.dataset.theme = name;
}
