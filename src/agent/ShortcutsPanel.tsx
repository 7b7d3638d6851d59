import { useT } from '../i18n/useT';

/** The shortcuts, listed where the agent sees them, and a way to turn them off (WCAG 2.1.4). */
export function ShortcutsPanel({ enabled, onToggle }: { enabled: boolean; onToggle: (on: boolean) => void }) {
  const { t } = useT('agent');
  return (
    <section className="agent-panel" aria-labelledby="agent-shortcuts">
      <h2 id="agent-shortcuts">{t('shortcuts.heading')}</h2>
      <div className="checkbox">
        <input id="shortcuts-on" type="checkbox" checked={enabled} onChange={(event) => onToggle(event.target.checked)} />
        <label htmlFor="shortcuts-on">{t('shortcuts.toggle')}</label>
      </div>
      <ul className="agent-shortcuts">
        <li>{t('shortcuts.digits')}</li>
        <li>{t('shortcuts.enter')}</li>
        <li>{t('shortcuts.back')}</li>
        <li>{t('shortcuts.newCall')}</li>
      </ul>
      <p className="hint">{t('shortcuts.off')}</p>
    </section>
  );
}
