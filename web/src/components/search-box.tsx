import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { suggest } from '../api/catalog.ts';
import type { Suggestion } from '../api/types.ts';
import { formatPrice } from '../format/money.ts';
import { useI18n } from '../i18n/i18n.tsx';

const minLength = 2;
const debounceMs = 150;

const hrefOf = (suggestion: Suggestion) => (suggestion.type === 'category' ? `/categorie/${suggestion.slug}` : `/produit/${suggestion.slug}`);

/**
 * The header search with its suggestion list: the ARIA 1.2 combobox pattern (list autocomplete).
 * Down/Up move through suggestions, Enter opens the highlighted one or searches the text,
 * Escape closes the list (a second Escape clears the box).
 */
export function SearchBox() {
  const { t, locale } = useI18n();
  const { route, path, query } = useLocation();
  const [text, setText] = useState(path === '/recherche' ? (query.q ?? '') : '');
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef('');

  useEffect(() => {
    if (path === '/recherche') setText(query.q ?? '');
  }, [path, query.q]);

  useEffect(() => {
    const q = text.trim();
    latest.current = q;
    if (q.length < minLength) {
      setSuggestions([]);
      setActive(-1);
      return;
    }
    const timer = setTimeout(() => {
      suggest(q, locale).then(
        (found) => {
          if (latest.current !== q) return;
          setSuggestions(found);
          setActive(-1);
        },
        () => setSuggestions([]),
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [text, locale]);

  const expanded = open && suggestions.length > 0;
  const go = (href: string) => {
    setOpen(false);
    setActive(-1);
    route(href);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (suggestions.length) setActive((index) => (index + 1) % suggestions.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (suggestions.length) setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          go(hrefOf(suggestions[active]!));
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        break;
    }
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const q = text.trim();
    if (q) go(`/recherche?q=${encodeURIComponent(q)}`);
  };

  return (
    <form class="search" role="search" action="/recherche" method="get" onSubmit={onSubmit}>
      <label for="search-input" class="visually-hidden">
        {t('search.label')}
      </label>
      <div class="search-field">
        <input
          id="search-input"
          name="q"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls="search-suggestions"
          aria-activedescendant={expanded && active >= 0 ? `suggestion-${active}` : undefined}
          placeholder={t('search.placeholder')}
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul id="search-suggestions" role="listbox" aria-label={t('search.suggestions')} class="suggestions" hidden={!expanded}>
          {suggestions.map((suggestion, index) => (
            <li
              key={`${suggestion.type}-${suggestion.slug}`}
              id={`suggestion-${index}`}
              role="option"
              aria-selected={index === active}
              class={index === active ? 'suggestion active' : 'suggestion'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(hrefOf(suggestion))}
            >
              <span class="suggestion-label">{suggestion.label}</span>
              <span class="suggestion-meta">{suggestion.type === 'category' ? t('search.categorySuggestion') : formatPrice(suggestion.price, locale)}</span>
            </li>
          ))}
        </ul>
      </div>
      <button type="submit">{t('search.submit')}</button>
      <span class="visually-hidden" role="status" aria-live="polite">
        {expanded ? t('search.suggestionsCount', { count: suggestions.length }) : ''}
      </span>
    </form>
  );
}
