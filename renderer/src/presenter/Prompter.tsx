import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { advance, type PrompterPrefs, pixelsPerSecond } from './prompterPrefs';

interface PrompterProps {
  /** What scrolls: a new key (another product) starts again from the top. */
  textKey: string;
  title: string | null;
  lines: readonly string[];
  placeholder: string | null;
  prefs: PrompterPrefs;
  paused: boolean;
  /** Changes when the reader asks to start over. */
  restart: number;
}

/**
 * The talking points as a prompter: the text moves up at the chosen speed, one requestAnimationFrame at a time (the
 * position is written straight to the element, not through React, so nothing else re-renders 60 times a second).
 */
export function Prompter({ textKey, title, lines, placeholder, prefs, paused, restart }: PrompterProps) {
  const { t } = useTranslation();
  const viewport = useRef<HTMLElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const offset = useRef(0);
  const speed = pixelsPerSecond(prefs);

  // Another product (or "from the top"): start again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: textKey and restart are the triggers, not inputs
  useEffect(() => {
    offset.current = 0;
    place(content.current, 0);
  }, [textKey, restart]);

  useEffect(() => {
    if (paused) return;
    let frame = 0;
    let last: number | null = null;
    const step = (at: number) => {
      const box = viewport.current;
      const text = content.current;
      if (box && text && last !== null) {
        offset.current = advance(offset.current, speed, at - last, text.scrollHeight - box.clientHeight / 2);
        place(text, offset.current);
      }
      last = at;
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [paused, speed]);

  return (
    <section
      ref={viewport}
      className={`prompter${prefs.mirror ? ' prompter--mirror' : ''}`}
      data-testid="prompter"
      data-mirror={prefs.mirror}
      data-paused={paused}
      aria-label={t('presenter.title')}
    >
      <div ref={content} className="prompter__text" data-testid="prompter-text" data-offset="0" style={{ fontSize: `${prefs.fontPx}px` }}>
        {title && <p className="prompter__title">{title}</p>}
        {placeholder !== null ? (
          <p className="prompter__placeholder">{placeholder}</p>
        ) : (
          lines.map((line, i) => (
            // Lines are plain text in order; the same line may appear twice.
            // biome-ignore lint/suspicious/noArrayIndexKey: position is the identity here
            <p key={i} className="prompter__line">
              {line}
            </p>
          ))
        )}
      </div>
      <div className="prompter__marker" aria-hidden="true" />
    </section>
  );
}

function place(element: HTMLElement | null, offsetPx: number) {
  if (!element) return;
  element.style.transform = `translateY(${-offsetPx}px)`;
  element.dataset.offset = String(Math.round(offsetPx));
}
