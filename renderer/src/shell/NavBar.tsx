import { useTranslation } from 'react-i18next';
import { AREAS, type AreaId } from '../ui/areas';
import { AreaIcon } from './AreaIcon';

interface Props {
  current: AreaId;
  isMac: boolean;
  onSelect(area: AreaId): void;
}

export function NavBar({ current, isMac, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <div className="nav__brand">{t('app.name')}</div>
      <ul className="nav__list">
        {AREAS.map((area, index) => {
          const keys = `${isMac ? '⌘' : 'Ctrl+'}${index + 1}`;
          return (
            <li key={area}>
              <button
                type="button"
                className="nav__item"
                data-testid={`nav-${area}`}
                aria-current={area === current ? 'page' : undefined}
                aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+${index + 1}`}
                title={t('nav.shortcut', { keys })}
                onClick={() => onSelect(area)}
              >
                <AreaIcon area={area} />
                <span className="nav__label">{t(`nav.${area}`)}</span>
                <span className="nav__key" aria-hidden="true">
                  {keys}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
