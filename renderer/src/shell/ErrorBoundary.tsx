import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  error: Error | null;
}

/** A render bug shows a calm message with a way out instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error('[livecue] render failed', error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="fatal" role="alert">
            <p>{t('errors.boundary')}</p>
            <pre className="fatal__detail">{this.state.error?.message}</pre>
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {t('errors.reload')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
