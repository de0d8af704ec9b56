import { THEME_BUTTON_ID } from '@/lib/publish/theme-script';

/**
 * Server-rendered and hidden: the inline theme script shows it and handles its clicks, so with
 * JavaScript off there is no button that does nothing. The script may show it and change its label
 * (in the site's language) before React hydrates; suppressHydrationWarning keeps React from
 * treating that as a mismatch and re-rendering the document.
 */
export function ThemeButton({ label, system }: { label: string; system: string }) {
  return (
    <button id={THEME_BUTTON_ID} className="theme-button" type="button" hidden suppressHydrationWarning>
      <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2v16a8 8 0 0 1 0-16z" fill="currentColor" />
      </svg>
      <span className="visually-hidden">{label}: </span>
      <span suppressHydrationWarning>{system}</span>
    </button>
  );
}
