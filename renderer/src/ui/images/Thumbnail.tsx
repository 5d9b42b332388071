import { useImageUrl } from './useImages';
import './images.css';

interface Props {
  hash: string | null | undefined;
  /** s: a list row or picker option, m: a tile in the editor. */
  size?: 's' | 'm';
  alt?: string;
}

/** A stored image, read once per window; a quiet box when there is none (or it cannot be read). */
export function Thumbnail({ hash, size = 's', alt = '' }: Props) {
  const { url, failed } = useImageUrl(hash);
  const className = `thumb thumb--${size}`;
  if (!hash || !url) {
    return (
      <span
        className={`${className} thumb--none${failed ? ' thumb--failed' : ''}`}
        data-testid="thumbnail"
        data-state={!hash ? 'none' : failed ? 'failed' : 'loading'}
        aria-hidden="true"
      />
    );
  }
  return <img className={className} src={url} alt={alt} data-testid="thumbnail" data-state="ready" data-hash={hash} draggable={false} />;
}
