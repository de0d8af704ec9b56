import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { UI_TEXTS } from '../../lib/content/ui-text';
import { THEME_BUTTON_ID, themeScript } from '../../lib/publish/theme-script';

/** Runs the script against a tiny stand-in for the DOM and returns the button's label after each click. */
function labelsAfterClicks(script: string, clicks: number): string[] {
  const attributes = new Map<string, string>();
  const label = { textContent: '' };
  const listeners: Record<string, () => void> = {};
  const button = {
    hidden: true,
    lastChild: label,
    setAttribute: (name: string, value: string) => attributes.set(`button:${name}`, value),
    addEventListener: (type: string, listener: () => void) => {
      listeners[`button:${type}`] = listener;
    },
  };
  const storage = new Map<string, string>();
  const document = {
    documentElement: {
      setAttribute: (name: string, value: string) => attributes.set(name, value),
      removeAttribute: (name: string) => attributes.delete(name),
    },
    getElementById: (id: string) => (id === THEME_BUTTON_ID ? button : null),
    addEventListener: (type: string, listener: () => void) => {
      listeners[type] = listener;
    },
  };
  const localStorage = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => storage.set(key, value) };
  runInNewContext(script, { document, localStorage });
  listeners.DOMContentLoaded?.();
  const seen = [label.textContent];
  for (let i = 0; i < clicks; i += 1) {
    listeners['button:click']?.();
    seen.push(`${label.textContent}/${attributes.get('data-theme') ?? 'system'}`);
  }
  return seen;
}

describe('themeScript', () => {
  it('is under 1 KB and valid JavaScript in every shipped language', () => {
    for (const ui of Object.values(UI_TEXTS)) {
      const script = themeScript({ system: ui.theme_system, light: ui.theme_light, dark: ui.theme_dark });
      expect(Buffer.byteLength(script)).toBeLessThanOrEqual(1024);
      expect(() => new Function(script)).not.toThrow();
    }
  });

  it('cycles system -> light -> dark -> system, labelling the button in the given words', () => {
    const script = themeScript({ system: 'Système', light: 'Clair', dark: 'Sombre' });
    expect(labelsAfterClicks(script, 3)).toEqual(['Système', 'Clair/light', 'Sombre/dark', 'Système/system']);
  });

  it('keeps labels that hold quotes or "</script>" inside the script as text', () => {
    const script = themeScript({ system: '"a"</script>', light: "l'x", dark: 'd\\' });
    expect(script).not.toContain('</script>');
    expect(labelsAfterClicks(script, 2)).toEqual(['"a"</script>', "l'x/light", 'd\\/dark']);
  });
});
