import { useEffect, useState } from 'react';

/** The hash route: `#/order/<id>` → ['order', '<id>']. */
export function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

export const link = (...parts: string[]) => `#/${parts.map(encodeURIComponent).join('/')}`;
