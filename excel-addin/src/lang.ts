/** Which language Boussole speaks in Excel when the user has not said. */
import { langFromTag, type Lang } from '@boussole/core';

let displayLang: Lang | undefined;

/**
 * Office's display language ("fr-FR" → fr, "en-GB" → en), French when Office is absent or shows
 * another language (docs/architecture.md). Read once Office can tell, then cached: functions call it per cell.
 */
export function hostLang(): Lang {
  if (displayLang) return displayLang;
  if (typeof Office === 'undefined') return (displayLang = 'fr');
  let tag: string | undefined;
  try {
    tag = Office.context?.displayLanguage;
  } catch {
    // Some hosts throw before Office.onReady: ask again on the next call.
    return 'fr';
  }
  if (tag === undefined) return 'fr';
  return (displayLang = langFromTag(tag) ?? 'fr');
}

/**
 * The preview page (outside Office): `?lang=en` first (screenshots, links), then the browser's
 * language, then French.
 */
export function previewLang(search: string, browserTags: readonly string[]): Lang {
  const asked = langFromTag(new URLSearchParams(search).get('lang'));
  if (asked) return asked;
  for (const tag of browserTags) {
    const lang = langFromTag(tag);
    if (lang) return lang;
  }
  return 'fr';
}
