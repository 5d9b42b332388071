import { useEffect } from 'react';
import { useReportsStore } from '../../state/reports/useReportsStore';
import { SessionList } from './SessionList';
import { SessionReview } from './SessionReview';
import './reports.css';

/** 复盘: the session list beside the selected session's review (above it below 1800 px, see reports.css). */
export function ReportsArea() {
  const store = useReportsStore();
  // Opening the area reads the list again (sessions may have run from another window meanwhile),
  // unless the store is reading it already because it was just created.
  useEffect(() => {
    if (!store.getState().listLoading) void store.getState().loadSessions();
  }, [store]);
  return (
    <section className="reports" data-testid="reports">
      <SessionList />
      <div className="reports__main">
        <SessionReview />
      </div>
    </section>
  );
}
