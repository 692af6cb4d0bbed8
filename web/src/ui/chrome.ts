// Panel plumbing: replacing a panel's content without losing keyboard focus, and a short flash message.
import { byId } from './dom.js';

/** Replaces a panel's content, keeping keyboard focus on the control with the same id or name and value. */
export function swap(id: string, content: HTMLElement): void {
  const box = byId(id);
  const active = document.activeElement as HTMLElement | null;
  const key = active && box.contains(active) ? focusKey(active) : null;
  box.replaceChildren(content);
  if (key) (box.querySelector<HTMLElement>(key) ?? null)?.focus();
}

function focusKey(el: HTMLElement): string | null {
  if (el.id) return `#${CSS.escape(el.id)}`;
  const name = el.getAttribute('name');
  const value = (el as HTMLInputElement).value;
  if (name) return `[name="${CSS.escape(name)}"][value="${CSS.escape(value ?? '')}"]`;
  return null;
}

export function flash(text: string): void {
  const el = byId('flash');
  el.textContent = text;
  el.hidden = false;
  setTimeout(() => (el.hidden = true), 1500);
}
